import { DomainError } from "../../errors";
import { endOfString, lineBeyondDepth } from "../../json-depth";
import type { ParseContext } from "./context";

export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {};
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}

/** The JSON formats' raw step. */
export const parseJsonRaw = (text: string): unknown => JSON.parse(text);

/** The JSON detection already parsed, or a fresh parse with an actionable error. The context
 * lets go of it, so that the reader alone holds the parsed tree and can drop it early. */
export function readJson(text: string, ctx: ParseContext): unknown {
  const json = ctx.json;
  if (json === undefined) return parseJsonExplained(text);
  ctx.json = undefined;
  return json;
}

/** Deeper than any schedule export nests (frab JSON, the deepest, nests 8). */
const maxDepth = 100;

/** JSON.parse whose failure tells the user what is wrong with the file. */
export function parseJsonExplained(text: string): unknown {
  refuseDeepNesting(text);
  try {
    return parseJsonRaw(text);
  } catch (e) {
    const open = failsAtEnd(e, text) ? openAtEnd(text) : 0;
    if (open > 0) {
      // Nothing of a JSON document that stops early can be read: it is parsed whole.
      const what = open === 1 ? "list or object" : "lists or objects";
      throw new DomainError(
        "import.cut_off",
        `The file looks cut off: its JSON stops with ${open.toLocaleString("en-US")} ${what} still open, and JSON cannot be read in part. Download or export the file again.`,
      );
    }
    throw new DomainError("import.unreadable", explainJsonProblem(e, text));
  }
}

const jsonProblems: [RegExp, string][] = [
  [/after JSON/, "more text follows the end of the JSON document"],
  [
    /Bad control character|Unterminated string|Bad escaped/,
    "a text in quotes is not closed on its line, or holds a raw line break, tab or backslash",
  ],
  [
    /Expected property name/,
    "a name in double quotes should come here (a name without quotes, or a comma before a closing brace)",
  ],
  [/Expected ',' or/, "a comma is missing between two items"],
  [
    /Unexpected token|Unexpected number|Unexpected string/,
    "a character is out of place (a doubled comma, a stray bracket, or text without quotes)",
  ],
];

/** JSON.parse's complaint in the words of someone fixing the file, at the line and column where
 * it stopped when it says where. */
function explainJsonProblem(e: unknown, text: string): string {
  const why = e instanceof Error ? e.message : String(e);
  const what = jsonProblems.find(([pattern]) => pattern.test(why))?.[1] ?? "its syntax breaks";
  const at = POSITION.exec(why);
  if (!at) return `This JSON cannot be read: ${what}. Fix the file, or export it again.`;
  const position = Number(at[1]);
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `This JSON cannot be read at line ${line}, column ${column}: ${what}. Fix the file there, or export it again.`;
}

const POSITION = /position (\d+)/;

/** Whether the parse failed at the very end of the text, as it does on text that stops early
 * (V8 names the position of the fault, or says the input ended). */
function failsAtEnd(e: unknown, text: string): boolean {
  const at = e instanceof Error ? POSITION.exec(e.message) : null;
  return !at || Number(at[1]) >= text.trimEnd().length;
}

const QUOTE = 0x22;

/** How many lists and objects are still open where the text ends (a string cut short counts as
 * one more); 0 for text that closes what it opens. Read only after a parse has failed. */
function openAtEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
      if (i < 0) return depth + 1;
    } else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return depth;
}

/** Refuses a file nested deeper than any schedule before JSON.parse spends seconds on it. */
function refuseDeepNesting(text: string): void {
  const line = lineBeyondDepth(text, maxDepth);
  if (line !== undefined) {
    throw new DomainError(
      "import.unreadable",
      `This JSON nests its lists and objects more than ${maxDepth} deep (line ${line}), which no schedule does`,
    );
  }
}

/** A map keyed by JSON ids as str() reads them, so 1008 and "1008" name the same thing;
 * canonical numbers are also kept as numbers, which look up without building a string. */
export class IdMap<V> {
  private readonly map = new Map<unknown, V>();

  set(id: unknown, value: V): void {
    const key = str(id);
    this.map.set(key, value);
    if (key !== undefined) {
      const n = Number(key);
      if (String(n) === key) this.map.set(n, value);
    }
  }

  get(id: unknown): V | undefined {
    if (typeof id === "number" || typeof id === "string" || id === undefined)
      return this.map.get(id);
    return this.map.get(str(id));
  }

  has(id: unknown): boolean {
    return this.get(id) !== undefined;
  }
}
