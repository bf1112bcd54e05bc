import { DomainError } from "../errors";

/** The longest paste read, as the contact schema allows. */
export const maxVcardLength = 20_000;

/** The first card of a paste, ready for ical.js. */
export type CardText = {
  text: string;
  /** Cards in the paste, this one included. */
  cards: number;
  /** The card had no END:VCARD; one was added. */
  unterminated: boolean;
};

const BEGIN = /^\s*BEGIN\s*:\s*VCARD\s*$/i;
const END = /^\s*END\s*:\s*VCARD\s*$/i;
const LINE_BREAK = /\r\n|\r|\n/;
const QUOTED_PRINTABLE = /quoted-printable/i;
const ENCODINGS = new Set(["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"]);

export const notACard = () =>
  new DomainError(
    "contact.vcard_unreadable",
    "This is not a contact card: paste the text that starts with BEGIN:VCARD.",
  );

/** Cuts the first card out of a paste, and repairs the two vCard 2.1 habits ical.js cannot read
 * (older Android phones and Outlook still write them): parameters without a name
 * (`TEL;CELL;PREF:`), and quoted-printable values continued on the next line after a trailing
 * `=` with no folding space. Everything else, unfolding included, is left to ical.js. */
export function firstCard(paste: string): CardText {
  if (paste.length > maxVcardLength) {
    throw new DomainError(
      "contact.vcard_too_long",
      `The card is longer than ${maxVcardLength.toLocaleString("en-US")} characters. Paste one card at a time.`,
    );
  }
  const lines = paste.split(LINE_BREAK);
  const begin = lines.findIndex((line) => BEGIN.test(line));
  if (begin < 0) throw notACard();
  const out: string[] = ["BEGIN:VCARD"];
  let depth = 1;
  let cards = 1;
  let i = begin + 1;
  for (; i < lines.length && depth > 0; i++) {
    const line = lines[i] as string;
    if (BEGIN.test(line)) depth++;
    else if (END.test(line)) depth--;
    if (depth === 0) break;
    i = pushContentLine(lines, i, out);
  }
  const unterminated = depth > 0;
  out.push("END:VCARD");
  for (i++; i < lines.length; i++) if (BEGIN.test(lines[i] as string)) cards++;
  return { text: out.join("\n"), cards, unterminated };
}

/** Pushes the line at `at` (joined with its quoted-printable continuations) and returns the index
 * of the last line it used. */
function pushContentLine(lines: string[], at: number, out: string[]): number {
  const line = lines[at] as string;
  const colon = line.indexOf(":");
  // A folded line, or one ical.js will refuse on its own; quoted parameters need no repair.
  if (colon < 0 || line.charCodeAt(0) === 0x20 || line.charCodeAt(0) === 0x09) {
    out.push(line);
    return at;
  }
  const head = line.slice(0, colon);
  const fixedHead = head.includes(";") && !head.includes('"') ? nameBareParameters(head) : head;
  let value = line.slice(colon);
  let last = at;
  if (QUOTED_PRINTABLE.test(head) && value.endsWith("=")) {
    const parts = [value.slice(0, -1)];
    while (last + 1 < lines.length) {
      const next = lines[last + 1] as string;
      if (END.test(next) || BEGIN.test(next)) break;
      last++;
      if (!next.endsWith("=")) {
        parts.push(next);
        break;
      }
      parts.push(next.slice(0, -1));
    }
    value = parts.join("");
  }
  out.push(fixedHead + value);
  return last;
}

/** `TEL;WORK;VOICE` -> `TEL;TYPE=WORK;TYPE=VOICE`, `;QUOTED-PRINTABLE` -> `;ENCODING=…`. */
function nameBareParameters(head: string): string {
  const parts = head.split(";");
  let changed = false;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.includes("=")) continue;
    changed = true;
    parts[i] = ENCODINGS.has(part.toUpperCase()) ? `ENCODING=${part}` : `TYPE=${part}`;
  }
  return changed ? parts.join(";") : head;
}
