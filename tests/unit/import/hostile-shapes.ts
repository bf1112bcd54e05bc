import type { ImportOptions } from "../../../functions/domain/import/index";
import { importLimits } from "../../../schemas/program";

/** A file built to make the importer do too much work: each is as large as an upload may be
 * where size is what hurts. */
export type HostileShape = { text: () => string; options?: ImportOptions };

/** Room left under the upload limit for the text around a repeated part. */
export const body = importLimits.maxBytes - 64 * 1024;
const utc = { timeZone: "UTC" };

/** `unit` repeated to fill `bytes` (ASCII units, so characters are bytes). */
export const fill = (unit: string, bytes = body) => unit.repeat(Math.floor(bytes / unit.length));

const frab = (event: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Hostile</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
  <day date="2026-05-14">
    <room name="Hall A">
      <event guid="e1" id="1"><date>2026-05-14T10:00:00+02:00</date><duration>00:30</duration>${event}</event>
    </room>
  </day>
</schedule>
`;

const sessionize = (session: string, speakers = "[]") =>
  `{"sessions":[{"id":"1","title":"Opening","startsAt":"2026-05-14T10:00:00Z","endsAt":"2026-05-14T11:00:00Z","speakers":[]${session}}],"speakers":${speakers},"rooms":[]}`;

const calendar = (events: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events}END:VCALENDAR\r\n`;
const vevent = (n: number, extra = "") =>
  `BEGIN:VEVENT\r\nUID:e${n}\r\nDTSTART:20260514T100000Z\r\nDTEND:20260514T110000Z\r\nSUMMARY:Talk ${n}\r\n${extra}END:VEVENT\r\n`;

const csv = (speakers: string) =>
  `Title,Date,Start,Speakers\r\nOpening,2026-05-14,10:00,"${speakers}"\r\n`;

/** ICS date-times a minute apart, for RDATE and EXDATE lists. */
function minutes(count: number): string {
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const iso = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    out[i] = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}00Z`;
  }
  return out.join(",");
}

/** Repeats `make(i)` until the parts fill `bytes`. */
function repeatUntil(bytes: number, make: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const part = make(i);
    if (size + part.length > bytes) break;
    parts.push(part);
    size += part.length;
  }
  return parts.join("");
}

/** Sessions that each name all of 1,000 speakers, filling `bytes`. */
function speakersOnEverySession(bytes: number): string {
  const ids = Array.from({ length: 1000 }, (_, i) => i).join(",");
  const speakers = Array.from({ length: 1000 }, (_, i) => `{"id":${i},"fullName":"Ann Lee${i}"}`);
  const list = speakers.join(",");
  const sessions = repeatUntil(
    bytes - list.length - 2048,
    (i) =>
      `{"id":"${i}","title":"S${i}","startsAt":"2026-05-14T10:00:00Z","endsAt":"2026-05-14T11:00:00Z","speakers":[${ids}]},`,
  );
  return `{"sessions":[${sessions.slice(0, -1)}],"speakers":[${list}]}`;
}

export const hostileShapes = {
  "frab XML: one 10 KB entity referenced 400,000 times": {
    text: () =>
      `<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY e "${"x".repeat(10_000)}">]>${frab(`<title>${"&e;".repeat(400_000)}</title>`)}`,
  },
  "frab XML: elements nested 100,000 deep": {
    text: () => frab(`<title>${"<b>".repeat(100_000)}x${"</b>".repeat(100_000)}</title>`),
  },
  "frab XML: 5 MB of events": {
    text: () =>
      frab(
        fill("</event><event><date>2026-05-14T10:00:00+02:00</date><title>t</title>", body - 1024),
      ),
  },
  "frab XML: an element with 400,000 attributes": {
    text: () => frab(`<title ${repeatUntil(body - 1024, (i) => `a${i}="1" `)}>x</title>`),
  },
  "frab XML: a 5 MB description of tags that never close": {
    text: () => frab(`<title>Opening</title><description>${fill("&lt;a")}</description>`),
  },
  "frab XML: a 5 MB description of references": {
    text: () => frab(`<title>Opening</title><description>${fill("&amp;amp;")}</description>`),
  },
  "frab XML: a speaker with 1.7 million credentials": {
    text: () =>
      frab(`<title>Opening</title><persons><person>Jane Doe ${fill("MD ")}</person></persons>`),
  },
  "JSON: lists nested 100,000 deep": {
    text: () => `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  },
  "JSON: objects nested 100,000 deep": {
    text: () => `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`,
  },
  "JSON: lists nested 2.5 million deep": {
    text: () => `${"[".repeat(2_500_000)}${"]".repeat(2_500_000)}`,
  },
  "frab JSON: a day nested 100,000 deep": {
    text: () =>
      `{"schedule":{"conference":{"days":[${"[".repeat(100_000)}${"]".repeat(100_000)}]}}}`,
  },
  "Sessionize: a description nested 100,000 deep": {
    text: () => sessionize(`,"description":${"[".repeat(100_000)}${"]".repeat(100_000)}`),
  },
  "Sessionize: a 5 MB description of brackets": {
    text: () => sessionize(`,"description":"${fill("[{")}"`),
  },
  "Sessionize: 100,000 sessions each naming every speaker": {
    text: () => {
      const speakers = Array.from(
        { length: 10 },
        (_, i) => `{"id":"${i}","fullName":"Ann Lee${i}"}`,
      );
      const ids = Array.from({ length: 10 }, (_, i) => `"${i}"`).join(",");
      const sessions = repeatUntil(
        body - 2048,
        (i) => `{"id":"${i}","startsAt":"2026-05-14T10:00:00Z","speakers":[${ids}]},`,
      );
      return `{"sessions":[${sessions.slice(0, -1)}],"speakers":[${speakers.join(",")}]}`;
    },
  },
  "Sessionize: 1,000 speakers on every session": {
    text: () => speakersOnEverySession(body),
  },
  "Sessionize: 1,000 speakers on each of 600 sessions": {
    text: () => speakersOnEverySession(600 * 4_000),
  },
  "Sessionize: a speaker listing 1.3 million sessions that are not in the file": {
    text: () =>
      sessionize("", `[{"id":"s","fullName":"Ann Lee","sessions":[${fill('"x",').slice(0, -1)}]}]`),
  },
  "Sessionize: a 5 MB description of unclosed tags": {
    text: () => sessionize(`,"description":"${fill("<a")}"`),
  },
  "Sessionize: a 5 MB description of unclosed comments": {
    text: () => sessionize(`,"description":"${fill("<!--")}"`),
  },
  "Sessionize: a 5 MB description of unclosed paragraphs and list items": {
    text: () => sessionize(`,"description":"${fill("<p <li ")}"`),
  },
  "CSV: a 4.4 MB speakers cell": {
    text: () => csv(fill("Ann Lee; ", 4_400_000)),
    options: utc,
  },
  "CSV: a speakers cell of 2.2 million one-letter names": {
    text: () => csv(fill("a,", 4_400_000)),
    options: utc,
  },
  "CSV: a speakers cell of people joined by “and” after their affiliations": {
    text: () => csv(fill("Ann Lee (Mercy) and Bob Roe ")),
    options: utc,
  },
  "CSV: a speaker with 1.7 million credentials": {
    text: () => csv(`Jane Doe ${fill("MD ")}`),
    options: utc,
  },
  "CSV: a quote that never closes": {
    text: () => `Title,Date,Start,Speakers\r\nOpening,2026-05-14,10:00,"${fill("Ann Lee;\r\n")}`,
    options: utc,
  },
  "CSV: 740,000 rows without a date": {
    text: () => `Title,Date,Start\r\n${fill("x,y,z\r\n")}`,
    options: utc,
  },
  "CSV: 190,000 rows without a date": {
    text: () =>
      `Title,Date,Start\r\n${Array.from({ length: 190_000 }, (_, i) => `Talk ${i},x,y\r\n`).join("")}`,
    options: utc,
  },
  "CSV: 20,000 sessions of one name in 20,000 rooms": {
    text: () =>
      `Title,Date,Start,Room\r\n${Array.from({ length: 20_000 }, (_, i) => `Talk,2026-05-14,10:00,Room ${i}\r\n`).join("")}`,
    options: utc,
  },
  "CSV: 20,000 speakers of one name at 20,000 hospitals": {
    text: () =>
      `Title,Date,Start,Speakers,Affiliation\r\n${Array.from({ length: 20_000 }, (_, i) => `Talk ${i},2026-05-14,10:00,Ann Lee,Hospital ${i}\r\n`).join("")}`,
    options: utc,
  },
  "iCalendar: one property with 1.2 million parameters": {
    text: () => calendar(vevent(1, `ATTENDEE${fill(";X=1")}:mailto:a@example.org\r\n`)),
  },
  "iCalendar: a 5 MB description of unclosed tags": {
    text: () => calendar(vevent(1, `DESCRIPTION:${fill("<a")}\r\n`)),
  },
  "iCalendar: 20,000 events in one room at one time": {
    text: () =>
      calendar(Array.from({ length: 20_000 }, (_, i) => vevent(i, "LOCATION:Hall A\r\n")).join("")),
  },
  "iCalendar: 20,000 events sharing one UID": {
    text: () =>
      calendar(
        Array.from({ length: 20_000 }, (_, i) => vevent(i).replace(`UID:e${i}`, "UID:same")).join(
          "",
        ),
      ),
  },
  "iCalendar: 250,000 RDATE values": {
    text: () => calendar(vevent(1, `RDATE:${minutes(250_000)}\r\n`)),
  },
  "iCalendar: 250,000 EXDATE values": {
    text: () => calendar(vevent(1, `RRULE:FREQ=DAILY;COUNT=50\r\nEXDATE:${minutes(250_000)}\r\n`)),
  },
  "iCalendar: 2.4 million categories": {
    text: () => calendar(vevent(1, `CATEGORIES:${fill("a,")}\r\n`)),
  },
  "iCalendar: 300 attendees on events repeating 100 times": {
    text: () => {
      const attendees = Array.from(
        { length: 300 },
        (_, i) => `ATTENDEE;CN=Ann Lee${i}:mailto:a${i}@example.org\r\n`,
      ).join("");
      return calendar(
        repeatUntil(body, (i) => vevent(i, `RRULE:FREQ=DAILY;COUNT=100\r\n${attendees}`)),
      );
    },
  },
  "iCalendar: components nested 300,000 deep": {
    text: () =>
      calendar(`${"BEGIN:X\r\n".repeat(300_000)}${"END:X\r\n".repeat(300_000)}${vevent(1)}`),
  },
  "iCalendar: rules ical.js cannot expand": {
    text: () =>
      calendar(
        vevent(1, "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n") +
          vevent(2, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\n"),
      ),
  },
  "text: one 5 MB line": {
    text: () => `May 14, 2026\n10:00 ${fill("Word ")}\n`,
    options: utc,
  },
  "text: a 5 MB title of dashes": {
    text: () => `May 14, 2026\n10:00 Title${fill(" - a")}\n`,
    options: utc,
  },
  "text: a 5 MB faculty line": {
    text: () => `May 14, 2026\n10:00 Talk\nSpeakers: ${fill("Ann Lee (Mercy) and Bob Roe ")}\n`,
    options: utc,
  },
  "text: 2.6 million lines that fit nowhere": {
    text: () => `May 14, 2026\n${fill("x\n")}`,
    options: utc,
  },
  "text: 290,000 lines that fit nowhere": {
    text: () =>
      `May 14, 2026\n${Array.from({ length: 290_000 }, (_, i) => `Line ${i}\n`).join("")}`,
    options: utc,
  },
  "text: 250,000 sessions in one room": {
    text: () => `May 14, 2026\nHall A\n${"10:00-11:00 Talk\n".repeat(250_000)}`,
    options: utc,
  },
} satisfies Record<string, HostileShape>;

export type HostileShapeName = keyof typeof hostileShapes;
