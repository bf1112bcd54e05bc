import { existsSync } from "node:fs";
import { ensureWebBuild } from "../../functions/local/web-build";
import { chromiumPath } from "./browser";

/** The e2e suite never skips: without Chromium it fails and says how to install it. */
export default async function setup() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  await ensureWebBuild((line) => console.log(line));
}
