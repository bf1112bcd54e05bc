import type { MergeField } from "../../../schemas/profile";

// The schema's pattern: no brace inside a field, so each match attempt ends at the next brace and
// a template is read in linear time.
const MERGE_FIELD = /\{\{([^{}]*)\}\}/g;
// Stands for a field left empty until the lines are tidied; saved templates and merge values
// cannot hold control characters, so it marks nothing else.
const EMPTY = "\u0000";
const LINE_BREAK = /\r\n|\r|\n/;
const CR = /\r\n?/g;
// After these, an emptied field leaves no space behind: "about {{topic}}." -> "about.".
const CLOSING = /^[.,;:!?)\]}…”’]/;

/** A template with its `{{ field }}`s filled. A field that is empty takes its spaces with it, and a
 * line that held nothing but empty fields goes, with a blank line it would leave doubled.
 * Fields the values do not name stay as written. Lines end in \n. */
export function fillTemplate(template: string, values: Record<MergeField, string>): string {
  let emptied = false;
  const filled = template.replaceAll(EMPTY, "").replace(MERGE_FIELD, (whole, inner: string) => {
    const name = inner.trim();
    if (!Object.hasOwn(values, name)) return whole;
    const value = (values[name as MergeField] ?? "").replaceAll(EMPTY, "").trim();
    if (value !== "") return value;
    emptied = true;
    return EMPTY;
  });
  return emptied ? tidy(filled) : filled.replace(CR, "\n");
}

function tidy(text: string): string {
  const out: string[] = [];
  let skipBlank = false;
  let droppedLast = false;
  for (const line of text.split(LINE_BREAK)) {
    droppedLast = false;
    if (!line.includes(EMPTY)) {
      const blank = line.trim() === "";
      if (!(skipBlank && blank)) out.push(line);
      skipBlank = false;
      continue;
    }
    const joined = joinAround(line.split(EMPTY));
    if (joined.trim() !== "") {
      out.push(joined);
      skipBlank = false;
      continue;
    }
    // The line held only empty fields: drop it, and the blank line after it when one is before.
    droppedLast = true;
    skipBlank = out.length === 0 || (out[out.length - 1] ?? "").trim() === "";
  }
  if (droppedLast) while (out.length > 0 && (out[out.length - 1] ?? "").trim() === "") out.pop();
  return out.join("\n");
}

/** The pieces of a line around emptied fields, joined with one space where words meet. */
function joinAround(pieces: string[]): string {
  let line = pieces[0] ?? "";
  for (let i = 1; i < pieces.length; i++) {
    const left = trimSpacesEnd(line);
    const right = trimSpacesStart(pieces[i] ?? "");
    line = left === "" || right === "" || CLOSING.test(right) ? left + right : `${left} ${right}`;
  }
  return trimSpacesEnd(line);
}

const isSpace = (c: number) => c === 0x20 || c === 0x09;

function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

function trimSpacesStart(text: string): string {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}
