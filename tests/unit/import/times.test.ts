import { describe, expect, it } from "vitest";
import {
  type Clock,
  placeEnd,
  placeStart,
  readClock,
  readRange,
} from "../../../functions/domain/import/time/times";

function bare(hour: number, minute = 0): Clock {
  return { hour, minute, leadingZero: false };
}

describe("bare hours", () => {
  it("with nothing to go by reads 7–11 as morning, 12 as noon, 1–5 as afternoon; 1–6 warn", () => {
    expect(placeStart(bare(9))).toEqual({ start: 540 });
    expect(placeStart(bare(12, 15))).toEqual({ start: 735 });
    expect(placeStart(bare(6, 30))).toEqual({
      start: 390,
      note: "Read “6:30” as 6:30 AM; write AM or PM if that is wrong",
    });
    expect(placeStart(bare(5, 45))).toEqual({
      start: 1065,
      note: "Read “5:45” as 5:45 PM; write AM or PM if that is wrong",
    });
    expect(placeStart({ ...bare(1, 30), leadingZero: true })).toEqual({ start: 90 });
  });

  it("keeps the day going forward from the previous start, allowing an hour back", () => {
    expect(placeStart(bare(5, 45), undefined, 390)).toEqual({ start: 345 });
    expect(placeStart(bare(1, 30), undefined, 420)).toEqual({ start: 810 });
    expect(placeStart(bare(6), undefined, 960)).toEqual({ start: 1080 });
    expect(placeStart(bare(8, 30), undefined, 1080)).toEqual({ start: 1230 });
  });

  it("starts over, as if alone, when a morning hour comes long after the previous start", () => {
    // The next room's column of sessions after one that ran to 3:00 PM.
    const note = (t: string) => `Read “${t}” as ${t} AM; write AM or PM if that is wrong`;
    expect(placeStart(bare(8), undefined, 900)).toEqual({ start: 480, note: note("8:00") });
    expect(placeStart(bare(9), undefined, 960)).toEqual({ start: 540, note: note("9:00") });
    expect(placeStart(bare(8), undefined, 1380)).toEqual({ start: 480, note: note("8:00") });
    // After a morning session, starting over needs no word.
    expect(placeStart(bare(8), undefined, 660)).toEqual({ start: 480 });
  });

  it("shares the end's AM/PM unless that puts the start after the end", () => {
    expect(placeStart(bare(11, 30), { ...bare(1), meridiem: "pm" }, 1000)).toEqual({ start: 690 });
    expect(placeStart(bare(9), { ...bare(10), meridiem: "pm" })).toEqual({ start: 1260 });
  });

  it("reads a start with a leading zero as 12-hour time when the end has AM or PM", () => {
    // As BreastBDCon 2025 prints its sixth session: "Session 6 (01:15 -02:15 pm)".
    expect(readRange("01:15 -02:15 pm")).toMatchObject({ start: 795, end: 855 });
    expect(readRange("08:00 - 09:30 am")).toMatchObject({ start: 480, end: 570 });
    // Without AM or PM anywhere, a leading zero still means 24-hour time.
    expect(readRange("01:15-02:15")).toMatchObject({ start: 75, end: 135 });
  });

  it("reads a zero-padded time as 12-hour where 24-hour time would go back in the day", () => {
    // BreastBDCon 2025: "Session 7 (03:00 pm-03:45 pm)", then "Session 8 (03:45-04:45)".
    const padded = (hour: number, minute: number) => ({ hour, minute, leadingZero: true });
    const start = placeStart(padded(3, 45), padded(4, 45), 900);
    expect(start).toEqual({ start: 945 });
    expect(placeEnd(padded(4, 45), start.start)).toBe(1005);
    // Going forward, it is still 24-hour time.
    expect(placeStart(padded(9, 0), padded(10, 0), 480)).toEqual({ start: 540 });
    expect(placeEnd(padded(10, 0), 540)).toBe(600);
  });

  it("ends at the first reading after the start", () => {
    expect(placeEnd(bare(1), 720)).toBe(780);
    expect(placeEnd(bare(10, 30), 540)).toBe(630);
    expect(placeEnd({ ...bare(1), meridiem: "am" }, 1380)).toBe(60);
  });
});

