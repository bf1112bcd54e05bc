import type { Health, Reachability } from "../../schemas/health";

export type Probe = () => Promise<unknown>;

/** A dependency that does not answer within `timeoutMs` counts as unreachable, so the health
 * check itself never hangs. */
export async function probe(check: Probe, timeoutMs: number): Promise<Reachability> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Reachability>((resolve) => {
    timer = setTimeout(() => resolve("unreachable"), timeoutMs);
  });
  const outcome = check().then(
    (): Reachability => "ok",
    (): Reachability => "unreachable",
  );
  try {
    return await Promise.race([outcome, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(input: {
  version: string;
  mode: Health["mode"];
  database: Probe;
  mail: Probe;
  timeoutMs?: number;
}): Promise<Health> {
  const timeoutMs = input.timeoutMs ?? 2000;
  const [database, mail] = await Promise.all([
    probe(input.database, timeoutMs),
    probe(input.mail, timeoutMs),
  ]);
  return { version: input.version, mode: input.mode, database, mail };
}
