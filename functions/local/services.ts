import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import dynalite from "dynalite";
import type { DevMail } from "../../schemas/mail";

export interface LocalService {
  endpoint: string;
  close(): Promise<void>;
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });

const endpointOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** dynalite answers every origin (`Access-Control-Allow-Origin: *`) and every signature, and the
 * local SES serves the mail it holds (sign-in links) at `/store`, so a web page that found their
 * ports could read both. A browser marks each cross-origin request, preflights included, with
 * Origin, and a page that rebinds its own name to 127.0.0.1 keeps that name in Host; the SDK and
 * Node's fetch send neither. Such requests get a bare 403 with no CORS headers. */
function refuseBrowsers(server: Server): void {
  const { port } = server.address() as AddressInfo;
  const ownHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const listeners = server.listeners("request") as Listener[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.origin !== undefined || !ownHosts.has(req.headers.host?.toLowerCase() ?? "")) {
      res
        .writeHead(403, { "content-type": "text/plain" })
        .end("Only Rapport itself may call this.");
      return;
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
}

/** dynalite in this process: on disk under `path`, or in memory without one. */
export async function startDynalite(path?: string): Promise<LocalService> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  refuseBrowsers(server);
  return { endpoint: endpointOf(server), close: () => closeServer(server) };
}

interface StoredMail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

export interface LocalSes extends LocalService {
  /** The mail accepted so far, newest first. */
  read(): Promise<DevMail[]>;
  ping(): Promise<void>;
}

/** aws-ses-v2-local in this process, on a free port. */
export async function startSes(): Promise<LocalSes> {
  const mod = await import("aws-ses-v2-local");
  const start = (mod.default ?? mod) as unknown as (config: {
    host: string;
    port: number;
  }) => Promise<Server>;
  const server = await start({ host: "127.0.0.1", port: 0 });
  refuseBrowsers(server);
  const endpoint = endpointOf(server);
  return {
    endpoint,
    close: () => closeServer(server),
    async ping() {
      const res = await fetch(`${endpoint}/health-check`);
      if (!res.ok) throw new Error(`local SES answered ${res.status}`);
    },
    async read() {
      const res = await fetch(`${endpoint}/store`);
      const { emails } = (await res.json()) as { emails: StoredMail[] };
      return emails
        .map((mail) => ({
          id: mail.messageId,
          from: mail.from,
          to: mail.destination.to,
          subject: mail.subject,
          sentAt: new Date(mail.at * 1000).toISOString(),
          text: mail.body.text,
          html: mail.body.html,
        }))
        .reverse();
    },
  };
}
