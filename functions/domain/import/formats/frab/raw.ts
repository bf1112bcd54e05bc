import { XMLParser } from "fast-xml-parser";

const FRAB_ARRAY_PATHS = new Set([
  "schedule.day",
  "schedule.day.room",
  "schedule.day.room.event",
  "schedule.day.room.event.persons.person",
]);

// An event's text fields are taken whole: the parser builds other text a character at a time,
// which costs a megabyte-long description seconds and hundreds of megabytes. Their text comes
// as written (untrimmed, CDATA sections and all), and the reader finishes it (xmlText).
const EVENT_TEXT = [
  "title",
  "subtitle",
  "abstract",
  "description",
  "date",
  "start",
  "duration",
  "room",
  "track",
  "type",
  "url",
  "persons.person",
];

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, jpath) => typeof jpath === "string" && FRAB_ARRAY_PATHS.has(jpath),
  stopNodes: EVENT_TEXT.map((field) => `schedule.day.room.event.${field}`),
  // Nothing is expanded here: a DOCTYPE's entities could multiply a small upload into gigabytes.
  // The reader decodes each value's character references itself (decodeXmlEntities).
  processEntities: false,
});

/** The frab XML format's raw step: the library's parse with the reader's options. */
export const parseXmlRaw = (text: string): unknown => xmlParser.parse(text);
