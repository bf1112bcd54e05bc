import { importLimits } from "../../../../../schemas/program";
import { DomainError } from "../../../errors";
import { tooManySessions } from "../../common/limits";

/** Deeper than any schedule nests (schedule > day > room > event > persons > person). */
const maxDepth = 100;
/** More than any schedule element carries; the parser slows down badly on elements with many. */
const maxAttributes = 100;

/** Where the markup stops being whole, when it does. */
export type XmlDefect = {
  /** What is wrong, for the user: "it stops on line 12, inside <event>, before </schedule>". */
  why: string;
  /** An element closed out of turn rather than a file that simply stops. */
  damaged?: true;
  /** The text the parser should read instead of the file: up to the last whole piece of
   * markup, then the end tags of what is still open, so that everything before the cut reads
   * as it would in the whole file (the parser drops elements it never sees closed). */
  readable?: string;
};

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;

function isNameEnd(c: number): boolean {
  return c === GT || c === SLASH || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || !c;
}

function lineAt(xml: string, at: number): number {
  let line = 1;
  for (let i = xml.indexOf("\n"); i >= 0 && i < at; i = xml.indexOf("\n", i + 1)) line++;
  return line;
}

const count = (n: number) => n.toLocaleString("en-US");

/** Looks over the markup once, before the parser reads it, and refuses what no schedule export
 * holds and the parser would choke on: entity declarations (a few bytes of them can expand to
 * gigabytes), elements nested past any schedule, elements with hundreds of attributes, more
 * events than a program may have. Returns what is wrong with a file that stops too early or
 * closes the wrong element, which the parser itself passes over in silence. */
export function scanXml(xml: string): XmlDefect | undefined {
  // Start and end offsets of each open element's name, innermost last.
  const open: number[] = [];
  let mismatch: XmlDefect | undefined;
  let events = 0;
  let i = xml.indexOf("<");
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    let end: number;
    if (next === BANG || next === QUESTION) {
      end = skipDeclaration(xml, i);
      if (end < 0) return cutOff(xml, open, i);
    } else if (next === SLASH) {
      end = xml.indexOf(">", i);
      if (end < 0) return cutOff(xml, open, i);
      const top = open.length - 2;
      if (top < 0 || !sameName(xml, i + 2, open[top] as number, open[top + 1] as number)) {
        mismatch ??= wrongClose(xml, open, i);
      }
      open.length = Math.max(0, top);
    } else {
      const nameEnd = endOfName(xml, i + 1);
      end = endOfTag(xml, nameEnd, i);
      if (end < 0) return cutOff(xml, open, i);
      if (xml.charCodeAt(end - 1) !== SLASH) {
        open.push(i + 1, nameEnd);
        if (open.length > 2 * maxDepth) {
          throw new DomainError(
            "import.unreadable",
            `This XML nests its elements more than ${maxDepth} deep (line ${count(lineAt(xml, i))}), which no schedule does`,
          );
        }
      }
      if (nameEnd - i - 1 === 5 && xml.startsWith("event", i + 1)) {
        if (++events > importLimits.maxSessions) throw tooManySessions();
      }
    }
    i = xml.indexOf("<", end + 1);
  }
  // A wrong closing tag is named first: after one, what stays open says little.
  return mismatch ?? (open.length > 0 ? cutOff(xml, open, xml.length) : undefined);
}

function endOfName(xml: string, from: number): number {
  let i = from;
  while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
  return i;
}

/** The ">" that ends a start tag (quoted values may hold ">"), or -1 when the file stops first;
 * refuses a tag with more attributes than any schedule element has. */
function endOfTag(xml: string, from: number, start: number): number {
  let attributes = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === GT) return i;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const close = xml.indexOf(c === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === EQUALS && ++attributes > maxAttributes) {
      const name = xml.slice(start + 1, endOfName(xml, start + 1));
      throw new DomainError(
        "import.unreadable",
        `The element <${name}> on line ${count(lineAt(xml, start))} has more than ${maxAttributes} attributes, which no schedule element has`,
      );
    }
  }
  return -1;
}

