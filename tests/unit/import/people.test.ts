import { describe, expect, it } from "vitest";
import { splitTagline } from "../../../functions/domain/import/affiliation";
import { parsePeople } from "../../../functions/domain/import/people";
import { splitSummary } from "../../../functions/domain/import/title-people";

describe("parsePeople", () => {
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
      { name: "Jane Doe", credentials: ["MD", "PhD"], affiliation: "University of Michigan" },
    ]);
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
});
