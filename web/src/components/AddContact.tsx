import { Tabs } from "@kobalte/core/tabs";
import { useNavigate } from "@solidjs/router";
import { createSignal, For, type JSX } from "solid-js";
import type { ConferenceSummary } from "../../../schemas/conference";
import {
  type Contact,
  manualContactSchema,
  priorities,
  vcardContactSchema,
} from "../../../schemas/contact";
import { createAction } from "../action";
import { ApiError, messageOf } from "../api";
import { priorityLabels } from "../contact-view";
import { createContact } from "../contacts";
import { check, errorAt, type FieldErrors, problemsByField } from "../forms";
import { ErrorNotice } from "./ErrorNotice";
import { Field, FormProblems } from "./Field";

type Mode = "manual" | "vcard";

/** Adds someone met outside the program: typed in, or from a card's text as a phone shows it
 * after scanning a QR code. The new contact opens once it is saved. */
export function AddContact(props: { conferences: ConferenceSummary[] }) {
  const navigate = useNavigate();
  const [mode, setMode] = createSignal<Mode>("manual");
  const [fields, setFields] = createSignal({
    name: "",
    institution: "",
    email: "",
    howWeMet: "",
    notes: "",
  });
  const [vcard, setVcard] = createSignal("");
  const [priority, setPriority] = createSignal<Contact["priority"]>("must");
  const [conferenceId, setConferenceId] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [general, setGeneral] = createSignal<string[]>([]);
  const adding = createAction();
  let form: HTMLDivElement | undefined;

  const fail = (fieldErrors: FieldErrors, lines: string[]) => {
    setErrors(fieldErrors);
    setGeneral(lines);
    queueMicrotask(() => form?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
  };
  const errorFor = (path: string) => errorAt(errors(), path);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const shared = {
      priority: priority(),
      ...(conferenceId() ? { conferenceId: conferenceId() } : {}),
    };
    const checked =
      mode() === "manual"
        ? check(manualContactSchema, { ...fields(), ...shared })
        : check(vcardContactSchema, { vcard: vcard(), ...shared });
    const request = checked.value;
    if (!request) {
      adding.clear();
      return fail(checked.errors, checked.general);
    }
    fail({}, []);
    const contact = await adding.run(() => createContact(request), {
      leaves: true,
      failure: (e) => {
        if (e instanceof ApiError && e.problems.length > 0) {
          const server = problemsByField(e.problems);
          fail(server.errors, server.general);
          return undefined;
        }
        return `Not added: ${messageOf(e)}`;
      },
    });
    if (contact) navigate(`/contacts/${contact.id}`);
  };

  const text = (key: keyof ReturnType<typeof fields>, label: string, multiline = false) => (
    <Field id={`add-${key}`} label={label} error={errorFor(key)}>
      {(a) =>
        multiline ? (
          <textarea
            {...a}
            rows={3}
            value={fields()[key]}
            onInput={(e) => setFields({ ...fields(), [key]: e.currentTarget.value })}
          />
        ) : (
          <input
            {...a}
            type={key === "email" ? "email" : "text"}
            autocomplete="off"
            value={fields()[key]}
            onInput={(e) => setFields({ ...fields(), [key]: e.currentTarget.value })}
          />
        )
      }
    </Field>
  );

  const select = (
    id: string,
    label: string,
    value: () => string,
    onChange: (v: string) => void,
    options: JSX.Element,
  ) => (
    <Field id={id} label={label}>
      {(a) => (
        <select
          id={a.id}
          aria-describedby={a["aria-describedby"]}
          value={value()}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {options}
        </select>
      )}
    </Field>
  );

  return (
    <section aria-labelledby="add-title" class="add-contact">
      <h2 id="add-title">Add a person</h2>
      <form novalidate onSubmit={submit}>
        <div ref={form}>
          <Tabs value={mode()} onChange={(value) => setMode(value as Mode)} class="tabs">
            <Tabs.List class="tab-list" aria-label="How to add them">
              <Tabs.Trigger class="tab" value="manual">
                By hand
              </Tabs.Trigger>
              <Tabs.Trigger class="tab" value="vcard">
                Paste a vCard
              </Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="manual" class="tab-panel">
              {text("name", "Name")}
              {text("institution", "Institution")}
              {text("email", "Email")}
              {text("howWeMet", "How we met")}
              {text("notes", "Notes", true)}
            </Tabs.Content>
            <Tabs.Content value="vcard" class="tab-panel">
              <Field
                id="add-vcard"
                label="The card's text"
                error={errorFor("vcard")}
                hint="Scan their QR code with your phone's camera, copy the contact card it shows (it starts with BEGIN:VCARD) and paste it here."
              >
                {(a) => (
                  <textarea
                    {...a}
                    rows={8}
                    spellcheck={false}
                    value={vcard()}
                    onInput={(e) => setVcard(e.currentTarget.value)}
                  />
                )}
              </Field>
            </Tabs.Content>
          </Tabs>
          <div class="field-row">
            {select(
              "add-priority",
              "Priority",
              priority,
              (v) => setPriority(v as Contact["priority"]),
              <For each={priorities}>{(p) => <option value={p}>{priorityLabels[p]}</option>}</For>,
            )}
            {select(
              "add-conference",
              "Met at",
              conferenceId,
              setConferenceId,
              <>
                <option value="">No conference</option>
                <For each={props.conferences}>{(c) => <option value={c.id}>{c.title}</option>}</For>
              </>,
            )}
          </div>
        </div>
        <FormProblems errors={errors()} general={general()} />
        <button type="submit" disabled={adding.busy()} aria-busy={adding.busy()}>
          {adding.busy() ? "Adding…" : "Add the person"}
        </button>
        <ErrorNotice message={adding.error()} />
      </form>
    </section>
  );
}
