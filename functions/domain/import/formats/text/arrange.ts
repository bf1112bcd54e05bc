import {
  type Clock,
  closeSpacedColons,
  readClock,
  readRange,
  type TimeRange,
} from "../../time/times";
import type { LineToken } from "./lex";

// A rest that only names the zone the time is in: "(PDT)", "(CET)", "(UTC+9)".
const ZONE_ONLY = /^\((?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2})?\)$/;
// A line giving the same slot in other zones: "10:00am - 10:45am (EDT) | 15:00pm … (GMT) | …".
const OTHER_ZONES = /^\([A-Z]{2,5}[^)]*\)\s*\|/;
// A time in brackets inside a line: "Session 1 (9.00 am - 10.00 am)", "Live Surgery ( 10:30 am-3.00 pm)- Venue",
// "Debate - (6-7pm)", "CULTURAL PROGRAMME ( 7 – 7:30 pm)".
const BRACKETED = /\(\s*(\d{1,2}[^()]{1,40})\)/g;
const TRAILING_SEPARATORS = /[\s:,–—-]+$/;
const CLOCK_START = /^\d{1,2}[:.h]\d{2}/;
// Fewer times than this are no layout of their own.
const MIN_BLOCKS = 3;

type Timed = Extract<LineToken, { kind: "range" | "clock" }>;

const isTimed = (t: LineToken | undefined): t is Timed =>
  t !== undefined && (t.kind === "range" || t.kind === "clock");

/** A time range or a clock with minutes and AM/PM ("8:45 am"; not "5 pm") that uses all of
 * `text`. */
function wholeTime(text: string): { range?: TimeRange; clock?: Clock } | undefined {
  const t = closeSpacedColons(text).trim();
  const range = readRange(t);
  if (range && t.slice(range.length).trim() === "") return { range };
  const single = readClock(t);
  if (single?.clock.meridiem && t.slice(single.length).trim() === "" && /[:.h]\d\d/.test(t))
    return { clock: single.clock };
  return undefined;
}

type Found = { time: NonNullable<ReturnType<typeof wholeTime>>; title: string };

/** The first bracket of the line that holds a time and nothing else, with the title around it. */
function bracketedTime(text: string): Found | undefined {
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const time = wholeTime(m[1] as string);
    if (!time) continue;
    const after = text.slice(m.index + m[0].length).replace(/^[\s–—-]+/, "");
    const title = text.slice(0, m.index).replace(TRAILING_SEPARATORS, "");
    return { time, title: after === "" ? title : `${title} – ${after}` };
  }
  return undefined;
}

/** A time or range that ends the line, with the title before it. */
function trailingTime(text: string): Found | undefined {
  const last = text.charCodeAt(text.length - 1);
  // Only lines ending in a digit or "m"/"M" (am, pm) can end with a time.
  if (!((last >= 0x30 && last <= 0x39) || last === 0x6d || last === 0x4d || last === 0x2e))
    return undefined;
  let found: Found | undefined;
  for (let i = text.length - 4; i > 0; i--) {
    const c = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (!(c >= 0x30 && c <= 0x39) || (before >= 0x30 && before <= 0x39) || before === 0x3a)
      continue;
    if (before !== 0x20 && before !== 0x2d && before !== 0x2013) continue;
    // A clock found, a range ending in it may start further left ("9:40 – 10:00 AM"), when
    // its start has minutes too ("Lecture 3 - 9:40 AM" keeps its number).
    const rest = text.slice(i);
    if (found && !CLOCK_START.test(rest)) continue;
    const time = wholeTime(rest);
    if (!time || (found && !time.range)) continue;
    found = { time, title: text.slice(0, i).replace(TRAILING_SEPARATORS, "") };
    if (time.range) break;
  }
  return found;
}

/** "Session 1 (9.00 am - 10.00 am)", "Introduction 8:45 am", "Session 11 05:45-06:30 pm": a title
 * with its time after it, as a time line with the title as its rest. A bracket that holds no
 * time ("Keynote (1 hour) 9:00 - 10:00 am") leaves the line's end to be looked at. */
function timeAfterTitle(token: LineToken): LineToken | undefined {
  const text = token.text;
  const found = (text.indexOf("(") >= 0 ? bracketedTime(text) : undefined) ?? trailingTime(text);
  if (!found || found.title === "") return undefined;
  const { time, title } = found;
  const base = { line: token.line, text, rest: title, gap: token.gap };
  return time.range
    ? { kind: "range", range: time.range, ...base }
    : { kind: "clock", clock: time.clock as Clock, ...base };
}

/** Whether a text token can be a session's title written above its time. */
const titleLike = (t: LineToken | undefined): boolean =>
  t !== undefined && t.kind === "text" && !t.cell;

