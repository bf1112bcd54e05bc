import { decodeHTMLStrict, decodeXML } from "entities";

// The only place the importer decodes character references. Most text has no "&" at all, and
// looking for one is far cheaper than the decoder's own pass.

/** Text with every HTML5 named and numeric character reference decoded ("Mu&ntilde;oz",
 * "Cirug&#237;a"). A reference needs its semicolon, so "AT&T" and "R&D" stay as written. */
export function decodeEntities(text: string): string {
  return text.indexOf("&") < 0 ? text : decodeHTMLStrict(text);
}

/** XML's own layer of references (the five named ones and numeric ones) in an XML value; what
 * is left is the source's text, which may still carry HTML references of its own. */
export function decodeXmlEntities(text: string): string {
  return text.indexOf("&") < 0 ? text : decodeXML(text);
}
