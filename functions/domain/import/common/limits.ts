import { fileTooLargeMessage, importLimits } from "../../../../schemas/program";
import { DomainError } from "../../errors";

const encoder = new TextEncoder();

/** Longest CSV cell or line of program text that is read; the rest is cut, with a warning. A
 * whole faculty list or an abstract in HTML fits, and no reader then meets megabytes in one
 * piece of text. */
export const maxLineChars = 50_000;

/** More CSV rows or lines of program text than any program of 20,000 sessions in 5 MB has:
 * past them a file is refused before its rows or lines are read one by one. */
export const maxCsvRows = 200_000;
export const maxTextLines = 300_000;

/** Rejects input over the byte limit; cheap for small text (UTF-8 is at most 3 bytes per UTF-16 unit). */
export function checkInputSize(text: string): void {
  if (text.length * 3 <= importLimits.maxBytes) return;
  if (text.length > importLimits.maxBytes || encoder.encode(text).length > importLimits.maxBytes) {
    throw new DomainError("import.too_large", fileTooLargeMessage(), {
      maxBytes: importLimits.maxBytes,
    });
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The most people a program seats in all, counting a person once per session. Far more than
 * any congress lists; a calendar whose events repeat with hundreds of attendees each could
 * otherwise turn 5 MB into millions of seats, and a program too large to keep. */
export const maxSeats = 200_000;

export function tooManySessions(): DomainError {
  return new DomainError(
    "import.too_many_sessions",
    "More than 20,000 sessions: split the program into smaller files",
    { maxSessions: importLimits.maxSessions },
  );
}

export function tooManySeats(): DomainError {
  return new DomainError(
    "import.too_many_seats",
    `The sessions name people more than ${maxSeats.toLocaleString("en-US")} times in all (a person counts once for each session): split the program into smaller files`,
    { maxSeats },
  );
}
