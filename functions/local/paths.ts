import { fileURLToPath } from "node:url";

/** The repository root, wherever the process was started from. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const webRoot = `${repoRoot}web`;
export const webDist = `${repoRoot}web/dist`;
export const webConfig = `${repoRoot}web/vite.config.ts`;
/** Where `npm start` keeps its database; `RAPPORT_DATA_DIR` moves it. */
export const dataDir = process.env.RAPPORT_DATA_DIR ?? `${repoRoot}.data`;
