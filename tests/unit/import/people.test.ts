import { describe, expect, it } from "vitest";
import { splitTagline } from "../../../functions/domain/import/people/affiliation";
import { parsePeople } from "../../../functions/domain/import/people/people";
import { splitSummary } from "../../../functions/domain/import/people/title-people";
import { facultyLine } from "../../../functions/domain/import/program/faculty";

describe("parsePeople", () => {
  it("keeps a name without credentials after a credentialed one as a person", () => {
    expect(parsePeople("Jane Doe, MD, Ravi Patel").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"] },
      { name: "Ravi Patel", credentials: [] },
    ]);
    expect(parsePeople("Jane Doe, MD, MGH").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"], affiliation: "MGH" },
    ]);
  });

  it("reads one word after a full name as where the person works, not as another person", () => {
    expect(parsePeople("Nicolas Lévy, Inserm, CHU Timone, Marseille").people).toEqual([
      { name: "Nicolas Lévy", credentials: [], affiliation: "Inserm, CHU Timone, Marseille" },
    ]);
    expect(parsePeople("Donald Kirsch, Cambria Biosciences, Massachusetts").people).toEqual([
      { name: "Donald Kirsch", credentials: [], affiliation: "Cambria Biosciences, Massachusetts" },
    ]);
    expect(parsePeople("Lee, Kim").people).toEqual([
      { name: "Lee", credentials: [] },
      { name: "Kim", credentials: [] },
    ]);
  });

  it("reads a city and state after credentials, and a second institution after '(X) and'", () => {
    expect(parsePeople("Sara Kim, MD, Boston, MA").people).toEqual([
      { name: "Sara Kim", credentials: ["MD"], affiliation: "Boston, MA" },
    ]);
    expect(parsePeople("Jane Doe, MD, Mass General (MGH) and Harvard Medical School")).toEqual({
      people: [
        {
          name: "Jane Doe",
          credentials: ["MD"],
          affiliation: "Mass General (MGH) and Harvard Medical School",
        },
      ],
      unreadable: [],
    });
    expect(
      parsePeople("Ravi Patel, MBBS (AIIMS) and colleagues").people.map((p) => p.name),
    ).toEqual(["Ravi Patel"]);
  });

  it("reports a placeholder that reads like an institution as unreadable", () => {
    expect(parsePeople("Jane Doe, MD, FACS, Faculty to be announced")).toEqual({
      people: [{ name: "Jane Doe", credentials: ["MD", "FACS"] }],
      unreadable: ["Faculty to be announced"],
    });
  });

  it("reads semicolon lists with credentials and parenthesised affiliations", () => {
    expect(
      parsePeople("Jane Doe, MD, FACS (Massachusetts General Hospital); John Roe, MBBS"),
    ).toEqual({
      people: [
        {
          name: "Jane Doe",
          credentials: ["MD", "FACS"],
          affiliation: "Massachusetts General Hospital",
        },
        { name: "John Roe", credentials: ["MBBS"] },
      ],
      unreadable: [],
    });
  });

  it("reads an affiliation after a comma and dotted credentials", () => {
    expect(parsePeople("Dr. Jane Doe, M.D., Ph.D., University of Michigan").people).toEqual([
      {
        name: "Jane Doe",
        credentials: ["MD", "PhD"],
        affiliation: "University of Michigan",
        titled: true,
      },
    ]);
  });

  it("takes honorifics and ranks off, with or without a space after the dot, and notes them", () => {
    expect(
      parsePeople("Prof Dr.Sayeed Ahmed Siddiky; Lt Col Dr. M Nasiruddin; Pr Michel KOMAJDA")
        .people,
    ).toEqual([
      { name: "Sayeed Ahmed Siddiky", credentials: [], affiliation: undefined, titled: true },
      { name: "M Nasiruddin", credentials: [], affiliation: undefined, titled: true },
      { name: "Michel KOMAJDA", credentials: [], affiliation: undefined, titled: true },
    ]);
    expect(
      parsePeople("Drs Romain VERGIER et Géraldine VEDRENNE").people.map((p) => p.name),
    ).toEqual(["Romain VERGIER", "Géraldine VEDRENNE"]);
  });

  it("splits plain comma lists, 'and', and '|' separated names", () => {
    expect(parsePeople("Ann Lee, Tom Lee and Sara Cohen").people.map((p) => p.name)).toEqual([
      "Ann Lee",
      "Tom Lee",
      "Sara Cohen",
    ]);
    expect(parsePeople("A. Author | B. Writer").people.map((p) => p.name)).toEqual([
      "A. Author",
      "B. Writer",
    ]);
  });

  it("joins names with Portuguese 'e' and Spanish 'y', but keeps a surname that holds one", () => {
    const names = (text: string) => parsePeople(text).people.map((p) => p.name);
    expect(
      names("Drª Dulce Rondina Guedes, Drª Mirlene Cernach e Drº Antônio Carlos Heinish"),
    ).toEqual(["Dulce Rondina Guedes", "Mirlene Cernach", "Antônio Carlos Heinish"]);
    expect(names("Ana Ruiz y Pedro Gil")).toEqual(["Ana Ruiz", "Pedro Gil"]);
    expect(names("José Ortega y Gasset")).toEqual(["José Ortega y Gasset"]);
    expect(names("Maria E Silva")).toEqual(["Maria E Silva"]);
  });

  it("reads an office after a name, with or without a comma, and no office or label as a person", () => {
    expect(parsePeople("Professor Maj General Ali Akbar, Professor of Urology").people).toEqual([
      { name: "Ali Akbar", credentials: [], affiliation: "Professor of Urology", titled: true },
    ]);
    expect(parsePeople("Dr. Rajeev TP Professor of Urology").people).toEqual([
      { name: "Rajeev TP", credentials: [], affiliation: "Professor of Urology", titled: true },
    ]);
    expect(parsePeople("Professor. Nurul Huda Lelin, Director NIKDU").people).toEqual([
      { name: "Nurul Huda Lelin", credentials: [], affiliation: "Director NIKDU", titled: true },
    ]);
    expect(parsePeople("Professor Urology")).toEqual({
      people: [],
      unreadable: ["Professor Urology"],
    });
    expect(parsePeople("Chief Guest:")).toEqual({ people: [], unreadable: ["Chief Guest:"] });
  });

  it("reads ND after a name as a degree and after a city as North Dakota", () => {
    expect(parsePeople("Jane Doe, MD, Sanford Health, Fargo, ND").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"], affiliation: "Sanford Health, Fargo, ND" },
    ]);
    expect(parsePeople("Dr. Harry Adelson ND").people).toEqual([
      { name: "Harry Adelson", credentials: ["ND"], titled: true },
    ]);
  });

  it("parts names at a spaced middle dot or bullet, not at a Catalan one", () => {
    expect(parsePeople("Dr. Zhraa Alsalami · Dr. Randa Ainousah • Ana Gil").people).toEqual([
      { name: "Zhraa Alsalami", credentials: [], affiliation: undefined, titled: true },
      { name: "Randa Ainousah", credentials: [], affiliation: undefined, titled: true },
      { name: "Ana Gil", credentials: [], affiliation: undefined },
    ]);
    expect(parsePeople("Dr. Afzal Javed / Dr. Armen Soghoyan").people.map((p) => p.name)).toEqual([
      "Afzal Javed",
      "Armen Soghoyan",
    ]);
    expect(parsePeople("Ann Smith/Jones").people.map((p) => p.name)).toEqual(["Ann Smith/Jones"]);
    expect(parsePeople("Joan Puig (Col·legi de Metges)").people).toEqual([
      { name: "Joan Puig", credentials: [], affiliation: "Col·legi de Metges" },
    ]);
  });

  it("knows surgical fellowships and keeps suffixes in the name", () => {
    expect(
      parsePeople("Omar Ali, MBChB, FRCSEd, FRCSC; Kim Park Jr., DO, MPH, FASCRS").people,
    ).toEqual([
      { name: "Omar Ali", credentials: ["MBChB", "FRCSEd", "FRCSC"] },
      { name: "Kim Park Jr.", credentials: ["DO", "MPH", "FASCRS"] },
    ]);
    expect(parsePeople("Lee Chan MD PhD").people).toEqual([
      { name: "Lee Chan", credentials: ["MD", "PhD"] },
    ]);
  });

  it("starts a new person after an affiliation when credentials follow", () => {
    expect(parsePeople("Jane Doe, MD, Mayo Clinic, John Roe, PA-C").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"], affiliation: "Mayo Clinic" },
      { name: "John Roe", credentials: ["PA-C"] },
    ]);
  });

  it("reports what it cannot read", () => {
    expect(parsePeople("???; 1234").unreadable).toEqual(["???", "1234"]);
  });

  it("joins a city and a state code that spells a credential to the affiliation", () => {
    expect(
      parsePeople("Jane Doe, MD, FACS, Massachusetts General Hospital, Boston, MA; John Roe, MBBS"),
    ).toEqual({
      people: [
        {
          name: "Jane Doe",
          credentials: ["MD", "FACS"],
          affiliation: "Massachusetts General Hospital, Boston, MA",
        },
        { name: "John Roe", credentials: ["MBBS"] },
      ],
      unreadable: [],
    });
    expect(parsePeople("Ann Lee, MD (MGH), Baltimore, MD, Tom Lee, MD").people).toEqual([
      { name: "Ann Lee", credentials: ["MD"], affiliation: "MGH, Baltimore, MD" },
      { name: "Tom Lee", credentials: ["MD"] },
    ]);
    // Two words before a credential are a name, also at the end of a group.
    expect(parsePeople("Jane Doe, MD, Mayo Clinic, John Roe, MD").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"], affiliation: "Mayo Clinic" },
      { name: "John Roe", credentials: ["MD"] },
    ]);
  });

  it("separates people at 'and' after a bracket, reads a plain affiliation after credentials and reports placeholders", () => {
    expect(
      parsePeople(
        "Amy Lee, MD (MGH) and Bob Stone, MD (BWH); Sarah Kim, MD, Beth Israel Deaconess; TBD",
      ),
    ).toEqual({
      people: [
        { name: "Amy Lee", credentials: ["MD"], affiliation: "MGH" },
        { name: "Bob Stone", credentials: ["MD"], affiliation: "BWH" },
        { name: "Sarah Kim", credentials: ["MD"], affiliation: "Beth Israel Deaconess" },
      ],
      unreadable: ["TBD"],
    });
    expect(parsePeople("Amy Lee (MGH) & Bob Stone").people).toEqual([
      { name: "Amy Lee", credentials: [], affiliation: "MGH" },
      { name: "Bob Stone", credentials: [] },
    ]);
    expect(parsePeople("Amy Lee, MD and Bob Stone, MD").people).toEqual([
      { name: "Amy Lee", credentials: ["MD"] },
      { name: "Bob Stone", credentials: ["MD"] },
    ]);
    // "and" inside a bracket or an institution's name separates no one.
    expect(parsePeople("Amy Lee, MD (Brigham and Women's) and Bob Stone, MD").people).toEqual([
      { name: "Amy Lee", credentials: ["MD"], affiliation: "Brigham and Women's" },
      { name: "Bob Stone", credentials: ["MD"] },
    ]);
  });

  it("keeps an office written after the name with the affiliation, and a name after a comma as a person", () => {
    // Speaker lines of the Stanford lean healthcare program (tests/fixtures/real) and of the
    // ICTMI 2017 program page (rishivamshi/ictmi-2017, schedule2.php at de74391b).
    expect(parsePeople("Alice Lee, Executive Director, Lean Enterprise Institute").people).toEqual([
      {
        name: "Alice Lee",
        credentials: [],
        affiliation: "Executive Director, Lean Enterprise Institute",
      },
    ]);
    expect(
      parsePeople("Craig Albanese, MD, Senior VP & President & COO, New York-Presbyterian").people,
    ).toEqual([
      {
        name: "Craig Albanese",
        credentials: ["MD"],
        affiliation: "Senior VP & President & COO, New York-Presbyterian",
      },
    ]);
    expect(
      facultyLine("by Prof Parasuraman Padmanabhan, Deputy Director, LKC-Medicine, NTU"),
    ).toEqual([
      {
        name: "Parasuraman Padmanabhan",
        credentials: [],
        affiliation: "Deputy Director, LKC-Medicine, NTU",
        titled: true,
      },
    ]);
    expect(parsePeople("Jane Doe, Dean Smith").people).toEqual([
      { name: "Jane Doe", credentials: [] },
      { name: "Dean Smith", credentials: [] },
    ]);
    expect(facultyLine("By the end of the day")).toBeUndefined();
  });

  it("reads a name after a bracketed affiliation as the next person, a place as more affiliation", () => {
    expect(parsePeople("Ana Núñez (University of Michigan), Li Wei, Peter van der Berg")).toEqual({
      people: [
        { name: "Ana Núñez", credentials: [], affiliation: "University of Michigan" },
        { name: "Li Wei", credentials: [] },
        { name: "Peter van der Berg", credentials: [] },
      ],
      unreadable: [],
    });
    expect(parsePeople("Jane Doe, MD (MGH), Boston").people).toEqual([
      { name: "Jane Doe", credentials: ["MD"], affiliation: "MGH, Boston" },
    ]);
    expect(parsePeople("Jane Doe (Surgery), Harvard Medical School").people).toEqual([
      { name: "Jane Doe", credentials: [], affiliation: "Surgery, Harvard Medical School" },
    ]);
  });

  it.each([
    "TBD",
    "TBA",
    "TBC",
    "To be announced",
    "To Be Determined",
    "to be confirmed",
    "Faculty TBD",
    "Speaker TBA",
  ])("reports the placeholder %s as unreadable", (placeholder) => {
    expect(parsePeople(placeholder)).toEqual({ people: [], unreadable: [placeholder] });
  });
});

