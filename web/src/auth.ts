import { createResource, createRoot, createSignal } from "solid-js";
import type { Profile } from "../../schemas/profile";
import { api, messageOf, readBody, succeeded, whenUnauthenticated } from "./api";
import { forgetOfflineAnswers } from "./offline/register";
import { safeReturnPath } from "./return-path";
import { settled } from "./settled";

/** Why the user is signed out decides where the app goes: after a deliberate sign-out or a
 * deletion to the home page, otherwise to sign-in and back to where they were. */
export type SignedOutReason = "never" | "expired" | "signed-out" | "everywhere" | "deleted";

export type AuthState =
  | { kind: "in"; profile: Profile }
  | { kind: "out"; reason: SignedOutReason }
  | { kind: "error"; message: string };

/** Never throws, so reading the resource is always safe; a failure is a state of its own. */
async function loadMe(): Promise<AuthState> {
  try {
    const response = await api.api.me.$get();
    // 404: the session outlived its account (deleted in another tab).
    if (response.status === 401 || response.status === 404) return { kind: "out", reason: "never" };
    return { kind: "in", profile: await readBody(response) };
  } catch (error) {
    return { kind: "error", message: messageOf(error) };
  }
}

const notices: Record<Exclude<SignedOutReason, "never">, string> = {
  expired: "Your session has ended. Sign in again to continue.",
  "signed-out": "You are signed out.",
  everywhere: "You are signed out on every device.",
  deleted: "Your account and everything in it were deleted.",
};

/** The signed-in state the whole app shares: one `GET /api/me`, updated in place after changes. */
const shared = createRoot(() => {
  const [auth, { refetch, mutate }] = createResource(loadMe);
  const [notice, setNotice] = createSignal<string>();
  return { auth, refetch, mutate, notice, setNotice };
});

/** Asks the server again, e.g. once a sign-in link has been used. */
export const refetchAuth = async () => (await shared.refetch()) ?? (await loadMe());

/** A one-line message for the next page after signing out ("You are signed out."). */
export const notice = shared.notice;
export const clearNotice = () => shared.setNotice(undefined);

/** The latest state, undefined only before the first answer. */
export const authState = () => settled(shared.auth);

export const currentProfile = () => {
  const state = authState();
  return state?.kind === "in" ? state.profile : undefined;
};

export const authError = () => {
  const state = authState();
  return state?.kind === "error" ? state.message : undefined;
};

export const setProfile = (profile: Profile) => shared.mutate({ kind: "in", profile });

export function markSignedOut(reason: SignedOutReason) {
  if (reason !== "never") shared.setNotice(notices[reason]);
  forgetOfflineAnswers();
  shared.mutate({ kind: "out", reason });
}

whenUnauthenticated(() => {
  if (authState()?.kind === "in") markSignedOut("expired");
});

export async function signOut() {
  await succeeded(api.api.auth["sign-out"].$post());
  forgetReturn();
  markSignedOut("signed-out");
}

export async function signOutEverywhere() {
  await succeeded(api.api.auth["sign-out-everywhere"].$post());
  forgetReturn();
  markSignedOut("everywhere");
}

const returnKey = "rapport.returnTo";
/** The sign-in link may open in another tab, so the page to come back to is kept in local
 * storage, for as long as a link is valid. */
const returnLifetimeMs = 20 * 60_000;

export function rememberReturn(path: string) {
  try {
    localStorage.setItem(returnKey, JSON.stringify({ path: safeReturnPath(path), at: Date.now() }));
  } catch {
    // Storage may be off (private mode); the user then lands on Home.
  }
}

export function forgetReturn() {
  try {
    localStorage.removeItem(returnKey);
  } catch {}
}

/** Where to go after signing in; each remembered page is used once. */
export function takeReturn(): string {
  try {
    const saved = JSON.parse(localStorage.getItem(returnKey) ?? "null") as {
      path?: unknown;
      at?: unknown;
    } | null;
    forgetReturn();
    if (saved && typeof saved.at === "number" && Date.now() - saved.at < returnLifetimeMs) {
      return safeReturnPath(saved.path);
    }
  } catch {}
  return "/";
}
