import type { Suggestion } from "../../../schemas/contact";
import { readPeople, readProgram } from "../../store/conference";
import { dismissedPeople, dismissSuggestion, listContacts } from "../../store/contact";
import type { Db } from "../../store/db";
import { DomainError } from "../errors";
import { get as getProfile } from "../profile";

const noConference = () => new DomainError("conference.not_found", "There is no such conference.");

/** The suggestions for one of the user's conferences. */
export async function list(db: Db, userId: string, conferenceId: string): Promise<Suggestion[]> {
  const [program, profile, contacts, dismissed] = await Promise.all([
    readProgram(db, userId, conferenceId),
    getProfile(db, userId),
    listContacts(db, userId, { conferenceId }),
    dismissedPeople(db, userId, conferenceId),
  ]);
  if (!program) throw noConference();
  for (const contact of contacts) if (contact.personId) dismissed.add(contact.personId);
  // The ranking and its table of institutions load on the first suggestions asked for.
  const { suggest } = await import("./suggest");
  return suggest(program, profile, dismissed);
}

/** Dismisses a suggestion for good; it is not offered again. */
export async function dismiss(
  db: Db,
  userId: string,
  conferenceId: string,
  personId: string,
): Promise<void> {
  const program = await readPeople(db, userId, conferenceId);
  if (!program) throw noConference();
  if (!program.people.some((p) => p.id === personId)) {
    throw new DomainError("person.not_found", "This person is not in the conference's program.");
  }
  await dismissSuggestion(db, userId, conferenceId, personId);
}
