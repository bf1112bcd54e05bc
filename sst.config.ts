import type { SSTConfig } from "sst";
import { Alarms } from "./infra/alarms";
import { ApiHandler } from "./infra/api";
import { Dispatch } from "./infra/dispatch";
import { ApiGateway } from "./infra/gateway";
import { Mail } from "./infra/mail";
import { MailEvents } from "./infra/mail-events";
import { Storage } from "./infra/storage";
import { Web } from "./infra/web";

export default {
  config() {
    return { name: "rapport", region: "us-east-1" };
  },
  stacks(app) {
    app
      .stack(Storage)
      .stack(ApiGateway)
      .stack(Web)
      .stack(Mail)
      .stack(ApiHandler)
      .stack(Dispatch)
      .stack(MailEvents)
      .stack(Alarms);
  },
} satisfies SSTConfig;
