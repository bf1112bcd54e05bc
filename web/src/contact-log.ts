import { type Contact, priorities, statuses } from "../../schemas/contact";

/** What the log's rows need of a contact. */
export type LogRow = Pick<
  Contact,
  | "id"
  | "name"
  | "title"
  | "institution"
  | "howWeMet"
  | "interests"
  | "lastContact"
  | "nextStep"
  | "status"
  | "priority"
  | "conferenceId"
>;

export type SortKey =
  | "name"
  | "title"
  | "institution"
  | "howWeMet"
  | "interests"
  | "lastContact"
  | "nextStep"
  | "status"
  | "priority";

const alphabetical = ["A to Z", "Z to A"] as const;

/** The seven columns of the contact log, then where each person stands, each with what its two
 * sort orders are called. */
export const logColumns: readonly {
  key: SortKey;
  label: string;
  orders: readonly [string, string];
}[] = [
  { key: "name", label: "Name", orders: alphabetical },
  { key: "title", label: "Role", orders: alphabetical },
  { key: "institution", label: "Institution", orders: alphabetical },
  { key: "howWeMet", label: "How We Met", orders: alphabetical },
  { key: "interests", label: "Interests", orders: alphabetical },
  { key: "lastContact", label: "Last Contact", orders: ["oldest first", "newest first"] },
  { key: "nextStep", label: "Next Step", orders: alphabetical },
  { key: "status", label: "Status", orders: ["targets first", "furthest along first"] },
  { key: "priority", label: "Priority", orders: ["must meet first", "nice to meet first"] },
];

export type Direction = "ascending" | "descending";

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Status and priority sort in the order a contact moves through them, not alphabetically. */
const rank = {
  status: (row: LogRow) => statuses.indexOf(row.status),
  priority: (row: LogRow) => priorities.indexOf(row.priority),
};

function compare(a: LogRow, b: LogRow, key: SortKey): number {
  if (key === "status" || key === "priority") return rank[key](a) - rank[key](b);
  // ISO instants sort as text.
  if (key === "lastContact") return (a.lastContact ?? "").localeCompare(b.lastContact ?? "");
  return collator.compare(a[key], b[key]);
}

function blank(row: LogRow, key: SortKey): boolean {
  if (key === "status" || key === "priority") return false;
  if (key === "lastContact") return row.lastContact === undefined;
  return row[key].trim() === "";
}

/** Rows ordered by one column. Empty cells go last either way, so that the filled ones lead;
 * ties keep name order. */
export function sortRows<R extends LogRow>(rows: readonly R[], key: SortKey, dir: Direction): R[] {
  const sign = dir === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const emptyA = blank(a, key);
    const emptyB = blank(b, key);
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    return sign * compare(a, b, key) || collator.compare(a.name, b.name);
  });
}

export interface LogFilter {
  /** A conference id, `none` for people met outside any conference, or "" for all. */
  conference: string;
  status: Contact["status"] | "";
  priority: Contact["priority"] | "";
}

export const noFilter: LogFilter = { conference: "", status: "", priority: "" };

export const noConference = "none";

export function filterRows<R extends LogRow>(rows: readonly R[], filter: LogFilter): R[] {
  return rows.filter(
    (row) =>
      (filter.conference === "" ||
        (filter.conference === noConference
          ? row.conferenceId === undefined
          : row.conferenceId === filter.conference)) &&
      (filter.status === "" || row.status === filter.status) &&
      (filter.priority === "" || row.priority === filter.priority),
  );
}
