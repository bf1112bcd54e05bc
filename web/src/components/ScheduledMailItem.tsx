import { createSignal, Match, Show, Switch } from "solid-js";
import { createAction, type RunOptions } from "../action";
import { messageOf } from "../api";
import { formatDateTime } from "../format";
import { changeMail, type ScheduledEmail } from "../reminders";
import { mailStatusLabels, mailTitle } from "../schedule-view";
import { fromZonedInput, toZonedInput } from "../zoned-time";
import { ErrorNotice } from "./ErrorNotice";
import { Field } from "./Field";
import { MailPreview } from "./MailPreview";

/** Who an email is about, by name; contacts deleted since are counted. */
function about(mail: ScheduledEmail, names: ReadonlyMap<string, string>): string {
  const known = mail.contactIds.flatMap((id) => names.get(id) ?? []);
  const gone = mail.contactIds.length - known.length;
  const rest =
    gone === 0 ? [] : [gone === 1 ? "1 contact since deleted" : `${gone} contacts since deleted`];
  return [...known, ...rest].join("; ");
}

/** One scheduled email: what and when, how it stands, its content, and skip, bring back or move
 * while it waits. */
export function ScheduledMailItem(props: {
  mail: ScheduledEmail;
  names: ReadonlyMap<string, string>;
  timeZone: string;
  onChange: (mail: ScheduledEmail) => void;
}) {
  const [moving, setMoving] = createSignal(false);
  const [when, setWhen] = createSignal("");
  const [timeError, setTimeError] = createSignal<string>();
  const [said, setSaid] = createSignal("");
  const changing = createAction();
  const id = () => props.mail.id;
  const at = (iso: string) => formatDateTime(iso, props.timeZone);
  let timeInput: HTMLInputElement | undefined;
  let moveButton: HTMLButtonElement | undefined;

  const change = async (
    patch: Parameters<typeof changeMail>[1],
    done: (m: ScheduledEmail) => string,
    options: RunOptions = {},
  ) => {
    setSaid("");
    const updated = await changing.run(() => changeMail(id(), patch), options);
    if (!updated) return undefined;
    props.onChange(updated);
    setSaid(done(updated));
    return updated;
  };
  const toggleSkip = () =>
    props.mail.status === "skipped"
      ? change({ skip: false }, (m) => `Brought back: it goes out ${at(m.sendAt)}.`)
      : change({ skip: true }, () => "Skipped: it will not go out. You can bring it back.");

  const openMove = () => {
    setWhen(toZonedInput(props.mail.sendAt, props.timeZone));
    setTimeError(undefined);
    changing.clear();
    setMoving(true);
    timeInput?.focus();
  };
  const closeMove = () => {
    setMoving(false);
    moveButton?.focus();
  };
  const move = async (event: SubmitEvent) => {
    event.preventDefault();
    const sendAt = fromZonedInput(when(), props.timeZone);
    if (!sendAt) {
      setTimeError("Enter a date and a time.");
      timeInput?.focus();
      return;
    }
    setTimeError(undefined);
    const moved = await change({ sendAt }, (m) => `Moved: it goes out ${at(m.sendAt)}.`, {
      // The server's word on the time ("Choose a time in the future") belongs beside the field.
      failure: (error) => {
        setTimeError(messageOf(error));
        queueMicrotask(() => timeInput?.focus());
        return undefined;
      },
    });
    if (moved) closeMove();
  };

  return (
    <li class="scheduled-mail" aria-labelledby={`mail-${id()}-title`}>
      <h3 id={`mail-${id()}-title`} class="scheduled-mail-title">
        {mailTitle(props.mail)}
      </h3>
      <p class="scheduled-mail-when">
        <span class={`badge mail-status-${props.mail.status}`}>
          {mailStatusLabels[props.mail.status]}
        </span>{" "}
        <Switch fallback={<time datetime={props.mail.sendAt}>{at(props.mail.sendAt)}</time>}>
          <Match when={props.mail.status === "sent" && props.mail.sentAt}>
            {(sentAt) => <time datetime={sentAt()}>{at(sentAt())}</time>}
          </Match>
        </Switch>
        <Show when={props.mail.movedByUser}>
          <span class="meta"> · moved by you</span>
        </Show>
      </p>
      <Show when={props.mail.contactIds.length > 0}>
        <p class="meta">About {about(props.mail, props.names)}</p>
      </Show>
      <Switch>
        <Match when={props.mail.status === "failed"}>
          <p class="notice notice-error">
            Not sent after {props.mail.attempts === 1 ? "1 try" : `${props.mail.attempts} tries`}
            {props.mail.lastError ? `: ${props.mail.lastError}` : "."}
          </p>
        </Match>
        <Match when={props.mail.status === "cancelled"}>
          <p class="meta">
            Cancelled: your plan no longer needs it (you wrote to everyone it was about, removed
            them, or turned this kind of reminder off).
          </p>
        </Match>
        <Match when={props.mail.status === "skipped"}>
          <p class="meta">You skipped it, so it will not go out unless you bring it back.</p>
        </Match>
      </Switch>

      <details class="mail-preview-toggle">
        <summary>
          Preview<span class="visually-hidden">: {mailTitle(props.mail)}</span>
        </summary>
        <MailPreview
          mailId={id()}
          sent={props.mail.status === "sent"}
          revision={`${props.mail.status} ${props.mail.sendAt}`}
        />
      </details>

      <Show when={props.mail.status === "planned" || props.mail.status === "skipped"}>
        <div class="actions">
          <button type="button" class="secondary" onClick={toggleSkip} disabled={changing.busy()}>
            {props.mail.status === "skipped" ? "Bring back" : "Skip"}
            <span class="visually-hidden">: {mailTitle(props.mail)}</span>
          </button>
          <Show when={props.mail.status === "planned" && !moving()}>
            <button
              type="button"
              class="secondary"
              ref={moveButton}
              onClick={openMove}
              disabled={changing.busy()}
            >
              Move<span class="visually-hidden">: {mailTitle(props.mail)}</span>
            </button>
          </Show>
        </div>
      </Show>
      <Show when={moving() && props.mail.status === "planned"}>
        <form class="move-form" novalidate onSubmit={move}>
          <Field
            id={`mail-${id()}-time`}
            label="New time"
            hint={`In your time zone, ${props.timeZone}.`}
            error={timeError()}
          >
            {(a) => (
              <input
                {...a}
                ref={timeInput}
                type="datetime-local"
                value={when()}
                onInput={(e) => setWhen(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="actions">
            <button type="submit" disabled={changing.busy()}>
              Move it
            </button>
            <button type="button" class="secondary" onClick={closeMove}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
      <p class="meta" role="status" aria-live="polite">
        {said()}
      </p>
      <ErrorNotice message={changing.error()} />
    </li>
  );
}
