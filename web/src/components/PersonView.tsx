import { Dialog } from "@kobalte/core/dialog";
import { A } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import type { Person, Session } from "../../../schemas/program";
import type { Flags } from "../flags";
import { dayKey, dayLabel, displayName, roleLabels, timeRange } from "../program-view";
import { FlagButton } from "./Flagging";

/** Opens a person's card; focus returns to `from` when it closes. */
export type PersonOpener = (personId: string, from: HTMLElement) => void;

/** A person's name on the program; it opens their card. */
export function PersonName(props: { person: Person; onOpen: PersonOpener }) {
  return (
    <button
      type="button"
      class="link person-link"
      onClick={(e) => props.onOpen(props.person.id, e.currentTarget)}
    >
      {displayName(props.person)}
    </button>
  );
}

/** One program person: credentials, affiliation, their sessions with time, room and role, and
 * the flag. */
export function PersonView(props: {
  person: Person | undefined;
  /** What had focus before the card opened, to return to. */
  opener: HTMLElement | undefined;
  sessions: Session[];
  timeZone: string;
  flags: Flags;
  onClose: () => void;
}) {
  const theirs = createMemo(() => {
    const id = props.person?.id;
    if (!id) return [];
    return props.sessions
      .flatMap((s) => {
        const seat = s.people.find((p) => p.personId === id);
        return seat ? [{ session: s, role: seat.role }] : [];
      })
      .sort((a, b) => Date.parse(a.session.start) - Date.parse(b.session.start));
  });
  return (
    <Dialog
      open={props.person !== undefined}
      onOpenChange={(open) => {
        if (open) return;
        props.onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <Dialog.Content
            class="dialog person-card"
            onCloseAutoFocus={(event) => {
              const opener = props.opener;
              if (opener?.isConnected) {
                event.preventDefault();
                opener.focus();
              }
            }}
          >
            <Show when={props.person}>
              {(person) => (
                <>
                  <Dialog.Title class="dialog-title">{displayName(person())}</Dialog.Title>
                  <Dialog.Description class="dialog-description">
                    {[person().title, person().affiliation].filter(Boolean).join(", ") ||
                      "No affiliation given in the program."}
                  </Dialog.Description>
                  <div class="actions">
                    <FlagButton flags={props.flags} personId={person().id} name={person().name} />
                    <Show when={props.flags.byPerson().get(person().id)}>
                      {(contact) => (
                        <A href={`/contacts/${contact().id}`} class="button secondary-link">
                          Open contact
                        </A>
                      )}
                    </Show>
                  </div>
                  <h3>Sessions (times in {props.timeZone})</h3>
                  <ul class="person-sessions">
                    <For each={theirs()}>
                      {({ session, role }) => (
                        <li>
                          <p class="session-time">
                            {dayLabel(dayKey(session.start, props.timeZone))},{" "}
                            <time datetime={session.start}>
                              {timeRange(session.start, session.end, props.timeZone)}
                            </time>
                            <Show when={session.room}> · {session.room}</Show>
                          </p>
                          <p class="person-session-title">
                            {session.title} <span class="role">— {roleLabels[role]}</span>
                          </p>
                        </li>
                      )}
                    </For>
                  </ul>
                  <Dialog.CloseButton class="secondary" aria-label="Close">
                    Close
                  </Dialog.CloseButton>
                </>
              )}
            </Show>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog>
  );
}
