import * as v from "valibot";
import { conferenceSummarySchema } from "./conference";
import { contactSchema, interactionSchema } from "./contact";
import { profileSchema } from "./profile";
import { importWarningSchema, personSchema, sessionSchema } from "./program";

/** The export's format: a document for people and other programs, never the table's items. A
 * change that would mislead an older reader raises the version. */
export const exportFormat = { name: "rapport-export", version: 1 } as const;

/** A saved conference with its whole program. In one page of an export, a conference whose
 * program continues on the next page appears again there with the rest (its `id` only, plus the
 * sessions and people of that page). */
export const exportedConferenceSchema = v.object({
  ...v.partial(conferenceSummarySchema).entries,
  id: v.string(),
  warnings: v.array(importWarningSchema),
  sessions: v.array(sessionSchema),
  people: v.array(personSchema),
});
export type ExportedConference = v.InferOutput<typeof exportedConferenceSchema>;

export const exportDocumentSchema = v.object({
  format: v.literal(exportFormat.name),
  version: v.literal(exportFormat.version),
  exportedAt: v.string(),
  profile: v.optional(profileSchema),
  conferences: v.array(exportedConferenceSchema),
  contacts: v.array(contactSchema),
  /** Every contact's log entries, oldest first within a contact. */
  log: v.array(interactionSchema),
});
export type ExportDocument = v.InferOutput<typeof exportDocumentSchema>;

/** One response of the paged export: part of the document, and where the next part starts. */
export type ExportPage = ExportDocument & { next?: string };

/** Joins an export's pages into the one document they describe: lists are concatenated, and the
 * parts of a conference split across pages become one conference again. */
export function joinExportPages(pages: readonly ExportPage[]): ExportDocument {
  const [first] = pages;
  if (!first) throw new Error("an export has at least one page");
  const conferences = new Map<string, ExportedConference>();
  let profile = first.profile;
  for (const page of pages) {
    profile ??= page.profile;
    for (const part of page.conferences) {
      const seen = conferences.get(part.id);
      if (!seen) {
        conferences.set(part.id, {
          ...part,
          warnings: [...part.warnings],
          sessions: [...part.sessions],
          people: [...part.people],
        });
      } else {
        const { warnings, sessions, people, ...summary } = part;
        Object.assign(seen, summary);
        seen.warnings.push(...warnings);
        seen.sessions.push(...sessions);
        seen.people.push(...people);
      }
    }
  }
  return {
    format: first.format,
    version: first.version,
    exportedAt: first.exportedAt,
    ...(profile ? { profile } : {}),
    conferences: [...conferences.values()],
    contacts: pages.flatMap((page) => page.contacts),
    log: pages.flatMap((page) => page.log),
  };
}
