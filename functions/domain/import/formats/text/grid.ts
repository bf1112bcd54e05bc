import { clean } from "../../common/normalize";
import { readClock, readRange } from "../../time/times";

// A header cell naming a room column: "Room 1", "Hall B", "Salle 3", "Saal 2".
const ROOM_CELL = /^(?:room|hall|salle|saal|sala|track|auditorium|theat(?:er|re))\b/i;

/** Whether the cleaned text is only a time or a time range ("09:20-10:50", "18:40-"). */
function onlyTime(text: string): boolean {
  const range = readRange(text);
  if (range) return range.length >= text.replace(/[\s–—-]+$/, "").length;
  const single = readClock(text);
  return single !== undefined && single.length >= text.replace(/[\s–—-]+$/, "").length;
}

/** A room grid pasted from a table ("Time<TAB>Room 1<TAB>Room 2…"): each time row's cells, which
 * may run over several lines, become one line per filled cell ("09:20-10:50 Symposium 4 | Room
 * 4"), keyed by the index of the row's time line; the lines they used are blanked. Undefined
 * when the text has no such header. */
export function gridRows(lines: string[]): Map<number, string[]> | undefined {
  let rooms: string[] | undefined;
  const rows = new Map<number, string[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.indexOf("\t") >= 0) {
      const cells = line.split("\t").map(clean);
      if (cells.filter((c) => ROOM_CELL.test(c)).length >= 2) {
        rooms = cells;
        lines[i] = "";
        continue;
      }
    }
    if (!rooms) continue;
    const time = clean(line.split("\t")[0]);
    if (time === "" || !onlyTime(time)) continue;
    // The row runs on over the next lines until a blank line or the next time.
    let row = line;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j] as string;
      if (clean(next) === "" || onlyTime(clean(next.split("\t")[0]))) break;
      row += ` ${next}`;
    }
    const cells = row.split("\t").map(clean);
    const out: string[] = [];
    for (let k = 1; k < cells.length; k++) {
      const cell = cells[k] as string;
      if (cell !== "") out.push(`${time} ${cell}${rooms[k] ? ` | ${rooms[k]}` : ""}`);
    }
    if (out.length === 0) continue;
    rows.set(i, out);
    for (let k = i; k < j; k++) lines[k] = "";
    i = j - 1;
  }
  return rooms ? rows : undefined;
}
