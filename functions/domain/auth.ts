import { normalizeEmail } from "../../schemas/account";
import type { OutgoingMail } from "../../schemas/mail";
import { newProfile } from "../../schemas/profile";
import type { Db } from "../store/db";
import { claimAddressSlot, consumeToken, countIpRequest, putToken } from "../store/login";
import {
  deleteAllSessions,
  deleteSession,
  getSession,
  putSession,
  touchSession,
} from "../store/session";
import { claimEmail, createProfile, userIdForEmail } from "../store/user";
import { DomainError } from "./errors";
import { newSecret, sha256 } from "./secrets";

export const authRules = {
  tokenLifetimeMs: 15 * 60_000,
  perAddressIntervalMs: 60_000,
  perIpWindowMs: 10 * 60_000,
  perIpMax: 20,
  idleMs: 30 * 86_400_000,
  absoluteMs: 90 * 86_400_000,
  /** Sliding the idle expiry costs a write, so it happens at most this often per session. */
  touchEveryMs: 60 * 60_000,
};

export interface SignInDeps {
  db: Db;
  send: (mail: OutgoingMail) => Promise<string>;
  appUrl: string;
  now: Date;
}

const addressKey = (email: string) => sha256(normalizeEmail(email));

/** Emails a one-time sign-in link. The account is neither looked up nor created here, so the
 * answer and the work are the same for a known and an unknown address. */
export async function requestSignIn(deps: SignInDeps, email: string, ip: string): Promise<void> {
  const normalized = normalizeEmail(email);
  const key = addressKey(normalized);
  const window = authRules.perIpWindowMs;
  if (!(await countIpRequest(deps.db, ip, deps.now, window, authRules.perIpMax))) {
    const windowEnds = (Math.floor(deps.now.getTime() / window) + 1) * window;
    throw new DomainError(
      "auth.rate_limited",
      "Too many sign-in requests from this network. Try again in a few minutes.",
      undefined,
      Math.ceil((windowEnds - deps.now.getTime()) / 1000),
    );
  }
  if (!(await claimAddressSlot(deps.db, key, deps.now, authRules.perAddressIntervalMs))) {
    throw new DomainError(
      "auth.rate_limited",
      "A link was sent to this address less than a minute ago. Check your inbox, or try again in a minute.",
      undefined,
      authRules.perAddressIntervalMs / 1000,
    );
  }
  const secret = newSecret();
  const expiresAt = new Date(deps.now.getTime() + authRules.tokenLifetimeMs);
  await putToken(deps.db, key, sha256(secret), normalized, expiresAt);
  const link = `${deps.appUrl.replace(/\/$/, "")}/sign-in/confirm#token=${key}.${secret}`;
  await deps.send({
    to: normalized,
    subject: "Your Rapport sign-in link",
    text: `Open this link to sign in to Rapport:\n\n${link}\n\nIt works once and expires in 15 minutes. If you did not ask to sign in, ignore this email.`,
    html: `<p>Open this link to sign in to Rapport:</p><p><a href="${link}">Sign in to Rapport</a></p><p>It works once and expires in 15 minutes. If you did not ask to sign in, ignore this email.</p>`,
  });
}

export interface NewSession {
  /** The cookie value: `<userId>.<secret>`. Only its hash is stored. */
  cookie: string;
  userId: string;
  maxAgeSeconds: number;
}

/** Uses a sign-in token once, creating the account on first use, and opens a session. */
export async function confirmSignIn(db: Db, token: string, now: Date): Promise<NewSession> {
  const [key = "", secret = ""] = token.split(".");
  const email = await consumeToken(db, key, sha256(secret), now);
  if (!email) {
    throw new DomainError(
      "auth.link_invalid",
      "This sign-in link has expired or was already used. Ask for a new one; if you just signed in in another tab, you are signed in there.",
    );
  }
  const userId =
    (await userIdForEmail(db, email)) ??
    (await claimEmail(db, email, crypto.randomUUID().replaceAll("-", "")));
  await createProfile(db, userId, newProfile(email, now.toISOString()));
  const sessionSecret = newSecret();
  await putSession(db, userId, sha256(sessionSecret), {
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    absoluteExpiresAt: new Date(now.getTime() + authRules.absoluteMs).toISOString(),
  });
  return {
    cookie: `${userId}.${sessionSecret}`,
    userId,
    maxAgeSeconds: authRules.absoluteMs / 1000,
  };
}

const parseCookie = (cookie: string) => {
  const match = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
  return match ? { userId: match[1] as string, idHash: sha256(match[2] as string) } : undefined;
};

/** The user a session cookie belongs to, if the session is still open at `now`. */
export async function userForSession(
  db: Db,
  cookie: string,
  now: Date,
): Promise<string | undefined> {
  const parsed = parseCookie(cookie);
  if (!parsed) return undefined;
  const session = await getSession(db, parsed.userId, parsed.idHash);
  if (!session) return undefined;
  const t = now.getTime();
  if (
    t >= Date.parse(session.absoluteExpiresAt) ||
    t - Date.parse(session.lastSeenAt) >= authRules.idleMs
  ) {
    await deleteSession(db, parsed.userId, parsed.idHash);
    return undefined;
  }
  if (t - Date.parse(session.lastSeenAt) >= authRules.touchEveryMs) {
    await touchSession(db, parsed.userId, parsed.idHash, now);
  }
  return parsed.userId;
}

export async function signOut(db: Db, cookie: string): Promise<void> {
  const parsed = parseCookie(cookie);
  if (parsed) await deleteSession(db, parsed.userId, parsed.idHash);
}

export const signOutEverywhere = (db: Db, userId: string) => deleteAllSessions(db, userId);
