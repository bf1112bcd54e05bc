import { describe, expect, it } from "vitest";
import type { Contact } from "../../../schemas/contact";
import { ApiError } from "../../../web/src/api";
import { conflictOf } from "../../../web/src/conflict";

const current: Contact = {
  id: "c1",
  version: 3,
  name: "Ana Souza",
  credentials: ["MD"],
  title: "",
  institution: "",
  email: "",
  profileUrl: "",
  priority: "nice",
  mentor: false,
  why: "",
  questions: [],
  notes: "Changed elsewhere",
  interests: "",
  howWeMet: "",
  nextStep: "",
  sessions: [],
  status: "target",
  createdAt: "2027-04-01T00:00:00.000Z",
};

describe("conflictOf", () => {
  it("reads the current version and the changed fields of a refused edit", () => {
    const error = new ApiError("contact.conflict", "Changed elsewhere.", [], {
      current,
      changed: ["notes", 7],
    });
    expect(conflictOf(error)).toEqual({ current, changed: ["notes"] });
  });

  it("is undefined for other errors and for a conflict without a contact", () => {
    expect(conflictOf(new ApiError("contact.not_found", "Gone."))).toBe(undefined);
    expect(conflictOf(new Error("offline"))).toBe(undefined);
    expect(
      conflictOf(new ApiError("contact.conflict", "x", [], { current: { id: 1 }, changed: [] })),
    ).toBe(undefined);
  });
});
