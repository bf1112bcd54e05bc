/** The fields that have a value: a partial edit leaves absent fields as they are. */
export const definedOnly = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
