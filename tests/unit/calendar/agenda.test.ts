import { describe, expect, it } from "vitest";
import { type AgendaProgram, targetAgenda } from "../../../functions/domain/calendar/agenda";
import type { Person, Session } from "../../../schemas/program";
import { summary } from "./program";

const person = (id: string, name: string): Person => ({ id, name, credentials: [] });

const session = (id: string, start: string, end: string, people: Session["people"]): Session => ({
  id,
  title: `Session ${id}`,
  start,
  end,
  people,
});

const people = [
  person("p-doe", "Jane Doe"),
  person("p-roe", "Richard Roe"),
  person("p-lee", "Min-jun Lee"),
  person("p-kim1", "Sara Kim"),
  person("p-kim2", "Sara Kim"),
  person("p-nobody", "Ada Quinn"),
];

// Chicago in April is UTC-5. A: 9:00-10:00, B: 9:30-10:30, C: 10:00-11:00 (touches A),
// D: 12:00-13:00, E: 12:00-12:30, F: a session with no target, G: the next day.
const sessions = [
  session("G", "2027-04-16T09:00:00-05:00", "2027-04-16T10:00:00-05:00", [
    { personId: "p-lee", role: "panelist" },
  ]),
  session("D", "2027-04-15T17:00:00Z", "2027-04-15T18:00:00Z", [
    { personId: "p-roe", role: "moderator" },
  ]),
  session("C", "2027-04-15T10:00:00-05:00", "2027-04-15T11:00:00-05:00", [
    { personId: "p-roe", role: "chair" },
    { personId: "p-doe", role: "speaker" },
    { personId: "p-roe", role: "speaker" },
  ]),
  session("A", "2027-04-15T09:00:00-05:00", "2027-04-15T10:00:00-05:00", [
    { personId: "p-doe", role: "speaker" },
  ]),
  session("F", "2027-04-15T09:00:00-05:00", "2027-04-15T17:00:00-05:00", [
    { personId: "p-nobody", role: "speaker" },
  ]),
  session("E", "2027-04-15T12:00:00-05:00", "2027-04-15T12:30:00-05:00", [
    { personId: "p-kim1", role: "discussant" },
    { personId: "p-kim2", role: "speaker" },
  ]),
  session("B", "2027-04-15T09:30:00-05:00", "2027-04-15T10:30:00-05:00", [
    { personId: "p-lee", role: "speaker" },
  ]),
];

const program: AgendaProgram = { summary, sessions, people };

describe("targetAgenda", () => {
  const targets = [
    { id: "c-doe", personId: "p-doe", name: "Jane Doe", priority: "nice" as const },
    { id: "c-roe", personId: "p-roe", name: "Richard Roe", priority: "must" as const },
    // Added by hand after a mixer: found by a name only one person in the program has.
    { id: "c-lee", name: "Min-Jun  LEE", priority: "must" as const },
    // Two people in the program share this name, so a hand-added contact matches neither.
    { id: "c-kim", name: "Sara Kim", priority: "must" as const },
    { id: "c-gone", personId: "p-elsewhere", name: "Someone Else", priority: "must" as const },
  ];

  it("lists the sessions with targets in time order, each target once with its first role", () => {
    const agenda = targetAgenda(program, targets);
    expect(agenda.map((item) => [item.session.id, item.targets])).toEqual([
      ["A", [{ contactId: "c-doe", name: "Jane Doe", priority: "nice", role: "speaker" }]],
      ["B", [{ contactId: "c-lee", name: "Min-Jun  LEE", priority: "must", role: "speaker" }]],
      [
        "C",
        [
          { contactId: "c-roe", name: "Richard Roe", priority: "must", role: "chair" },
          { contactId: "c-doe", name: "Jane Doe", priority: "nice", role: "speaker" },
        ],
      ],
      ["D", [{ contactId: "c-roe", name: "Richard Roe", priority: "must", role: "moderator" }]],
      ["G", [{ contactId: "c-lee", name: "Min-Jun  LEE", priority: "must", role: "panelist" }]],
    ]);
  });

  it("names the agenda sessions each one overlaps; sessions that only touch do not", () => {
    const agenda = targetAgenda(program, targets);
    expect(Object.fromEntries(agenda.map((item) => [item.session.id, item.overlapsWith]))).toEqual({
      A: ["B"],
      B: ["A", "C"],
      C: ["B"],
      D: [],
      G: [],
    });
  });

  it("finds overlaps between sessions that start together, ordered by start then end", () => {
    const withKim = [
      { id: "c-kim1", personId: "p-kim1", name: "Sara Kim", priority: "nice" as const },
    ];
    const agenda = targetAgenda(program, [...targets, ...withKim]);
    expect(agenda.map((item) => [item.session.id, item.overlapsWith])).toEqual([
      ["A", ["B"]],
      ["B", ["A", "C"]],
      ["C", ["B"]],
      ["E", ["D"]],
      ["D", ["E"]],
      ["G", []],
    ]);
  });

  it("is empty when no target appears in the program", () => {
    expect(targetAgenda(program, [])).toEqual([]);
    expect(targetAgenda(program, [targets[4] as (typeof targets)[number]])).toEqual([]);
  });
});
