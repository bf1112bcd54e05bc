import { handle } from "hono/aws-lambda";
import { createApp } from "../http/app";
import { apiDeps } from "./deps";

export const handler = handle(createApp(apiDeps()));
