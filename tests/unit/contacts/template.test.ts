import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../../functions/domain/contacts/drafts";
import { type MergeField, mergeFields } from "../../../schemas/profile";

const values = (over: Partial<Record<MergeField, string>> = {}): Record<MergeField, string> => ({
  ...(Object.fromEntries(mergeFields.map((f) => [f, ""])) as Record<MergeField, string>),
  targetLastName: "Doe",
  conference: "ACS Clinical Congress",
  myName: "Amira Haddad",
  ...over,
});

describe("fillTemplate", () => {
  it("fills fields written with or without spaces inside the braces", () => {
    expect(
      fillTemplate("Dear Dr. {{targetLastName}}, see you at {{ conference }}.", values()),
    ).toBe("Dear Dr. Doe, see you at ACS Clinical Congress.");
  });

  it("leaves a field it has no value for as written", () => {
    expect(fillTemplate("Hi {{nickname}} and {{ myName }}", values())).toBe(
      "Hi {{nickname}} and Amira Haddad",
    );
  });

  it("does not read merge fields inside the values it puts in", () => {
    expect(fillTemplate("Note: {{note}}", values({ note: "ask {{myName}} later" }))).toBe(
      "Note: ask {{myName}} later",
    );
  });

  it("takes an empty field's space with it, before punctuation too", () => {
    const v = values({ note: "", topic: "" });
    expect(fillTemplate("Thank you for meeting me. {{note}}", v)).toBe("Thank you for meeting me.");
    expect(fillTemplate("Your work on {{topic}}.", v)).toBe("Your work on.");
    expect(fillTemplate("A {{note}} B", v)).toBe("A B");
    expect(fillTemplate("{{note}} Starts here", v)).toBe("Starts here");
    expect(fillTemplate("A {{note}}{{topic}} B", v)).toBe("A B");
  });

  it("drops a line that held only empty fields, without doubling a blank line", () => {
    const v = values({ note: "" });
    expect(fillTemplate("Dear Dr. Doe,\n\n{{note}}\n\nWith thanks", v)).toBe(
      "Dear Dr. Doe,\n\nWith thanks",
    );
    expect(fillTemplate("Line one\n{{ note }}\nLine two", v)).toBe("Line one\nLine two");
    expect(fillTemplate("{{note}}\n\nDear Dr. Doe,", v)).toBe("Dear Dr. Doe,");
    expect(fillTemplate("With thanks\n\n{{note}}", v)).toBe("With thanks");
    // A blank line the template has on its own stays.
    expect(fillTemplate("A\n\nB {{note}}\n\nC", v)).toBe("A\n\nB\n\nC");
  });

  it("counts a value of only spaces as empty, and trims the others", () => {
    expect(fillTemplate("A {{note}} B", values({ note: "   " }))).toBe("A B");
    expect(fillTemplate("A {{note}} B", values({ note: "  x  " }))).toBe("A x B");
  });

  it("writes line ends as \\n", () => {
    expect(fillTemplate("A\r\nB {{myName}}\r\n", values())).toBe("A\nB Amira Haddad\n");
    expect(fillTemplate("A\r\n{{note}}\r\nB", values())).toBe("A\nB");
  });

  it("fills a field after 25,000 unmatched opening braces", () => {
    const template = `${"{{".repeat(25_000)}{{myName}}`;
    expect(fillTemplate(template, values())).toBe(`${"{{".repeat(25_000)}Amira Haddad`);
  });
});
