import type {
  ConferencePage,
  ConferenceSummary,
  ImportPreview,
  SaveConference,
} from "../../schemas/conference";
import type { ImportRequest, Program } from "../../schemas/program";
import {
  ChunkTooLargeError,
  clearSaving,
  deleteConference,
  listConferences,
  markSaving,
  readConferencePage,
  saveConference,
} from "../store/conference";
import type { Db } from "../store/db";
import { getProfile } from "../store/user";
import { DomainError } from "./errors";
import { replanAfterChange } from "./reminders/schedule";
import { sha256 } from "./secrets";

const sampleSize = 12;
/** Warnings a preview lists: a file of unreadable lines can have hundreds of thousands, more
 * than a Lambda response carries, and the first thousand say enough. */
const maxPreviewWarnings = 1000;

const roomCount = (program: Program) =>
  new Set(program.sessions.flatMap((s) => (s.room ? [s.room] : []))).size;

/** The parsers load on first use: most requests never read a program file. */
async function readRequest(request: ImportRequest, now: Date) {
  const { importProgram } = await import("./import");
  return importProgram(request.text, {
    format: request.format,
    timeZone: request.timeZone,
    csvMapping: request.csvMapping,
    dateOrder: request.dateOrder,
    year: request.year,
    firstDay: request.firstDay,
    now,
  });
}

/** Reads a program without saving anything; `now` is what a guessed year is chosen nearest to. */
export async function preview(request: ImportRequest, now: Date): Promise<ImportPreview> {
  const { format, program, csv } = await readRequest(request, now);
  return {
    format,
    conference: program.conference,
    sessionCount: program.sessions.length,
    peopleCount: program.people.length,
    roomCount: roomCount(program),
    warnings: program.warnings.slice(0, maxPreviewWarnings),
    warningCount: program.warnings.length,
    sampleSessions: program.sessions.slice(0, sampleSize),
    samplePeople: program.people.slice(0, sampleSize),
    ...(csv ? { csv } : {}),
  };
}

/** Saves a confirmed preview: the same file and choices are read again on the server, so what is
 * stored is exactly what was previewed and the client never uploads a program it built itself. */
export async function create(
  db: Db,
  userId: string,
  request: SaveConference,
  now: Date,
): Promise<ConferenceSummary> {
  const requestHash = sha256(JSON.stringify(request));
  if (!(await markSaving(db, userId, requestHash, now))) {
    throw new DomainError(
      "conference.conflict",
      "This program is being saved already. Wait a moment, then open your conferences.",
    );
  }
  try {
    return await createOnce(db, userId, request, now);
  } finally {
    // A mark left behind expires by itself; failing here must not hide how the save went.
    await clearSaving(db, userId, requestHash).catch(() => undefined);
  }
}

async function createOnce(
  db: Db,
  userId: string,
  request: SaveConference,
  now: Date,
): Promise<ConferenceSummary> {
  const { format, program } = await readRequest(request, now);
  if (program.sessions.length === 0) {
    throw new DomainError(
      "conference.empty",
      "The file has no sessions, so there is nothing to save.",
    );
  }
  const summary: ConferenceSummary = {
    ...program.conference,
    ...(request.title ? { title: request.title } : {}),
    id: crypto.randomUUID().replaceAll("-", "").slice(0, 16),
    format,
    sessionCount: program.sessions.length,
    peopleCount: program.people.length,
    roomCount: roomCount(program),
    warningCount: program.warnings.length,
    createdAt: now.toISOString(),
  };
  // An account deleted while this save ran must not keep the conference: the deletion removes
  // the pending entry (and the save then takes its program back), or it sweeps again after
  // removing the profile, or this check finds the profile gone.
  const saved = await saveConference(db, userId, summary, program).catch((error) => {
    if (!(error instanceof ChunkTooLargeError)) throw error;
    throw new DomainError(
      "conference.too_large",
      "One session or person of this program is too large to store. Shorten its description or its list of people, then save again.",
    );
  });
  if (saved === "account-gone" || !(await getProfile(db, userId, true))) {
    await deleteConference(db, userId, summary.id);
    throw new DomainError(
      "account.not_found",
      "This account was deleted while the program was being saved, so nothing was kept.",
    );
  }
  await replanAfterChange(db, userId, now);
  return summary;
}

/** The user's conferences; saves cut off long ago are cleared away on the way. */
export async function list(db: Db, userId: string, now: Date): Promise<ConferenceSummary[]> {
  const { conferences, abandoned } = await listConferences(db, userId, now);
  for (const id of abandoned) await deleteConference(db, userId, id);
  return conferences;
}

/** One page of a conference; the cursor is the store's own and names no partition. */
export async function read(
  db: Db,
  userId: string,
  id: string,
  cursor?: string,
): Promise<ConferencePage> {
  const page = await readConferencePage(db, userId, id, cursor);
  if (page === "bad-cursor") {
    throw new DomainError(
      "request.invalid",
      "The page cursor is not valid; load the conference again.",
    );
  }
  if (page === "not-found") {
    throw new DomainError("conference.not_found", "There is no such conference.");
  }
  return {
    ...(page.summary ? { conference: page.summary, warnings: page.warnings } : {}),
    sessions: page.sessions,
    people: page.people,
    ...(page.next ? { next: page.next } : {}),
  };
}

export async function remove(db: Db, userId: string, id: string, now: Date): Promise<void> {
  if (!(await deleteConference(db, userId, id))) {
    throw new DomainError("conference.not_found", "There is no such conference.");
  }
  await replanAfterChange(db, userId, now);
}
