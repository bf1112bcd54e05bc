import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { contactsToVcard, readVcard } from "../../../functions/domain/contacts/vcard";
import type { Contact } from "../../../schemas/contact";
import { aContact } from "../../fixtures/contact";

const base: Contact = aContact({
  id: "c1",
  version: 3,
  name: "Jane Doe",
  createdAt: "2027-03-01T12:00:00.000Z",
});

/** Each card of the file as ical.js reads it: property name -> its values, in order. */
function readBack(text: string): Record<string, unknown[]>[] {
  const parsed = ICAL.parse(text) as unknown[];
  const cards = Array.isArray(parsed[0]) ? parsed : [parsed];
  return cards.map((jcard) => {
    const out: Record<string, unknown[]> = {};
    for (const prop of new ICAL.Component(jcard as unknown[]).getAllProperties()) {
      out[prop.name] = [...(out[prop.name] ?? []), ...prop.getValues()];
    }
    return out;
  });
}

describe("contactsToVcard", () => {
  it("writes vCard 4.0 that ical.js reads back to exactly the contact's values", () => {
    const contact: Contact = aContact({
      ...base,
      name: "Ana de la Cruz",
      credentials: ["MD", "FACS"],
      title: "Chief, Trauma; Acute Care Surgery",
      institution: "Hôpital Saint-Louis; AP-HP, Paris",
      email: "ana.delacruz@aphp.example.fr",
      profileUrl: "https://www.linkedin.com/in/ana-de-la-cruz",
      mentor: true,
      why: "Runs the trauma fellowship",
      notes: "Met at the poster session.\nAsked about observerships, “visiting” 👩‍⚕️",
      howWeMet: "Poster 14",
      nextStep: "Send CV by Friday",
    });
    expect(readBack(contactsToVcard([contact]))).toEqual([
      {
        version: ["4.0"],
        kind: ["individual"],
        fn: ["Ana de la Cruz, MD, FACS"],
        n: [["de la Cruz", "Ana", "", "", ["MD", "FACS"]]],
        org: ["Hôpital Saint-Louis; AP-HP, Paris"],
        title: ["Chief, Trauma; Acute Care Surgery"],
        email: ["ana.delacruz@aphp.example.fr"],
        url: ["https://www.linkedin.com/in/ana-de-la-cruz"],
        note: [
          "Met at the poster session.\nAsked about observerships, “visiting” 👩‍⚕️\n\nWhy: Runs the trauma fellowship\n\nHow we met: Poster 14\n\nNext step: Send CV by Friday",
        ],
        categories: ["Rapport", "Mentor"],
      },
    ]);
  });

  it("writes only the fields a contact has, one card per contact, each ending in CRLF", () => {
    const text = contactsToVcard([base, { ...base, id: "c2", name: "Zoë Ng" }]);
    expect(text).toBe(
      [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        "FN:Jane Doe",
        "N:Doe;Jane;;;",
        "CATEGORIES:Rapport",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        "FN:Zoë Ng",
        "N:Ng;Zoë;;;",
        "CATEGORIES:Rapport",
        "END:VCARD",
        "",
      ].join("\r\n"),
    );
  });

  it("keeps commas, semicolons, backslashes and line breaks in names and notes", () => {
    const contact: Contact = aContact({
      ...base,
      name: 'O\'Brien; "Sé", Jr',
      institution: "Dept. of Surgery\\Trauma",
      notes: "one,two;three\\four\r\nfive\n\nsix",
    });
    const [back] = readBack(contactsToVcard([contact]));
    expect(back?.fn).toEqual(['O\'Brien; "Sé", Jr']);
    expect(back?.org).toEqual(["Dept. of Surgery\\Trauma"]);
    expect(back?.note).toEqual(["one,two;three\\four\r\nfive\n\nsix"]);
  });

  it("folds long lines without splitting a character", () => {
    const notes = "Überprüfung 🩺 ".repeat(40).trim();
    const text = contactsToVcard([{ ...base, notes }]);
    const lines = text.split("\r\n");
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(lines.filter((line) => loneSurrogate.test(line))).toEqual([]);
    // ical.js folds after 75 octets of content, so a continuation line is 76 with its space.
    expect(Math.max(...lines.map((line) => new TextEncoder().encode(line).length))).toBe(76);
    expect(readBack(text)[0]?.note).toEqual([notes]);
  });

  it("is read by readVcard into the same name, credentials and fields", () => {
    const contact: Contact = aContact({
      ...base,
      name: "Ravi Patel",
      credentials: ["MBBS", "FRCS"],
      title: "Consultant Surgeon",
      institution: "Royal London Hospital",
      email: "ravi.patel@nhs.example.uk",
      profileUrl: "https://www.linkedin.com/in/ravipatel",
    });
    expect(readVcard(contactsToVcard([contact]))).toEqual({
      fields: {
        name: "Ravi Patel",
        credentials: ["MBBS", "FRCS"],
        title: "Consultant Surgeon",
        institution: "Royal London Hospital",
        email: "ravi.patel@nhs.example.uk",
        profileUrl: "https://www.linkedin.com/in/ravipatel",
      },
      warnings: [],
    });
  });

  it("writes nothing for no contacts", () => {
    expect(contactsToVcard([])).toBe("");
  });
});
