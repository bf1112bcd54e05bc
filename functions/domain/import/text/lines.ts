import type { DateOrder, Role } from "../../../../schemas/program";
import { type DateParts, readNamedDate, readNumericDate, resolveNumeric } from "../dates";
import { roleOf } from "../roles";

const DAY_PREFIX = /^day\s+\d+\s*[:\-–—,]?\s*/i;
const ROLE_LINE = /^([A-Za-z][A-Za-z -]{1,28}?)\s*:\s*(.+)$/;
const LEAD_SEPARATORS = /^[\s|:–—-]+/;

/** A day header ("Thursday, May 14, 2026", "Day 2 – Friday 15 May"); the year may be missing. */
export function dayHeader(line: string, order: DateOrder | undefined): DateParts | undefined {
  const text = line.replace(DAY_PREFIX, "");
  const named = readNamedDate(text);
  if (named) return text.length - named.length <= 25 ? named.date : undefined;
  const numeric = readNumericDate(text);
  if (!numeric || text.length - numeric.length > 25) return undefined;
  return resolveNumeric(numeric.date, order ?? (numeric.date.sep === "." ? "dmy" : "mdy"));
}

/** "Moderators: Jane Doe, MD; John Roe" -> role and the list text. */
export function roleLine(line: string): { role: Role; list: string } | undefined {
  if (line.indexOf(":") < 0) return undefined;
  const m = ROLE_LINE.exec(line);
  if (!m?.[1] || !m[2]) return undefined;
  const role = roleOf(m[1]);
  return role ? { role, list: m[2].trim() } : undefined;
}

export function stripLeadingSeparators(text: string): string {
  return text.replace(LEAD_SEPARATORS, "");
}
