import { clean } from "../../common/normalize";
import { isRoomText, roomWordFirst } from "../../program/rooms";
import { closeSpacedColons, readClock, readRange } from "../../time/times";

// A header cell naming a room column: "Room 1", "Hall B", "Salle 3", "Saal 2".
const ROOM_CELL = /^(?:room|hall|salle|saal|sala|track|auditorium|theat(?:er|re))\b/i;
// A header cell naming a track column by its number and theme: "Break-out Track 2 - Child
// Psychiatry".
const TRACK_CELL = /\btrack\s+\d/i;

/** Whether the cleaned text is only a time or a time range ("09:20-10:50", "18:40-"). */
function onlyTime(cell: string): boolean {
  const text = closeSpacedColons(cell);
  const range = readRange(text);
  if (range) return range.length >= text.replace(/[\s–—-]+$/, "").length;
  const single = readClock(text);
  return single !== undefined && single.length >= text.replace(/[\s–—-]+$/, "").length;
}

/** Whether a cell's line names a room and nothing else ("Sala C", "Salas A y B"). */
function roomOnly(text: string): boolean {
  return isRoomText(text) && roomWordFirst(text);
}

/** The cells of a header row naming room or track columns ("Time<TAB>Room 1<TAB>Room 2"), if it
 * is one. */
function roomHeader(line: string): string[] | undefined {
  if (line.indexOf("\t") < 0) return undefined;
  const cells = line.split("\t").map(clean);
  return cells.filter((c) => ROOM_CELL.test(c) || TRACK_CELL.test(c)).length >= 2
    ? cells
    : undefined;
}

/** A room grid pasted from a table ("Time<TAB>Room 1<TAB>Room 2…"): each time row's cells, which
 * may run over several lines, become lines of their own: the first with the time and the room
 * ("09:20-10:50 Symposium 4 | Room 4"; a track column's name on a "Track:" line after it), then
 * the cell's other lines, keyed by the index of the
 * row's time line; the lines they used are blanked. A row ends at
 * a blank line, the next time, the next header row or a line `ends` says ends it (a day header).
 * Undefined when the text has no such header. */
export function gridRows(
  lines: string[],
  ends: (line: string) => boolean,
): Map<number, string[]> | undefined {
  let rooms: string[] | undefined;
  const rows = new Map<number, string[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const header = roomHeader(line);
    if (header) {
      rooms = header;
      lines[i] = "";
      continue;
    }
    if (!rooms) continue;
    const time = clean(line.split("\t")[0]);
    if (time === "" || !onlyTime(time)) continue;
    let row = line;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j] as string;
      const first = clean(next.split("\t")[0]);
      if (clean(next) === "" || onlyTime(first) || roomHeader(next) || ends(clean(next))) break;
      row += `\n${next}`;
    }
    const cells = row.split("\t");
    const out: string[] = [];
    for (let k = 1; k < cells.length; k++) {
      // A cell's first line is its session's title, after the room when it names one ("Sala C",
      // then "Symposium: …"); the lines under it (speakers, talks) follow as lines of their own.
      const parts = (cells[k] as string)
        .split("\n")
        .map(clean)
        .filter((l) => l !== "");
      const first = parts[0];
      const column = rooms[k];
      const track = column && !ROOM_CELL.test(column) && TRACK_CELL.test(column) ? column : "";
      const room = first !== undefined && roomOnly(first) ? parts.shift() : track ? "" : column;
      // A cell naming only rooms ("Salas A y B") labels the cells under it: no session.
      const [title, ...under] = parts;
      if (title === undefined) continue;
      out.push(`${time} ${title}${room ? ` | ${room}` : ""}`);
      if (track) out.push(`Track: ${track}`);
      out.push(...under);
    }
    if (out.length === 0) continue;
    rows.set(i, out);
    for (let k = i; k < j; k++) lines[k] = "";
    i = j - 1;
  }
  return rooms ? rows : undefined;
}
