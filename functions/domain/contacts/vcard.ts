import ICAL from "ical.js";
import * as v from "valibot";
import {
  type Contact,
  type ContactFields,
  contactFieldsSchema,
  contactLimits,
} from "../../../schemas/contact";
import { mailAddress } from "../../../schemas/text";
import { DomainError } from "../errors";
import { credentialList } from "../import/people/credentials";
import { parsePersonName } from "../import/people/people";
import { splitName } from "./names";
import { firstCard } from "./vcard-text";
import { components, cut, multiLine, oneLine, preferredFirst, textOf } from "./vcard-values";

export type VcardFields = Partial<ContactFields> & { name: string };
export type VcardReading = { fields: VcardFields; warnings: string[] };

const maxName = 200;
const maxCredentials = 12;
const HTTP = /^https?:\/\//i;
// A bare host with an optional path, as cards often carry ("www.hospital.org/surgery").
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]|$)/i;

const unreadable = () =>
  new DomainError(
    "contact.vcard_unreadable",
    "This contact card could not be read: some of its lines are not in vCard form. Copy the card's text again, from BEGIN:VCARD to END:VCARD.",
  );

const noName = () =>
  new DomainError(
    "contact.vcard_unreadable",
    "This contact card has no name, so it cannot become a contact. Add the person by hand instead.",
  );

/** For warnings: the value as the user would recognise it, kept short. */
const quoted = (text: string) => `“${text.length > 80 ? `${cut(text, 79)}…` : text}”`;

/** Reads a pasted vCard (2.1, 3.0 or 4.0) into contact fields: name and credentials from FN
 * (or N), title from TITLE and ROLE, institution from ORG's first unit, the preferred valid
 * email, a LinkedIn link before any other web address, and the notes. What is left out or cut
 * is said in `warnings`; a paste that is not a card, or a card without a name, is refused. */
export function readVcard(text: string): VcardReading {
  const card = firstCard(text);
  const warnings: string[] = [];
  if (card.cards > 1) {
    warnings.push(
      `The text holds ${card.cards} cards; only the first was read. Add the others one at a time.`,
    );
  }
  if (card.unterminated) {
    warnings.push("The card has no END:VCARD line; it was read to the end of the text.");
  }
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(card.text));
  } catch {
    throw unreadable();
  }
  try {
    return { fields: fieldsOf(component, warnings), warnings };
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw unreadable();
  }
}

function fieldsOf(card: ICAL.Component, warnings: string[]): VcardFields {
  const firstText = (name: string) =>
    card
      .getAllProperties(name)
      .map((prop) => oneLine(textOf(prop)))
      .find((value) => value !== "") ?? "";
  const n = card.getAllProperties("n")[0];
  const [family = "", given = "", , , suffix = ""] = n ? components(n).map(oneLine) : [];
  const written = firstText("fn") || oneLine(`${given} ${family}`);
  if (written === "") throw noName();
  const person = parsePersonName(written);
  const credentials = [...person.credentials];
  for (const part of suffix.split(/[\s,]+/)) {
    for (const c of credentialList(part) ?? []) if (!credentials.includes(c)) credentials.push(c);
  }
  const fields: VcardFields = { name: cutWith(person.name, maxName, "The name", warnings) };
  if (credentials.length > 0) fields.credentials = credentials.slice(0, maxCredentials);
  const title = [...new Set([firstText("title"), firstText("role")].filter((t) => t !== ""))];
  const org = card.getAllProperties("org")[0];
  const institution = (org ? oneLine(textOf(org)) : "") || (person.affiliation ?? "");
  const notes = card
    .getAllProperties("note")
    .map((prop) => multiLine(textOf(prop)))
    .filter((note) => note !== "")
    .join("\n\n");
  const found: Partial<ContactFields> = {
    title: cutWith(title.join(", "), contactLimits.field, "The title", warnings),
    institution: cutWith(institution, contactLimits.field, "The institution", warnings),
    email: emailOf(card, warnings),
    profileUrl: linkOf(card, warnings),
    notes: cutWith(notes, contactLimits.notes, "The note", warnings),
  };
  for (const [key, value] of Object.entries(found) as [keyof ContactFields, unknown][]) {
    if (value === "" || value === undefined) continue;
    const checked = v.safeParse(contactFieldsSchema.entries[key], value);
    if (checked.success) Object.assign(fields, { [key]: checked.output });
    else warnings.push(`Left out ${quoted(String(value))}: ${checked.issues[0].message}`);
  }
  if (!v.safeParse(contactFieldsSchema.entries.name, fields.name).success) throw noName();
  return fields;
}

