import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, person } from "./support";

function calendar(...events: string[][]): string {
  const lines = ["BEGIN:VCALENDAR", "X-WR-TIMEZONE:America/Chicago"];
  events.forEach((props, i) => {
    lines.push("BEGIN:VEVENT", `UID:e${i}`, "DTSTART;TZID=America/Chicago:20270415T100000");
    lines.push("DTEND;TZID=America/Chicago:20270415T113000", ...props, "END:VEVENT");
  });
  lines.push("END:VCALENDAR", "");
  return lines.join("\r\n");
}

describe("iCalendar faculty in DESCRIPTION", () => {
  it("reads role lines with the program-text faculty parser and drops them from the description", () => {
    const { program } = importProgram(
      calendar([
        "SUMMARY:Hernia Debate",
        "DESCRIPTION:Two views of mesh.\\n\\nModerator: Jane Doe\\, MD (Hospital A)\\nPanelists: Ann Lee\\, MBBS (X Medical College)\\; Tom Roe\\, DO (Y Clinic)\\nCo-Chairs: Sara Cohen\\, MD\\nDiscussant: Li Wei\\, MD\\, PhD\\nQuestions welcome.",
      ]),
    );
    expect(cast(program, "Hernia Debate")).toEqual([
      "moderator:Jane Doe",
      "panelist:Ann Lee",
      "panelist:Tom Roe",
      "chair:Sara Cohen",
      "discussant:Li Wei",
    ]);
    expect(program.sessions[0]?.description).toBe("Two views of mesh.\n\nQuestions welcome.");
    expect(person(program, "Ann Lee")).toMatchObject({
      credentials: ["MBBS"],
      affiliation: "X Medical College",
    });
    expect(program.warnings).toEqual([]);
  });

  it("keeps talk lines and reads their speakers; adds them after ATTENDEE and SUMMARY people", () => {
    const { program } = importProgram(
      calendar([
        "SUMMARY:Oral Abstracts - Omar Ali",
        'ATTENDEE;CN="Mia Chen, MD";ROLE=CHAIR:mailto:mia@example.org',
        "DESCRIPTION:10:05 AM  Leak rates — Kofi Agyeman\\, MBBS (Akoma Hospital)\\n10:25 AM  Lunch - Exhibit Hall",
      ]),
    );
    expect(cast(program, "Oral Abstracts")).toEqual([
      "chair:Mia Chen",
      "speaker:Omar Ali",
      "speaker:Kofi Agyeman",
    ]);
    expect(program.sessions[0]?.description).toBe(
      "10:05 AM Leak rates — Kofi Agyeman, MBBS (Akoma Hospital)\n10:25 AM Lunch - Exhibit Hall",
    );
  });

  it("reads HTML descriptions, leaves a description that was only faculty out, warns on names it cannot read", () => {
    const { program } = importProgram(
      calendar(
        ["SUMMARY:Keynote", "DESCRIPTION:<p>Speaker: Jane Doe\\, MD</p><p>Moderator: ???</p>"],
        ["SUMMARY:Plain", "DESCRIPTION:Program Director: not a faculty line"],
      ),
    );
    expect(cast(program, "Keynote")).toEqual(["speaker:Jane Doe"]);
    expect(program.sessions[0]?.description).toBeUndefined();
    expect(program.sessions[1]?.description).toBe("Program Director: not a faculty line");
    expect(program.warnings).toEqual([
      { ref: "event 1 (UID e0)", message: "Could not read the speaker “???”" },
    ]);
  });

  it("reads names under a role label and after a role with “by” or a dash, keeping the lines", () => {
    const { program } = importProgram(
      calendar([
        "SUMMARY:Hernia Debate",
        "DESCRIPTION:Speakers:\\nAnn Lee\\nTom van der Berg\\nModerated by Mia Chen\\nPresenter - Kofi Agyeman\\nSpeaker: Li Wei (Peking University)\\, Peter Smith\\, and Sara Cohen",
      ]),
    );
    expect(cast(program, "Hernia Debate")).toEqual([
      "speaker:Ann Lee",
      "speaker:Tom van der Berg",
      "moderator:Mia Chen",
      "speaker:Kofi Agyeman",
      "speaker:Li Wei",
      "speaker:Peter Smith",
      "speaker:Sara Cohen",
    ]);
    expect(person(program, "Li Wei")?.affiliation).toBe("Peking University");
    expect(program.sessions[0]?.description).toBe(
      "Speakers:\nAnn Lee\nTom van der Berg\nModerated by Mia Chen\nPresenter - Kofi Agyeman",
    );
    expect(program.warnings).toEqual([]);
  });

  it("warns about a name under a role label or after “by” that it cannot read", () => {
    const { program } = importProgram(
      calendar([
        "SUMMARY:Keynote",
        "DESCRIPTION:Panelists:\\nMadonna\\n\\nModerated by Bono\\nHosted by the Society of Surgeons\\nKeynote\\nThis talk covers mesh.",
      ]),
    );
    expect(cast(program, "Keynote")).toEqual([]);
    expect(program.warnings).toEqual([
      {
        ref: "event 1 (UID e0)",
        message: "Could not read the panelist “Madonna”; kept it in the description",
      },
      {
        ref: "event 1 (UID e0)",
        message: "Could not read the moderator “Bono”; kept it in the description",
      },
    ]);
  });
});

describe("iCalendar ORGANIZER and ATTENDEE without a name", () => {
  it("warns once per address, on the first event that has it", () => {
    const { program } = importProgram(
      calendar(
        [
          "SUMMARY:Opening",
          "ORGANIZER:mailto:office@example.org",
          "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:jane.doe@example.org",
          'ATTENDEE;CN="Doe, John":mailto:john@example.org',
        ],
        ["SUMMARY:Closing", "ORGANIZER:mailto:office@example.org"],
      ),
    );
    expect(cast(program, "Opening")).toEqual(["speaker:John Doe"]);
    expect(program.warnings).toEqual([
      {
        ref: "event 1 (UID e0)",
        message: "ORGANIZER office@example.org has no name (CN), so is not listed as a speaker",
      },
      {
        ref: "event 1 (UID e0)",
        message: "ATTENDEE jane.doe@example.org has no name (CN), so is not listed as a speaker",
      },
    ]);
  });
});
