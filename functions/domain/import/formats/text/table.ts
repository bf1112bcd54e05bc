import { clean } from "../../common/normalize";

/** Tables pasted from a program page: their heading rows, and which cells lie under a heading
 * that says what they hold. */

type Heading = "time" | "title" | "room" | "people";

/** What a table's column headings say their cells hold ("TIME  ACTIVITY  VENUE"): a word to a
 * field. The room and the people are read from their columns; the others mark the row as
 * headings. */
const HEADINGS = new Map<string, Heading>([
  ...words(
    "time timing timings hour hours hora horario horário heure horaire zeit uhrzeit orario",
    "time",
  ),
  ...words(
    "activity activities event events session sessions title topic topics presentation presentations program programme agenda details tema thema titre sujet item description abstract credit credits",
    "title",
  ),
  ...words(
    "venue room rooms location hall place sala local lugar salle lieu raum ort saal aula",
    "room",
  ),
  ...words(
    "speaker speakers faculty presenter presenters chair chairs chairperson chairpersons moderator moderators ponente ponentes palestrante referent referenten relatore relatori intervenants intervenant(e)s orateurs",
    "people",
  ),
]);

/** A heading of several words as it is looked up: whole, else by its last word ("Agenda Item",
 * "Session Title"). */
function lastWord(heading: string): string {
  if (HEADINGS.has(heading)) return heading;
  const space = heading.lastIndexOf(" ");
  return space < 0 ? heading : heading.slice(space + 1);
}

function words(list: string, field: Heading): [string, Heading][] {
  return list.split(" ").map((w) => [w, field]);
}

const HEADING_TAIL = /[\s:.&]+$/;

export type Headings = (Heading | undefined)[];

/** The row's cells as column headings, when each filled cell (two at least) is one and the
 * first is the time's; a cell's heading is at its place in the row. */
export function headingRow(cells: string[]): Headings | undefined {
  const out: Headings = [];
  let named = 0;
  for (const cell of cells) {
    const c = clean(cell);
    const heading =
      c === "" ? undefined : HEADINGS.get(lastWord(c.replace(HEADING_TAIL, "").toLowerCase()));
    if (c !== "" && heading === undefined) return undefined;
    if (heading) named++;
    out.push(heading);
  }
  // The table's rows start with their time, as its headings do.
  return named >= 2 && out[0] === "time" ? out : undefined;
}

/** The heading each of a row's cells lies under. A row of the table has as many cells as its
 * headings, and starts with its time; a cell of several lines ends its row on a line that starts
 * with a TAB, so that line holds the row's last cells. */
export function cellHeadings(
  cells: string[],
  headings: Headings | undefined,
): Headings | undefined {
  if (!headings) return undefined;
  const from = headings.length - cells.length;
  if (from === 0) return headings;
  return from > 0 && cells[0] === "" ? headings.slice(from) : undefined;
}

/** A row's cells without the blank ones after its last filled cell (a TAB left at the end of a
 * row or of the headings). */
export function withoutTrailingBlanks(cells: string[]): string[] {
  let end = cells.length;
  while (end > 1 && clean(cells[end - 1]) === "") end--;
  return end === cells.length ? cells : cells.slice(0, end);
}
