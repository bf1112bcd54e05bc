import * as v from "valibot";

/** Messages keyed by field path ("name", "reminders.sendHour", "targetPrograms.0.name"). */
export type FieldErrors = Record<string, string>;

export interface Checked<T> {
  value?: T;
  errors: FieldErrors;
  /** Problems that belong to no single field. */
  general: string[];
}

/** Validates a form with the same schema the API uses; the first message per field wins. */
export function check<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { value: result.output, errors: {}, general: [] };
  const errors: FieldErrors = {};
  const general: string[] = [];
  for (const issue of result.issues) {
    const path = v.getDotPath(issue);
    if (!path) general.push(issue.message);
    else errors[path] ??= issue.message;
  }
  return { errors, general };
}

/** The API's `request.invalid` problems ("reminders.sendHour: Pick an hour…") by field. */
export function problemsByField(problems: string[]): { errors: FieldErrors; general: string[] } {
  const errors: FieldErrors = {};
  const general: string[] = [];
  for (const line of problems) {
    const match = /^([A-Za-z0-9_.]+): (.+)$/.exec(line);
    if (match?.[1] && match[2]) errors[match[1]] ??= match[2];
    else general.push(line);
  }
  return { errors, general };
}

/** "MD, MPH ,, FACS" → ["MD", "MPH", "FACS"] */
export const splitList = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

export const joinList = (items: readonly string[]) => items.join(", ");

/** The first message for a field or for anything inside it ("questions" finds "questions.2"). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return nested ? errors[nested] : undefined;
}
