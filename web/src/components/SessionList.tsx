import { For, Show } from "solid-js";
import type { Person, Session } from "../../../schemas/program";
import type { Flags } from "../flags";
import { roleLabels, timeRange } from "../program-view";
import { FlagButton } from "./Flagging";
import { PersonName, type PersonOpener } from "./PersonView";

/** Sessions in time order, each with its time in the conference zone, room, track and people,
 * each person with their flag; a description opens under "Details", and is open when a search
 * found its words there. */
export function SessionList(props: {
  sessions: Session[];
  people: Map<string, Person>;
  timeZone: string;
  flags: Flags;
  onOpenPerson: PersonOpener;
  /** Whether the search matched this session in its details, which then open and say so. */
  matchedInDetails?: (session: Session) => boolean;
}) {
  return (
    <ol class="sessions">
      <For each={props.sessions}>
        {(s) => (
          <li class="session">
            <p class="session-time">
              <time datetime={s.start}>{timeRange(s.start, s.end, props.timeZone)}</time>
              <Show when={s.room}>
                <span class="session-room"> · {s.room}</span>
              </Show>
            </p>
            <h3 class="session-title">{s.title}</h3>
            <Show when={s.track || s.kind}>
              <p class="meta">{[s.track, s.kind].filter(Boolean).join(" · ")}</p>
            </Show>
            <Show when={s.people.length > 0}>
              <ul class="people-inline">
                <For each={s.people}>
                  {({ personId, role }) => {
                    const person = props.people.get(personId);
                    return (
                      <Show when={person}>
                        {(p) => (
                          <li class="person-line">
                            <span class="person-who">
                              <PersonName person={p()} onOpen={props.onOpenPerson} />
                              <Show when={p().affiliation}>
                                <span class="meta"> ({p().affiliation})</span>
                              </Show>
                              <Show when={role !== "speaker"}>
                                <span class="role"> — {roleLabels[role]}</span>
                              </Show>
                            </span>
                            <FlagButton flags={props.flags} personId={p().id} name={p().name} />
                          </li>
                        )}
                      </Show>
                    );
                  }}
                </For>
              </ul>
            </Show>
            <Show when={s.description}>
              {(text) => (
                <details class="session-details" open={props.matchedInDetails?.(s)}>
                  <summary>
                    Details<span class="visually-hidden"> of {s.title}</span>
                    <Show when={props.matchedInDetails?.(s)}>
                      <span class="found-in"> · matches your search</span>
                    </Show>
                  </summary>
                  <p class="session-description">{text()}</p>
                </details>
              )}
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
