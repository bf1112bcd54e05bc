import { createResource, createRoot } from "solid-js";
import { api, readBody } from "./api";
import { settled } from "./settled";

/** One shared health read: the status page shows it and the menu uses its mode. */
const [health, { refetch }] = createRoot(() =>
  createResource(() => readBody(api.api.health.$get())),
);

/** "local" or "aws" once known; reading it never throws, even when the health check failed. */
export const appMode = () => settled(health)?.mode;

export { health, refetch as refetchHealth };
