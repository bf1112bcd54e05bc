import { For, Show } from "solid-js";
import type { CsvInfo } from "../../../schemas/conference";
import type { CsvField, CsvMapping, DateOrder } from "../../../schemas/program";
import { csvFieldLabels } from "./ImportPreview";

const dateOrders: readonly (readonly [DateOrder, string])[] = [
  ["mdy", "Month first (04/05 is April 5)"],
  ["dmy", "Day first (04/05 is 4 May)"],
];

/** What each column of a CSV holds, as detected or chosen; shown whenever a CSV was read, also
 * when its preview failed, so that the user can fix the mapping. */
export function ColumnMapping(props: {
  csv: Pick<CsvInfo, "headers"> & { ambiguousDates?: boolean };
  mapping: CsvMapping | undefined;
  onMapping: (mapping: CsvMapping) => void;
  dateOrder: DateOrder | undefined;
  onDateOrder: (order: DateOrder) => void;
}) {
  return (
    <fieldset class="mapping">
      <legend>Columns</legend>
      <p class="meta">Check what each column holds, then update the preview.</p>
      <For each={props.csv.headers}>
        {(header, i) => (
          <div class="field mapping-row">
            <label for={`map-${i()}`}>{header || `(column ${i() + 1})`}</label>
            <select
              id={`map-${i()}`}
              value={props.mapping?.[header] ?? "ignore"}
              onChange={(e) =>
                props.onMapping({ ...props.mapping, [header]: e.currentTarget.value as CsvField })
              }
            >
              <For each={Object.entries(csvFieldLabels)}>
                {([value, label]) => <option value={value}>{label}</option>}
              </For>
            </select>
          </div>
        )}
      </For>
      <Show when={props.csv.ambiguousDates}>
        <div class="field" role="radiogroup" aria-labelledby="date-order-label">
          <p id="date-order-label">Dates like 04/05 could be read two ways. Which is it?</p>
          <For each={dateOrders}>
            {([order, label]) => (
              <label>
                <input
                  type="radio"
                  name="date-order"
                  checked={props.dateOrder === order}
                  onChange={() => props.onDateOrder(order)}
                />{" "}
                {label}
              </label>
            )}
          </For>
        </div>
      </Show>
    </fieldset>
  );
}

/** The headers and mapping a refused CSV carries in its error details, when it has them. */
export function csvOfError(details: Record<string, unknown> | undefined) {
  const headers = details?.headers;
  const mapping = details?.mapping;
  if (!Array.isArray(headers) || !mapping || typeof mapping !== "object") return undefined;
  return {
    csv: { headers: headers.map(String), ambiguousDates: false },
    mapping: mapping as CsvMapping,
  };
}
