import { A, useLocation, useNavigate } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, onMount, Show } from "solid-js";
import { priorities, statuses } from "../../../schemas/contact";
import { downloadContactLog } from "../account";
import { createAction } from "../action";
import { currentProfile } from "../auth";
import { AddContact } from "../components/AddContact";
import { AsyncView } from "../components/AsyncView";
import { WorkStatus } from "../components/WorkStatus";
import { listConferences } from "../conferences";
import {
  type Direction,
  filterRows,
  type LogFilter,
  logColumns,
  noConference,
  noFilter,
  type SortKey,
  sortRows,
} from "../contact-log";
import { priorityLabels, statusLabels } from "../contact-view";
import { type ContactSummary, listContacts } from "../contacts";
import { browserTimeZone, formatShortDateTime } from "../format";
import { downloadContactCards } from "../planning";
import { pageTitle } from "../title";

async function load() {
  const [contacts, conferences] = await Promise.all([listContacts(), listConferences()]);
  return { contacts, conferences };
}

type Loaded = Awaited<ReturnType<typeof load>>;

function Exports() {
  const work = createAction();
  return (
    <section aria-labelledby="exports-title">
      <h2 id="exports-title">Export</h2>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          disabled={work.busy()}
          onClick={() => work.run(downloadContactLog, { status: "Preparing the contact log…" })}
        >
          Download the log (CSV)
        </button>
        <button
          type="button"
          class="secondary"
          disabled={work.busy()}
          onClick={() => work.run(downloadContactCards, { status: "Preparing the cards…" })}
        >
          Download contact cards (vCard)
        </button>
      </div>
      <WorkStatus action={work} />
    </section>
  );
}

function LogTable(props: { loaded: Loaded }) {
  const [filter, setFilter] = createSignal<LogFilter>(noFilter);
  const [sortKey, setSortKey] = createSignal<SortKey>("name");
  const [direction, setDirection] = createSignal<Direction>("ascending");
  const zone = () => currentProfile()?.timeZone ?? browserTimeZone();
  const rows = createMemo(() =>
    sortRows(filterRows(props.loaded.contacts, filter()), sortKey(), direction()),
  );
  const filtered = () =>
    filter().conference !== "" || filter().status !== "" || filter().priority !== "";

  const sortBy = (key: SortKey) => {
    if (sortKey() === key) setDirection(direction() === "ascending" ? "descending" : "ascending");
    else {
      setSortKey(key);
      setDirection("ascending");
    }
  };
  const change = <K extends keyof LogFilter>(key: K, value: LogFilter[K]) =>
    setFilter({ ...filter(), [key]: value });

  const cell = (c: ContactSummary, key: SortKey) => {
    switch (key) {
      case "name":
        return <A href={`/contacts/${c.id}`}>{c.name}</A>;
      case "lastContact":
        return c.lastContact ? formatShortDateTime(c.lastContact, zone()) : "";
      case "status":
        return statusLabels[c.status];
      case "priority":
        return priorityLabels[c.priority];
      default:
        return c[key];
    }
  };

  return (
    <>
      <fieldset class="filters">
        <legend class="visually-hidden">Filter and sort</legend>
        <div class="field">
          <label for="log-conference">Conference</label>
          <select
            id="log-conference"
            value={filter().conference}
            onChange={(e) => change("conference", e.currentTarget.value)}
          >
            <option value="">All</option>
            <For each={props.loaded.conferences}>
              {(c) => <option value={c.id}>{c.title}</option>}
            </For>
            <option value={noConference}>Met elsewhere</option>
          </select>
        </div>
        <div class="field">
          <label for="log-status">Status</label>
          <select
            id="log-status"
            value={filter().status}
            onChange={(e) => change("status", e.currentTarget.value as LogFilter["status"])}
          >
            <option value="">All</option>
            <For each={statuses}>{(s) => <option value={s}>{statusLabels[s]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="log-priority">Priority</label>
          <select
            id="log-priority"
            value={filter().priority}
            onChange={(e) => change("priority", e.currentTarget.value as LogFilter["priority"])}
          >
            <option value="">All</option>
            <For each={priorities}>{(p) => <option value={p}>{priorityLabels[p]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="log-sort">Sort by</label>
          <select
            id="log-sort"
            value={`${sortKey()} ${direction()}`}
            onChange={(e) => {
              const [key, dir] = e.currentTarget.value.split(" ");
              setSortKey(key as SortKey);
              setDirection(dir as Direction);
            }}
          >
            <For each={logColumns}>
              {(column) => (
                <>
                  <option value={`${column.key} ascending`}>
                    {column.label}, {column.orders[0]}
                  </option>
                  <option value={`${column.key} descending`}>
                    {column.label}, {column.orders[1]}
                  </option>
                </>
              )}
            </For>
          </select>
        </div>
      </fieldset>
      <p class="meta" role="status">
        {rows().length === props.loaded.contacts.length
          ? `${rows().length} ${rows().length === 1 ? "contact" : "contacts"}`
          : `${rows().length} of ${props.loaded.contacts.length} contacts`}
      </p>
      <Show
        when={rows().length > 0}
        fallback={
          <div class="empty">
            <p>No contacts match these filters.</p>
            <button type="button" class="secondary" onClick={() => setFilter(noFilter)}>
              Show every contact
            </button>
          </div>
        }
      >
        <table class="stack-on-phone contact-log">
          <caption class="visually-hidden">
            Your contacts, sorted by{" "}
            {logColumns.find((c) => c.key === sortKey())?.label ?? sortKey()}, {direction()}
            {filtered() ? ", filtered" : ""}. Last contact times in {zone()}.
          </caption>
          <thead>
            <tr>
              <For each={logColumns}>
                {(column) => (
                  <th scope="col" aria-sort={sortKey() === column.key ? direction() : undefined}>
                    <button type="button" class="sort" onClick={() => sortBy(column.key)}>
                      {column.label}
                      <span aria-hidden="true" class="sort-mark">
                        {sortKey() !== column.key ? "" : direction() === "ascending" ? " ▲" : " ▼"}
                      </span>
                    </button>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(c) => (
                <tr>
                  <For each={logColumns}>
                    {(column) => (
                      <td data-label={column.label} class={`col-${column.key}`}>
                        {cell(c, column.key)}
                      </td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <p class="meta">Last contact times are in {zone()}.</p>
      </Show>
    </>
  );
}

export function ContactLog() {
  pageTitle("Contacts");
  const [loaded] = createResource(load);
  const location = useLocation<{ deleted?: string }>();
  const navigate = useNavigate();
  // Said once: the history entry forgets it, so a reload or Back does not say it again.
  const deleted = location.state?.deleted;
  onMount(() => {
    if (deleted) navigate(location.pathname, { replace: true, state: {} });
  });
  return (
    <section aria-labelledby="contacts-title">
      <h1 id="contacts-title">Contacts</h1>
      <Show when={deleted}>
        <p class="notice" role="status">
          Deleted {deleted} and their log.
        </p>
      </Show>
      <p class="lead">Everyone you flagged or met, where each stands and what comes next.</p>
      <AsyncView resource={loaded} loading="Loading your contacts…">
        {(value) => (
          <>
            <Show
              when={value.contacts.length > 0}
              fallback={
                <p class="empty">
                  No contacts yet. Flag people on a conference's program or its Targets page, or add
                  someone you met below.
                </p>
              }
            >
              <LogTable loaded={value} />
            </Show>
            <AddContact conferences={value.conferences} />
            <Exports />
          </>
        )}
      </AsyncView>
    </section>
  );
}
