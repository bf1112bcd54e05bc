import { useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { ImportPreview } from "../../../schemas/conference";
import {
  type CsvMapping,
  type DateOrder,
  type Format,
  fileTooLargeMessage,
  formatChoices,
  type ImportRequest,
  importLimits,
  isIanaTimeZone,
  notTextReason,
  titleFromFileName,
  untitledProgram,
} from "../../../schemas/program";
import { createAction } from "../action";
import { ApiError, messageOf } from "../api";
import { ColumnMapping, csvOfError } from "../components/ColumnMapping";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field } from "../components/Field";
import { PreviewSummary } from "../components/ImportPreview";
import { WorkStatus } from "../components/WorkStatus";
import { ZonePicker } from "../components/ZonePicker";
import { previewImport, saveConference } from "../conferences";
import { counted } from "../format";
import { pageTitle } from "../title";

const sameRequest = (a: ImportRequest, b: ImportRequest) =>
  a.text === b.text &&
  a.format === b.format &&
  a.timeZone === b.timeZone &&
  a.dateOrder === b.dateOrder &&
  a.year === b.year &&
  a.firstDay === b.firstDay &&
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
  // The columns of the CSV last read, kept when its preview fails so the mapping can be fixed.
  const [csvShown, setCsvShown] = createSignal<{ headers: string[]; ambiguousDates?: boolean }>();
  const [year, setYear] = createSignal("");
  const [yearProblem, setYearProblem] = createSignal<string>();
  const [firstDay, setFirstDay] = createSignal("");
  const [title, setTitle] = createSignal("");
  const [untitled, setUntitled] = createSignal(false);
  const [fileProblem, setFileProblem] = createSignal<string>();
  const [preview, setPreview] = createSignal<ImportPreview>();
  // Set by any change to what the preview was made from: saving must store what was previewed.
  const [stale, setStale] = createSignal(false);
  // Buttons stay enabled (and focused) while work runs; the action ignores a second press.
  const work = createAction();
  let zoneInput: HTMLInputElement | undefined;
  let yearInput: HTMLInputElement | undefined;
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
  const changeYear = changed((typed: string) => {
    setYear(typed);
    setYearProblem(undefined);
  });
  const changeFirstDay = changed(setFirstDay);
  const changeZone = changed((zone: string) => {
    setTimeZone(zone);
    setZoneProblem(false);
  });

  const request = (): ImportRequest => ({
    text: text(),
    format: format(),
    ...(timeZone().trim() ? { timeZone: timeZone().trim() } : {}),
    ...(dateOrder() ? { dateOrder: dateOrder() } : {}),
    ...(mapping() ? { csvMapping: mapping() } : {}),
    ...(year().trim() ? { year: Number(year().trim()) } : {}),
    ...(firstDay() ? { firstDay: firstDay() } : {}),
  });

  const markZone = () => {
    setZoneProblem(true);
    zoneInput?.focus();
  };
  const failure = (e: unknown) => {
    if (e instanceof ApiError && e.code === "import.time_zone_required") markZone();
    const refused = e instanceof ApiError ? csvOfError(e.details) : undefined;
    if (refused) {
      setCsvShown(refused.csv);
      setMapping(refused.mapping);
    }
    return messageOf(e);
  };

  const showPreview = async (event?: Event) => {
    event?.preventDefault();
    if (!text().trim()) {
      work.fail("Choose a file or paste the program text first.");
      return;
    }
    if (timeZone() && !isIanaTimeZone(timeZone())) {
      work.fail(
        `“${timeZone()}” is not a time zone name. Pick one from the list, such as America/Chicago.`,
      );
      markZone();
      return;
    }
    const typedYear = year().trim();
    if (typedYear && !/^\d{4}$/.test(typedYear)) {
      const problem = `“${typedYear}” is not a year. Type all four digits, such as 2026, or leave the field empty.`;
      setYearProblem(problem);
      work.fail("One field needs attention; the message is beside it.");
      yearInput?.focus();
      return;
    }
    const sent = request();
    const result = await work.run(() => previewImport(sent), {
      status: "Reading the program…",
      failure,
    });
    if (!result) return;
    setPreview(result);
    // Edits made while the preview was on its way leave it out of date.
    setStale(!sameRequest(sent, request()));
    // A file that names no conference is called after its file name, and the form says so.
    const named = result.conference.title !== untitledProgram;
    const fromFile = named ? "" : titleFromFileName(fileName() ?? "");
    setUntitled(!named);
    setTitle(fromFile || result.conference.title);
    setCsvShown(result.csv);
    if (result.csv) setMapping(result.csv.mapping);
    if (result.csv?.dateOrder) setDateOrder(result.csv.dateOrder);
    previewHeading?.focus();
  };

  const save = async () => {
    if (stale()) return;
    const saved = await work.run(
      () => saveConference({ ...request(), ...(title().trim() ? { title: title().trim() } : {}) }),
      { status: "Saving the conference…", failure, leaves: true },
    );
    if (saved) navigate(`/conferences/${saved.id}`);
  };

  // A refused file leaves nothing of itself or of the file before it: no name, no text, no
  // preview that Save would store.
  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // What was read of the file before goes, whether the new one is taken or refused.
    const take = (name: string | undefined, content: string, problem?: string) => {
      setFileProblem(problem);
      setFileName(name);
      setText(content);
      setPreview(undefined);
      setMapping(undefined);
      setCsvShown(undefined);
      setStale(false);
    };
    const refuse = (message: string) => {
      input.value = "";
      work.clear();
      take(undefined, "", message);
    };
    if (file.size > importLimits.maxBytes) {
      refuse(`${fileTooLargeMessage(file.name)}. Split the program or export fewer days.`);
      return;
    }
    const content = await file.text();
    if (content.trim() === "") {
      refuse(`${file.name} is empty. Choose the file that holds the program.`);
      return;
    }
    const notText = notTextReason(content);
    if (notText) {
      refuse(`${file.name}: ${notText.message}`);
      return;
    }
    take(file.name, content);
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
          onChange={(e) => chooseFile(e.currentTarget)}
        />
        <Show when={fileName()}>
          <p class="meta">Loaded {fileName()}</p>
        </Show>
        <ErrorNotice message={fileProblem()} focus />
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
            setFileProblem(undefined);
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
              <For each={Object.entries(formatChoices)}>
                {([value, label]) => <option value={value}>{label}</option>}
              </For>
            </select>
          </div>
          <div class="field">
            <label for="time-zone">Conference time zone</label>
            <ZonePicker
              id="time-zone"
              ref={zoneInput}
              value={timeZone()}
              onChange={changeZone}
              aria-describedby="time-zone-help"
              aria-invalid={zoneProblem() ? "true" : undefined}
            />
            <p id="time-zone-help" class="meta">
              Needed when the file's times carry no zone (spreadsheets, Sessionize, pasted text).
            </p>
          </div>
        </div>
        <div class="field-row">
          <Field
            id="import-year"
            label="Year"
            error={yearProblem()}
            hint="For days written without a year; left empty, the year is worked out and explained."
          >
            {(aria) => (
              <input
                {...aria}
                ref={yearInput}
                inputmode="numeric"
                value={year()}
                onInput={(e) => changeYear(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id="import-first-day"
            label="First day"
            hint="For a program that gives no dates, or only weekdays."
          >
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={firstDay()}
                onInput={(e) => changeFirstDay(e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
        <button type="submit" aria-disabled={work.busy()}>
          {preview() ? "Update preview" : "Preview"}
        </button>
      </form>
      <WorkStatus action={work} />
      <Show when={csvShown()}>
        {(csv) => (
          <ColumnMapping
            csv={csv()}
            mapping={mapping()}
            onMapping={changeMapping}
            dateOrder={dateOrder()}
            onDateOrder={changeDateOrder}
          />
        )}
      </Show>
      <Show when={preview()}>
        {(p) => (
          <>
            <h2 ref={previewHeading} tabindex="-1">
              Preview ({formatChoices[p().format]})
            </h2>
            <PreviewSummary preview={p()} sourceLines={text().split(/\r?\n/)} />
            <div class="field">
              <label for="conference-title">Save as</label>
              <input
                id="conference-title"
                value={title()}
                onInput={(e) => setTitle(e.currentTarget.value)}
                aria-describedby={untitled() ? "conference-title-help" : undefined}
              />
              <Show when={untitled()}>
                <p id="conference-title-help" class="meta">
                  This program does not name its conference. Give it the title you will know it by.
                </p>
              </Show>
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
              aria-disabled={work.busy()}
              disabled={stale() || p().sessionCount === 0}
            >
              Save {counted(p().sessionCount, "session")}
            </button>
          </>
        )}
      </Show>
    </section>
  );
}
