import { describe, expect, it } from "vitest";
import { matchKey } from "../../../functions/domain/import/common/normalize";
import { importProgram } from "../../../functions/domain/import/index";
import {
  canonicalCredential,
  credentialList,
  peelCredentials,
} from "../../../functions/domain/import/people/credentials";
import { looksLikeName } from "../../../functions/domain/import/people/name-shape";
import { parsePeople, parsePersonName } from "../../../functions/domain/import/people/people";
import {
  type PersonHandle,
  PersonRegistry,
} from "../../../functions/domain/import/people/person-registry";
import { splitSummary } from "../../../functions/domain/import/people/title-people";
import { cast, person } from "./support";

describe("credentials", () => {
  it("knows the fellowships of South Asian and West African colleges and India's DNB", () => {
    expect(
      parsePeople("Aditya T. Desai, MBBS, FCPS (Ravipur Medical College Hospital)").people,
    ).toEqual([
      {
        name: "Aditya T. Desai",
        credentials: ["MBBS", "FCPS"],
        affiliation: "Ravipur Medical College Hospital",
      },
    ]);
    expect(credentialList("FWACS")).toEqual(["FWACS"]);
    expect(credentialList("FMCS")).toEqual(["FMCS"]);
    expect(credentialList("FGCS")).toEqual(["FGCS"]);
    expect(credentialList("DNB")).toEqual(["DNB"]);
  });

  it("reads public health and Indonesian degrees run together without spaces (PGF 2023)", () => {
    expect(parsePeople("Dr. Yodi Mahendradhata, M.Sc.,Ph.D.,FRSPH").people).toEqual([
      { name: "Yodi Mahendradhata", credentials: ["MSc", "PhD", "FRSPH"], titled: true },
    ]);
    expect(parsePeople("Dr. Lutfan Lazuardi, M.Kes., Ph.D.").people).toEqual([
      { name: "Lutfan Lazuardi", credentials: ["MKes", "PhD"], titled: true },
    ]);
  });

  it("reads FRCS(Ed) as one credential, not a credential and an affiliation", () => {
    expect(parsePeople("Émilie Girard, MBChB, FRCS(Ed)").people).toEqual([
      { name: "Émilie Girard", credentials: ["MBChB", "FRCSEd"] },
    ]);
    expect(parsePeople("Émilie Girard, MBChB, FRCS(Ed) (Red Pine Hospital)").people).toEqual([
      { name: "Émilie Girard", credentials: ["MBChB", "FRCSEd"], affiliation: "Red Pine Hospital" },
    ]);
  });

  it("matches spellings with dots, spaces and any case, and lists of up to six parts", () => {
    expect(canonicalCredential("M.D.")).toBe("MD");
    expect(canonicalCredential("m.b.ch.b.")).toBe("MBChB");
    expect(canonicalCredential("Mary")).toBeUndefined();
    expect(credentialList("MD/PhD")).toEqual(["MD", "PhD"]);
    expect(credentialList("MB BChir")).toEqual(["MB", "BChir"]);
    expect(credentialList("/MD/")).toEqual(["MD"]);
    expect(credentialList("MD PhD MS MA BA BS")).toHaveLength(6);
    expect(credentialList("MD PhD MS MA BA BS DO")).toBeUndefined();
    expect(credentialList("MD Mary")).toBeUndefined();
    expect(peelCredentials("Jane Doe MD FACS")).toEqual({
      name: "Jane Doe",
      credentials: ["MD", "FACS"],
    });
    expect(peelCredentials("Jane Do")).toEqual({ name: "Jane Do", credentials: [] });
  });
});

