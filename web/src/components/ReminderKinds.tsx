import { Switch } from "@kobalte/core/switch";
import { For } from "solid-js";
import { kindNames, type MailKind, mailKinds } from "../../../schemas/mail-plan";
import type { ProfileFields } from "../../../schemas/profile";
import "../reminders.css";

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const days = (n: number | undefined, unit = "day") =>
  n === undefined || Number.isNaN(n) ? `some ${unit}s` : `${n} ${unit}${n === 1 ? "" : "s"}`;

/** When each kind goes out, from the settings being edited. */
function whenSent(kind: MailKind, reminders: ProfileFields["reminders"], keepInTouch?: number) {
  switch (kind) {
    case "outreach":
      return `${capitalized(days(reminders.outreachDaysBefore))} before a conference, with a draft for each target.`;
    case "day-plan":
      return "Each conference morning at 7:00 AM, conference time: whom to catch, when and where.";
    case "follow-up":
      return `${capitalized(days(reminders.followUpDay))} after a conference, with a follow-up draft for each person you met.`;
    case "follow-up-last-call":
      return "Two days after that, for anyone you met and have not followed up with yet.";
    case "keep-in-touch":
      return `Every ${days(keepInTouch)} after your last contact with a mentor.`;
  }
}

/** One switch per kind of reminder. A kind turned off here, or by a mail's unsubscribe link, is
 * planned no more until it is turned back on. */
export function ReminderKinds(props: {
  off: readonly MailKind[];
  reminders: ProfileFields["reminders"];
  keepInTouchDays: number | undefined;
  onChange: (off: MailKind[]) => void;
}) {
  const toggle = (kind: MailKind, on: boolean) => {
    const off = new Set(props.off);
    if (on) off.delete(kind);
    else off.add(kind);
    props.onChange(mailKinds.filter((k) => off.has(k)));
  };
  return (
    <fieldset class="group">
      <legend>Which reminders to send</legend>
      <ul class="kind-switches">
        <For each={mailKinds}>
          {(kind) => (
            <li>
              <Switch
                class="kind-switch"
                checked={!props.off.includes(kind)}
                onChange={(on) => toggle(kind, on)}
              >
                <Switch.Label>{capitalized(kindNames[kind])}</Switch.Label>
                <Switch.Input />
                <Switch.Control class="switch-control">
                  <Switch.Thumb class="switch-thumb" />
                </Switch.Control>
                <Switch.Description class="meta">
                  {whenSent(kind, props.reminders, props.keepInTouchDays)}
                </Switch.Description>
              </Switch>
            </li>
          )}
        </For>
      </ul>
    </fieldset>
  );
}