function cutWith(text: string, max: number, what: string, warnings: string[]): string {
  if (text.length <= max) return text;
  warnings.push(`${what} was cut to ${max.toLocaleString("en-US")} characters.`);
  return cut(text, max);
}

/** The preferred address that is valid; invalid ones before it are named in a warning. */
function emailOf(card: ICAL.Component, warnings: string[]): string | undefined {
  for (const prop of preferredFirst(card.getAllProperties("email"))) {
    const written = oneLine(textOf(prop)).replace(/^mailto:/i, "");
    if (written === "") continue;
    const address = mailAddress(written);
    if (address) return address;
    warnings.push(`The email address ${quoted(written)} is not valid and was left out.`);
  }
  return undefined;
}

/** A LinkedIn profile (from URL or X-SOCIALPROFILE) before any other http(s) address. */
function linkOf(card: ICAL.Component, warnings: string[]): string | undefined {
  const written = [
    ...preferredFirst(card.getAllProperties("url")),
    ...card.getAllProperties("x-socialprofile"),
  ]
    .map((prop) => textOf(prop).trim())
    .filter((uri) => uri !== "");
  const links = written.map(webAddress).filter((link) => link !== undefined);
  const linkedIn = links.find((link) => /(^|\.)linkedin\.com$/i.test(new URL(link).hostname));
  const link = linkedIn ?? links[0];
  if (!link && written[0] !== undefined) {
    warnings.push(
      `The web address ${quoted(written[0])} was left out: only http and https links are kept.`,
    );
  }
  return link;
}

function webAddress(uri: string): string | undefined {
  const absolute = HTTP.test(uri) ? uri : BARE_HOST.test(uri) ? `https://${uri}` : undefined;
  if (!absolute) return undefined;
  try {
    return new URL(absolute).hostname === "" ? undefined : absolute;
  } catch {
    return undefined;
  }
}

/** Contacts as one vCard 4.0 file for a phone's or a mail program's address book. */
export function contactsToVcard(contacts: readonly Contact[]): string {
  return contacts.map((contact) => `${cardOf(contact).toString()}\r\n`).join("");
}

function cardOf(contact: Contact): ICAL.Component {
  const card = new ICAL.Component("vcard");
  // RFC 6350 wants VERSION first; ical.js reads a card as 3.0 otherwise.
  card.addPropertyWithValue("version", "4.0");
  card.addPropertyWithValue("kind", "individual");
  const credentials = contact.credentials.join(", ");
  card.addPropertyWithValue("fn", credentials ? `${contact.name}, ${credentials}` : contact.name);
  const { given, family } = splitName(contact.name);
  structured(card, "n", [[family], [given], [], [], contact.credentials]);
  if (contact.institution) structured(card, "org", [contact.institution]);
  if (contact.title) card.addPropertyWithValue("title", contact.title);
  if (contact.email) card.addPropertyWithValue("email", contact.email);
  if (contact.profileUrl) card.addPropertyWithValue("url", contact.profileUrl);
  const note = [
    contact.notes,
    contact.why && `Why: ${contact.why}`,
    contact.howWeMet && `How we met: ${contact.howWeMet}`,
    contact.nextStep && `Next step: ${contact.nextStep}`,
  ].filter((part) => part !== "");
  if (note.length > 0) card.addPropertyWithValue("note", note.join("\n\n"));
  const categories = new ICAL.Property("categories");
  categories.setValues(contact.mentor ? ["Rapport", "Mentor"] : ["Rapport"]);
  card.addProperty(categories);
  return card;
}

/** A structured value (N, ORG): ical.js escapes a semicolon inside a component only when the
 * value is given as components. */
export function structured(card: ICAL.Component, name: string, value: unknown[]): void {
  const prop = new ICAL.Property(name);
  prop.setValue(value);
  card.addProperty(prop);
}
