import { fold } from "./program-view";
import { timeZones } from "./zones";

/** Names people use for a zone that its IANA name does not contain: regions, abbreviations,
 * countries, large cities, and city names newer or older than the browser's list. The first zone listed for a name is the one most people mean. */
const aliases: [zone: string, names: string[]][] = [
  [
    "America/New_York",
    [
      "eastern time",
      "eastern",
      "et",
      "est",
      "edt",
      "boston",
      "washington",
      "philadelphia",
      "atlanta",
      "miami",
    ],
  ],
  [
    "America/Chicago",
    [
      "central time",
      "central",
      "ct",
      "cst",
      "cdt",
      "houston",
      "dallas",
      "minneapolis",
      "st louis",
      "new orleans",
    ],
  ],
  ["America/Denver", ["mountain time", "mountain", "mt", "mst", "mdt", "salt lake city"]],
  ["America/Phoenix", ["arizona", "mst"]],
  [
    "America/Los_Angeles",
    ["pacific time", "pacific", "pt", "pst", "pdt", "san francisco", "seattle", "san diego"],
  ],
  ["America/Anchorage", ["alaska", "akst", "akdt"]],
  ["Pacific/Honolulu", ["hawaii", "hst"]],
  ["America/Halifax", ["atlantic time", "ast", "adt"]],
  ["America/Toronto", ["montreal", "ottawa", "eastern time", "est", "edt"]],
  ["America/Sao_Paulo", ["brasilia", "brazil", "rio de janeiro"]],
  ["America/Mexico_City", ["mexico"]],
  ["UTC", ["coordinated universal time", "utc", "gmt", "z"]],
  ["Europe/London", ["united kingdom", "uk", "britain", "england", "gmt", "bst"]],
  ["Europe/Dublin", ["ireland"]],
  ["Europe/Paris", ["central european time", "cet", "cest", "france"]],
  ["Europe/Berlin", ["germany", "cet", "cest", "munich", "frankfurt"]],
  ["Europe/Madrid", ["spain", "barcelona"]],
  ["Europe/Rome", ["italy", "milan"]],
  ["Europe/Amsterdam", ["netherlands"]],
  ["Europe/Zurich", ["switzerland", "geneva"]],
  ["Europe/Athens", ["eastern european time", "eet", "eest", "greece"]],
  ["Europe/Istanbul", ["turkey"]],
  ["Europe/Moscow", ["msk", "russia"]],
  ["Asia/Dubai", ["gulf", "gst", "united arab emirates", "uae", "abu dhabi"]],
  ["Asia/Riyadh", ["saudi arabia", "jeddah"]],
  [
    "Asia/Kolkata",
    ["india", "ist", "kolkata", "calcutta", "new delhi", "delhi", "mumbai", "bangalore", "chennai"],
  ],
  ["Asia/Karachi", ["pakistan", "pkt", "lahore", "islamabad"]],
  ["Asia/Dhaka", ["bangladesh"]],
  ["Asia/Ho_Chi_Minh", ["vietnam", "ho chi minh", "saigon"]],
  ["Asia/Shanghai", ["china", "beijing", "cst"]],
  ["Asia/Hong_Kong", ["hkt"]],
  ["Asia/Singapore", ["sgt"]],
  ["Asia/Manila", ["philippines", "pht"]],
  ["Asia/Tokyo", ["japan", "jst"]],
  ["Asia/Seoul", ["korea", "kst"]],
  ["Australia/Sydney", ["aest", "aedt", "melbourne", "canberra"]],
  ["Africa/Cairo", ["egypt"]],
  ["Africa/Lagos", ["nigeria", "wat"]],
  ["Africa/Nairobi", ["kenya", "eat"]],
  ["Africa/Johannesburg", ["south africa", "sast", "cape town"]],
];

interface Entry {
  zone: string;
  /** The zone's place, as people write it: "America/New_York" is "new york". */
  city: string;
  /** The whole IANA name with its separators as spaces. */
  words: string;
}

let entries: Entry[] | undefined;

function allEntries(): Entry[] {
  entries ??= [...new Set(["UTC", ...timeZones])].map((zone) => ({
    zone,
    city: fold(zone.slice(zone.lastIndexOf("/") + 1).replaceAll("_", " ")),
    words: fold(zone.replaceAll(/[/_]/g, " ")),
  }));
  return entries;
}

/** Up to `limit` IANA zones for what a person typed: a city ("new york"), a region ("Eastern
 * Time"), an abbreviation ("EST"), a country, or the IANA name itself; the likeliest first. */
export function searchZones(query: string, limit = 8): string[] {
  const q = fold(query).trim().replaceAll(/\s+/g, " ");
  if (q === "") return [];
  const found: string[] = [];
  const add = (zone: string) => {
    if (!found.includes(zone)) found.push(zone);
  };
  for (const [zone, names] of aliases) if (names.includes(q)) add(zone);
  const all = allEntries();
  for (const e of all) if (e.city === q || fold(e.zone) === q) add(e.zone);
  for (const e of all) if (e.city.startsWith(q)) add(e.zone);
  if (q.length >= 2) {
    for (const [zone, names] of aliases) if (names.some((n) => n.startsWith(q))) add(zone);
  }
  for (const e of all) if (e.words.includes(q)) add(e.zone);
  return found.slice(0, limit);
}

/** "Eastern Time, GMT-5 now": how a zone is known, in this browser's words, for a choice in the
 * list. */
export function zoneDescription(zone: string, now = new Date()): string {
  const name = (style: "longGeneric" | "shortOffset") =>
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: style })
      .formatToParts(now)
      .find((p) => p.type === "timeZoneName")?.value ?? "";
  const generic = name("longGeneric");
  const offset = name("shortOffset");
  // Zones without a name of their own get an offset as their "name": say it once.
  return generic && !generic.startsWith("GMT") ? `${generic}, ${offset} now` : `${offset} now`;
}
