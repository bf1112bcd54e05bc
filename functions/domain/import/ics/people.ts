import type { Role } from "../../../../schemas/program";
import { clean } from "../normalize";
import { parsePeople } from "../people";
import type { DraftPerson } from "../person-registry";
import { type JProp, param } from "./jcal";

type Seat = { person: DraftPerson; role: Role };
const QUOTES = /^"|"$/g;

function addSeats(props: JProp[] | undefined, out: Seat[]): void {
  for (const p of props ?? []) {
    const cutype = param(p, "cutype")?.toUpperCase();
    if (cutype === "ROOM" || cutype === "RESOURCE") continue;
    const cn = clean(param(p, "cn")?.replace(QUOTES, ""));
    if (cn === "") continue;
    const role: Role = param(p, "role")?.toUpperCase() === "CHAIR" ? "chair" : "speaker";
    const parsed = parsePeople(cn).people;
    const person = parsed.length === 1 && parsed[0] ? parsed[0] : { name: cn };
    out.push({ person, role });
  }
}

/** People from ORGANIZER and ATTENDEE common names; ROLE=CHAIR marks a chair, rooms and
 * resources (CUTYPE) are not people. */
export function calendarPeople(organizers?: JProp[], attendees?: JProp[]): Seat[] {
  const out: Seat[] = [];
  addSeats(organizers, out);
  addSeats(attendees, out);
  return out;
}
