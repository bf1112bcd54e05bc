import { describe, expect, it } from "vitest";
import { splitName } from "../../../functions/domain/contacts/names";

describe("splitName", () => {
  it("takes the last word as the family name", () => {
    expect(splitName("Jane Doe")).toEqual({ given: "Jane", family: "Doe" });
    expect(splitName("Mary Ann Smith-Jones")).toEqual({ given: "Mary Ann", family: "Smith-Jones" });
  });

  it("keeps lower-case particles with the family name", () => {
    expect(splitName("Ana de la Cruz")).toEqual({ given: "Ana", family: "de la Cruz" });
    expect(splitName("Paula del Valle")).toEqual({ given: "Paula", family: "del Valle" });
    expect(splitName("Jörg van der Berg")).toEqual({ given: "Jörg", family: "van der Berg" });
    // Capitalised, "Van" may be a given name: only lower-case words are particles.
    expect(splitName("Van Morrison")).toEqual({ given: "Van", family: "Morrison" });
  });

  it("leaves out honorifics, credentials and suffixes", () => {
    expect(splitName("Dr. Jane Doe, MD, FACS")).toEqual({ given: "Jane", family: "Doe" });
    expect(splitName("Jane Doe MD PhD")).toEqual({ given: "Jane", family: "Doe" });
    expect(splitName("Martin Luther King Jr.")).toEqual({ given: "Martin Luther", family: "King" });
    expect(splitName("John Q. Public, Esq.")).toEqual({ given: "John Q.", family: "Public" });
    expect(splitName("Doe, Jane")).toEqual({ given: "Jane", family: "Doe" });
  });

  it("keeps the first word as the given name, and copes with one word or none", () => {
    expect(splitName("da Silva")).toEqual({ given: "da", family: "Silva" });
    expect(splitName("Madonna")).toEqual({ given: "", family: "Madonna" });
    expect(splitName("  ")).toEqual({ given: "", family: "" });
  });
});
