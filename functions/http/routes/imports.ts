import { Hono } from "hono";
import { importRequestSchema } from "../../../schemas/program";
import { preview } from "../../domain/conference";
import { validate } from "../validate";

export const importRoutes = () =>
  new Hono().post("/", validate("json", importRequestSchema), (c) =>
    c.json(preview(c.req.valid("json"))),
  );
