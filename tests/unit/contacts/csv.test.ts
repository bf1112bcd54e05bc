import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  type ContactLike,
  contactLogColumns,
  contactLogCsv,
} from "../../../functions/domain/contacts/csv";
import { DomainError } from "../../../functions/domain/errors";

const row = (over: Partial<ContactLike>): ContactLike => ({
  name: "Jane Doe",
  credentials: [],
  title: "",
  institution: "",
  howWeMet: "",
  interests: "",
  nextStep: "",
  ...over,
});

/** The cells as an independent reader sees them, after checking the byte order mark. */
function cells(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { header: false });
  expect(parsed.errors).toEqual([]);
  // The file ends with CRLF, which the reader sees as one last empty row.
  expect(parsed.data.at(-1)).toEqual([""]);
  return parsed.data.slice(0, -1);
}

describe("contactLogCsv", () => {
  it("writes the seven columns and one row per contact, credentials after the name", () => {
    const csv = contactLogCsv(
      [
        row({
          name: "Jane Doe",
          credentials: ["MD", "FACS"],
          title: "Program Director, General Surgery",
          institution: "Mayo Clinic",
          howWeMet: "Panel on surgical education",
          interests: "Robotic hernia repair",
          lastContact: "2027-04-15T15:30:00.000Z",
          nextStep: "Send CV",
        }),
        row({ name: "Ravi Patel", lastContact: undefined }),
      ],
      "America/Chicago",
    );
    expect(cells(csv)).toEqual([
      [...contactLogColumns],
      [
        "Jane Doe, MD, FACS",
        "Program Director, General Surgery",
        "Mayo Clinic",
        "Panel on surgical education",
        "Robotic hernia repair",
        "2027-04-15",
        "Send CV",
      ],
      ["Ravi Patel", "", "", "", "", "", ""],
    ]);
  });

  it("uses CRLF line ends and quotes only the cells that need it, doubling quotes", () => {
    const csv = contactLogCsv(
      [row({ name: 'Anna "Annie" Lee', title: "Chair, Surgery", howWeMet: "Line 1\nLine 2" })],
      "UTC",
    );
    expect(csv).toBe(
      '\uFEFFName,Role,Institution,How We Met,Interests,Last Contact,Next Step\r\n"Anna ""Annie"" Lee","Chair, Surgery",,"Line 1\nLine 2",,,\r\n',
    );
  });

  it("writes the last contact as the date it was in the user's zone", () => {
    const at = "2027-04-16T03:30:00Z";
    const dates = ["America/Los_Angeles", "UTC", "Asia/Tokyo", "Pacific/Kiritimati"].map(
      (zone) => cells(contactLogCsv([row({ lastContact: at })], zone))[1]?.[5],
    );
    expect(dates).toEqual(["2027-04-15", "2027-04-16", "2027-04-16", "2027-04-16"]);
    const late = "2027-04-16T10:30:00Z";
    expect(cells(contactLogCsv([row({ lastContact: late })], "Pacific/Kiritimati"))[1]?.[5]).toBe(
      "2027-04-17",
    );
  });

  it("keeps cells that a spreadsheet would run as formulas as text", () => {
    const formulas = [
      '=HYPERLINK("http://evil.example","x")',
      "+1 555 0100",
      "-2+3",
      "@SUM(A1:A2)",
      "\tTab",
      "\rReturn",
    ];
    const csv = contactLogCsv(
      formulas.map((text) => row({ name: text, nextStep: text })),
      "UTC",
    );
    const read = cells(csv).slice(1);
    expect(read.map((r) => r[0])).toEqual(formulas.map((text) => `'${text}`));
    expect(read.map((r) => r[6])).toEqual(formulas.map((text) => `'${text}`));
    // Text that merely contains those characters is left alone.
    expect(
      cells(contactLogCsv([row({ name: "Jane Doe-Smith", nextStep: "a=b" })], "UTC"))[1],
    ).toEqual(["Jane Doe-Smith", "", "", "", "", "", "a=b"]);
  });

  it("keeps non-ASCII text, which the byte order mark lets Excel read as UTF-8", () => {
    const csv = contactLogCsv(
      [row({ name: "Zoë Ångström", institution: "Hôpital Saint-Louis", interests: "外科" })],
      "UTC",
    );
    expect(cells(csv)[1]).toEqual(["Zoë Ångström", "", "Hôpital Saint-Louis", "", "外科", "", ""]);
  });

  it("writes just the header for no contacts", () => {
    expect(contactLogCsv([], "UTC")).toBe(
      "\uFEFFName,Role,Institution,How We Met,Interests,Last Contact,Next Step\r\n",
    );
  });

  it("refuses a zone it does not know, saying where to fix it", () => {
    let error: unknown;
    try {
      contactLogCsv([row({})], "Mars/Olympus");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect([(error as DomainError).code, (error as DomainError).message]).toEqual([
      "contact.time_zone_unknown",
      "Unknown time zone “Mars/Olympus”. Choose your time zone in Settings, then export again.",
    ]);
  });
});
