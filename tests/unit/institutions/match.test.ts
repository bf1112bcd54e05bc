import { describe, expect, test } from "vitest";
import {
  compileTargets,
  matchAffiliation,
  STRENGTH,
} from "../../../functions/domain/institutions/match";
import { realAffiliations } from "./affiliations";

/** One user's targets, chosen so that the real affiliations below probe the look-alikes. */
const targets = [
  "Mass General",
  "Harvard",
  "Brigham",
  "Washington University",
  "University of Washington",
  "Penn",
  "Penn State",
  "Columbia",
  "Miami",
  "UCSF",
  "UC San Diego",
  "Northwestern",
  "Cleveland Clinic",
  "Case Western",
  "Emory",
  "Yale",
  "MD Anderson",
  "UT Southwestern",
  "Pitt",
  "Fred Hutch",
  "UNMC",
  "University of Wisconsin",
  "UBC",
];

const compiled = compileTargets(targets);
const summary = (affiliation: string, c = compiled) =>
  matchAffiliation(c, affiliation).map((m) => `${m.target}@${m.strength}`);

/** Expected matches of each real affiliation (affiliations.ts gives its source). */
const expected: Record<string, string[]> = {
  "Center for Systems Biology, Massachusetts General Hospital Boston United States": [
    "Mass General@1",
  ],
  "Athinoula A Martinos Center for Biomed. Imaging, Massachusetts General Hospital Charlestown United States":
    ["Mass General@1"],
  "Department of Molecular Biology, Massachusetts General Hospital Boston United States": [
    "Mass General@1",
  ],
  "Department of Neurobiology, Harvard Medical School Boston United States": ["Harvard@0.9"],
  "Martinos Center for Biomedical Imaging, MGH and Harvard Medical School Charlestown United States":
    ["Mass General@1", "Harvard@0.9"],
  "Ragon Institute of Massachusetts General Hospital, Harvard, and MIT Cambridge United States": [
    "Mass General@1",
    "Harvard@1",
  ],
  "Department of Pathology, Brigham & Women’s Hospital Boston United States": ["Brigham@1"],
  "Lerner College of Medicine, Cleveland Clinic Cleveland United States": ["Cleveland Clinic@1"],
  "Case Western Reserve University School of Medicine Cleveland United States": ["Case Western@1"],
  "Department of Neurosurgery, Massachusetts General Hospital, Harvard Medical School Boston United States":
    ["Mass General@1", "Harvard@0.9"],
  "Department of Otolaryngology - Head and Neck Surgery, Massachusetts Eye and Ear, Harvard Medical School Boston United States":
    ["Harvard@0.9"],
  "Pulmonary and Critical Care Medicine, Massachusetts General Hospital Boston United States": [
    "Mass General@1",
  ],
  "Skaggs School of Pharmaceutical Sciences, University of California, San Diego La Jolla United States":
    ["UC San Diego@1"],
  "Department of Genetics, Washington University in St. Louis St. Louis United States": [
    "Washington University@1",
  ],
  "Department of Biology, Washington University in St Louis St Louis United States": [
    "Washington University@1",
  ],
  "Department of Biochemistry & Molecular Biophysics, Washington University School of Medicine St Louis United States":
    ["Washington University@1"],
  "Department of Biochemistry & Biophysics and Bioengineering, Perelman School of Medicine, University of Pennsylvania Philadelphia United States":
    ["Penn@1"],
  "Department of Medicine, Washington University School of Medicine Saint Louis United States": [
    "Washington University@1",
  ],
  "Department of Developmental Biology and Neuroscience, Washington University in St. Louis, Missouri Washington DC United States":
    ["Washington University@1"],
  "Department of Genetics, Yale University New Haven United States": ["Yale@1"],
  "Paul G. Allen School of Computer Science & Engineering, University of Washington, Seattle, USA":
    ["University of Washington@1"],
  "Department of Pathology, University of Washington Seattle United States": [
    "University of Washington@1",
  ],
  "Fred Hutchinson Cancer Research Center Seattle United States": ["Fred Hutch@1"],
  "BioRepository and Integrated Neuropathology (BRaIN) Laboratory and Precision Neuropathology Core, UW School of Medicine Seattle United States":
    ["University of Washington@1"],
  "Massachusetts Alzheimer Disease Research Center, MGH and Harvard Medical School Charlestown United States":
    ["Mass General@1", "Harvard@0.9"],
  "Department of Biochemistry, Howard Hughes Medical Institute, University of Washington Seattle United States":
    ["University of Washington@1"],
  "Department of Mathematics, University of Pittsburgh Pittsburgh United States": ["Pitt@1"],
  "Department of Public Health Sciences, Pennsylvania State University Hershey United States": [
    "Penn State@1",
  ],
  "Department of Biomedical Engineering, Pennsylvania State University State College United States":
    ["Penn State@1"],
  "Department of Anthropology, The Pennsylvania State University University Park United States": [
    "Penn State@1",
  ],
  "Department of Medical Microbiology and Immunology, University of Wisconsin-Madison Madison United States":
    ["University of Wisconsin@1"],
  "Department of Lymphoma and Myeloma, University of Texas MD Anderson Cancer Center Houston United States":
    ["MD Anderson@1"],
  "Department of Neurology, University of Miami Miami United States": ["Miami@1"],
  "Department of Surgery, University of Miami Miller School of Medicine Miami United States": [
    "Miami@1",
  ],
  "Department of Surgery, University of Nebraska Medical Center Omaha United States": ["UNMC@1"],
  "Department of Psychology, University of Miami Coral Gables United States": ["Miami@1"],
  "Department of Physiology and Cardiovascular Research Institute, University of California, San Francisco San Francisco United States":
    ["UCSF@1"],
  "Department of Pathology and Laboratory Medicine, University of British Columbia Vancouver Canada":
    ["UBC@1"],
  "Department of Anesthesiology, Pharmacology and Therapeutics, University of British Columbia Vancouver Canada":
    ["UBC@1"],
  "Engineering Sciences and Applied Mathematics, Northwestern University Evanston United States": [
    "Northwestern@1",
  ],
  "Department of Neuroscience, Feinberg School of Medicine, Northwestern University Chicago United States":
    ["Northwestern@1"],
  "Mortimer B. Zuckerman Mind Brain Behavior Institute, Columbia University New York United States":
    ["Columbia@1"],
  "Department of Pathology and Cell Biology, Columbia University Irving Medical Center New York United States":
    ["Columbia@0.9"],
  "Department of Pathology and Cell Biology, Vagelos College of Physicians and Surgeons, Columbia University New York United States":
    ["Columbia@1"],
  "Department of Cell Biology, University of Texas Southwestern Medical Center Dallas United States":
    ["UT Southwestern@1"],
  "Department of Computer Science, Western Washington University Bellingham United States": [],
  "Neuroscience Graduate Program, Emory University Atlanta United States": ["Emory@1"],
  "Miami University, Oxford, OHIO": [],
};

