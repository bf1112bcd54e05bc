import { useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { ImportPreview } from "../../../schemas/conference";
import type {
  CsvField,
  CsvMapping,
  DateOrder,
  Format,
  ImportRequest,
} from "../../../schemas/program";
import { importLimits, isIanaTimeZone } from "../../../schemas/program";
import { ApiError } from "../api";
import { csvFieldLabels, PreviewSummary } from "../components/ImportPreview";
import { WorkStatus } from "../components/WorkStatus";
import { previewImport, saveConference } from "../conferences";
import { pageTitle } from "../title";

const formatLabels: Record<Format | "auto", string> = {
  auto: "Detect from the content",
  ics: "iCalendar (.ics)",
  "frab-xml": "frab / Pentabarf XML",
  "frab-json": "frab / pretalx schedule JSON",
  sessionize: "Sessionize JSON",
  csv: "CSV spreadsheet",
  text: "Text copied from a PDF program",
};

const zones =
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

const sameRequest = (a: ImportRequest, b: ImportRequest) =>
  a.text === b.text &&
  a.format === b.format &&
  a.timeZone === b.timeZone &&
  a.dateOrder === b.dateOrder &&
  JSON.stringify(a.csvMapping) === JSON.stringify(b.csvMapping);

export function Import() {
  pageTitle("Import a program");
  const navigate = useNavigate();
  const [text, setText] = createSignal("");
  const [fileName, setFileName] = createSignal<string>();
  const [format, setFormat] = createSignal<Format | "auto">("auto");
  const [timeZone, setTimeZone] = createSignal("");
  const [zoneProblem, setZoneProblem] = createSignal(false);
  const [dateOrder, setDateOrder] = createSignal<DateOrder>();
  const [mapping, setMapping] = createSignal<CsvMapping>();
  const [title, setTitle] = createSignal("");
  const [preview, setPreview] = createSignal<ImportPreview>();
  // Set by any change to what the preview was made from: saving must store what was previewed.
  const [stale, setStale] = createSignal(false);
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  let zoneInput: HTMLInputElement | undefined;
  let previewHeading: HTMLHeadingElement | undefined;

  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      if (preview()) setStale(true);
    };
  const changeText = changed(setText);
  const changeFormat = changed(setFormat);
  const changeDateOrder = changed(setDateOrder);
  const changeMapping = changed(setMapping);
  const changeZone = changed((zone: string) => {
    setTimeZone(zone);
    setZoneProblem(false);
  });

  const request = (): ImportRequest => ({
    text: text(),
    format: format(),
    ...(timeZone() ? { timeZone: timeZone() } : {}),
    ...(dateOrder() ? { dateOrder: dateOrder() } : {}),
    ...(mapping() ? { csvMapping: mapping() } : {}),
  });

  const zoneError = (message: string) => {
    setError(message);
    setZoneProblem(true);
    zoneInput?.focus();
  };

  // Buttons stay enabled (and focused) while work runs; a second press is ignored instead.
  const run = async <T,>(message: string, work: () => Promise<T>) => {
    if (busy()) return undefined;
    setBusy(message);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      if (e instanceof ApiError && e.code === "import.time_zone_required") zoneError(e.message);
      else setError((e as Error).message);
      return undefined;
    } finally {
      setBusy(undefined);
    }
  };

  const showPreview = async (event?: Event) => {
    event?.preventDefault();
    if (!text().trim()) {
      setError("Choose a file or paste the program text first.");
      return;
    }
    if (timeZone() && !isIanaTimeZone(timeZone())) {
      zoneError(
        `“${timeZone()}” is not a time zone name. Pick one from the list, such as America/Chicago.`,
      );
      return;
    }
    const sent = request();
    const result = await run("Reading the program…", () => previewImport(sent));
    if (!result) return;
    setPreview(result);
    // Edits made while the preview was on its way leave it out of date.
    setStale(!sameRequest(sent, request()));
    setTitle(result.conference.title);
    if (result.csv) setMapping(result.csv.mapping as CsvMapping);
    if (result.csv?.dateOrder) setDateOrder(result.csv.dateOrder);
    previewHeading?.focus();
  };

  const save = async () => {
    if (stale()) return;
    const saved = await run("Saving the conference…", () =>
      saveConference({ ...request(), ...(title().trim() ? { title: title().trim() } : {}) }),
    );
    if (saved) navigate(`/conferences/${saved.id}`);
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > importLimits.maxBytes) {
      setError(`${file.name} is larger than 5 MB. Split the program or export fewer days.`);
      return;
    }
    setFileName(file.name);
    setText(await file.text());
    setPreview(undefined);
    setMapping(undefined);
    setStale(false);
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">Import a program</h1>
      <p class="lead">
        Use the calendar file from the conference app, the society's spreadsheet, a schedule feed,
        or the text of the PDF program book. Nothing is saved until you confirm.
      </p>
      <div class="field">
        <label for="program-file">Program file</label>
        <input
          id="program-file"
          type="file"
          accept=".ics,.ical,.csv,.tsv,.xml,.json,.txt,text/*,application/json"
          onChange={(e) => chooseFile(e.currentTarget.files?.[0])}
        />
        <Show when={fileName()}>
          <p class="meta">Loaded {fileName()}</p>
        </Show>
      </div>
      <div class="field">
        <label for="program-text">…or paste the program text</label>
        <textarea
          id="program-text"
          rows={8}
          value={text()}
          onInput={(e) => {
            changeText(e.currentTarget.value);
            setFileName(undefined);
          }}
        />
      </div>
      <form onSubmit={showPreview}>
        <div class="field-row">
          <div class="field">
            <label for="format">Format</label>
            <select
              id="format"
              value={format()}
              onChange={(e) => changeFormat(e.currentTarget.value as Format | "auto")}
            >
              <For each={Object.entries(formatLabels)}>
                {([value, label]) => <option value={value}>{label}</option>}
              </For>
            </select>
          </div>
          <div class="field">
            <label for="time-zone">Conference time zone</label>
            <input
              id="time-zone"
              ref={zoneInput}
              list="time-zones"
              placeholder="e.g. America/Chicago"
              value={timeZone()}
              onInput={(e) => changeZone(e.currentTarget.value.trim())}
              aria-describedby="time-zone-help"
              aria-invalid={zoneProblem()}
            />
            <datalist id="time-zones">
              <For each={zones}>{(zone) => <option value={zone} />}</For>
            </datalist>
            <p id="time-zone-help" class="meta">
              Needed when the file's times carry no zone (spreadsheets, Sessionize, pasted text).
            </p>
          </div>
        </div>
        <button type="submit" aria-disabled={busy() !== undefined}>
          {preview() ? "Update preview" : "Preview"}
        </button>
      </form>
      <WorkStatus busy={busy()} error={error()} />
      <Show when={preview()}>
        {(p) => (
          <>
            <h2 ref={previewHeading} tabindex="-1">
              Preview ({formatLabels[p().format]})
            </h2>
            <Show when={p().csv}>
              {(csv) => (
                <fieldset class="mapping">
                  <legend>Columns</legend>
                  <p class="meta">Check what each column holds, then update the preview.</p>
                  <For each={csv().headers}>
                    {(header, i) => (
                      <div class="field mapping-row">
                        <label for={`map-${i()}`}>{header || `(column ${i() + 1})`}</label>
                        <select
                          id={`map-${i()}`}
                          value={mapping()?.[header] ?? "ignore"}
                          onChange={(e) =>
                            changeMapping({
                              ...mapping(),
                              [header]: e.currentTarget.value as CsvField,
                            })
                          }
                        >
                          <For each={Object.entries(csvFieldLabels)}>
                            {([value, label]) => <option value={value}>{label}</option>}
                          </For>
                        </select>
                      </div>
                    )}
                  </For>
                  <Show when={csv().ambiguousDates}>
                    <div class="field" role="radiogroup" aria-labelledby="date-order-label">
                      <p id="date-order-label">
                        Dates like 04/05 could be read two ways. Which is it?
                      </p>
                      <label>
                        <input
                          type="radio"
                          name="date-order"
                          checked={dateOrder() === "mdy"}
                          onChange={() => changeDateOrder("mdy")}
                        />{" "}
                        Month first (04/05 is April 5)
                      </label>
                      <label>
                        <input
                          type="radio"
                          name="date-order"
                          checked={dateOrder() === "dmy"}
                          onChange={() => changeDateOrder("dmy")}
                        />{" "}
                        Day first (04/05 is 4 May)
                      </label>
                    </div>
                  </Show>
                </fieldset>
              )}
            </Show>
            <PreviewSummary preview={p()} sourceLines={text().split(/\r?\n/)} />
            <div class="field">
              <label for="conference-title">Save as</label>
              <input
                id="conference-title"
                value={title()}
                onInput={(e) => setTitle(e.currentTarget.value)}
              />
            </div>
            <Show when={stale()}>
              <p class="notice" role="status">
                You changed the program or its options after this preview. Update the preview before
                saving.
              </p>
            </Show>
            <button
              type="button"
              onClick={save}
              aria-disabled={busy() !== undefined}
              disabled={stale() || p().sessionCount === 0}
            >
              Save {p().sessionCount} sessions
            </button>
          </>
        )}
      </Show>
    </section>
  );
}
