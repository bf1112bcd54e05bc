import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener, type HttpBindings } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { compress } from "hono/compress";
import { secureHeaders } from "hono/secure-headers";
import { dispatchDue } from "../domain/dispatcher";
import { createApp } from "../http/app";
import { pageDirectives } from "../http/content-security";
import type { AppDeps } from "../http/deps";
import { createSesMailer } from "../mail/ses";
import { createDb } from "../store/db";
import { apiGate, refuse } from "./api-gate";
import { devClock } from "./clock";
import { webConfig, webDist } from "./paths";
import { every } from "./scheduler";
import { type LocalSes, startDynalite, startSes } from "./services";
import { ensureWebBuild } from "./web-build";

export interface LocalOptions {
  port: number;
  host?: string;
  /** Folder for dynalite's files; in memory when absent. */
  dataPath?: string;
  /** `static` serves the built app (building it when stale), `vite` serves it with hot reload. */
  web: "static" | "vite" | "none";
  dispatchEveryMs?: number;
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  log?: (line: string) => void;
}

export interface LocalRuntime {
  url: string;
  deps: AppDeps;
  ses: LocalSes;
  dbEndpoint: string;
  close(): Promise<void>;
}

// Lambda runs Node.js 22; locally the SDK's notice about older Node versions is only noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const localAws = {
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

async function webListener(mode: LocalOptions["web"], server: Server, log: (l: string) => void) {
  if (mode === "vite") {
    const { createServer: createVite } = await import("vite");
    const vite = await createVite({
      configFile: webConfig,
      server: { middlewareMode: true, hmr: { server } },
      appType: "spa",
    });
    return { listener: vite.middlewares as Listener, close: () => vite.close() };
  }
  const site = new Hono();
  site.use(secureHeaders({ contentSecurityPolicy: pageDirectives, xFrameOptions: "DENY" }));
  if (mode === "static") {
    await ensureWebBuild(log);
    // CloudFront compresses the site in AWS; the local server does the same, so that the app
    // loads here as it does there.
    site.use(compress());
    site.use("/*", serveStatic({ root: webDist }));
    site.get("/*", serveStatic({ path: `${webDist}/index.html` }));
  }
  return { listener: getRequestListener(site.fetch) as Listener, close: async () => {} };
}

/** Starts the whole app in this process: dynalite, local SES, the API, the web app and the
 * reminder dispatcher. The port is taken first, so a busy port fails before anything starts. */
export async function startLocal(options: LocalOptions): Promise<LocalRuntime> {
  const log = options.log ?? (() => {});
  const host = options.host ?? "127.0.0.1";
  const server = createServer();
  let handle: Listener = (_req, res) => {
    res.writeHead(503, { "Retry-After": "1" }).end("Rapport is starting.");
  };
  server.on("request", (req, res) => handle(req, res));
  await listen(server, options.port, host);
  const closers: (() => Promise<void>)[] = [
    () => new Promise((resolve) => server.close(() => resolve())),
  ];
  const close = async () => {
    server.closeAllConnections();
    for (const closer of closers.reverse()) await closer();
  };
  try {
    const dynamo = await startDynalite(options.dataPath);
    closers.push(dynamo.close);
    const ses = await startSes();
    closers.push(ses.close);
    const { port } = server.address() as AddressInfo;
    const url = `http://localhost:${port}`;
    const clock = devClock(options.now ?? (() => new Date()));
    // The exact messages handed to SES, for the dev mailbox; the local SES keeps only their parts.
    const handedOver = new Map<string, string>();
    const db = createDb("rapport", { ...localAws, endpoint: dynamo.endpoint });
    const mailer = createSesMailer(
      process.env.MAIL_FROM ?? "Rapport <reminders@rapport.localhost>",
      { ...localAws, endpoint: ses.endpoint },
      (id, raw) => handedOver.set(id, new TextDecoder().decode(raw)),
    );
    const dispatch = () =>
      dispatchDue({ db, send: mailer.send, appUrl: url, now: clock.now, sendsPerSecond: 50 });
    const deps: AppDeps = {
      mode: "local",
      db,
      mailer,
      mailProbe: ses.ping,
      dev: {
        mailbox: async () =>
          (await ses.read()).map((mail) => {
            const raw = handedOver.get(mail.id);
            return raw === undefined ? mail : { ...mail, raw };
          }),
        setClock: clock.set,
        resetClock: clock.reset,
        clockSet: clock.isSet,
        dispatch,
      },
      now: clock.now,
      appUrl: url,
      clientIp: (c) => (c.env as HttpBindings).incoming.socket.remoteAddress ?? "unknown",
    };
    await deps.db.createTableIfMissing();
    const web = await webListener(options.web, server, log);
    closers.push(web.close);
    const api = getRequestListener(createApp(deps).fetch) as Listener;
    const gate = apiGate(url);
    const canonicalHost = new URL(url).host;
    handle = (req, res) => {
      if (req.url?.startsWith("/api")) {
        const refusal = gate(req);
        return refusal ? refuse(res, refusal) : api(req, res);
      }
      // The session cookie and the same-origin check are bound to one origin, so a page opened
      // as 127.0.0.1 moves to the address sign-in links use.
      if (req.headers.host !== canonicalHost && (req.method === "GET" || req.method === "HEAD")) {
        res.writeHead(308, { location: `${url}${req.url ?? "/"}` }).end();
        return;
      }
      web.listener(req, res);
    };
    closers.push(
      every(options.dispatchEveryMs ?? 60_000, dispatch, (error) =>
        log(`The reminder dispatcher failed: ${String(error)}`),
      ),
    );
    return { url, deps, ses, dbEndpoint: dynamo.endpoint, close };
  } catch (error) {
    await close();
    throw error;
  }
}