describe("real affiliations", () => {
  test("every fixture has an expectation", () => {
    expect(Object.keys(expected).sort()).toEqual(realAffiliations.map(([text]) => text).sort());
    expect(realAffiliations.length).toBeGreaterThanOrEqual(40);
  });

  test.each(realAffiliations.map(([text, ror, source]) => [text, ror, source] as const))(
    "%s",
    (text) => {
      expect(summary(text)).toEqual(expected[text]);
    },
  );
});

describe("reasons", () => {
  test("an institution named by the target", () => {
    expect(
      matchAffiliation(
        compiled,
        "Massachusetts General Hospital, Harvard Medical School, Boston, MA",
      ),
    ).toEqual([
      {
        target: "Mass General",
        institution: "Massachusetts General Hospital",
        ror: "002pd6e78",
        strength: STRENGTH.institution,
        reason: "matches your target “Mass General” (Massachusetts General Hospital)",
      },
      {
        target: "Harvard",
        institution: "Harvard Medical School",
        ror: "03wevmz92",
        strength: STRENGTH.program,
        reason: "matches your target “Harvard” (Harvard Medical School, part of Harvard)",
      },
    ]);
  });

  test("another member of the target's program", () => {
    expect(matchAffiliation(compiled, "Northwestern Medicine, Chicago, IL")).toEqual([
      {
        target: "Northwestern",
        institution: "Northwestern Medicine",
        ror: "04fzwnh64",
        strength: STRENGTH.program,
        reason: "matches your target “Northwestern” (Northwestern Medicine, part of Northwestern)",
      },
    ]);
  });

  test("a target known only by its words", () => {
    const c = compileTargets(["Kaiser Oakland"]);
    expect(c.readings).toEqual([{ target: "Kaiser Oakland", kind: "words", institutions: [] }]);
    expect(matchAffiliation(c, "Kaiser Permanente Oakland Medical Center, Oakland, CA")).toEqual([
      {
        target: "Kaiser Oakland",
        strength: STRENGTH.words,
        reason: "matches the words of your target “Kaiser Oakland”",
      },
    ]);
    expect(matchAffiliation(c, "Kaiser Permanente Northern California")).toEqual([]);
  });

  test("a target that is part of one table name", () => {
    const c = compileTargets(["Vanderbilt"]);
    expect(c.readings[0]?.kind).toBe("partial");
    expect(matchAffiliation(c, "Vanderbilt University Medical Center, Nashville, TN")).toEqual([
      {
        target: "Vanderbilt",
        institution: "Vanderbilt University Medical Center",
        ror: "05dq2gs74",
        strength: STRENGTH.partial,
        reason: "matches your target “Vanderbilt” (Vanderbilt University Medical Center)",
      },
    ]);
  });

  test("strongest first, and the user's order among equals", () => {
    const c = compileTargets(["Harvard", "Mass General"]);
    expect(summary("MGH/Harvard", c)).toEqual(["Harvard@1", "Mass General@1"]);
    expect(summary("Massachusetts General Hospital, Harvard Medical School", c)).toEqual([
      "Mass General@1",
      "Harvard@0.9",
    ]);
  });
});

