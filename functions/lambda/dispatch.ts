import { dispatchDue } from "../domain/dispatcher";
import { awsDeps } from "./deps";

const { db, mailer } = awsDeps();

export const handler = async () => dispatchDue({ db, send: mailer.send }, new Date());