/** The second pass over the tokens, for layouts one line cannot tell: times written after their
 * title, the same slot repeated in other zones, and titles written on the line above a time that
 * stands alone. A line above a lone time is its title when the line after it is not (it is a
 * faculty line, another time, or follows a blank line); where both could be, the text's other
 * lone times decide. */
export function arrangeTokens(tokens: LineToken[]): LineToken[] {
  const out: LineToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i] as LineToken;
    if (t.kind === "text") t = timeAfterTitle(t) ?? t;
    if (isTimed(t)) {
      if (ZONE_ONLY.test(t.rest)) t = { ...t, rest: "" };
      const previous = out[out.length - 1];
      if (isTimed(previous) && previous.rest === "" && !t.gap && OTHER_ZONES.test(t.rest)) continue;
    }
    out.push(t);
  }
  return blocksAbove(out) ?? titlesAbove(out);
}

// A part of the day on a line of its own ("manhã", "TARDE", "Afternoon"): a label above sessions.
const PART_OF_DAY =
  /^(?:manh[ãa]|tarde|noite|ma[ñn]ana|noche|morning|afternoon|evening|matin|apr[èe]s-midi|soir|mattina|pomeriggio|sera)$/i;

/** Times that close the lines above them, as cards print a talk's title, speaker and room and
 * then its time ("Title", "Prof. Name - SP", "Auditório", "08:00-09:00"), and the text ends on a
 * time: each time moves up to head its block. The first block keeps above it what is longer
 * than the longest later block (the page's headings), and part-of-day labels stay where they
 * are. Undefined when the times do not close blocks so: three at least, each alone on its
 * line, with text lines between them and no other time. */
function blocksAbove(tokens: LineToken[]): LineToken[] | undefined {
  const times: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as LineToken;
    if (isTimed(t)) {
      if (t.rest !== "" || (times.length > 0 && times[times.length - 1] === i - 1))
        return undefined;
      times.push(i);
    } else if (t.kind !== "text" && times.length > 0) return undefined;
  }
  const last = times[times.length - 1];
  if (times.length < MIN_BLOCKS || last !== tokens.length - 1) return undefined;
  const isLabel = (t: LineToken) => t.kind === "text" && PART_OF_DAY.test(t.text);
  let longest = 0;
  for (let k = 1; k < times.length; k++) {
    const block = tokens.slice((times[k - 1] as number) + 1, times[k]);
    longest = Math.max(longest, block.filter((t) => !isLabel(t)).length);
  }
  const out: LineToken[] = [];
  let from = 0;
  for (const [k, at] of times.entries()) {
    const block = tokens.slice(from, at);
    out.push(...block.filter(isLabel));
    const lines = block.filter((t) => !isLabel(t));
    // The page's headings above the first card.
    const head = k === 0 ? Math.max(0, lines.length - longest) : 0;
    out.push(...lines.slice(0, head), tokens[at] as LineToken, ...lines.slice(head));
    from = at + 1;
  }
  return out;
}

/** A time alone on its line right under a text line: `above` when that line must be its title
 * (the line under the time is no title), `below` when the line under it must be (it is not the
 * title of another lone time); neither when both could be. */
type Lone = { at: number; above: boolean; below: boolean };

const lonely = (t: LineToken | undefined): boolean => isTimed(t) && t.rest === "" && !t.gap;

/** A time under a label ("Duração: 08:15 - 08:30 min."), which times the text line above it,
 * with or without a blank line between. */
const labelledTime = (t: LineToken | undefined): boolean =>
  t?.kind === "range" && t.labelled === true;

function titlesAbove(tokens: LineToken[]): LineToken[] {
  const lone: Lone[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (labelledTime(tokens[i]) && titleLike(tokens[i - 1])) {
      lone.push({ at: i, above: true, below: false });
      continue;
    }
    if (!lonely(tokens[i]) || !titleLike(tokens[i - 1])) continue;
    const next = tokens[i + 1];
    const nextText = titleLike(next) && !next?.gap;
    const titlesAnother = nextText && lonely(tokens[i + 2]);
    lone.push({ at: i, above: !nextText, below: nextText && !titlesAnother });
  }
  if (lone.length === 0) return tokens;
  let aboveVotes = 0;
  let belowVotes = 0;
  for (const l of lone) {
    if (l.above) aboveVotes++;
    if (l.below) belowVotes++;
  }
  const taken = new Set<number>();
  for (const l of lone) {
    const undecided = !l.above && !l.below;
    if (!(l.above || (undecided && aboveVotes > belowVotes)) || taken.has(l.at - 1)) continue;
    const t = tokens[l.at] as Timed;
    tokens[l.at] = { ...t, rest: (tokens[l.at - 1] as LineToken).text };
    taken.add(l.at - 1);
  }
  return taken.size === 0 ? tokens : tokens.filter((_, i) => !taken.has(i));
}
