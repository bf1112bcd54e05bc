/** The clock of the whole local app: real time, or real time moved by an offset the developer
 * sets through `/api/dev/clock`, so that a reminder due in two weeks can be seen today. Time
 * keeps running from the moment set. */
export function devClock(base: () => Date) {
  let offsetMs = 0;
  return {
    now: () => new Date(base().getTime() + offsetMs),
    set: (at: Date) => {
      offsetMs = at.getTime() - base().getTime();
    },
    reset: () => {
      offsetMs = 0;
    },
    isSet: () => offsetMs !== 0,
  };
}
