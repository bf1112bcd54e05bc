import { api, readBody } from "./api";

/** Local mode only: the clock the whole app reads, and one run of the reminder dispatcher. */
export const readClock = () => readBody(api.api.dev.clock.$get());

export const setClock = (now: string) => readBody(api.api.dev.clock.$post({ json: { now } }));

export const resetClock = () => readBody(api.api.dev.clock.$delete());

export const runDispatcher = () => readBody(api.api.dev.dispatch.$post());

export type ClockState = Awaited<ReturnType<typeof readClock>>;
export type DispatchOutcome = Awaited<ReturnType<typeof runDispatcher>>;
