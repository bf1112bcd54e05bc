import { dispatchDue } from "../domain/dispatcher";
import { awsDeps } from "./deps";

const { db, mailer, appUrl, now } = awsDeps();
// SES accounts start at 14 sends a second; a setting raises the pace with the account's quota.
const sendsPerSecond = Number(process.env.SENDS_PER_SECOND) || 10;

export const handler = async () =>
  dispatchDue({ db, send: mailer.send, appUrl, now, sendsPerSecond });
