import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import Papa from "papaparse";
import type { Format } from "../../../schemas/program";
import { tokenizeText } from "./text/lex";

// The raw step of each format: exactly the library call (or, for text, the lexing pass) the
// readers make. The benchmark times these against the whole import, so they live in one place.

const FRAB_ARRAY_PATHS = new Set([
  "schedule.day",
  "schedule.day.room",
  "schedule.day.room.event",
  "schedule.day.room.event.persons.person",
]);

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, jpath) => typeof jpath === "string" && FRAB_ARRAY_PATHS.has(jpath),
  processEntities: {
    enabled: true,
    maxTotalExpansions: Number.MAX_SAFE_INTEGER,
    maxExpandedLength: Number.MAX_SAFE_INTEGER,
  },
});

const csvConfig: Papa.ParseConfig<string[]> = { header: false, skipEmptyLines: "greedy" };

export const parseIcalRaw = (text: string): unknown => ICAL.parse(text);
export const parseXmlRaw = (text: string): unknown => xmlParser.parse(text);
export const parseJsonRaw = (text: string): unknown => JSON.parse(text);
export const parseCsvRaw = (text: string): Papa.ParseResult<string[]> =>
  Papa.parse<string[]>(text, csvConfig);

/** The raw parse of each format, with the options the importer uses. */
export const rawParsers: Record<Format, (text: string) => unknown> = {
  ics: parseIcalRaw,
  "frab-xml": parseXmlRaw,
  "frab-json": parseJsonRaw,
  sessionize: parseJsonRaw,
  csv: parseCsvRaw,
  text: tokenizeText,
};
