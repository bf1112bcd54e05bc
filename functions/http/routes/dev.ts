import { Hono } from "hono";
import * as v from "valibot";
import { DomainError } from "../../domain/errors";
import type { AppDeps, DevTools } from "../deps";
import { validate } from "../validate";

const clockSchema = v.strictObject({
  now: v.pipe(
    v.string(),
    v.isoTimestamp("Give the time as an ISO date and time, such as 2027-04-10T13:00:00Z."),
  ),
});

/** Local mode only: the dev mailbox, the simulated clock and "run the dispatcher now". In AWS
 * every route here answers 404, as if it did not exist. No session is needed: these serve the
 * developer, and the local server answers them only for the app's own origin. */
export const devRoutes = (deps: AppDeps) => {
  const tools = (): DevTools => {
    if (!deps.dev) {
      throw new DomainError("route.not_found", "There is no such route outside local mode.");
    }
    return deps.dev;
  };
  return new Hono()
    .get("/mail", async (c) => c.json({ mail: await tools().mailbox() }))
    .get("/clock", (c) => c.json({ now: deps.now().toISOString(), simulated: tools().clockSet() }))
    .post("/clock", validate("json", clockSchema), (c) => {
      tools().setClock(new Date(c.req.valid("json").now));
      return c.json({ now: deps.now().toISOString(), simulated: true });
    })
    .delete("/clock", (c) => {
      tools().resetClock();
      return c.json({ now: deps.now().toISOString(), simulated: false });
    })
    .post("/dispatch", async (c) => c.json(await tools().dispatch()));
};