describe("splitTagline", () => {
  it.each([
    [
      "Professor of Surgery, Johns Hopkins",
      { title: "Professor of Surgery", affiliation: "Johns Hopkins" },
    ],
    ["Surgeon at Apollo Hospitals", { title: "Surgeon", affiliation: "Apollo Hospitals" }],
    [
      "Design Interactive, Senior Software Engineer",
      { title: "Senior Software Engineer", affiliation: "Design Interactive" },
    ],
    ["Massachusetts General Hospital", { affiliation: "Massachusetts General Hospital" }],
    ["Product Designer", { title: "Product Designer" }],
  ])("%s", (tagline, expected) => {
    expect(splitTagline(tagline)).toEqual(expected);
  });
});

describe("splitSummary", () => {
  it("reads speakers after a dash or in 'talk by' and leaves other dashes alone", () => {
    expect(splitSummary("Hernia 101 - Jane Doe, John Roe").people.map((p) => p.name)).toEqual([
      "Jane Doe",
      "John Roe",
    ]);
    expect(splitSummary("Hernia 101 (talk by Jane Doe)")).toEqual({
      title: "Hernia 101",
      people: [{ name: "Jane Doe", credentials: [] }],
    });
    expect(splitSummary("Lunch - Exhibit Hall")).toEqual({
      title: "Lunch - Exhibit Hall",
      people: [],
    });
    expect(splitSummary("Trauma - Part Two")).toEqual({ title: "Trauma - Part Two", people: [] });
  });

  it.each([
    "Colorectal Cancer - Early Detection Strategies",
    "Hernia Debate - Mesh Versus Suture",
    "Vascular access - Dialysis Fistula",
    "Gallstones - Laparoscopic Cholecystectomy",
    "Liver - Resection Techniques",
  ])("keeps the topic after the dash in %s", (summary) => {
    expect(splitSummary(summary)).toEqual({ title: summary, people: [] });
  });

  it("still reads a personal name or credentials after the dash", () => {
    expect(splitSummary("Colorectal Cancer - Maria del Carmen Ruiz")).toEqual({
      title: "Colorectal Cancer",
      people: [{ name: "Maria del Carmen Ruiz", credentials: [] }],
    });
    expect(splitSummary("Damage control in 2026 — Ana Núñez, MD, University of Michigan")).toEqual({
      title: "Damage control in 2026",
      people: [{ name: "Ana Núñez", credentials: ["MD"], affiliation: "University of Michigan" }],
    });
  });
});
