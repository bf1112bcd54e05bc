import { fileURLToPath } from "node:url";

/** The repository root, wherever the process was started from. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const webRoot = `${repoRoot}web`;
export const webDist = `${repoRoot}web/dist`;
export const webConfig = `${repoRoot}web/vite.config.ts`;
export const dataDir = `${repoRoot}.data`;
