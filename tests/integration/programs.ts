/** A frab-style JSON program with `count` sessions in two rooms on one day. */
export function frabJson(count: number, descriptionLength = 20) {
  const event = (i: number) => ({
    guid: `g-${i}`,
    id: i,
    date: `2027-04-15T${String(8 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00-05:00`,
    start: `${String(8 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`,
    duration: "00:01",
    room: i % 2 ? "Hall B" : "Hall A",
    title: `Session ${i}`,
    track: "Trauma",
    type: "talk",
    abstract: "x".repeat(descriptionLength),
    persons: [{ id: i, public_name: `Speaker ${i}` }],
  });
  return JSON.stringify({
    schedule: {
      version: "1",
      conference: {
        title: "Test Congress",
        acronym: "tc27",
        start: "2027-04-15",
        end: "2027-04-15",
        time_zone_name: "America/Chicago",
        days: [
          {
            index: 1,
            date: "2027-04-15",
            rooms: { Program: Array.from({ length: count }, (_, i) => event(i)) },
          },
        ],
      },
    },
  });
}
