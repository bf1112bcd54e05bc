import { execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "./support";

const root = fileURLToPath(new URL("../../../", import.meta.url));

type Run = { status: number | null; stdout: string; stderr: string };

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "functions/local/import-cli.ts", ...args],
      { cwd: root, encoding: "utf8", timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

describe("import CLI", { timeout: 60_000 }, () => {
  it("prints exactly one JSON program with --json", async () => {
    const r = await run(`${fixturesDir}program-book.txt`, "--tz", "America/Chicago", "--json");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["conference", "sessions", "people", "warnings"]);
    expect(out.conference).toEqual({
      title: "ACS Surgical Congress 2026 — Final Program",
      timeZone: "America/Chicago",
      startDate: "2026-05-14",
      endDate: "2026-05-15",
    });
    expect(out.sessions).toHaveLength(7);
    expect(out.people).toHaveLength(9);
    expect(out.warnings).toEqual([
      { ref: "line 19", message: "Could not read the speaker “???”", line: 19 },
    ]);
  });

  it("takes the year, the first day and the column mapping the web form takes", async () => {
    const real = fileURLToPath(new URL("../../fixtures/real/", import.meta.url));
    const gha = `${real}gha-esc-2019_yearless-days-chairs-panelists-tab-table.txt`;
    const [typed, wrong, mapped, badYear, badMap] = await Promise.all([
      run(gha, "--tz", "Asia/Kuwait", "--year", "2019", "--json"),
      run(gha, "--tz", "Asia/Kuwait", "--year", "2020", "--json"),
      run(
        `${real}medlive-2020_french-9h30-moderateurs-no-date.txt`,
        "--tz",
        "Europe/Paris",
        "--first-day",
        "2020-11-27",
        "--json",
      ),
      run(gha, "--tz", "Asia/Kuwait", "--year", "twenty"),
      run(gha, "--map", "Time"),
    ]);
    expect(JSON.parse(typed.stdout).conference).toMatchObject({
      startDate: "2019-10-11",
      endDate: "2019-10-12",
    });
    expect(JSON.parse(wrong.stdout).warnings.slice(0, 2)).toEqual([
      {
        ref: "line 1",
        message: "October 11, 2020 is a Sunday, not a Friday; check the year and the date",
        line: 1,
      },
      {
        ref: "line 46",
        message: "October 12, 2020 is a Monday, not a Saturday; check the year and the date",
        line: 46,
      },
    ]);
    expect(JSON.parse(mapped.stdout).sessions[0].start).toBe("2020-11-27T09:00:00+01:00");
    expect([badYear.status, badYear.stderr]).toEqual([
      2,
      "import: --year: Type the year as a number, such as 2026\n",
    ]);
    expect([badMap.status, badMap.stderr]).toEqual([
      2,
      'import: --map “Time”: write it as "Column=field"\n',
    ]);
  });

  it("prints a human summary without --json", async () => {
    const r = await run(`${fixturesDir}frab-mini.json`);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "Format:     frab schedule JSON (frab-json)",
      "Conference: World Congress of Surgery 2026 (wcs26)",
      "Dates:      2026-08-23 to 2026-08-24, time zone Europe/Lisbon",
      "Sessions:   3",
      "People:     2",
      "Rooms:      2",
      "Warnings (1):",
      "  event 2 (id 502): Overlaps event 1 (id 501) in Auditorium I",
      "",
    ]);
  });

  it("fails with one line on stderr for a missing file, bad flag, bad zone or unreadable input", async () => {
    const [missing, flag, zone, format, forced] = await Promise.all([
      run("does-not-exist.ics"),
      run(`${fixturesDir}congress.ics`, "--zone", "UTC"),
      run(`${fixturesDir}congress.ics`, "--tz", "Mars/Base"),
      run(`${fixturesDir}congress.ics`, "--format", "pdf"),
      run(`${fixturesDir}ambiguous.csv`, "--format", "ics"),
    ]);
    expect(missing).toMatchObject({
      status: 2,
      stdout: "",
      stderr: "import: cannot read does-not-exist.ics: no such file\n",
    });
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/^import: Unknown option '--zone'; usage: import <file>[^\n]*\n$/);
    expect(zone).toMatchObject({
      status: 1,
      stderr: "import: Unknown time zone “Mars/Base”: use an IANA name such as America/New_York\n",
    });
    expect(format).toMatchObject({ status: 2 });
    expect(format.stderr).toMatch(/^import: unknown format “pdf”/);
    expect(forced.status).toBe(1);
    expect(forced.stderr).toBe(
      "import: This calendar cannot be read: line 1 (“title;day;start;end;location;presenters”) has parameters (between ; and :) that cannot be read. Fix the file there, or export the calendar again.\n",
    );
  });

  it("exits quietly when the reader closes the pipe early (| head -c 100)", async () => {
    const sample = fileURLToPath(
      new URL("../../../web/public/samples/surgical-congress.ics", import.meta.url),
    );
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "functions/local/import-cli.ts", sample, "--json"],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    let head = "";
    child.stdout.setEncoding("utf8").once("data", (d: string) => {
      head = d.slice(0, 100);
      // What `head -c 100` does once it has its bytes: close the pipe.
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(head).toMatch(/^\{"conference":\{"title":"Prairie & Lakes Surgical Congress 2027"/);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
