import { hasDash, spacedDashes, wordCount } from "../common/normalize";
import { labelled } from "./lines";

// "Sala", "Salle" and "Aula" name a room only before its name: "Maria Sala" is a person.
const ROOM_WORD =
  /\b(?:room|rooms|rm\.?\s*\d+\w*|ballroom|hall|salonu?|auditorium|audit[oó]rio|auditoire|anfiteatro|theat(?:er|re)|amphitheat(?:er|re)|suite|meeting room|lecture hall|pavilion|terrace|foyer|lobby|level\s+\d|floor|wing|center stage|stage|(?:salas?|salles?|aulas?)\s+\S+|saal)\b/i;
const ROOM_LABEL = /^(?:location|room|venue|where|place)$/i;

/** Where a trailer's separator starts, and where the room after it starts and ends. */
type Trailer = { separator: number; room: number; end: number };

/** The rest of the text after the separator at `at`, when there is one and text follows it. */
function after(text: string, at: number): Trailer | undefined {
  return at < 0 || at === text.length - 1
    ? undefined
    : { separator: at, room: at + 1, end: text.length };
}

/** "Title | Room" or "Title • Room": after the last bar or bullet. */
function afterBar(text: string): Trailer | undefined {
  return after(text, Math.max(text.lastIndexOf("|"), text.lastIndexOf("•"), text.lastIndexOf("·")));
}

/** "Title (Room)": the last "(" when its ")" ends the text but for blanks, with text between. */
function inBrackets(text: string): Trailer | undefined {
  const end = text.trimEnd().length - 1;
  if (text.charCodeAt(end) !== 0x29) return undefined;
  const open = text.lastIndexOf("(", end);
  if (open < 0 || open + 1 === end || text.indexOf(")", open) !== end) return undefined;
  return { separator: open, room: open + 1, end };
}

/** "Title, Room": after the last comma. */
function afterComma(text: string): Trailer | undefined {
  return after(text, text.lastIndexOf(","));
}

/** "Title - Room" or "Title - Hall A - Level 2": after the first of the last spaced dashes whose
 * parts each read as a room; none when the last part is no room, so that "Keynote - Jane Doe -
 * Room 4" keeps the speaker in the title, and "Keynote - Room 4 - Jane Doe" gives no room. */
function afterDash(text: string): Trailer | undefined {
  if (!hasDash(text)) return undefined;
  const dashes = spacedDashes(text);
  let found: Trailer | undefined;
  let end = text.length;
  for (let k = dashes.length - 2; k >= 0; k -= 2) {
    const separator = dashes[k] as number;
    const room = dashes[k + 1] as number;
    if (room === end || !isRoomText(text.slice(room, end))) break;
    found = { separator, room, end: text.length };
    end = separator;
  }
  return found;
}

// In the order they are tried. Each finds its separator with a few searches, which most titles
// fail at once; what follows is a room only if it reads as one.
const TRAILERS = [afterBar, inBrackets, afterComma, afterDash];

/** A short phrase that names a room ("Room 201", "Ballroom A", "Exhibit Hall B"). */
export function isRoomText(text: string): boolean {
  return text.length <= 40 && wordCount(text) <= 6 && ROOM_WORD.test(text);
}

/** Whether a room text starts with its room word ("Sala Tulip 1+2", "Room 210"), as a room line
 * above its session's title does, where "Exhibit Hall" may be the session itself. */
export function roomWordFirst(text: string): boolean {
  return ROOM_WORD.exec(text)?.index === 0;
}

/** "Location: Room 201" or a line that is only a room name. */
export function roomLine(line: string): string | undefined {
  const l = labelled(line);
  if (l && ROOM_LABEL.test(l.label)) return l.value;
  return isRoomText(line) && !/[.!?]$/.test(line) ? line : undefined;
}

/** Splits a trailing room off a session title: "Title | Room 201", "Title (Ballroom A)". */
export function splitRoom(text: string): { title: string; room?: string } {
  for (const find of TRAILERS) {
    const t = find(text);
    if (!t) continue;
    const title = text.slice(0, t.separator).trim();
    const room = text.slice(t.room, t.end).trim();
    if (title !== "" && isRoomText(room)) return { title, room };
  }
  return { title: text };
}
