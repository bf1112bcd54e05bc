import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { emailSchema } from "../../../schemas/account";
import { line, mailAddress, multiline, withoutControlCharacters } from "../../../schemas/text";

describe("email addresses", () => {
  it("accepts real addresses, keeping internationalized domains in their ASCII form", () => {
    expect(
      [
        "o'brien@example.org",
        "ana+conferences@hospital.org",
        "first.last@surgery.med.example.edu",
        "jose@xn--bcher-kva.example",
        "jose@bücher.example",
        "A.B@Example.ORG",
      ].map(mailAddress),
    ).toEqual([
      "o'brien@example.org",
      "ana+conferences@hospital.org",
      "first.last@surgery.med.example.edu",
      "jose@xn--bcher-kva.example",
      "jose@xn--bcher-kva.example",
      "A.B@example.org",
    ]);
  });

  it("refuses what mail cannot be sent to", () => {
    for (const address of [
      "",
      "plain",
      "no-domain@",
      "@no-local.org",
      "a@localhost",
      "a..b@example.org",
      ".a@example.org",
      "a@exa_mple.org",
      "a@-example.org",
      "a@example.org/path",
      "a b@example.org",
      "a@[192.0.2.1]",
      `${"a".repeat(65)}@example.org`,
    ]) {
      expect({ address, read: mailAddress(address) }).toEqual({ address, read: undefined });
    }
    expect(v.safeParse(emailSchema, " o'brien@example.org ").output).toBe("o'brien@example.org");
  });
});

describe("control characters", () => {
  it("are taken out of text, keeping tabs and line breaks where lines may break", () => {
    const text = "\u202eAna\u0000 Ruiz\u0085\tMD\nMGH\u007f";
    expect([
      withoutControlCharacters(text),
      withoutControlCharacters(text, true),
      withoutControlCharacters("Ana Ruiz"),
    ]).toEqual(["Ana RuizMDMGH", "Ana Ruiz\tMD\nMGH", "Ana Ruiz"]);
  });

  const problems = (schema: v.GenericSchema, value: string) => {
    const result = v.safeParse(schema, value);
    return result.success ? [] : result.issues.map((issue) => issue.message);
  };

  it("are refused in one-line fields and allowed as line breaks and tabs in multi-line ones", () => {
    const name = line(100, "The name");
    const note = multiline(100, "The note");
    expect(problems(name, "Ana\u0000 Ruiz")).toEqual([
      "The name contains a control character; remove it.",
    ]);
    expect(problems(name, "Ana\nRuiz")).toEqual([
      "The name contains a control character; remove it.",
    ]);
    expect(problems(name, "Ana\u0085Ruiz")).toEqual([
      "The name contains a control character; remove it.",
    ]);
    expect(problems(name, "Ana \u202eziuR")).toEqual([
      "The name contains a control character; remove it.",
    ]);
    expect(problems(name, "Ana Ruiz Ñúñez")).toEqual([]);
    expect(problems(name, "שרה כהן")).toEqual([]);
    expect(problems(note, "Met at the poster\r\n\tsession")).toEqual([]);
    expect(problems(note, "bell\u0007")).toEqual([
      "The note contains a control character; remove it.",
    ]);
  });
});
