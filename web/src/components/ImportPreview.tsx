import { For, Show } from "solid-js";
import type { ImportPreview as Preview } from "../../../schemas/conference";
import type { CsvField } from "../../../schemas/program";
import { counted } from "../format";
import { dateSpan, dayLabel, timeRange } from "../program-view";
import { WarningList } from "./WarningList";

export const csvFieldLabels: Record<CsvField, string> = {
  title: "Session title",
  date: "Date",
  start: "Start time",
  end: "End time",
  timeRange: "Time range",
  room: "Room",
  track: "Track",
  speakers: "Speakers (or family name)",
  chairs: "Chairs",
  moderators: "Moderators",
  panelists: "Panelists",
  discussants: "Discussants",
  firstName: "Speaker's first name",
  affiliation: "Affiliation",
  role: "Role",
  description: "Description",
  kind: "Session type",
  ignore: "(ignore)",
};

/** The numbers, dates, zone, warnings and first sessions of a program that is not saved yet. */
export function PreviewSummary(props: { preview: Preview; sourceLines: string[] }) {
  const p = () => props.preview;
  return (
    <div class="preview">
      <dl class="status" aria-label="What was found">
        <dt>Title</dt>
        <dd>{p().conference.title || "(none found)"}</dd>
        <dt>Dates</dt>
        <dd>{dateSpan(p().conference.startDate, p().conference.endDate)}</dd>
        <dt>Time zone</dt>
        <dd>{p().conference.timeZone}</dd>
        <dt>Sessions</dt>
        <dd>{p().sessionCount}</dd>
        <dt>People</dt>
        <dd>{p().peopleCount}</dd>
        <dt>Rooms</dt>
        <dd>{p().roomCount}</dd>
      </dl>
      <h3>First sessions</h3>
      <table class="stack-on-phone">
        <thead>
          <tr>
            <th scope="col">Time ({p().conference.timeZone})</th>
            <th scope="col">Title</th>
            <th scope="col">Room</th>
            <th scope="col">People</th>
          </tr>
        </thead>
        <tbody>
          <For each={p().sampleSessions}>
            {(s) => (
              <tr>
                <td data-label="Time">
                  {dayLabel(s.start.slice(0, 10))},{" "}
                  {timeRange(s.start, s.end, p().conference.timeZone)}
                </td>
                <td data-label="Title">{s.title}</td>
                <td data-label="Room">{s.room ?? ""}</td>
                <td data-label="People">{s.people.length}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <h3>{p().warningCount === 0 ? "No warnings" : counted(p().warningCount, "warning")}</h3>
      <Show when={p().warningCount > p().warnings.length}>
        <p class="meta">
          The first {p().warnings.length.toLocaleString()} are listed. Fix the lines they name, or
          check that the format is right, and preview again.
        </p>
      </Show>
      <Show when={p().warnings.length > 0}>
        <WarningList warnings={p().warnings} sourceLines={props.sourceLines} />
      </Show>
    </div>
  );
}
