import { describe, expect, it } from "vitest";
import type { Person, Session } from "../../../schemas/program";
import {
  dateSpan,
  dayKey,
  displayName,
  foundInDetails,
  groupByAffiliation,
  groupByDay,
  search,
  searchIndex,
  timeRange,
} from "../../../web/src/program-view";

const person = (
  id: string,
  name: string,
  affiliation?: string,
  credentials: string[] = [],
): Person => ({
  id,
  name,
  credentials,
  ...(affiliation ? { affiliation } : {}),
});
const session = (
  id: string,
  start: string,
  end: string,
  title: string,
  people: string[] = [],
): Session => ({
  id,
  title,
  start,
  end,
  people: people.map((personId) => ({ personId, role: "speaker" })),
});

describe("program view helpers", () => {
  it("dates sessions in the conference's zone, not the viewer's", () => {
    expect(dayKey("2027-04-16T03:30:00Z", "America/Chicago")).toBe("2027-04-15");
    expect(dayKey("2027-04-16T03:30:00Z", "Europe/Berlin")).toBe("2027-04-16");
  });

  it("groups sessions by day in time order", () => {
    const days = groupByDay(
      [
        session("b", "2027-04-16T09:00:00-05:00", "2027-04-16T10:00:00-05:00", "B"),
        session("c", "2027-04-15T22:30:00-05:00", "2027-04-15T23:00:00-05:00", "Late"),
        session("a", "2027-04-15T08:00:00-05:00", "2027-04-15T09:00:00-05:00", "A"),
      ],
      "America/Chicago",
    );
    expect(days.map((d) => [d.key, d.sessions.map((s) => s.id)])).toEqual([
      ["2027-04-15", ["a", "c"]],
      ["2027-04-16", ["b"]],
    ]);
  });

  it("keeps a session that runs past midnight on the day it starts, same-time sessions by room", () => {
    const days = groupByDay(
      [
        {
          ...session("r10", "2027-03-27T23:55:00+01:00", "2027-03-28T00:35:00+01:00", "A"),
          room: "Room 10",
        },
        {
          ...session("r2", "2027-03-27T23:55:00+01:00", "2027-03-28T00:35:00+01:00", "B"),
          room: "Room 2",
        },
        session("next", "2027-03-28T09:00:00+02:00", "2027-03-28T10:00:00+02:00", "Morning"),
      ],
      "Europe/Paris",
    );
    expect(days.map((d) => [d.key, d.sessions.map((s) => s.id)])).toEqual([
      ["2027-03-27", ["r2", "r10"]],
      ["2027-03-28", ["next"]],
    ]);
  });

  it("writes a range past midnight in the same short form, the zone named once", () => {
    expect(
      timeRange("2027-03-20T23:55:00+01:00", "2027-03-21T00:35:00+01:00", "Europe/Paris", "en-US"),
    ).toBe("11:55 PM\u2009–\u200912:35 AM GMT+1");
    expect(
      timeRange(
        "2027-04-15T23:55:00-05:00",
        "2027-04-16T00:35:00-05:00",
        "America/Chicago",
        "en-US",
      ),
    ).toBe("11:55 PM\u2009–\u200912:35 AM CDT");
  });

  it("writes a conference's dates with the year, one day once", () => {
    expect(dateSpan("2020-03-28", "2020-03-28", "en-US")).toBe("Sat, Mar 28, 2020");
    expect(dateSpan("2027-04-15", "2027-04-17", "en-US")).toBe(
      "Thu, Apr 15\u2009–\u2009Sat, Apr 17, 2027",
    );
    expect(dateSpan("2026-12-30", "2027-01-02", "en-US")).toBe(
      "Wed, Dec 30, 2026\u2009–\u2009Sat, Jan 2, 2027",
    );
  });

  it("shows a time range with the zone named", () => {
    expect(
      timeRange(
        "2027-04-15T08:00:00-05:00",
        "2027-04-15T09:15:00-05:00",
        "America/Chicago",
        "en-US",
      ),
    ).toBe("8:00\u2009–\u20099:15\u202fAM CDT");
  });

  it("finds sessions by person, affiliation, title or track, ignoring case and accents", () => {
    const people = new Map([
      ["p1", person("p1", "José Núñez", "Hospital Central")],
      ["p2", person("p2", "Ada Roe", "Lakeside University")],
    ]);
    const sessions = [
      {
        ...session(
          "s1",
          "2027-04-15T08:00:00-05:00",
          "2027-04-15T09:00:00-05:00",
          "Hernia Repair",
          ["p1"],
        ),
        track: "Hernia",
      },
      session("s2", "2027-04-15T10:00:00-05:00", "2027-04-15T11:00:00-05:00", "Trauma Panel", [
        "p2",
      ]),
    ];
    const index = searchIndex(sessions, people);
    const ids = (q: string) => search(sessions, index, q).map((s) => s.id);
    expect(ids("nunez")).toEqual(["s1"]);
    expect(ids("LAKESIDE")).toEqual(["s2"]);
    expect(ids("panel roe")).toEqual(["s2"]);
    expect(ids("panel nunez")).toEqual([]);
    expect(ids("  ")).toEqual(["s1", "s2"]);
  });

  it("finds words of a session's details and says the match is there", () => {
    const sessions = [
      {
        ...session("s1", "2027-04-15T08:00:00-05:00", "2027-04-15T09:00:00-05:00", "Panel B"),
        description: "Talks: Mesh fixation in hernia repair (Dr. Óscar Ruiz)",
      },
      session("s2", "2027-04-15T10:00:00-05:00", "2027-04-15T11:00:00-05:00", "Hernia update"),
    ];
    const index = searchIndex(sessions, new Map());
    const found = (q: string) =>
      search(sessions, index, q).map((s) => [s.id, foundInDetails(s, index, q)]);
    expect(found("oscar ruiz")).toEqual([["s1", true]]);
    expect(found("hernia")).toEqual([
      ["s1", true],
      ["s2", false],
    ]);
    expect(found("panel mesh")).toEqual([["s1", true]]);
    expect(found("panel")).toEqual([["s1", false]]);
  });

  it("groups people by affiliation with unknown ones last", () => {
    const groups = groupByAffiliation([
      person("1", "Zoe Ng", "Beta Clinic"),
      person("2", "Al Bo"),
      person("3", "Amy Li", "Beta Clinic"),
      person("4", "Raj Rao", "Alpha Hospital"),
    ]);
    expect(groups.map((g) => [g.affiliation, g.people.map((p) => p.name)])).toEqual([
      ["Alpha Hospital", ["Raj Rao"]],
      ["Beta Clinic", ["Amy Li", "Zoe Ng"]],
      ["Affiliation not given", ["Al Bo"]],
    ]);
  });

  it("writes a name with its credentials", () => {
    expect(displayName(person("1", "Jane Doe", undefined, ["MD", "FACS"]))).toBe(
      "Jane Doe, MD, FACS",
    );
  });
});
