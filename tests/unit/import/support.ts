import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DomainError } from "../../../functions/domain/errors";
import type { Program } from "../../../schemas/program";

export const fixturesDir = fileURLToPath(new URL("../../fixtures/import/", import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${fixturesDir}${name}`, "utf8");
}

/** "role:Name" for each person of a session, in order. */
export function cast(program: Program, sessionTitle: string): string[] {
  const session = program.sessions.find((s) => s.title === sessionTitle);
  if (!session) throw new Error(`no session ${sessionTitle}`);
  return session.people.map(
    (p) => `${p.role}:${program.people.find((x) => x.id === p.personId)?.name}`,
  );
}

export function person(program: Program, name: string) {
  const found = program.people.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`expected one ${name}, got ${found.length}`);
  return found[0];
}

/** The DomainError code thrown by fn, or "none". */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
    return "none";
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}
