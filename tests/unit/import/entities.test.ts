import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../functions/domain/import/common/html";
import { importProgram } from "../../../functions/domain/import/index";
import { cast, person } from "./support";

const madrid = { timeZone: "Europe/Madrid" };

describe("character references", () => {
  it("decodes every HTML5 and XML reference in descriptions, and only with its semicolon", () => {
    expect(htmlToText("Mu&ntilde;oz &hellip; &Eacute;cole &notin; &#x1F600; &#237;")).toBe(
      "Muñoz … École ∉ 😀 í",
    );
    expect(htmlToText("<p>AT&T, R&D; &eacute without its semicolon</p>")).toBe(
      "AT&T, R&D; &eacute without its semicolon",
    );
    expect(htmlToText("&lt;b&gt; stays text, &amp;amp; decodes once")).toBe(
      "<b> stays text, &amp; decodes once",
    );
  });

  it("frab XML: numeric references in titles, rooms and tracks, escaped HTML in abstracts", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Congreso de Cirug&#237;a 2026</title><time_zone_name>Europe/Madrid</time_zone_name></conference>
  <day date="2026-10-20">
    <room name="Sal&#243;n A">
      <event guid="e1" id="1">
        <date>2026-10-20T09:00:00+02:00</date>
        <duration>01:00</duration>
        <room>Sal&#243;n A</room>
        <title>Cirug&#237;a rob&#xF3;tica: lo que aprendimos</title>
        <track>Cirug&#237;a General</track>
        <type>Mesa redonda &amp;amp; debate</type>
        <abstract>&lt;p&gt;Caf&amp;eacute; &amp;amp; m&amp;aacute;s&lt;/p&gt;</abstract>
        <persons>
          <person id="1">Ana Mu&amp;ntilde;oz, MD (Hospital Cl&#237;nic)</person>
          <person id="2">Jos&eacute; P&#233;rez</person>
        </persons>
      </event>
    </room>
  </day>
</schedule>`;
    const { program } = importProgram(xml);
    expect(program.conference.title).toBe("Congreso de Cirugía 2026");
    expect(program.sessions[0]).toMatchObject({
      title: "Cirugía robótica: lo que aprendimos",
      room: "Salón A",
      track: "Cirugía General",
      kind: "Mesa redonda & debate",
      description: "Café & más",
    });
    expect(cast(program, "Cirugía robótica: lo que aprendimos")).toEqual([
      "speaker:Ana Muñoz",
      "speaker:José Pérez",
    ]);
    expect(person(program, "Ana Muñoz")).toMatchObject({
      credentials: ["MD"],
      affiliation: "Hospital Clínic",
    });
    expect(program.warnings).toEqual([]);
  });

  it("frab XML: CDATA is taken as written, and markup written into a description is read", () => {
    const xml = `<schedule>
  <conference><title>T</title><time_zone_name>Europe/Madrid</time_zone_name></conference>
  <day date="2026-10-20"><room name="A"><event guid="e1">
    <date>2026-10-20T09:00:00+02:00</date>
    <title><![CDATA[Q&A: <tips> & tricks]]></title>
    <abstract><![CDATA[<p>Caf&eacute; &amp; more</p>]]></abstract>
    <description><p>One</p><p>Two &amp;amp; three</p></description>
  </event></room></day>
</schedule>`;
    const { program } = importProgram(xml);
    expect(program.sessions[0]).toMatchObject({
      title: "Q&A: <tips> & tricks",
      description: "Café & more\n\nOne\n\nTwo & three",
    });
  });

  it("frab JSON (pretalx): named references in titles, types, rooms and speaker names", () => {
    const json = JSON.stringify({
      schedule: {
        conference: {
          title: "Jornadas de Cirug&iacute;a",
          time_zone_name: "Europe/Madrid",
          days: [
            {
              date: "2026-10-20",
              rooms: {
                "Sal&oacute;n 1": [
                  {
                    id: 7,
                    guid: "g7",
                    date: "2026-10-20T10:00:00+02:00",
                    duration: "00:45",
                    title: "Tumores g&aacute;stricos &ndash; estado actual",
                    type: "Ponencia &amp; coloquio",
                    track: "Oncolog&iacute;a",
                    persons: [{ public_name: "Jos&eacute; Mu&ntilde;oz, MD" }],
                  },
                ],
              },
            },
          ],
        },
      },
    });
    const { program } = importProgram(json);
    expect(program.conference.title).toBe("Jornadas de Cirugía");
    expect(program.sessions[0]).toMatchObject({
      title: "Tumores gástricos – estado actual",
      room: "Salón 1",
      track: "Oncología",
      kind: "Ponencia & coloquio",
    });
    expect(person(program, "José Muñoz")).toMatchObject({ credentials: ["MD"] });
  });

  it("Sessionize: names, taglines, titles, rooms and categories", () => {
    const json = JSON.stringify({
      sessions: [
        {
          id: "1",
          title: "Hernia &amp; Abdominal Wall",
          description: "<p>Repair &ndash; what&rsquo;s new</p>",
          startsAt: "2026-10-20T11:00:00",
          endsAt: "2026-10-20T12:00:00",
          speakers: ["s1"],
          categoryItems: [10],
          roomId: 3,
        },
      ],
      speakers: [
        {
          id: "s1",
          fullName: "Zo&euml; O&#39;Brien",
          tagLine: "Jefa de Cirug&iacute;a, Hospital Cl&iacute;nic",
          bio: "Trained in Bogot&aacute;.",
        },
      ],
      rooms: [{ id: 3, name: "Sal&oacute;n Real" }],
      categories: [{ id: 1, title: "Track", items: [{ id: 10, name: "Cirug&iacute;a General" }] }],
    });
    const { program } = importProgram(json, madrid);
    expect(program.sessions[0]).toMatchObject({
      title: "Hernia & Abdominal Wall",
      description: "Repair – what’s new",
      room: "Salón Real",
      track: "Cirugía General",
    });
    expect(person(program, "Zoë O'Brien")).toMatchObject({
      title: "Jefa de Cirugía",
      affiliation: "Hospital Clínic",
      bio: "Trained in Bogotá.",
    });
  });

  it("CSV: references are decoded before the speaker and affiliation cells are split on ;", () => {
    const csv = [
      "Title,Date,Start,End,Room,Speakers,Affiliation",
      `Q&amp;A &ndash; Hernia,2026-10-20,13:00,14:00,Sal&oacute;n B,"Ana Mu&ntilde;oz, MD; Bob Lee","Hospital Cl&iacute;nic; St Mary&#8217;s"`,
    ].join("\n");
    const { program } = importProgram(csv, madrid);
    expect(program.sessions[0]).toMatchObject({ title: "Q&A – Hernia", room: "Salón B" });
    expect(cast(program, "Q&A – Hernia")).toEqual(["speaker:Ana Muñoz", "speaker:Bob Lee"]);
    expect(person(program, "Ana Muñoz")).toMatchObject({
      credentials: ["MD"],
      affiliation: "Hospital Clínic",
    });
    expect(person(program, "Bob Lee")).toMatchObject({ affiliation: "St Mary’s" });
    expect(program.warnings).toEqual([]);
  });

  it("iCalendar: summaries, locations, categories, attendee names and faculty lines", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "X-WR-CALNAME:Congreso de Cirug&iacute;a",
      "BEGIN:VEVENT",
      "UID:c1",
      "DTSTART;TZID=Europe/Madrid:20261020T150000",
      "DTEND;TZID=Europe/Madrid:20261020T160000",
      "SUMMARY:Cirug&iacute;a rob&oacute;tica",
      "LOCATION:Sal&oacute;n B",
      "CATEGORIES:Cirug&iacute;a General",
      'ATTENDEE;CN="Mu&ntilde;oz, Ana":mailto:ana@example.org',
      "DESCRIPTION:Moderators: Jos&eacute; P&eacute;rez, MD\\nUn debate &ndash; abierto",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const { program } = importProgram(ics);
    expect(program.conference.title).toBe("Congreso de Cirugía");
    expect(program.sessions[0]).toMatchObject({
      title: "Cirugía robótica",
      room: "Salón B",
      track: "Cirugía General",
      description: "Un debate – abierto",
    });
    expect(cast(program, "Cirugía robótica")).toEqual([
      "speaker:Ana Muñoz",
      "moderator:José Pérez",
    ]);
  });
});
