import type { ConferenceSummary } from "../../../schemas/conference";
import { listConferences, readProgram, type StoredProgram } from "../../store/conference";
import { listContacts } from "../../store/contact";
import type { Db } from "../../store/db";
import { deleteFeed, feedUser, hasFeed, putFeed } from "../../store/feed";
import { DomainError } from "../errors";
import { newSecret, sha256 } from "../secrets";
import { type AgendaItem, type AgendaTarget, targetAgenda } from "./agenda";

const noConference = () => new DomainError("conference.not_found", "There is no such conference.");

async function targetsOf(db: Db, userId: string, conferenceId: string): Promise<AgendaTarget[]> {
  const contacts = await listContacts(db, userId, { conferenceId });
  return contacts.map((c) => ({
    id: c.id,
    ...(c.personId ? { personId: c.personId } : {}),
    name: c.name,
    priority: c.priority,
  }));
}

/** The sessions where the user's targets appear at one conference, in time order, each with
 * the sessions it overlaps. */
export async function conferenceAgenda(
  db: Db,
  userId: string,
  conferenceId: string,
): Promise<{ conference: ConferenceSummary; items: AgendaItem[] }> {
  const [program, targets] = await Promise.all([
    readProgram(db, userId, conferenceId),
    targetsOf(db, userId, conferenceId),
  ]);
  if (!program) throw noConference();
  return { conference: program.summary, items: targetAgenda(program, targets) };
}

/** The same agenda as an iCalendar file. The calendar code (and its time-zone library) loads
 * only when a file is asked for. */
export async function conferenceAgendaFile(
  db: Db,
  userId: string,
  conferenceId: string,
  now: Date,
): Promise<string> {
  const [program, targets] = await Promise.all([
    readProgram(db, userId, conferenceId),
    targetsOf(db, userId, conferenceId),
  ]);
  if (!program) throw noConference();
  const { conferenceAgendaIcs } = await import("./ics");
  return conferenceAgendaIcs(program, targets, now);
}

export async function feedStatus(db: Db, userId: string): Promise<{ on: boolean }> {
  return { on: await hasFeed(db, userId) };
}

/** Turns the private calendar feed on, or renews it: a new secret address, the old one stops.
 * Only the secret's hash is stored, so the address is shown this once. */
export async function turnFeedOn(db: Db, userId: string, appUrl: string): Promise<{ url: string }> {
  const secret = newSecret();
  await putFeed(db, userId, sha256(secret));
  return { url: `${appUrl.replace(/\/$/, "")}/api/calendar/${secret}.ics` };
}

export async function turnFeedOff(db: Db, userId: string): Promise<void> {
  if (!(await deleteFeed(db, userId))) {
    throw new DomainError("calendar.not_found", "The calendar feed is already off.");
  }
}

/** What a calendar app reads from the feed: every conference's agenda in one calendar. */
export async function feedCalendar(db: Db, secret: string, now: Date): Promise<string> {
  const userId = await feedUser(db, sha256(secret));
  if (!userId) {
    throw new DomainError(
      "calendar.not_found",
      "This calendar address is no longer active. Turn the feed on again in Rapport.",
    );
  }
  const { conferences } = await listConferences(db, userId, now);
  const programs: { program: StoredProgram; targets: AgendaTarget[] }[] = [];
  for (const conference of conferences) {
    const targets = await targetsOf(db, userId, conference.id);
    if (targets.length === 0) continue;
    const program = await readProgram(db, userId, conference.id);
    if (program) programs.push({ program, targets });
  }
  const { agendaEvents, agendaIcs } = await import("./ics");
  return agendaIcs({
    name: "Rapport: my agenda",
    items: programs.flatMap(({ program, targets }) => agendaEvents(program, targets)),
    now,
  });
}