describe("look-alikes never match each other", () => {
  const cases: [target: string, affiliation: string, matches: string[]][] = [
    ["Washington University", "University of Washington, Seattle, WA", []],
    ["University of Washington", "Washington University School of Medicine, St. Louis, MO", []],
    [
      "Washington University",
      "Department of Surgery, Washington University School of Medicine in St. Louis",
      ["Washington University@1"],
    ],
    ["Penn", "Penn State Health Milton S. Hershey Medical Center, Hershey, PA", []],
    ["Penn", "Department of Surgery, Hospital of the University of Pennsylvania", ["Penn@0.9"]],
    ["Penn State", "University of Pennsylvania, Philadelphia, PA", []],
    ["Columbia", "University of British Columbia, Vancouver, BC", []],
    ["Columbia", "University of Missouri, Columbia, MO", []],
    [
      "Columbia",
      "NewYork-Presbyterian/Columbia University Irving Medical Center",
      ["Columbia@0.9"],
    ],
    ["Miami", "Miami University, Oxford, OH", []],
    ["Miami", "Baptist Health South Florida, Miami, FL", []],
    ["Mass General", "Mass General Brigham, Boston, MA", []],
    ["Mass General Brigham", "Massachusetts General Hospital, Boston, MA", []],
    ["Mass General", "MGH", ["Mass General@1"]],
    ["Brigham", "Brigham Young University, Provo, UT", []],
    ["Brigham", "Brigham and Women's Hospital", ["Brigham@1"]],
    ["Harvard", "Massachusetts General Hospital, Boston, MA", []],
    ["UCSF", "University of California, San Diego, La Jolla, CA", []],
    ["UCSF", "UCSF Medical Center, San Francisco, CA", ["UCSF@1"]],
    ["Northwestern", "Northwestern Polytechnical University, Xi'an, China", []],
    ["Mount Sinai", "Mount Sinai Medical Center, Miami Beach, FL", []],
    ["Mount Sinai", "Icahn School of Medicine at Mount Sinai, New York, NY", ["Mount Sinai@1"]],
    ["USC", "USC School of Medicine Greenville, Greenville, SC", []],
    ["Emory", "Emory University Hospital, Atlanta, GA", ["Emory@1"]],
    ["Mayo", "Mayo Clinic, Jacksonville, FL", ["Mayo@1"]],
    ["Cornell", "Weill Cornell Medicine, New York, NY", ["Cornell@0.9"]],
    ["Cleveland Clinic", "Cleveland Clinic Florida, Weston, FL", ["Cleveland Clinic@1"]],
  ];
  test.each(cases)("%s / %s", (target, affiliation, matches) => {
    expect(summary(affiliation, compileTargets([target]))).toEqual(matches);
  });
});

describe("reading targets", () => {
  test("places, kinds of institution and shared words match nothing", () => {
    const c = compileTargets([
      "Texas",
      "New York",
      "Department of Surgery",
      "University Hospital",
      "Sinai",
      "UW",
    ]);
    expect(c.readings.map((r) => [r.target, r.kind, r.institutions])).toEqual([
      ["Texas", "vague", []],
      ["New York", "vague", []],
      ["Department of Surgery", "empty", []],
      ["University Hospital", "vague", []],
      [
        "Sinai",
        "vague",
        ["Cedars-Sinai Medical Center", "Icahn School of Medicine at Mount Sinai"],
      ],
      ["UW", "vague", ["University of Washington", "University of Wisconsin–Madison"]],
    ]);
    expect(summary("The University of Texas Southwestern Medical Center, Dallas, TX", c)).toEqual(
      [],
    );
    expect(summary("Mount Sinai Hospital, New York, NY", c)).toEqual([]);
  });

  test("a shared acronym is read by the place written beside it", () => {
    const c = compileTargets(["University of Washington", "University of Wisconsin"]);
    expect(summary("UW School of Medicine Seattle United States", c)).toEqual([
      "University of Washington@1",
    ]);
    expect(summary("UW, Madison, WI", c)).toEqual(["University of Wisconsin@1"]);
    expect(summary("UW", c)).toEqual([]);
  });

  test("remembers each distinct affiliation", () => {
    const c = compileTargets(["Yale"]);
    const first = matchAffiliation(c, "Yale School of Medicine, New Haven, CT");
    expect(matchAffiliation(c, "Yale School of Medicine, New Haven, CT")).toBe(first);
    expect(c.memo.size).toBe(1);
  });
});
