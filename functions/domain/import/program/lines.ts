import type { Role } from "../../../../schemas/program";
import { roleOf } from "../people/roles";

const ROLE_LINE = /^([A-Za-z][A-Za-z -]{1,28}?)\s*:\s*(.+)$/;

/** "Moderators: Jane Doe, MD; John Roe" -> role and the list text. */
export function roleLine(line: string): { role: Role; list: string } | undefined {
  if (line.indexOf(":") < 0) return undefined;
  const m = ROLE_LINE.exec(line);
  if (!m?.[1] || !m[2]) return undefined;
  const role = roleOf(m[1]);
  return role ? { role, list: m[2].trim() } : undefined;
}

const TRACK_LINE = /^(?:track|theme|stream)\s*:\s*(.+)$/i;

/** "Track: Hernia" -> the track's name. */
export function trackLine(line: string): string | undefined {
  if (line.indexOf(":") < 0) return undefined;
  return TRACK_LINE.exec(line)?.[1]?.trim() || undefined;
}
