import { normalizeEmail } from "../../schemas/account";
import { type ExportedConference, type ExportPage, exportFormat } from "../../schemas/export";
import { jsonStringBytes } from "../../schemas/program";
import {
  type AccountRecord,
  accountRecords,
  deleteProfile,
  deleteUserItemsButProfile,
} from "../store/account";
import type { Db } from "../store/db";
import { deleteLogin } from "../store/login";
import { deleteEmail } from "../store/user";
import { DomainError } from "./errors";
import { get as getProfile } from "./profile";
import { sha256 } from "./secrets";

/** Most of the export one response carries, measured as it travels inside Lambda's 6 MB
 * response (JSON text escaped once more), with room to spare. */
export const exportPageBytes = 4 * 1024 * 1024;

/** One page of the account's export document; `next` says where the following page starts.
 * A page always carries at least one record. */
export async function exportPage(
  db: Db,
  userId: string,
  now: Date,
  after?: string,
  pageBytes = exportPageBytes,
): Promise<ExportPage> {
  await getProfile(db, userId);
  const page: ExportPage = {
    format: exportFormat.name,
    version: exportFormat.version,
    exportedAt: now.toISOString(),
    conferences: [],
    contacts: [],
    log: [],
  };
  let bytes = 0;
  let last: string | undefined;
  for await (const found of accountRecords(db, userId, after)) {
    if (found === "bad-cursor" || found === "changed") throw dataChanged();
    const size = jsonStringBytes(JSON.stringify(found.record));
    if (last !== undefined && bytes + size > pageBytes) {
      page.next = last;
      break;
    }
    addRecord(page, found.record);
    bytes += size;
    last = found.cursor;
  }
  return page;
}

const dataChanged = () =>
  new DomainError(
    "export.conflict",
    "Your data changed while it was being exported. Start the export again.",
  );

function addRecord(page: ExportPage, record: AccountRecord): void {
  if (record.kind === "profile") {
    page.profile = record.profile;
    return;
  }
  if (record.kind === "contact") {
    page.contacts.push(record.contact);
    return;
  }
  if (record.kind === "interaction") {
    page.log.push(record.interaction);
    return;
  }
  const id = record.kind === "conference" ? record.conference.id : record.conferenceId;
  let conference = page.conferences.find((c) => c.id === id);
  if (!conference) {
    conference = { id, warnings: [], sessions: [], people: [] } as ExportedConference;
    page.conferences.push(conference);
  }
  if (record.kind === "conference") Object.assign(conference, record.conference);
  else if (record.kind === "warnings") conference.warnings.push(...record.warnings);
  else if (record.kind === "sessions") conference.sessions.push(...record.sessions);
  else conference.people.push(...record.people);
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
  await deleteUserItemsButProfile(db, userId);
  await deleteEmail(db, profile.email);
  await deleteProfile(db, userId);
  // A conference saved while this ran is not in the first sweep; once the profile is gone, no
  // save can finish without noticing, so a second sweep catches the rest.
  await deleteUserItemsButProfile(db, userId);
}
