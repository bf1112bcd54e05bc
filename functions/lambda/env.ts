/** A setting infra gives every function; a function deployed without it stops at once. */
export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`The Lambda environment lacks ${name}.`);
  return value;
}
