import type { Format } from "../../../schemas/program";
import { parseJsonRaw } from "./common/json";
import { parseCsvRaw } from "./formats/csv/raw";
import { parseXmlRaw } from "./formats/frab/raw";
import { parseIcalRaw } from "./formats/ics/raw";
import { tokenizeText } from "./formats/text/lex";

/** The raw step of each format: exactly the library call (or, for text, the lexing pass) its
 * reader makes. The benchmark times these against the whole import. */
export const rawParsers: Record<Format, (text: string) => unknown> = {
  ics: parseIcalRaw,
  "frab-xml": parseXmlRaw,
  "frab-json": parseJsonRaw,
  sessionize: parseJsonRaw,
  csv: parseCsvRaw,
  text: tokenizeText,
};