describe("readRange and readClock", () => {
  it("reads 12 without AM/PM as noon and keeps “Noon” after another hour for the title", () => {
    expect(readRange("12:00-1:00 Noon Lecture")).toMatchObject({
      start: 720,
      end: 780,
      length: 11,
    });
    expect(readRange("12 noon – 1:30 pm Lunch")).toMatchObject({ start: 720, end: 810 });
    expect(readClock("12:30 Lunch")).toMatchObject({ clock: { hour: 12, minute: 30 } });
  });

  it("reads the times real programs write: unit words, compact 24-hour, doubled dashes, 24-hour with pm", () => {
    expect(readRange("9:00 – 10:45 Uhr Workshops")).toMatchObject({
      start: 540,
      end: 645,
      length: 16,
    });
    expect(readRange("0845-0900 Introduction")).toMatchObject({ start: 525, end: 540, length: 9 });
    // "h" written on the time, as the BRASOStbt 2019 program page does; a spaced "H." is a name.
    expect(readClock("20:30h : ABERTURA")).toEqual({
      clock: { hour: 20, minute: 30, leadingZero: false },
      length: 6,
    });
    expect(readRange("8:15h - 12:20h – Sessão 1")).toMatchObject({
      start: 495,
      end: 740,
      length: 14,
    });
    expect(readClock("9:00 H. Smith")).toEqual({
      clock: { hour: 9, minute: 0, leadingZero: false },
      length: 5,
    });
    expect(readRange("11:10am -- 12:00pm Oral Talks")).toMatchObject({ start: 670, end: 720 });
    expect(readRange("11:30am - 13:30pm (EDT)")).toMatchObject({ start: 690, end: 810 });
    expect(readRange("9 a.m. – 12 a.m. – scientific programme")).toMatchObject({
      start: 540,
      end: 720,
    });
    expect(readClock("13:30pm")).toMatchObject({ clock: { hour: 13, minute: 30 } });
    expect(readRange("1214 1245")).toBeUndefined();
    // A whole hour with a unit word, as the Santos pediatrics day writes them; alone, a number.
    expect(readClock("14 horas – Convulsão febril")).toEqual({
      clock: { hour: 14, minute: 0, leadingZero: false },
      length: 8,
    });
    expect(readClock("9 heures Accueil")).toMatchObject({ clock: { hour: 9 }, length: 8 });
    expect(readClock("3 talks on hernia")).toBeUndefined();
    expect(readClock("3 hours CE")).toBeUndefined();
    // Korean and Japanese programs join a range with a tilde or a wave dash.
    expect(readRange("09:00~09:20")).toMatchObject({ start: 540, end: 560, length: 11 });
    expect(readRange("13:40〜15:20")).toMatchObject({ start: 820, end: 920 });
  });

  it("refuses hours that AM/PM or the clock cannot hold", () => {
    expect(readClock("13:00 am")).toBeUndefined();
    expect(readClock("25:00 pm")).toBeUndefined();
    expect(readRange("9:00-25:00")).toBeUndefined();
  });
});

describe("hours written with h", () => {
  it("reads a whole hour ending in h, and ranges joined by às or a", () => {
    expect(readClock("07h")).toEqual({
      clock: { hour: 7, minute: 0, leadingZero: true },
      length: 3,
    });
    expect(readClock("10h15 Intervalo")?.clock).toEqual({
      hour: 10,
      minute: 15,
      leadingZero: false,
    });
    expect(readRange("8h às 12h30")).toMatchObject({ start: 480, end: 750, length: 11 });
    expect(readRange("9:00 a 10:00")).toMatchObject({ start: 540, end: 600, length: 12 });
    // "h" before a word is no hour: "7 hospitals".
    expect(readClock("7 hospitals")).toBeUndefined();
    expect(readClock("7hospitals")).toBeUndefined();
  });
});
