import { type Format, notTextReason } from "../../../schemas/program";
import { DomainError } from "../errors";
import { parseJsonExplained } from "./common/json";
import { headerField } from "./formats/csv/columns";

export type Sniffed = { format: Format; json?: unknown };

function firstLine(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return "";
  const end = text.indexOf("\n", start);
  return (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
}

function looksLikeCsvHeader(line: string, text: string): boolean {
  let best = 0;
  let separator = "";
  for (const sep of [",", "\t", ";"]) {
    const cells = line.split(sep);
    if (cells.length < 2) continue;
    let known = 0;
    for (const c of cells) if (headerField(c.replace(/^"|"$/g, "")) !== undefined) known++;
    if (known > best) {
      best = known;
      separator = sep;
    }
  }
  return best >= 2 && (separator !== "\t" || evenTabs(line, text));
}

const TAB_SAMPLE = 30;

/** Whether most of the first lines have as many TABs as the header: an exported TSV does, while a
 * table copied from a web page breaks its cells over lines of their own. */
function evenTabs(header: string, text: string): boolean {
  const tabs = header.split("\t").length;
  const lines = text
    .slice(0, 20_000)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(1, TAB_SAMPLE);
  const even = lines.filter((l) => l.split("\t").length === tabs).length;
  return lines.length === 0 || even >= lines.length * 0.7;
}

function jsonFormat(json: unknown): Format {
  if (json && typeof json === "object" && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    if (o.schedule && typeof o.schedule === "object") return "frab-json";
    if (o.conference && typeof o.conference === "object" && "days" in (o.conference as object)) {
      return "frab-json";
    }
    if (Array.isArray(o.sessions) && (Array.isArray(o.speakers) || Array.isArray(o.rooms))) {
      return "sessionize";
    }
  }
  throw new DomainError(
    "import.unknown_format",
    "This JSON is neither a frab/pretalx schedule nor a Sessionize “All data” export",
  );
}

/** Refuses a file that is not text, which would otherwise fail later with a misleading complaint
 * about dates or zones. */
function refuseBinary(text: string): void {
  const reason = notTextReason(text);
  if (reason) throw new DomainError(reason.code, reason.message);
}

/** Detects the format from the content (a leading BOM is ignored); JSON is parsed once here. */
export function sniff(text: string): Sniffed {
  refuseBinary(text);
  const line = firstLine(text);
  if (line === "") throw new DomainError("import.unreadable", "The file is empty");
  if (/^BEGIN:VCALENDAR/i.test(line) || /^BEGIN:VEVENT/im.test(text.slice(0, 2000))) {
    return { format: "ics" };
  }
  if (line.startsWith("<")) return { format: "frab-xml" };
  if (line.startsWith("{") || line.startsWith("[")) {
    const json = parseJsonExplained(text);
    return { format: jsonFormat(json), json };
  }
  if (looksLikeCsvHeader(line, text)) return { format: "csv" };
  return { format: "text" };
}
