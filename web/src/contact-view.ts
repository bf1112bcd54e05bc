import type { Contact, ContactFields, Interaction } from "../../schemas/contact";

export const statusLabels: Record<Contact["status"], string> = {
  target: "Target",
  emailed: "Emailed",
  met: "Met",
  "followed-up": "Followed up",
  "not-met": "Not met",
};

export const priorityLabels: Record<Contact["priority"], string> = {
  must: "Must meet",
  nice: "Nice to meet",
};

export const kindLabels: Record<Interaction["kind"], string> = {
  emailed: "Emailed",
  met: "Met",
  "not-met": "Did not meet",
  "followed-up": "Followed up",
  other: "Other",
};

/** "Jane Doe, MD, FACS" */
export const nameWithCredentials = (c: Pick<Contact, "name" | "credentials">) =>
  [c.name, ...c.credentials].join(", ");

/** Each editable field as the contact page labels it. */
export const fieldLabels: Record<keyof ContactFields, string> = {
  name: "Name",
  credentials: "Credentials",
  title: "Role or title",
  institution: "Institution",
  email: "Email",
  profileUrl: "Profile link",
  priority: "Priority",
  mentor: "Mentor",
  why: "Why they matter",
  questions: "Questions",
  notes: "Notes",
  interests: "Interests",
  howWeMet: "How we met",
  nextStep: "Next step",
};

/** The fields that differ between two versions of a contact's fields, with their new values:
 * what an edit sends. */
export function changedFields(before: ContactFields, after: ContactFields): Partial<ContactFields> {
  const changed: Partial<Record<keyof ContactFields, unknown>> = {};
  for (const key of Object.keys(after) as (keyof ContactFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed as Partial<ContactFields>;
}

/** A field's value in a sentence: lists joined, yes or no, "(empty)" for nothing. */
export function fieldText<K extends keyof ContactFields>(key: K, value: ContactFields[K]): string {
  if (key === "priority") return priorityLabels[value as Contact["priority"]];
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length > 0 ? value.join("; ") : "(empty)";
  return value.trim() === "" ? "(empty)" : value;
}
