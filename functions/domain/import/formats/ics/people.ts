import type { Role } from "../../../../../schemas/program";
import { decodedText } from "../../common/normalize";
import { looksLikeInstitution } from "../../people/affiliation";
import { isPlaceholder, type ParsedPerson, parsePersonName } from "../../people/people";
import type { DraftPerson } from "../../people/person-registry";
import { type JProp, paramsOf, paramText, propText } from "./jcal";

type Seat = { person: DraftPerson; role: Role };
const QUOTES = /^"|"$/g;
const MAILTO = /^mailto:/i;

/** Why a common name is not a speaker's (calendar tools put the society's name there), or
 * undefined when it is one; credentials mark a person. A single word may be a name written
 * without spaces (山田太郎), so only organisations are left out. */
function notAPerson({ name, credentials }: ParsedPerson): string | undefined {
  if (isPlaceholder(name)) return "names nobody yet";
  if (credentials.length > 0) return undefined;
  return looksLikeInstitution(name) ? "looks like an organisation" : undefined;
}

function addSeats(
  kind: "ORGANIZER" | "ATTENDEE",
  props: JProp[] | undefined,
  out: Seat[],
  warn: (message: string) => void,
  nameless: Set<string>,
): void {
  for (const p of props ?? []) {
    const params = paramsOf(p);
    const cutype = paramText(params.cutype)?.toUpperCase();
    if (cutype === "ROOM" || cutype === "RESOURCE") continue;
    const cn = decodedText(paramText(params.cn)?.replace(QUOTES, ""));
    if (cn === "") {
      // Only an address: whose it is cannot be told, so it is said once, where it first appears.
      const address = decodedText(propText(p)).replace(MAILTO, "");
      if (address !== "" && !nameless.has(`${kind} ${address}`)) {
        nameless.add(`${kind} ${address}`);
        warn(`${kind} ${address} has no name (CN), so is not listed as a speaker`);
      }
      continue;
    }
    const person = parsePersonName(cn);
    const why = notAPerson(person);
    if (why) {
      warn(`${kind} “${cn}” ${why}, not a speaker; left out`);
      continue;
    }
    const role: Role = paramText(params.role)?.toUpperCase() === "CHAIR" ? "chair" : "speaker";
    out.push({ person, role });
  }
}

/** People from ORGANIZER and ATTENDEE common names; ROLE=CHAIR marks a chair, rooms and
 * resources (CUTYPE) are not people, and names of organisations are left out with a warning.
 * An address without a name is warned about once per calendar (`nameless` holds those seen). */
export function calendarPeople(
  organizers: JProp[] | undefined,
  attendees: JProp[] | undefined,
  warn: (message: string) => void,
  nameless: Set<string> = new Set(),
): Seat[] {
  const out: Seat[] = [];
  addSeats("ORGANIZER", organizers, out, warn, nameless);
  addSeats("ATTENDEE", attendees, out, warn, nameless);
  return out;
}
