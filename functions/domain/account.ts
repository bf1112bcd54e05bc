import { normalizeEmail } from "../../schemas/account";
import { jsonStringBytes } from "../../schemas/program";
import { allUserItems, deleteItems } from "../store/account";
import type { Db, Item } from "../store/db";
import { deleteLogin } from "../store/login";
import { deleteEmail } from "../store/user";
import { DomainError } from "./errors";
import { get as getProfile } from "./profile";
import { sha256 } from "./secrets";

/** The contact log's seven columns, in the order of the Contact log page and its CSV. */
export const contactLogColumns = [
  "Name",
  "Affiliation",
  "Role",
  "Email",
  "Conference",
  "Last contact",
  "Notes",
] as const;

/** Stored JSON text becomes JSON again. Session hashes are left out: they are secrets that mean
 * nothing outside Rapport. So are marks of saves in progress, which are gone within a minute. */
function readable(item: Item): Item | undefined {
  const sk = String(item.sk);
  if (sk.startsWith("SESSION#") || sk.startsWith("SAVING#")) return undefined;
  const out: Item = { ...item };
  for (const field of ["data", "warnings"]) {
    if (typeof out[field] === "string") out[field] = JSON.parse(out[field] as string);
  }
  return out;
}

/** Most of the export one response carries, measured as it travels inside Lambda's 6 MB
 * response (JSON text escaped once more), with room to spare. */
export const exportPageBytes = 4 * 1024 * 1024;

const cursorOf = (item: Item) => Buffer.from(`${item.pk}\n${item.sk}`).toString("base64url");

/** One page of every item the account has, in a fixed order; `next` says where the following
 * page starts. A page always carries at least one item. */
export async function exportPage(
  db: Db,
  userId: string,
  now: Date,
  after?: string,
  pageBytes = exportPageBytes,
) {
  const profile = await getProfile(db, userId);
  const all: Item[] = [];
  for (const item of await allUserItems(db, userId)) {
    const shown = readable(item);
    if (shown) all.push(shown);
  }
  let start = 0;
  if (after !== undefined) {
    start = all.findIndex((item) => cursorOf(item) === after) + 1;
    if (start === 0) {
      throw new DomainError(
        "export.conflict",
        "Your data changed while it was being exported. Start the export again.",
      );
    }
  }
  const items: Item[] = [];
  let bytes = 0;
  for (const item of all.slice(start)) {
    const size = jsonStringBytes(JSON.stringify(item));
    if (items.length > 0 && bytes + size > pageBytes) break;
    items.push(item);
    bytes += size;
  }
  const last = items.at(-1);
  const more = last !== undefined && start + items.length < all.length;
  return {
    exportedAt: now.toISOString(),
    email: profile.email,
    items,
    ...(more ? { next: cursorOf(last) } : {}),
  };
}

const csvCell = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The contact log as CSV, one row per contact. */
export async function contactLogCsv(db: Db, userId: string): Promise<string> {
  await getProfile(db, userId);
  const rows: string[][] = [[...contactLogColumns]];
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Removes every item of the user. The profile goes last and the address mapping just before it,
 * so a deletion cut short can be finished by signing in again and repeating it. */
export async function deleteAccount(db: Db, userId: string, confirmEmail: string): Promise<void> {
  const profile = await getProfile(db, userId);
  if (normalizeEmail(confirmEmail) !== profile.email) {
    throw new DomainError(
      "account.confirmation_mismatch",
      "Type the email address of this account to confirm.",
    );
  }
  await deleteLogin(db, sha256(profile.email));
  const items = await allUserItems(db, userId);
  const isProfile = (item: Item) => String(item.pk).startsWith("USER#") && item.sk === "PROFILE";
  await deleteItems(
    db,
    items.filter((item) => !isProfile(item)),
  );
  await deleteEmail(db, profile.email);
  await deleteItems(db, items.filter(isProfile));
  // A conference saved while this ran is not in the first sweep; once the profile is gone, no
  // save can finish without noticing, so a second sweep catches the rest.
  await deleteItems(db, await allUserItems(db, userId));
}
