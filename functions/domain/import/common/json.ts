import { DomainError } from "../../errors";
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

/** The JSON detection already parsed, or a fresh parse with an actionable error. */
export function readJson(text: string, ctx: ParseContext): unknown {
  return ctx.json !== undefined ? ctx.json : parseJsonExplained(text);
}

/** JSON.parse whose failure tells the user what is wrong with the file. */
export function parseJsonExplained(text: string): unknown {
  try {
    return parseJsonRaw(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError(
      "import.unreadable",
      `This looks like JSON but could not be read: ${why}`,
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
