import type { BuildOptions } from "esbuild";

/** The Lambda runtime (Node.js 22) ships AWS SDK v3, so bundles leave it out and load it on use.
 * Splitting puts code that is imported on demand (the program importer) in chunks of its own,
 * so a cold start that never imports a file does not load the parsers. */
export const lambdaEsbuildOptions = {
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  minify: true,
  external: ["@aws-sdk/*"],
  banner: {
    js: 'import { createRequire } from "module"; const require = createRequire(import.meta.url);',
  },
} satisfies BuildOptions;

/** Each Lambda entry point, by function name. */
export const lambdaEntries = {
  api: "functions/lambda/api.ts",
  dispatch: "functions/lambda/dispatch.ts",
  "ses-events": "functions/lambda/ses-events.ts",
} as const;
