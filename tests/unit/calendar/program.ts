import type { ConferenceSummary } from "../../../schemas/conference";

/** A saved conference in Chicago, as the agenda and calendar tests use it. */
export const summary: ConferenceSummary = {
  id: "msa-2027",
  title: "Midwest Surgical Association Annual Meeting",
  timeZone: "America/Chicago",
  startDate: "2027-04-15",
  endDate: "2027-04-16",
  venue: "Hyatt Regency Chicago",
  format: "ics",
  sessionCount: 7,
  peopleCount: 6,
  roomCount: 3,
  warningCount: 0,
  createdAt: "2027-02-01T12:00:00.000Z",
};
