/** jCal (RFC 7265) as ICAL.parse returns it: [name, properties, components]. */
export type JProp = [string, Record<string, unknown>, string, ...unknown[]];
export type JComp = [string, JProp[], JComp[]];

export function isComp(v: unknown): v is JComp {
  return Array.isArray(v) && typeof v[0] === "string" && Array.isArray(v[1]) && Array.isArray(v[2]);
}

/** Properties of a component grouped by name (one pass, so each event costs O(properties)). */
export function propsByName(comp: JComp): Map<string, JProp[]> {
  const map = new Map<string, JProp[]>();
  for (const p of comp[1]) {
    if (!Array.isArray(p) || typeof p[0] !== "string") continue;
    const list = map.get(p[0]);
    if (list) list.push(p);
    else map.set(p[0], [p]);
  }
  return map;
}

export function firstValue(props: Map<string, JProp[]>, name: string): unknown {
  return props.get(name)?.[0]?.[3];
}

export function textValue(props: Map<string, JProp[]>, name: string): string | undefined {
  const v = firstValue(props, name);
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}

export function param(prop: JProp, name: string): string | undefined {
  const v = prop[1]?.[name];
  if (typeof v === "string") return v;
  if (Array.isArray(v) && typeof v[0] === "string") return v[0];
  return undefined;
}

export function values(prop: JProp): unknown[] {
  return prop.slice(3);
}
