import type { Flags } from "../flags";
import { settled } from "../settled";
import { NoticeBar } from "./NoticeBar";

/** One tap flags a program person as a must-meet target; again unflags. The button keeps its
 * place while the change is sent, so keyboard focus stays on it. */
export function FlagButton(props: { flags: Flags; personId: string; name: string }) {
  const flagged = () => props.flags.byPerson().has(props.personId);
  const busy = () => props.flags.pending() === props.personId;
  // Until the conference's contacts are known, a tap could not tell flagging from unflagging.
  const waiting = () => props.flags.action.busy() || settled(props.flags.contacts) === undefined;
  const label = () => (flagged() ? "Flagged" : "Flag as target");
  return (
    <button
      type="button"
      class="flag"
      classList={{ flagged: flagged() }}
      aria-label={`${label()}, ${props.name}`}
      aria-pressed={flagged()}
      aria-busy={busy()}
      aria-disabled={waiting()}
      onClick={() => {
        if (!waiting()) props.flags.toggle(props.personId, props.name);
      }}
    >
      <span aria-hidden="true">{flagged() ? "★" : "☆"}</span> {label()}
    </button>
  );
}

/** What the last flag change did, with Undo when it can be taken back. */
export function FlagNoticeBar(props: { flags: Flags }) {
  return (
    <NoticeBar
      notice={props.flags.notice()}
      action={props.flags.action}
      onDismiss={props.flags.clearNotice}
    />
  );
}
