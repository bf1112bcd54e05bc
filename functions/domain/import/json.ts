import { DomainError } from "../errors";
import type { ParseContext } from "./context";
import { parseJsonRaw } from "./raw";

export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {};
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}

/** The JSON detection already parsed, or a fresh parse with an actionable error. */
export function readJson(text: string, ctx: ParseContext): unknown {
  if (ctx.json !== undefined) return ctx.json;
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