describe("names", () => {
  it("keys accented and punctuated names alike", () => {
    expect(matchKey("Ana Núñez-Ruiz")).toBe("ana nunez ruiz");
    expect(matchKey("Quang Phạm")).toBe("quang pham");
    expect(matchKey("Jamal G. Mercer")).toBe("jamal g mercer");
    expect(matchKey("Zoë  O'Neil ")).toBe("zoe o neil");
    expect(matchKey("李 小龙")).toBe("李 小龙");
  });

  it("takes a name without its middle initial for the one affiliated person with it, never for another initial", () => {
    // As the Dysferlin conference page of 2007 names its moderators and speakers.
    const registry = new PersonRegistry();
    const handles = [
      registry.add({ name: "Eric Hoffman" }),
      registry.add({ name: "Eric P. Hoffman", affiliation: "Children's National Medical Center" }),
      registry.add({ name: "Jane M. Doe" }),
      registry.add({ name: "Jane K. Doe", affiliation: "MGH" }),
      registry.add({ name: "Ana Ruiz" }),
      registry.add({ name: "Ana B. Ruiz", affiliation: "UCSF" }),
      registry.add({ name: "Ana C. Ruiz", affiliation: "Mayo Clinic" }),
    ];
    const people = registry.finish();
    expect(people.map((p) => p.name)).toEqual([
      "Eric P. Hoffman",
      "Jane M. Doe",
      "Jane K. Doe",
      "Ana Ruiz",
      "Ana B. Ruiz",
      "Ana C. Ruiz",
    ]);
    const ids = handles.map((h) => registry.idOf(h as PersonHandle));
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids.slice(1)).size).toBe(6);
  });

  it("takes initials run together and spaced for one person, and keeps a lone initial apart", () => {
    // As the UTFB Con 2019 page writes "MA Salam" and "M A Salam".
    const registry = new PersonRegistry();
    for (const name of ["MA Salam", "M A Salam", "M. A. Salam", "A K M Zamanul Islam"])
      registry.add({ name });
    registry.add({ name: "AKM Zamanul Islam" });
    registry.add({ name: "A Salam" });
    expect(registry.finish().map((p) => p.name)).toEqual([
      "MA Salam",
      "A K M Zamanul Islam",
      "A Salam",
    ]);
  });

  it("tells a field of medicine from a name, and keeps Iberian names that end like terms", () => {
    expect(
      [
        "Inmunología y Trasplante",
        "Alergias Alimentarias I",
        "Maria Conceição",
        "Luis Asunción",
      ].map(looksLikeName),
    ).toEqual([false, false, true, true]);
  });

  it("reads speakers after a dash when names start with letters outside ASCII or hold particles", () => {
    expect(
      splitSummary("Hernia Debate - Inés Martínez, Paula del Valle").people.map((p) => p.name),
    ).toEqual(["Inés Martínez", "Paula del Valle"]);
    expect(splitSummary("Trauma Update - Jörg H. van der Berg").people.map((p) => p.name)).toEqual([
      "Jörg H. van der Berg",
    ]);
    // Lower-case words that are not particles still keep the title whole.
    expect(splitSummary("Welcome - see you there").people).toEqual([]);
  });

  it("splits faculty lists only outside parentheses and brackets", () => {
    expect(parsePeople("A. Author (Univ. of X; Dept. B), MD; B. Writer [Stanford, C]")).toEqual({
      people: [
        { name: "A. Author", credentials: ["MD"], affiliation: "Univ. of X; Dept. B" },
        { name: "B. Writer [Stanford, C]", credentials: [] },
      ],
      unreadable: [],
    });
  });

  it("takes only the brackets that close a piece as its affiliation", () => {
    expect(parsePeople("Jane Doe, MD ( Mass  General )").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"], affiliation: "Mass General" },
    ]);
    expect(parsePeople("Jane Doe (MGH) (Boston)").people).toEqual([
      { name: "Jane Doe (MGH)", credentials: [], affiliation: "Boston" },
    ]);
    // Text after the last ")" means the brackets do not end the piece.
    expect(parsePeople("Jane Doe (MGH) x)").people).toEqual([
      { name: "Jane Doe (MGH) x)", credentials: [] },
    ]);
    // Brackets inside the closing brackets belong to the affiliation.
    expect(parsePeople("Jane Doe, MD (Harvard (MGH))").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"], affiliation: "Harvard (MGH)" },
    ]);
  });

  it.each([
    ["Jane Doe MD FACS", { name: "Jane Doe", credentials: ["MD", "FACS"] }],
    ["Dr. Jane Doe", { name: "Jane Doe", credentials: [] }],
    [
      "Prof. Jane A. Doe, MD (MGH)",
      { name: "Jane A. Doe", credentials: ["MD"], affiliation: "MGH", titled: true },
    ],
    ["Doe, Jane", { name: "Jane Doe", credentials: [] }],
    ["Núñez-Ruiz, Ana M.", { name: "Ana M. Núñez-Ruiz", credentials: [] }],
    ["Jane Doe, MD", { name: "Jane Doe", credentials: ["MD"] }],
    ["Doe, Jr.", { name: "Doe Jr.", credentials: [] }],
    ["Jane Doe, John Roe", { name: "Jane Doe, John Roe", credentials: [] }],
    ["de la Cruz, Ana", { name: "Ana de la Cruz", credentials: [] }],
    ["Smith, John, MD", { name: "John Smith", credentials: ["MD"] }],
    ["Doe, Jane A., MD, FACS", { name: "Jane A. Doe", credentials: ["MD", "FACS"] }],
    ["Doe, MD", { name: "Doe", credentials: ["MD"] }],
    ["Doe , Jane", { name: "Jane Doe", credentials: [] }],
    ["van der Berg, Jan", { name: "Jan van der Berg", credentials: [] }],
    ["Yan H. Huang, MD, PhD", { name: "Yan H. Huang", credentials: ["MD", "PhD"] }],
  ])("reads the one-person name field %s", (field, expected) => {
    expect(parsePersonName(field)).toEqual(expected);
  });

  it("merges a frab person written with honorific, credentials or family name first", () => {
    const frab = {
      schedule: {
        conference: {
          title: "C",
          time_zone_name: "Europe/Lisbon",
          days: [
            {
              index: 1,
              date: "2026-08-23",
              rooms: {
                R: [
                  {
                    guid: "g1",
                    date: "2026-08-23T09:00:00+01:00",
                    duration: "00:45",
                    title: "A",
                    persons: [{ public_name: "Prof. Jane Doe MD" }],
                  },
                  {
                    guid: "g2",
                    date: "2026-08-23T10:00:00+01:00",
                    duration: "00:45",
                    title: "B",
                    persons: [{ public_name: "Doe, Jane" }, { public_name: "To be announced" }],
                  },
                ],
              },
            },
          ],
        },
      },
    };
    const { program } = importProgram(JSON.stringify(frab));
    expect(program.people).toEqual([
      { id: expect.any(String), name: "Jane Doe", credentials: ["MD"] },
    ]);
    expect(program.warnings).toEqual([
      { ref: "event 2", message: "Speaker “To be announced” names nobody yet; left out" },
    ]);
  });

  it("lists a person once per role in a session after merging the name without affiliation", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART:20260514T100000Z",
      "DTEND:20260514T110000Z",
      "SUMMARY:Hernia Debate",
      'ATTENDEE;CN="Jane Doe, MD":mailto:jane@example.org',
      "DESCRIPTION:Speaker: Jane Doe\\, MD (Mayo Clinic)",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const { program } = importProgram(ics);
    expect(cast(program, "Hernia Debate")).toEqual(["speaker:Jane Doe"]);
    expect(person(program, "Jane Doe")).toMatchObject({ affiliation: "Mayo Clinic" });
  });
});
