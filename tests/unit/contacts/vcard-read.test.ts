import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readVcard } from "../../../functions/domain/contacts/vcard";
import { DomainError } from "../../../functions/domain/errors";

// Real cards; see tests/fixtures/contacts/SOURCES.md.
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/contacts/${name}`, import.meta.url), "utf8");

/** The DomainError readVcard throws, or a failure if it throws anything else or nothing. */
function refusal(text: string): DomainError {
  try {
    readVcard(text);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw new Error(`not a DomainError: ${String(e)}`);
  }
  throw new Error("read without an error");
}

const card = (...lines: string[]) => ["BEGIN:VCARD", ...lines, "END:VCARD", ""].join("\r\n");

describe("readVcard with real exports", () => {
  it("reads a Google Contacts card: first email, first URL with its escaped colon undone", () => {
    expect(readVcard(fixture("google-contacts-3.0.vcf"))).toEqual({
      fields: {
        name: "VCard Test",
        title: "TheJobTitle",
        institution: "TheCompany",
        email: "email@example.com",
        profileUrl: "http://www.example1.com",
        notes: "note line 1\nnote line 2\nCustomField: field value",
      },
      warnings: [],
    });
  });

  it("reads the first of two Google cards, adds https to a bare host, and says it left one", () => {
    expect(readVcard(fixture("google-contacts-two-3.0.vcf"))).toEqual({
      fields: {
        name: "Folker Kinzel",
        email: "email1@freenet.de",
        profileUrl: "https://www.folker-kinzel.de",
      },
      warnings: ["The text holds 2 cards; only the first was read. Add the others one at a time."],
    });
  });

  it("reads a Mac Address Book card: ORG's first unit, the pref email, Apple's escapes undone", () => {
    expect(readVcard(fixture("macos-address-book-3.0.vcf"))).toEqual({
      fields: {
        // FN as written: the name reader leaves a comma it cannot place where it is.
        name: "Mr. John Richter,James Doe Sr.",
        title: "Money Counter",
        institution: "IBM",
        email: "john.doe@ibm.com",
        profileUrl: "http://www.ibm.com",
        notes:
          'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue',
      },
      warnings: [],
    });
  });

  it("reads a Thunderbird vCard 4.0 card with PREF=1 and non-ASCII names", () => {
    expect(readVcard(fixture("thunderbird-cardbook-4.0.vcf"))).toEqual({
      fields: {
        name: "Möhrke Marina",
        institution: "KiTa Hohenmölsen",
        email: "info@kinderland-hhm.de",
        profileUrl: "https://www.kinderland-hhm.de",
      },
      warnings: ["The text holds 2 cards; only the first was read. Add the others one at a time."],
    });
  });

  it("reads the second Thunderbird card alone: honorific off, TITLE and ROLE together", () => {
    const text = fixture("thunderbird-cardbook-4.0.vcf");
    expect(readVcard(text.slice(text.lastIndexOf("BEGIN:VCARD")))).toEqual({
      fields: {
        name: "Max Horst Mustermann jr. Maxl SED",
        title: "Gröfaz, Generalsekretär",
        institution: "SED",
        email: "privat@freenet.de",
        profileUrl: "https://www.business.de",
        notes: "Kommentar",
      },
      warnings: [],
    });
  });

  it("reads a Windows Address Book 2.1 card: bare parameters and quoted-printable lines", () => {
    const line = "Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß";
    expect(readVcard(fixture("windows-address-book-2.1.vcf"))).toEqual({
      fields: {
        name: "Maxl",
        title: "Position",
        institution: "Firma",
        email: "privat@folker-kinzel.de",
        profileUrl: "http://www.privat.de",
        notes: Array(6).fill(line).join("\n"),
      },
      warnings: [],
    });
  });

  it("reads the same card with LF or CRLF line ends", () => {
    const crlf = fixture("google-contacts-3.0.vcf");
    expect(crlf.includes("\r\n")).toBe(true);
    expect(readVcard(crlf.replaceAll("\r\n", "\n"))).toEqual(readVcard(crlf));
  });
});

describe("readVcard field rules", () => {
  it("splits credentials off FN and takes the organisation's first unit", () => {
    const text = card(
      "VERSION:3.0",
      "N:Doe;Jane;;Dr.;",
      "FN:Dr. Jane Doe\\, MD\\, FACS",
      "ORG:Mayo Clinic Hospital;Department of Surgery",
      "TITLE:Professor of Surgery",
      "ROLE:Program Director",
    );
    expect(readVcard(text).fields).toEqual({
      name: "Jane Doe",
      credentials: ["MD", "FACS"],
      title: "Professor of Surgery, Program Director",
      institution: "Mayo Clinic Hospital",
    });
  });

  it("builds the name from N (given, family) when there is no FN, with N's suffix credentials", () => {
    const text = card("VERSION:3.0", "N:de la Cruz;Ana;María;Dr.;MD,PhD");
    expect(readVcard(text)).toEqual({
      fields: { name: "Ana de la Cruz", credentials: ["MD", "PhD"] },
      warnings: [],
    });
  });

  it("prefers a LinkedIn link, from X-SOCIALPROFILE too, over the card's first URL", () => {
    const text = card(
      "VERSION:3.0",
      "FN:Jane Doe",
      "item1.URL;type=pref:https://surgery.example.edu/doe",
      "item1.X-ABLabel:_$!<HomePage>!$_",
      "X-SOCIALPROFILE;type=twitter;x-user=jdoe:http://twitter.com/jdoe",
      "X-SOCIALPROFILE;type=linkedin;x-user=jdoe:http\\://www.linkedin.com/in/jdoe",
    );
    expect(readVcard(text).fields.profileUrl).toBe("http://www.linkedin.com/in/jdoe");
  });

  it("keeps only http and https links, and says so when none is left", () => {
    const text = card("VERSION:4.0", "FN:Jane Doe", "URL:ftp://files.example.org/cv.pdf");
    expect(readVcard(text)).toEqual({
      fields: { name: "Jane Doe" },
      warnings: [
        "The web address “ftp://files.example.org/cv.pdf” was left out: only http and https links are kept.",
      ],
    });
  });

  it("takes the most preferred valid email; an invalid one before it becomes a warning", () => {
    const text = card(
      "VERSION:4.0",
      "FN:Jane Doe",
      "EMAIL;TYPE=home:jane@home.example.org",
      "EMAIL;PREF=2;TYPE=work:jane@hospital.example.org",
      "EMAIL;PREF=1:jane at hospital",
    );
    expect(readVcard(text)).toEqual({
      fields: { name: "Jane Doe", email: "jane@hospital.example.org" },
      warnings: ["The email address “jane at hospital” is not valid and was left out."],
    });
  });

  it("decodes quoted-printable in a 3.0 card, in the card's charset", () => {
    const text = card(
      "VERSION:3.0",
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 Mar=C3=ADa Pe=C3=B1a",
      "ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:H=F4pital Saint-Louis",
    );
    expect(readVcard(text).fields).toEqual({
      name: "José María Peña",
      institution: "Hôpital Saint-Louis",
    });
  });

  it("cuts a note longer than a contact keeps, and says so", () => {
    const text = card("VERSION:3.0", "FN:Jane Doe", `NOTE:${"word ".repeat(1100)}`);
    const { fields, warnings } = readVcard(text);
    expect(fields.notes).toBe("word ".repeat(1000).trimEnd());
    expect(warnings).toEqual(["The note was cut to 5,000 characters."]);
  });
});

describe("readVcard with hostile text", () => {
  it("reads a card without END:VCARD to the end of the text, with a warning", () => {
    const text = fixture("google-contacts-3.0.vcf").replace("END:VCARD\r\n", "");
    const reading = readVcard(text);
    expect(reading.fields.name).toBe("VCard Test");
    expect(reading.warnings).toEqual([
      "The card has no END:VCARD line; it was read to the end of the text.",
    ]);
  });

  it("refuses binary junk inside a card with a message, not ical.js's error", () => {
    const junk = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => (i * 7) % 256));
    const text = fixture("macos-address-book-3.0.vcf").replace("TITLE:", `${junk}\r\nTITLE:`);
    const error = refusal(text);
    expect(error.code).toBe("contact.vcard_unreadable");
    expect(error.message).toBe(
      "This contact card could not be read: some of its lines are not in vCard form. Copy the card's text again, from BEGIN:VCARD to END:VCARD.",
    );
  });

  it("refuses text that is not a card, and says what to paste", () => {
    for (const text of ["", "Jane Doe, MD\nMayo Clinic", '{"name":"Jane"}', "\u0000\u0001\u0002"]) {
      const error = refusal(text);
      expect(error.code).toBe("contact.vcard_unreadable");
      expect(error.message).toBe(
        "This is not a contact card: paste the text that starts with BEGIN:VCARD.",
      );
    }
  });

  it("refuses a card without a name", () => {
    const error = refusal(card("VERSION:3.0", "N:;;;;", "EMAIL:jane@hospital.example.org"));
    expect([error.code, error.message]).toEqual([
      "contact.vcard_unreadable",
      "This contact card has no name, so it cannot become a contact. Add the person by hand instead.",
    ]);
  });

  it("refuses an unclosed quote in a parameter", () => {
    expect(refusal(card("VERSION:3.0", 'FN;X-A="open:Jane Doe')).code).toBe(
      "contact.vcard_unreadable",
    );
  });

  it("refuses 10,000 parameters on one line for its length", () => {
    const line = `EMAIL${";TYPE=a".repeat(10_000)}:jane@hospital.example.org`;
    const error = refusal(card("VERSION:3.0", "FN:Jane Doe", line));
    expect([error.code, error.message]).toEqual([
      "contact.vcard_too_long",
      "The card is longer than 20,000 characters. Paste one card at a time.",
    ]);
  });

  it("reads 9,000 nameless parameters on one line, as long as the card fits", () => {
    const line = `EMAIL${";X".repeat(9_000)}:jane@hospital.example.org`;
    const text = card("VERSION:2.1", "FN:Jane Doe", line);
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(readVcard(text)).toEqual({
      fields: { name: "Jane Doe", email: "jane@hospital.example.org" },
      warnings: [],
    });
  });

  it("refuses a card that opens 1,500 nested cards and closes none", () => {
    const text = ["BEGIN:VCARD", "VERSION:3.0", "FN:A", ...Array(1500).fill("BEGIN:VCARD")].join(
      "\n",
    );
    expect(refusal(text).code).toBe("contact.vcard_unreadable");
  });
});
