import { canonicalTimeZone } from "../../../schemas/program";
import { DomainError } from "../errors";

/** The seven columns of the contact log, in the order the page and the export show them. */
export const contactLogColumns = [
  "Name",
  "Role",
  "Institution",
  "How We Met",
  "Interests",
  "Last Contact",
  "Next Step",
] as const;

export type ContactLike = {
  name: string;
  credentials: readonly string[];
  title: string;
  institution: string;
  howWeMet: string;
  interests: string;
  /** An ISO instant, or undefined when nobody has been in touch yet. */
  lastContact?: string | undefined;
  nextStep: string;
};

// Excel opens a CSV without a byte order mark in the system's legacy code page, which turns
// "Zoë" or "São Paulo" into mojibake; with one it reads UTF-8. Google Sheets, Numbers and
// LibreOffice read the mark and drop it.
const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;
// A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that would start a formula is kept as text by a leading apostrophe, and the
 * cell is quoted (RFC 4180) when it holds a comma, a quote or a line break. */
function cell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTE, '""')}"` : safe;
}

/** The contact log as a CSV file (RFC 4180, CRLF line ends, UTF-8 with a byte order mark), with
 * each last contact as the date it was in the user's time zone. */
export function contactLogCsv(contacts: readonly ContactLike[], timeZone: string): string {
  const dateOf = dayFormatter(timeZone);
  const rows = contacts.map((c) =>
    [
      c.credentials.length > 0 ? `${c.name}, ${c.credentials.join(", ")}` : c.name,
      c.title,
      c.institution,
      c.howWeMet,
      c.interests,
      c.lastContact === undefined ? "" : dateOf(c.lastContact),
      c.nextStep,
    ]
      .map(cell)
      .join(","),
  );
  return `${BOM}${[contactLogColumns.join(","), ...rows].join("\r\n")}\r\n`;
}

/** YYYY-MM-DD of an instant in a zone; "" for text that is no instant. */
function dayFormatter(timeZone: string): (instant: string) => string {
  const zone = canonicalTimeZone(timeZone);
  if (!zone) {
    throw new DomainError(
      "contact.time_zone_unknown",
      `Unknown time zone “${timeZone}”. Choose your time zone in Settings, then export again.`,
    );
  }
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return (instant) => {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) return "";
    const parts = format.formatToParts(ms);
    const part = (type: string) => parts.find((p) => p.type === type)?.value;
    return `${part("year")}-${part("month")}-${part("day")}`;
  };
}
