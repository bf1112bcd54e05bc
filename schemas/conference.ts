import * as v from "valibot";
import {
  conferenceSchema,
  csvMappingSchema,
  dateOrderSchema,
  formatSchema,
  importRequestSchema,
  importWarningSchema,
  personSchema,
  sessionSchema,
} from "./program";
import { noControlCharacters } from "./text";

/** A saved conference as lists and pages show it. */
export const conferenceSummarySchema = v.object({
  ...conferenceSchema.entries,
  id: v.string(),
  format: formatSchema,
  sessionCount: v.number(),
  peopleCount: v.number(),
  roomCount: v.number(),
  warningCount: v.number(),
  createdAt: v.string(),
});
export type ConferenceSummary = v.InferOutput<typeof conferenceSummarySchema>;

/** Saving re-reads the confirmed file on the server, so the body is the same as the preview's,
 * plus an optional title that replaces the one found in the file. */
export const saveConferenceSchema = v.strictObject({
  ...importRequestSchema.entries,
  title: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1, "Give the conference a title, or leave the field out to keep the file's"),
      v.maxLength(200, "Keep the title to 200 characters"),
      noControlCharacters("The title"),
    ),
  ),
});
export type SaveConference = v.InferOutput<typeof saveConferenceSchema>;

export const conferenceIdSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a conference id")),
});

export const conferencePageQuerySchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(1000))),
});

/** One page of a saved conference: the summary comes on the first page only. */
export const conferencePageSchema = v.object({
  conference: v.optional(conferenceSummarySchema),
  warnings: v.optional(v.array(importWarningSchema)),
  sessions: v.array(sessionSchema),
  people: v.array(personSchema),
  next: v.optional(v.string()),
});
export type ConferencePage = v.InferOutput<typeof conferencePageSchema>;

/** What a CSV import found: its columns, how each is read, and whether its dates are ambiguous. */
export const csvInfoSchema = v.object({
  headers: v.array(v.string()),
  mapping: csvMappingSchema,
  ambiguousDates: v.boolean(),
  dateOrder: v.optional(dateOrderSchema),
});
export type CsvInfo = v.InferOutput<typeof csvInfoSchema>;

/** What the user checks before saving: counts, dates, zone, every warning and a few sessions. */
export const importPreviewSchema = v.object({
  format: formatSchema,
  conference: conferenceSchema,
  sessionCount: v.number(),
  peopleCount: v.number(),
  roomCount: v.number(),
  /** The first warnings (a response has room for only so many); warningCount counts them all. */
  warnings: v.array(importWarningSchema),
  warningCount: v.number(),
  sampleSessions: v.array(sessionSchema),
  samplePeople: v.array(personSchema),
  csv: v.optional(csvInfoSchema),
});
export type ImportPreview = v.InferOutput<typeof importPreviewSchema>;
