import { describe, expect, it } from "vitest";
import { filterRows, type LogRow, noFilter, sortRows } from "../../../web/src/contact-log";

const row = (id: string, fields: Partial<LogRow> = {}): LogRow => ({
  id,
  name: id,
  title: "",
  institution: "",
  howWeMet: "",
  interests: "",
  nextStep: "",
  status: "target",
  priority: "must",
  ...fields,
});

const rows = [
  row("Órla Byrne", {
    institution: "lakemont",
    status: "met",
    priority: "nice",
    lastContact: "2027-04-16T15:00:00.000Z",
    conferenceId: "c1",
  }),
  row("Ana Souza", { institution: "Harbor", status: "emailed", conferenceId: "c1" }),
  row("ben Okafor", {
    institution: "Lakemont",
    status: "followed-up",
    lastContact: "2027-04-20T13:00:00.000Z",
  }),
  row("Chen Wei", { status: "not-met", priority: "nice", conferenceId: "c2" }),
];

const names = (list: LogRow[]) => list.map((r) => r.name);

describe("contact log sorting", () => {
  it("sorts names by letter, ignoring case and accents, both ways", () => {
    expect(names(sortRows(rows, "name", "ascending"))).toEqual([
      "Ana Souza",
      "ben Okafor",
      "Chen Wei",
      "Órla Byrne",
    ]);
    expect(names(sortRows(rows, "name", "descending"))).toEqual([
      "Órla Byrne",
      "Chen Wei",
      "ben Okafor",
      "Ana Souza",
    ]);
  });

  it("puts empty cells last in either direction and breaks ties by name", () => {
    expect(names(sortRows(rows, "institution", "ascending"))).toEqual([
      "Ana Souza",
      "ben Okafor",
      "Órla Byrne",
      "Chen Wei",
    ]);
    expect(names(sortRows(rows, "institution", "descending"))).toEqual([
      "ben Okafor",
      "Órla Byrne",
      "Ana Souza",
      "Chen Wei",
    ]);
    expect(names(sortRows(rows, "lastContact", "descending"))).toEqual([
      "ben Okafor",
      "Órla Byrne",
      "Ana Souza",
      "Chen Wei",
    ]);
  });

  it("sorts status and priority in the order a contact moves through them", () => {
    expect(names(sortRows(rows, "status", "ascending"))).toEqual([
      "Ana Souza",
      "Órla Byrne",
      "ben Okafor",
      "Chen Wei",
    ]);
    expect(names(sortRows(rows, "priority", "ascending"))).toEqual([
      "Ana Souza",
      "ben Okafor",
      "Chen Wei",
      "Órla Byrne",
    ]);
  });

  it("leaves its input as it was", () => {
    const before = names(rows);
    sortRows(rows, "name", "descending");
    expect(names(rows)).toEqual(before);
  });
});

describe("contact log filters", () => {
  it("keeps every row without a filter", () => {
    expect(filterRows(rows, noFilter)).toEqual(rows);
  });

  it("filters by conference, by none, by status and by priority together", () => {
    expect(names(filterRows(rows, { ...noFilter, conference: "c1" }))).toEqual([
      "Órla Byrne",
      "Ana Souza",
    ]);
    expect(names(filterRows(rows, { ...noFilter, conference: "none" }))).toEqual(["ben Okafor"]);
    expect(names(filterRows(rows, { ...noFilter, status: "not-met" }))).toEqual(["Chen Wei"]);
    expect(names(filterRows(rows, { conference: "c1", status: "", priority: "nice" }))).toEqual([
      "Órla Byrne",
    ]);
    expect(filterRows(rows, { conference: "c2", status: "met", priority: "" })).toEqual([]);
  });
});
