import type { Context } from "hono";
import type { DevMail } from "../../schemas/mail";
import type { DispatchResult } from "../domain/dispatcher";
import type { Probe } from "../domain/health";
import type { Mailer } from "../mail/ses";
import type { Db } from "../store/db";

/** What local mode offers a developer: the mail the local SES has accepted (newest first), a
 * clock the whole app reads that can be set, and a dispatcher run on demand. */
export interface DevTools {
  mailbox: () => Promise<DevMail[]>;
  setClock: (at: Date) => void;
  resetClock: () => void;
  clockSet: () => boolean;
  dispatch: () => Promise<DispatchResult>;
}

/** Everything the HTTP app needs from the place it runs in. Only `functions/lambda` and
 * `functions/local` build one. */
export interface AppDeps {
  mode: "local" | "aws";
  db: Db;
  mailer: Mailer;
  /** Resolves when the mail service answers. */
  mailProbe: Probe;
  /** Local mode only: the developer's tools behind `/api/dev/`. */
  dev?: DevTools;
  now: () => Date;
  /** The web app's address, from configuration; sign-in links and the same-origin check use it,
   * never the request's Host header. */
  appUrl: string;
  /** The client's IP address as the runtime sees it. */
  clientIp: (c: Context) => string;
  /** AWS only: the secret CloudFront adds to each request it forwards; a request without it came
   * around CloudFront and is refused. Locally the server itself is the only way in. */
  originSecret?: string;
}
