import { wordCount } from "../common/normalize";
import { labelled } from "./lines";

const ROOM_WORD =
  /\b(?:room|rooms|rm|ballroom|hall|salon|auditorium|theat(?:er|re)|amphitheat(?:er|re)|suite|meeting room|lecture hall|pavilion|terrace|foyer|lobby|level\s+\d|floor|wing|center stage|stage)\b/i;
const ROOM_LABEL = /^(?:location|room|venue|where|place)$/i;
// Each trailer with a cheap test for the character it needs, so most titles skip the regex.
const TRAILERS: [RegExp, (text: string) => boolean][] = [
  [
    /\s*[|•·]\s*([^|•·]+)$/,
    (t) => t.indexOf("|") >= 0 || t.indexOf("•") >= 0 || t.indexOf("·") >= 0,
  ],
  [/\s*\(([^()]+)\)\s*$/, (t) => t.indexOf(")") >= 0],
  [/\s*,\s*([^,]+)$/, (t) => t.indexOf(",") >= 0],
  [/\s+[–—-]\s+(.+)$/, (t) => t.indexOf("-") >= 0 || t.indexOf("–") >= 0 || t.indexOf("—") >= 0],
];

/** A short phrase that names a room ("Room 201", "Ballroom A", "Exhibit Hall B"). */
export function isRoomText(text: string): boolean {
  return text.length <= 40 && wordCount(text) <= 6 && ROOM_WORD.test(text);
}

/** "Location: Room 201" or a line that is only a room name. */
export function roomLine(line: string): string | undefined {
  const l = labelled(line);
  if (l && ROOM_LABEL.test(l.label)) return l.value;
  return isRoomText(line) && !/[.!?]$/.test(line) ? line : undefined;
}

/** Splits a trailing room off a session title: "Title | Room 201", "Title (Ballroom A)". */
export function splitRoom(text: string): { title: string; room?: string } {
  for (const [re, possible] of TRAILERS) {
    if (!possible(text)) continue;
    const m = re.exec(text);
    if (m?.[1] && m.index > 0 && isRoomText(m[1].trim())) {
      return { title: text.slice(0, m.index).trim(), room: m[1].trim() };
    }
  }
  return { title: text };
}
