import { describe, expect, test } from "vitest";
import {
  addedNames,
  ignoredNames,
  placeBoundAcronyms,
  sharedNames,
} from "../../../functions/domain/institutions/additions";
import { lexicon } from "../../../functions/domain/institutions/lexicon";
import { programs } from "../../../functions/domain/institutions/programs";
import { rorTable } from "../../../functions/domain/institutions/table";

const rows = rorTable
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => line.split("|"));

const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

/** ROR ids are "0", six Crockford base-32 digits and an ISO 7064 mod 97-10 check number. */
function isRorId(id: string): boolean {
  const m = /^0([0-9a-hjkmnp-tv-z]{6})([0-9]{2})$/.exec(id);
  if (!m?.[1] || !m[2]) return false;
  let n = 0n;
  for (const c of m[1]) n = n * 32n + BigInt(CROCKFORD.indexOf(c));
  return 98n - ((n * 100n) % 97n) === BigInt(m[2]);
}

describe("the ROR table", () => {
  test("every row is well formed", () => {
    expect(rows.length).toBe(224);
    for (const row of rows) {
      const [id = "", name = "", , state = "", , status] = row;
      expect(row.length === 5 || (row.length === 6 && status === "withdrawn"), row.join("|")).toBe(
        true,
      );
      expect(isRorId(id), id).toBe(true);
      expect(name.trim(), id).toBe(name);
      expect(name.length, id).toBeGreaterThan(2);
      expect(state, id).toMatch(/^[A-Z]{2}$/);
    }
  });

  test("ids are unique", () => {
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  test("the check accepts real ids and refuses a typo", () => {
    expect(isRorId("002pd6e78")).toBe(true);
    expect(isRorId("002pd6e79")).toBe(false);
    expect(isRorId("002pd6i78")).toBe(false);
  });
});

describe("our additions", () => {
  const ids = new Set(rows.map((r) => r[0]));
  const rorNames = new Map(rows.map((r) => [r[0], [r[1], ...(r[4] ?? "").split(";")]]));

  test("name table institutions and give a reason", () => {
    for (const added of addedNames) {
      expect(ids.has(added.id), added.id).toBe(true);
      expect(added.why.length, added.id).toBeGreaterThan(5);
    }
  });

  test("ignore only names ROR really gives", () => {
    for (const ignored of ignoredNames) {
      expect(rorNames.get(ignored.id), ignored.name).toContain(ignored.name);
    }
  });

  test("programs hold table institutions, each in one program at most", () => {
    const seen = new Set<string>();
    for (const program of programs) {
      for (const id of program.ids) {
        expect(ids.has(id), `${program.name} ${id}`).toBe(true);
        expect(seen.has(id), `${program.name} ${id}`).toBe(false);
        seen.add(id);
      }
    }
  });

  test("no name is shared by two institutions unless listed, and each listed one is place-bound", () => {
    const lex = lexicon();
    const shared = lex.names.filter((n) => n.institutions.length > 1).map((n) => n.text);
    expect(shared.sort()).toEqual(sharedNames.map((s) => s.name).sort());
    for (const name of lex.names.filter((n) => n.institutions.length > 1)) {
      expect(name.placeBound, name.text).toBe(true);
    }
    for (const acronym of placeBoundAcronyms) {
      expect(lex.names.find((n) => n.text === acronym.name)?.placeBound, acronym.name).toBe(true);
    }
  });
});