/** The end of a comment, CDATA section, processing instruction or DOCTYPE starting at `i`, or -1
 * when the file stops inside it. A DOCTYPE that declares entities is refused. */
function skipDeclaration(xml: string, i: number): number {
  if (xml.startsWith("<!--", i)) return endAfter(xml, "-->", i + 4);
  if (xml.startsWith("<![CDATA[", i)) return endAfter(xml, "]]>", i + 9);
  if (xml.startsWith("<?", i)) return endAfter(xml, "?>", i + 2);
  if (!xml.startsWith("<!DOCTYPE", i)) return xml.indexOf(">", i);
  let subset = false;
  for (let k = i + 9; k < xml.length; k++) {
    const c = xml.charCodeAt(k);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const close = xml.indexOf(c === DOUBLE_QUOTE ? '"' : "'", k + 1);
      if (close < 0) return -1;
      k = close;
    } else if (c === OPEN_SQUARE) subset = true;
    else if (c === CLOSE_SQUARE) subset = false;
    else if (c === LT && subset && xml.startsWith("<!ENTITY", k)) throw entitiesRefused();
    else if (c === GT && !subset) return k;
  }
  return -1;
}

function endAfter(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length - 1;
}

function entitiesRefused(): DomainError {
  return new DomainError(
    "import.xml_entities",
    "This XML declares its own entities (<!ENTITY …> in its DOCTYPE), which schedule exports never do, so it is not read. Export the schedule again, or delete the DOCTYPE and import the file.",
  );
}

function sameName(xml: string, closing: number, start: number, end: number): boolean {
  const length = end - start;
  for (let k = 0; k < length; k++) {
    if (xml.charCodeAt(closing + k) !== xml.charCodeAt(start + k)) return false;
  }
  return isNameEnd(xml.charCodeAt(closing + length));
}

function nameOf(xml: string, open: number[], depth: number): string {
  return xml.slice(open[2 * depth] as number, open[2 * depth + 1] as number);
}

function cutOff(xml: string, open: number[], at: number): XmlDefect {
  const depth = open.length / 2;
  const where = `it stops on line ${count(lineAt(xml, at))}`;
  const inside = depth > 1 ? `, inside <${nameOf(xml, open, depth - 1)}>,` : "";
  const before = depth > 0 ? ` before </${nameOf(xml, open, 0)}>` : "";
  let readable = xml.slice(0, at);
  for (let d = depth - 1; d >= 0; d--) readable += `</${nameOf(xml, open, d)}>`;
  return { why: `${where}${inside}${before}`, readable };
}

function wrongClose(xml: string, open: number[], at: number): XmlDefect {
  const closing = xml.slice(at + 2, endOfName(xml, at + 2));
  const depth = open.length / 2;
  const line = count(lineAt(xml, at));
  if (depth === 0)
    return { why: `line ${line} closes </${closing}>, which was never opened`, damaged: true };
  const innermost = nameOf(xml, open, depth - 1);
  const opened = lineAt(xml, open[open.length - 2] as number);
  return {
    why: `<${innermost}> opened on line ${count(opened)} is never closed (line ${line} has </${closing}> instead)`,
    damaged: true,
  };
}

const lead = (d: XmlDefect) =>
  d.damaged ? "The file looks cut off or damaged" : "The file looks cut off";

/** The warning for a file whose markup is not whole but still gave sessions. */
export function defectWarning(d: XmlDefect): string {
  const missing = d.damaged
    ? "sessions after that line may be missing or misplaced"
    : "sessions after the cut are missing and the last one read may be incomplete";
  return `${lead(d)}: ${d.why}. The ${missing}; download or export the file again.`;
}

/** The error for such a file when nothing could be read from it. */
export function unreadableDefect(d: XmlDefect): DomainError {
  return new DomainError(
    "import.cut_off",
    `${lead(d)}: ${d.why}, and no session could be read from it. Download or export the file again.`,
  );
}
