import type { Role } from "../../../../schemas/program";
import { roleOf } from "../people/roles";

// Words, with abbreviating dots ("Coord. Mesa").
const ROLE_LABEL = /^\p{L}[\p{L}. -]{1,28}$/u;
const TRACK_LABEL = /^(?:track|theme|stream|category|categories|specialty|speciality)$/i;

/** The label before the line's first colon and the text after it ("Track: Hernia"), when both
 * are there. The two are split at the colon rather than by one pattern over the whole line,
 * whose backtracking over a long run of blanks after the colon grows with its square. */
export function labelled(line: string): { label: string; value: string } | undefined {
  const colon = line.indexOf(":");
  if (colon < 0) return undefined;
  const value = line.slice(colon + 1).trim();
  return value === "" ? undefined : { label: line.slice(0, colon).trimEnd(), value };
}

/** "Moderators: Jane Doe, MD; John Roe" or "Speaker(s): Jane Doe" -> role and the list text. */
export function roleLine(line: string): { role: Role; list: string } | undefined {
  const l = labelled(line);
  if (!l) return undefined;
  // "Speaker(s)", "Chair(s)": the plural written in brackets.
  const label = l.label.endsWith("(s)") ? `${l.label.slice(0, -3)}s` : l.label;
  if (!ROLE_LABEL.test(label)) return undefined;
  const role = roleOf(label);
  return role ? { role, list: l.value } : undefined;
}

/** "Track: Hernia" -> the track's name. */
export function trackLine(line: string): string | undefined {
  const l = labelled(line);
  return l && TRACK_LABEL.test(l.label) ? l.value : undefined;
}
