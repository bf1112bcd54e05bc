import { handle } from "hono/aws-lambda";
import { createApp } from "../http/app";
import { awsDeps } from "./deps";

export const handler = handle(createApp(awsDeps()));
