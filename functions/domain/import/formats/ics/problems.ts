/** What ical.js says when it stops, put in the words of someone fixing the file, with the line
 * it stopped at where the message lets it be found. */

const kinds: [RegExp, string][] = [
  [
    /^invalid line \(no token/,
    "is not an iCalendar property: each line needs a name and a colon, as in SUMMARY:Opening session",
  ],
  [/component began but did not end/, "opens a BEGIN: block that no END: line closes"],
  [/ending was found that has not been started/, "closes an END: block that no BEGIN: line opened"],
  [/invalid parameter|parameter/i, "has parameters (between ; and :) that cannot be read"],
];

/** The line of `lines` (numbered from `firstLine`) that the message quotes, if it quotes one. */
function quotedLine(why: string, lines: readonly string[], firstLine: number) {
  const quoted = /(["'])([^"']{1,200})\1\s*$/.exec(why)?.[2]?.trim();
  if (!quoted) return undefined;
  const at = lines.findIndex((line) => line.trim() === quoted);
  return at < 0 ? undefined : { number: firstLine + at, text: quoted };
}

/** "line 7 (“not a property”) is not an iCalendar property: …", or without the line where the
 * message names none: "the event opens a BEGIN: block that no END: line closes". */
export function explainIcalProblem(
  why: string,
  lines: readonly string[],
  firstLine: number,
  subject: "the calendar" | "the event",
): string {
  const what = kinds.find(([pattern]) => pattern.test(why))?.[1] ?? "cannot be read";
  const line = quotedLine(why, lines, firstLine);
  if (!line) return `${subject} ${what}`;
  const shown = line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text;
  return `line ${line.number} (“${shown}”) ${what}`;
}
