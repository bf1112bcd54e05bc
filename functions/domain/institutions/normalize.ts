/** Punctuation kept as tokens: "," ends a clause (also ; : ( ) and a spaced dash), "/" joins two
 * names ("MGH/Harvard"). Names may be matched with or without them. */
export const COMMA = ",";
export const SLASH = "/";

const spelling = new Map<string, string>([
  ["st", "saint"],
  ["ste", "saint"],
  ["mt", "mount"],
  ["univ", "university"],
  ["universty", "university"],
  ["ctr", "center"],
  ["cntr", "center"],
  ["centre", "center"],
  ["hosp", "hospital"],
  ["med", "med"],
  ["medical", "med"],
  ["medicine", "med"],
  ["inst", "institute"],
  ["coll", "college"],
  ["sch", "school"],
  ["hlth", "health"],
  ["sci", "science"],
  ["sciences", "science"],
  ["dept", "department"],
  ["depts", "department"],
  ["departments", "department"],
  ["div", "division"],
  ["natl", "national"],
  ["childrens", "children"],
  ["womens", "women"],
  ["newyork", "new york"],
]);

const dropped = new Set(["the"]);
const ACCENTED = /[^ -~]/;
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2018\u2019`\u00b4]/g;
const CLAUSE = /\s[-\u2013\u2014]+\s|[,;:()[\]{}|]/g;
const TOKEN = /[a-z0-9]+|[,/]/g;

/** Lower-case word tokens of an institution name or affiliation, with spelling variants folded
 * ("St." -> saint, "Ctr" -> center, "Medicine"/"Med"/"Medical" -> med, "&" -> and), accents and
 * apostrophes removed, and "," and "/" kept as tokens. */
export function tokenize(text: string): string[] {
  let s = ACCENTED.test(text) ? text.normalize("NFKD").replace(MARKS, "") : text;
  s = s.toLowerCase().replace(APOSTROPHES, "").replace(CLAUSE, " , ").replaceAll("&", " and ");
  const out: string[] = [];
  for (const raw of s.match(TOKEN) ?? []) {
    const word = spelling.get(raw) ?? raw;
    if (dropped.has(word)) continue;
    if (word === COMMA && (out.length === 0 || out[out.length - 1] === COMMA)) continue;
    if (word.includes(" ")) out.push(...word.split(" "));
    else out.push(word);
  }
  if (out[out.length - 1] === COMMA) out.pop();
  return out;
}

/** Words that make a name an institution's rather than a bare proper name. */
export const HEAD_WORDS = new Set([
  "university",
  "college",
  "school",
  "hospital",
  "hospitals",
  "med",
  "health",
  "healthcare",
  "healthsystem",
  "clinic",
  "center",
  "institute",
  "infirmary",
  "system",
  "foundation",
  "science",
  "campus",
  "branch",
  "physicians",
  "children",
]);

/** Words an affiliation wraps around a name without changing which institution it is. */
export const FILLER_WORDS = new Set([
  "and",
  "of",
  "at",
  "for",
  "in",
  "from",
  "department",
  "division",
  "section",
  "program",
  "unit",
  "laboratory",
  "lab",
  "service",
  "surgery",
  "surgical",
  "general",
  "professor",
  "resident",
  "residency",
  "fellow",
  "chief",
  "chair",
]);

/** Head words that may follow a bare name and still mean the same institution ("Penn Medicine",
 * "Mayo Clinic Hospital", "Emory Healthcare"); "university", "college" and "institute" may not,
 * as "Miami University" or "Penn State University" is another place. */
export const SAME_PLACE_HEADS = new Set([
  "hospital",
  "hospitals",
  "med",
  "health",
  "healthcare",
  "clinic",
  "center",
  "school",
  "children",
  "cancer",
  "system",
  "physicians",
  "campus",
]);

/** Words before a name that make it part of another one ("Western Washington University"). */
export const DIRECTIONS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northeast",
  "northeastern",
  "southeast",
  "southeastern",
  "mid",
  "upper",
  "lower",
  "greater",
]);
