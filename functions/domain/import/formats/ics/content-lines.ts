/** More parameters than any calendar writes on one property (ATTENDEE carries about ten). ical.js
 * reads a property's parameters in time that grows with their count squared. */
export const maxParameters = 100;
/** More values than one CATEGORIES, RDATE or EXDATE line holds in a program; each becomes an
 * object of its own in ical.js, and a session repeats at most a hundred times anyway. */
export const maxValues = 1000;

/** A content line left out, with why. */
export type DroppedLine = { line: number; message: string };

const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;
const LISTS = new Set(["CATEGORIES", "RESOURCES", "RDATE", "EXDATE"]);
const LIST_NAME_LENGTHS = new Set([...LISTS].map((name) => name.length));

const isFold = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c === SPACE || c === TAB;
};

/** The calendar without the content lines ical.js must not be given: a property with more than
 * maxParameters parameters, or a list with more than maxValues values. Lines are unfolded as
 * RFC 5545 says (a line break followed by a space or tab continues the line). One pass; a
 * calendar with nothing to leave out comes back as it is. */
export function boundContentLines(text: string): { text: string; dropped: DroppedLine[] } {
  // A property needs a semicolon per parameter and a comma per value after its first, all on
  // one logical line; most calendars have no line that holds that many, and are not read here.
  if (!crowded(text, ";", maxParameters + 1) && !crowded(text, ",", maxValues)) {
    return { text, dropped: [] };
  }
  const dropped: DroppedLine[] = [];
  let kept = "";
  let copiedTo = 0;
  let line = 1;
  let start = 0;
  while (start < text.length) {
    const head = readHead(text, start);
    let end = head.end;
    let lines = head.lines;
    let problem: string | undefined;
    const name = nameOf(text, start, head);
    if (head.parameters > maxParameters) {
      problem = `${name || "A property"} has more than ${maxParameters} parameters; left out`;
    } else if (LISTS.has(name)) {
      const values = countValues(text, head.colon, end);
      if (values > maxValues)
        problem = `${name} lists more than ${maxValues.toLocaleString("en-US")} values; left out`;
    }
    // The rest of the logical line: physical lines that start with a space or tab.
    while (end < text.length && isFold(text, end + 1)) {
      const next = text.indexOf("\n", end + 1);
      end = next < 0 ? text.length : next;
      lines++;
    }
    if (problem) {
      dropped.push({ line, message: problem });
      kept += text.slice(copiedTo, start);
      copiedTo = Math.min(text.length, end + 1);
    }
    line += lines;
    start = end + 1;
  }
  if (dropped.length === 0) return { text, dropped };
  return { text: kept + text.slice(copiedTo), dropped };
}

/** The property's name upper-cased, when it matters: only list names are looked up, and only a
 * name that is refused is shown. */
function nameOf(text: string, start: number, head: Head): string {
  const length = head.nameEnd - start;
  if (head.colon < 0 || (head.parameters <= maxParameters && !LIST_NAME_LENGTHS.has(length)))
    return "";
  return text.slice(start, head.nameEnd).toUpperCase();
}

type Head = {
  /** Where the name ends, the value's colon (-1 when none), and the parameters counted. */
  nameEnd: number;
  colon: number;
  parameters: number;
  /** The newline that ends the physical line the head ends on, and how many lines it took. */
  end: number;
  lines: number;
};

/** Reads a content line's name and parameters up to the colon that starts its value (a quoted
 * parameter value may hold colons and semicolons), across folded lines. */
function readHead(text: string, start: number): Head {
  let nameEnd = -1;
  let parameters = 0;
  let lines = 1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      if (!isFold(text, i + 1))
        return { nameEnd: nameEnd < 0 ? i : nameEnd, colon: -1, parameters, end: i, lines };
      lines++;
      i++;
    } else if (c === QUOTE) {
      const quoted = quotedEnd(text, i);
      if (quoted) {
        i = quoted.close;
        lines += quoted.folds;
      }
    } else if (c === SEMICOLON) {
      if (nameEnd < 0) nameEnd = i;
      parameters++;
    } else if (c === COLON) {
      const newline = text.indexOf("\n", i);
      return {
        nameEnd: nameEnd < 0 ? i : nameEnd,
        colon: i,
        parameters,
        end: newline < 0 ? text.length : newline,
        lines,
      };
    }
  }
  return {
    nameEnd: nameEnd < 0 ? text.length : nameEnd,
    colon: -1,
    parameters,
    end: text.length,
    lines,
  };
}

/** The quote closing the one at `open` and the folds between them, when it is on the same
 * logical line; a quote left open is read as a plain character. */
function quotedEnd(text: string, open: number): { close: number; folds: number } | undefined {
  const close = text.indexOf('"', open + 1);
  if (close < 0) return undefined;
  let folds = 0;
  for (let k = text.indexOf("\n", open); k >= 0 && k < close; k = text.indexOf("\n", k + 1)) {
    if (!isFold(text, k + 1)) return undefined;
    folds++;
  }
  return { close, folds };
}

/** Commas in a value from `colon` over its folded lines, counted until past maxValues. */
function countValues(text: string, colon: number, firstEnd: number): number {
  let values = 1;
  let end = firstEnd;
  let at = text.indexOf(",", colon);
  for (;;) {
    while (at >= 0 && at < end) {
      if (++values > maxValues) return values;
      at = text.indexOf(",", at + 1);
    }
    if (end >= text.length || !isFold(text, end + 1)) return values;
    const next = text.indexOf("\n", end + 1);
    end = next < 0 ? text.length : next;
  }
}

/** Whether some logical line holds at least `count` of the character `mark`, anywhere in it
 * (quoted, escaped or in the value). One pass over the marks and the line breaks. */
function crowded(text: string, mark: string, count: number): boolean {
  let lineEnd = -1;
  let onLine = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    if (at > lineEnd) {
      lineEnd = logicalLineEnd(text, at);
      onLine = 0;
    }
    if (++onLine >= count) return true;
  }
  return false;
}

/** The line break that ends the logical line `at` is on (the text's length when none does). */
function logicalLineEnd(text: string, at: number): number {
  let end = text.indexOf("\n", at);
  while (end >= 0 && isFold(text, end + 1)) end = text.indexOf("\n", end + 1);
  return end < 0 ? text.length : end;
}
