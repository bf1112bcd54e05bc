import { useBeforeLeave } from "@solidjs/router";
import { createResource, createSignal, For, Match, onCleanup, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import type { MailKind } from "../../../schemas/mail-plan";
import {
  defaultFollowUpTemplate,
  defaultIntroScript,
  mergeFields,
  type Profile,
  type ProfileFields,
  profileFieldsSchema,
} from "../../../schemas/profile";
import { editableFields, readProfile, updateProfile } from "../account";
import { createAction } from "../action";
import { ApiError, messageOf } from "../api";
import { setProfile } from "../auth";
import { AsyncView } from "../components/AsyncView";
import { ErrorNotice } from "../components/ErrorNotice";
import { Field, FormProblems } from "../components/Field";
import { ListEditor } from "../components/ListEditor";
import { ReminderKinds } from "../components/ReminderKinds";
import { TargetPrograms } from "../components/TargetPrograms";
import { YourData } from "../components/YourData";
import { ZonePicker } from "../components/ZonePicker";
import { check, errorAt, type FieldErrors, joinList, problemsByField, splitList } from "../forms";
import { pageTitle } from "../title";

const hours = Array.from({ length: 24 }, (_, h) => h);
const hourFormat = new Intl.DateTimeFormat(undefined, {
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
});
/** "8:00 AM" in the reader's own clock style. */
const hourLabel = (hour: number) => hourFormat.format(Date.UTC(2000, 0, 1, hour));

type SaveState = "idle" | "dirty" | "saved" | "failed";

/** The settings' numbers: the reminder timings, and the keep-in-touch cadence beside them. */
type NumberKey = keyof ProfileFields["reminders"] | "keepInTouchDays";
const numberPath = (key: NumberKey) => (key === "keepInTouchDays" ? key : `reminders.${key}`);

const sameKinds = (a: readonly MailKind[] = [], b: readonly MailKind[] = []) =>
  a.length === b.length && a.every((kind) => b.includes(kind));

function ProfileForm(props: { profile: Profile }) {
  const [draft, setDraft] = createStore<ProfileFields>(editableFields(props.profile));
  const [credentials, setCredentials] = createSignal(joinList(props.profile.credentials));
  const [interests, setInterests] = createSignal(joinList(props.profile.interests));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [general, setGeneral] = createSignal<string[]>([]);
  const [state, setState] = createSignal<SaveState>("idle");
  const [savedAt, setSavedAt] = createSignal<Date>();
  const [savedKindsOff, setSavedKindsOff] = createSignal(props.profile.mailKindsOff);
  const saving = createAction();
  let form: HTMLFormElement | undefined;

  const changed = () => {
    if (!saving.busy()) setState("dirty");
  };
  // Edits that were not saved are not dropped by a click elsewhere: the app asks before leaving,
  // and the browser asks before a reload or a closed tab.
  const unsaved = () => state() === "dirty" || state() === "failed";
  useBeforeLeave((leaving) => {
    if (!unsaved() || leaving.defaultPrevented) return;
    leaving.preventDefault();
    if (window.confirm("Leave Settings without saving your changes?")) leaving.retry(true);
  });
  const askBeforeUnload = (event: BeforeUnloadEvent) => {
    if (unsaved()) event.preventDefault();
  };
  window.addEventListener("beforeunload", askBeforeUnload);
  onCleanup(() => window.removeEventListener("beforeunload", askBeforeUnload));
  const errorFor = (path: string) => errorAt(errors(), path);
  const fail = (fieldErrors: FieldErrors, lines: string[]) => {
    setErrors(fieldErrors);
    setGeneral(lines);
    setState("failed");
    queueMicrotask(() => {
      // Centred, so that neither the sticky save bar nor the header hides the field's message.
      const field = form?.querySelector<HTMLElement>("[aria-invalid=true]");
      field?.focus({ preventScroll: true });
      field?.scrollIntoView({ block: "center" });
    });
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields: ProfileFields = {
      ...draft,
      goals: { ...draft.goals },
      targetPrograms: draft.targetPrograms.map((p) => ({ ...p })),
      reminders: { ...draft.reminders },
      questions: [...(draft.questions ?? [])],
      credentials: splitList(credentials()),
      interests: splitList(interests()),
      mailKindsOff: [...(draft.mailKindsOff ?? [])],
    };
    // Left out when the switches were not touched, so that a kind turned off by an unsubscribe
    // link while this page was open stays off.
    if (sameKinds(fields.mailKindsOff, savedKindsOff())) delete fields.mailKindsOff;
    const checked = check(profileFieldsSchema, fields);
    const value = checked.value;
    if (!value) {
      saving.clear();
      const numbers = { ...checked.errors };
      for (const key of [
        "sendHour",
        "outreachDaysBefore",
        "followUpDay",
        "keepInTouchDays",
      ] as const) {
        if (Number.isNaN(numberOf(key)) && numbers[numberPath(key)]) {
          numbers[numberPath(key)] = "Enter a whole number.";
        }
      }
      return fail(numbers, checked.general);
    }
    setErrors({});
    setGeneral([]);
    const saved = await saving.run(() => updateProfile(value), {
      failure: (e) => {
        if (e instanceof ApiError && e.problems.length > 0) {
          const server = problemsByField(e.problems);
          fail(server.errors, server.general);
          return undefined;
        }
        fail({}, []);
        return `Not saved: ${messageOf(e)}`;
      },
    });
    if (!saved) return;
    setProfile(saved);
    setSavedKindsOff(saved.mailKindsOff);
    setDraft(editableFields(saved));
    setCredentials(joinList(saved.credentials));
    setInterests(joinList(saved.interests));
    setSavedAt(new Date());
    setState("saved");
  };

  const textInput = (
    id: string,
    label: string,
    get: () => string,
    set: (value: string) => void,
    extra: { hint?: string; placeholder?: string; autocomplete?: string; type?: string } = {},
    path = id,
  ) => (
    <Field id={`settings-${id}`} label={label} error={errorFor(path)} hint={extra.hint}>
      {(a) => (
        <input
          {...a}
          type={extra.type ?? "text"}
          placeholder={extra.placeholder}
          autocomplete={extra.autocomplete}
          value={get()}
          onInput={(e) => {
            set(e.currentTarget.value);
            changed();
          }}
        />
      )}
    </Field>
  );

  function numberOf(key: NumberKey): number | undefined {
    return key === "keepInTouchDays" ? draft.keepInTouchDays : draft.reminders[key];
  }
  const setNumber = (key: NumberKey, value: number) => {
    if (key === "keepInTouchDays") setDraft("keepInTouchDays", value);
    else setDraft("reminders", key, value);
  };

  const numberInput = (key: NumberKey, label: string, hint: string, min: number, max: number) => (
    <Field id={`settings-${key}`} label={label} hint={hint} error={errorFor(numberPath(key))}>
      {(a) => (
        <input
          {...a}
          type="number"
          inputmode="numeric"
          min={min}
          max={max}
          step={1}
          value={Number.isNaN(numberOf(key)) ? "" : (numberOf(key) ?? "")}
          onInput={(e) => {
            setNumber(key, e.currentTarget.valueAsNumber);
            changed();
          }}
        />
      )}
    </Field>
  );

  return (
    <form ref={form} novalidate onSubmit={save} class="settings-form">
      <fieldset class="group">
        <legend>About you</legend>
        {textInput(
          "name",
          "Name",
          () => draft.name,
          (v) => setDraft("name", v),
          { autocomplete: "name" },
        )}
        {textInput("credentials", "Credentials", credentials, setCredentials, {
          hint: "Separate with commas, e.g. MBBS, MRCS",
        })}
        {textInput(
          "position",
          "Position",
          () => draft.position,
          (v) => setDraft("position", v),
          { placeholder: "Preliminary Surgery Resident", autocomplete: "organization-title" },
        )}
        {textInput(
          "institution",
          "Institution",
          () => draft.institution,
          (v) => setDraft("institution", v),
          { autocomplete: "organization" },
        )}
        {textInput(
          "linkedinUrl",
          "LinkedIn profile",
          () => draft.linkedinUrl,
          (v) => setDraft("linkedinUrl", v),
          { type: "url", placeholder: "https://www.linkedin.com/in/your-name", hint: "Optional." },
        )}
        <Field
          id="settings-timeZone"
          label="Your time zone"
          error={errorFor("timeZone")}
          hint="Reminders are timed and shown in this zone."
        >
          {(a) => (
            <ZonePicker
              {...a}
              value={draft.timeZone}
              onChange={(zone) => {
                setDraft("timeZone", zone);
                changed();
              }}
            />
          )}
        </Field>
      </fieldset>

      <fieldset class="group">
        <legend>Interests</legend>
        {textInput("interests", "Clinical and research interests", interests, setInterests, {
          hint: "Separate with commas, e.g. trauma, surgical education",
        })}
      </fieldset>

      <TargetPrograms
        programs={draft.targetPrograms}
        onAdd={() => {
          setDraft("targetPrograms", draft.targetPrograms.length, { name: "", note: "" });
          changed();
        }}
        onRemove={(index) => {
          setDraft("targetPrograms", (rows) => rows.filter((_, i) => i !== index));
          changed();
        }}
        onEdit={(index, key, value) => {
          setDraft("targetPrograms", index, key, value);
          changed();
        }}
        errorFor={errorFor}
      />

      <fieldset class="group">
        <legend>Intro script</legend>
        <Field
          id="settings-introScript"
          label="The email Rapport drafts to introduce you to a target"
          error={errorFor("introScript")}
          hint={<MergeFieldList />}
        >
          {(a) => (
            <textarea
              {...a}
              rows={12}
              value={draft.introScript}
              onInput={(e) => {
                setDraft("introScript", e.currentTarget.value);
                changed();
              }}
            />
          )}
        </Field>
        <button
          type="button"
          class="secondary"
          disabled={draft.introScript === defaultIntroScript}
          onClick={() => {
            setDraft("introScript", defaultIntroScript);
            changed();
          }}
        >
          Restore the default script
        </button>
      </fieldset>

      <fieldset class="group">
        <legend>Follow-up template</legend>
        <Field
          id="settings-followUpTemplate"
          label="The follow-up email Rapport drafts for someone you met"
          error={errorFor("followUpTemplate")}
          hint={
            <>
              <MergeFieldList /> <code>{"{{note}}"}</code> is the note you logged when you met.
            </>
          }
        >
          {(a) => (
            <textarea
              {...a}
              rows={12}
              value={draft.followUpTemplate ?? ""}
              onInput={(e) => {
                setDraft("followUpTemplate", e.currentTarget.value);
                changed();
              }}
            />
          )}
        </Field>
        <button
          type="button"
          class="secondary"
          disabled={draft.followUpTemplate === defaultFollowUpTemplate}
          onClick={() => {
            setDraft("followUpTemplate", defaultFollowUpTemplate);
            changed();
          }}
        >
          Restore the default template
        </button>
      </fieldset>

      <ListEditor
        id="settings-question"
        legend="Questions to ask"
        hint="Every new target starts with these questions; edit them on each contact as you plan."
        items={draft.questions ?? []}
        itemLabel="Question"
        empty="No default questions. Add the ones you ask most people."
        max={20}
        onChange={(items) => {
          setDraft("questions", items);
          changed();
        }}
        errorFor={(index) => errorFor(`questions.${index}`)}
      />

      <fieldset class="group">
        <legend>Reminders</legend>
        <p class="meta">Reminders come to {props.profile.email}, never to the people you meet.</p>
        <Field
          id="settings-sendHour"
          label="Send reminders at"
          hint={`In your time zone, ${draft.timeZone || "not set"}.`}
          error={errorFor("reminders.sendHour")}
        >
          {(a) => (
            // A spread would set the value before the options exist, and the choice would be lost.
            <select
              id={a.id}
              aria-invalid={a["aria-invalid"]}
              aria-describedby={a["aria-describedby"]}
              value={String(draft.reminders.sendHour)}
              onChange={(e) => {
                setDraft("reminders", "sendHour", Number(e.currentTarget.value));
                changed();
              }}
            >
              <For each={hours}>{(h) => <option value={String(h)}>{hourLabel(h)}</option>}</For>
            </select>
          )}
        </Field>
        {numberInput(
          "outreachDaysBefore",
          "Outreach reminder, days before a conference",
          "When to remind you to send intro emails, 1 to 60 days before its first day.",
          1,
          60,
        )}
        {numberInput(
          "followUpDay",
          "Follow-up reminder, days after a conference",
          "When to remind you to follow up with the people you met, 1 to 14 days after its last day.",
          1,
          14,
        )}
        {numberInput(
          "keepInTouchDays",
          "Keep-in-touch reminder, days after your last contact with a mentor",
          "How long to let a mentor go without news from you, 7 to 365 days.",
          7,
          365,
        )}
      </fieldset>

      <ReminderKinds
        off={draft.mailKindsOff ?? []}
        reminders={draft.reminders}
        keepInTouchDays={draft.keepInTouchDays}
        onChange={(off) => {
          setDraft("mailKindsOff", off);
          changed();
        }}
      />

      <FormProblems errors={errors()} general={general()} />
      <div class="save-bar">
        <button type="submit" disabled={saving.busy()} aria-busy={saving.busy()}>
          {saving.busy() ? "Saving…" : "Save settings"}
        </button>
        <p class="save-state" role="status" aria-live="polite">
          <Switch>
            {/* While a save is on its way, the button says so and the line stays empty. */}
            <Match when={saving.busy()}>{null}</Match>
            <Match when={state() === "dirty"}>You have unsaved changes.</Match>
            <Match when={state() === "failed"}>
              <span class="state-unreachable">Not saved.</span>
            </Match>
            <Match when={state() === "saved" && savedAt()}>
              {(at) => <span class="state-ok">Saved at {timeWithZone(at(), draft.timeZone)}.</span>}
            </Match>
          </Switch>
        </p>
      </div>
      <ErrorNotice message={state() === "failed" ? saving.error() : undefined} />
    </form>
  );
}

/** The merge fields a template may use, each as it is written in the template. */
function MergeFieldList() {
  return (
    <>
      Merge fields, filled in for each person:{" "}
      <For each={mergeFields}>
        {(name, i) => (
          <>
            {i() > 0 ? ", " : ""}
            <code>{`{{${name}}}`}</code>
          </>
        )}
      </For>
      .
    </>
  );
}

/** "9:41 AM EDT": the time with its zone named. */
const timeWithZone = (at: Date, timeZone: string) => {
  try {
    return new Intl.DateTimeFormat(undefined, {
      hour: "numeric",
      minute: "2-digit",
      timeZone: timeZone || undefined,
      timeZoneName: "short",
    }).format(at);
  } catch {
    return at.toLocaleTimeString();
  }
};

export function Settings() {
  pageTitle("Settings");
  // Read afresh, not from the app's copy: an unsubscribe link may have turned a kind of reminder
  // off since the app was opened, and the switches must show it.
  const [profile] = createResource(async () => {
    const fresh = await readProfile();
    setProfile(fresh);
    return fresh;
  });
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p class="lead">
        What Rapport knows about you, how it drafts your intro emails and when it reminds you.
      </p>
      <AsyncView resource={profile} loading="Loading your settings…">
        {(loaded) => (
          <>
            <ProfileForm profile={loaded} />
            <YourData email={loaded.email} />
          </>
        )}
      </AsyncView>
    </section>
  );
}
