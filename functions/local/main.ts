import { mkdir } from "node:fs/promises";
import { dataDir } from "./paths";
import { type LocalOptions, startLocal } from "./server";

/** `npm start` (static web build) and `npm run dev` (`--dev`: Vite with hot reload). */
async function main() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(2);
  }
  const web: LocalOptions["web"] = process.argv.includes("--dev") ? "vite" : "static";
  await mkdir(dataDir, { recursive: true });
  let runtime: Awaited<ReturnType<typeof startLocal>>;
  try {
    runtime = await startLocal({ port, web, dataPath: `${dataDir}/dynamodb`, log: console.log });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      console.error(
        `Port ${port} is already in use; stop the other program or set PORT to another port.`,
      );
    } else {
      console.error(
        `Rapport could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    process.exit(1);
  }
  console.log(`Rapport is running at ${runtime.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping…");
    await runtime.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

await main();
