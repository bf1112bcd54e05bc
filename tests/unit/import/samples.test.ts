import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importProgram } from "../../../functions/domain/import/index";
import type { Program } from "../../../schemas/program";
import { cast, person } from "./support";

// The one-click sample conference, written from one synthetic program as ICS and as CSV.
function sample(name: string): string {
  const path = fileURLToPath(new URL(`../../../web/public/samples/${name}`, import.meta.url));
  return readFileSync(path, "utf8");
}

const ics = importProgram(sample("surgical-congress.ics")).program;
const csv = importProgram(sample("surgical-congress.csv"), { timeZone: "America/Chicago" }).program;

const sessionKey = (s: Program["sessions"][number]) => `${s.start} ${s.end} ${s.room} ${s.title}`;

describe("sample surgical congress", () => {
  it("reads 300 sessions from the ICS file without warnings", () => {
    expect(ics.sessions).toHaveLength(300);
    expect(ics.people).toHaveLength(900);
    expect(ics.warnings).toEqual([]);
  });

  it("reads faculty from DESCRIPTION lines and leaves the rest as the description", () => {
    const title = "Meet the Professor Breakfast: Nutrition After Major Surgery";
    expect(cast(ics, title)).toEqual(["speaker:Ayşe E. Öztürk-Demir"]);
    expect(ics.sessions.find((s) => s.title === title)?.description).toBe(
      "A small-group breakfast with senior faculty. Limited seating; ticket required.",
    );
    expect(person(ics, "Ayşe E. Öztürk-Demir")).toMatchObject({
      credentials: ["MD", "FRCSC"],
      affiliation: "Anatolian Crescent University Hospital",
    });
    expect(cast(ics, "Pediatric Appendicitis: Antibiotics First?")).toEqual([
      "moderator:Inés Martínez",
      "panelist:Michael Reeves-Fletcher",
      "panelist:Jennifer Carter",
    ]);
  });

  it("keeps talk lines in the description and reads their speakers", () => {
    const title = "Oral Abstract Session 1: Minimally Invasive";
    expect(cast(ics, title)).toEqual([
      "moderator:Ana Valadares",
      "speaker:Francesca Romano",
      "speaker:Yan G. Zhang",
      "speaker:Juan Rodríguez",
      "speaker:Arash S. Karimi",
      "speaker:María B. Núñez",
      "discussant:Marcus B. Brooks",
    ]);
    const description = ics.sessions.find((s) => s.title === title)?.description ?? "";
    expect(description.split("\n").slice(0, 3)).toEqual([
      "Selected abstracts in minimally invasive surgery, each followed by questions from the moderators.",
      "",
      "10:05 AM Surgeon Musculoskeletal Injury: A Randomized Controlled Trial — Francesca Romano, MD (Ospedale San Vitale di Collina)",
    ]);
    expect(description).not.toMatch(/Moderator:|Discussant:/);
  });

  it("reads the same 300 sessions from the CSV file in America/Chicago", () => {
    expect(csv.sessions).toHaveLength(300);
    expect(csv.warnings).toEqual([]);
    expect(csv.sessions.map(sessionKey)).toEqual(ics.sessions.map(sessionKey));
  });

  it("names the same 900 people, with the same ids wherever the ICS file gives an affiliation", () => {
    expect(csv.people.map((p) => p.name).sort()).toEqual(ics.people.map((p) => p.name).sort());
    const csvById = new Map(csv.people.map((p) => [p.id, p]));
    const affiliated = ics.people.filter((p) => p.affiliation);
    expect(affiliated).toHaveLength(361);
    for (const p of affiliated) expect(csvById.get(p.id)).toEqual(p);
  });
});
