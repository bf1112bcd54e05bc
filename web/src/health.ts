import { createResource } from "solid-js";
import type { Health } from "../../schemas/health";
import { api, readJson } from "./api";

/** One shared health read: the home page shows it and the menu uses its mode. */
const [health, { refetch }] = createResource(async () =>
  readJson<Health>(await api.api.health.$get()),
);

export { health, refetch as refetchHealth };
