import { type StackContext, StaticSite, use } from "sst/constructs";
import { ApiGateway } from "./gateway";

/** Under `sst dev` the site is not deployed; Vite's dev server serves it here instead. */
const devServerUrl = "http://localhost:5173";

export function Web({ stack }: StackContext) {
  const { api } = use(ApiGateway);
  const site = new StaticSite(stack, "Site", {
    path: "web",
    // StaticSite runs the command inside `path`; the build script lives in the root package.
    buildCommand: "npm --prefix .. run build:web",
    buildOutput: "dist",
    environment: { VITE_API_URL: api.url },
    // SST would otherwise write an unformatted sst-env.d.ts into web/src on every synth.
    vite: { types: "../.sst/web-env.d.ts" },
    dev: { url: devServerUrl },
  });
  const url = site.customDomainUrl ?? site.url ?? devServerUrl;
  stack.addOutputs({ SiteUrl: url });
  return { site, url };
}
