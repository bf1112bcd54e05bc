import type { Resource } from "solid-js";

/** A resource's value once it has one, else undefined; never suspends. Reading `latest` before
 * the first answer would suspend the layout's <Suspense>, which is there to wait only for a
 * page's code: the page's own loading line ("Loading the program… 120 of 300 sessions") would
 * give way to the layout's, and moving to the page would wait for its data. */
export const settled = <T>(resource: Resource<T>): T | undefined =>
  resource.state === "ready" || resource.state === "refreshing" ? resource.latest : undefined;
