import { describe, expect, it } from "vitest";
import type { ContactFields } from "../../../schemas/contact";
import { changedFields, fieldText } from "../../../web/src/contact-view";

const fields: ContactFields = {
  name: "Ana Souza",
  credentials: ["MD"],
  title: "",
  institution: "Lakemont University Hospital",
  email: "",
  profileUrl: "",
  priority: "must",
  mentor: false,
  why: "",
  questions: ["What do you look for?"],
  notes: "",
  interests: "",
  howWeMet: "",
  nextStep: "",
};

describe("contact edits", () => {
  it("sends only the fields that changed, lists compared by value", () => {
    expect(changedFields(fields, { ...fields, questions: ["What do you look for?"] })).toEqual({});
    expect(
      changedFields(fields, {
        ...fields,
        questions: ["What do you look for?", "Visiting students?"],
        mentor: true,
        notes: "Met at the reception",
      }),
    ).toEqual({
      questions: ["What do you look for?", "Visiting students?"],
      mentor: true,
      notes: "Met at the reception",
    });
  });

  it("says each kind of value in words", () => {
    expect(fieldText("priority", "nice")).toBe("Nice to meet");
    expect(fieldText("mentor", true)).toBe("Yes");
    expect(fieldText("questions", ["One?", "Two?"])).toBe("One?; Two?");
    expect(fieldText("credentials", [])).toBe("(empty)");
    expect(fieldText("notes", "  ")).toBe("(empty)");
    expect(fieldText("name", "Ana Souza")).toBe("Ana Souza");
  });
});
