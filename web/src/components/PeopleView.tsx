import { createMemo, For, Show } from "solid-js";
import type { Person } from "../../../schemas/program";
import type { Flags } from "../flags";
import { counted } from "../format";
import { fold, groupByAffiliation } from "../program-view";
import { FlagButton } from "./Flagging";
import { PersonName, type PersonOpener } from "./PersonView";

/** Everyone on the program, grouped by affiliation, filtered by the search box, each with their
 * flag. */
export function PeopleView(props: {
  people: Person[];
  query: string;
  flags: Flags;
  onOpenPerson: PersonOpener;
}) {
  const groups = createMemo(() => {
    const words = fold(props.query).split(/\s+/).filter(Boolean);
    const matching = props.people.filter((p) => {
      const text = fold(`${p.name} ${p.affiliation ?? ""} ${p.title ?? ""}`);
      return words.every((w) => text.includes(w));
    });
    return groupByAffiliation(matching);
  });
  return (
    <div class="affiliations">
      <p class="meta" role="status">
        {counted(
          groups().reduce((n, g) => n + g.people.length, 0),
          "person",
          "people",
        )}{" "}
        in {counted(groups().length, "group")}
      </p>
      <Show when={groups().length === 0}>
        <p class="empty">
          {props.query.trim()
            ? `No one on the program matches “${props.query.trim()}”.`
            : "This program names no people."}
        </p>
      </Show>
      <For each={groups()}>
        {(group) => (
          <section class="affiliation">
            <h3>
              {group.affiliation} <span class="meta">({group.people.length})</span>
            </h3>
            <ul class="people-list">
              <For each={group.people}>
                {(p) => (
                  <li class="person-line">
                    <PersonName person={p} onOpen={props.onOpenPerson} />
                    <FlagButton flags={props.flags} personId={p.id} name={p.name} />
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </div>
  );
}
