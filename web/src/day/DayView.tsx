import { A } from "@solidjs/router";
import {
  createEffect,
  createMemo,
  createResource,
  createSignal,
  For,
  on,
  onCleanup,
  Show,
} from "solid-js";
import { messageOf } from "../api";
import { fetchCard } from "../card/card-file";
import { changes, startSending, waiting } from "../offline/changes";
import { dayKey, dayLabel, formatFor, timeRange } from "../program-view";
import { pageTitle } from "../title";
import { type DayData, loadDay } from "./day-data";
import {
  conferenceDays,
  metOutsideSessions,
  nowAndNext,
  type SessionSlot,
  sessionsOfDay,
  withChanges,
} from "./day-view";
import { QuickAdd } from "./QuickAdd";
import { SyncStatus } from "./SyncStatus";
import { TargetCard } from "./TargetCard";
import "./day.css";

function zoneName(timeZone: string, at: string): string {
  const part = formatFor(undefined, { timeZone, timeZoneName: "long" })
    .formatToParts(new Date(at))
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** One conference day, built for a phone in one hand: now and next, then every target session
 * of the day with its targets. Works offline from the data of the last visit. */
export function DayView(props: { conferenceId: string; date: string; upcoming?: boolean }) {
  startSending();
  const [data, { refetch }] = createResource<DayData, string>(
    () => props.conferenceId,
    (conferenceId, { refetching }) => loadDay(conferenceId, refetching !== false),
  );
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(tick));
  // Once everything waiting has reached the server, its answer replaces what was applied here.
  createEffect(
    on(
      () => waiting().length,
      (count, before) => {
        if (count === 0 && (before ?? 0) > 0) void refetch();
      },
      { defer: true },
    ),
  );
  const view = createMemo(() => {
    const loaded = data.latest;
    return loaded ? withChanges(loaded, changes()) : undefined;
  });
  createEffect(() => {
    const title = view()?.conference.title;
    pageTitle(title ? `${dayLabel(props.date)} · ${title}` : "Today");
  });
  return (
    <div class="day">
      <Show
        when={view()}
        fallback={
          <Show
            when={data.error}
            fallback={
              <p class="notice" role="status">
                Loading the day…
              </p>
            }
          >
            <p class="notice notice-error" role="alert">
              {messageOf(data.error)} This day opens offline only after one visit online.
            </p>
          </Show>
        }
      >
        {(day) => {
          const zone = () => day().conference.timeZone;
          const slots = createMemo(() => sessionsOfDay(day(), props.date));
          // The first session shows at once; the rest follow one a task, so that a long day never
          // holds the phone's main thread for long. Once all are in, the list follows the data.
          const [shown, setShown] = createSignal(1);
          // What sits below the list comes in the task after its last session, in its place.
          const [listDone, setListDone] = createSignal(false);
          const more = () => {
            if (shown() >= slots().length) {
              setListDone(true);
              // The card is a tap away on this page: read once online, it opens offline too.
              if (navigator.onLine) fetchCard().catch(() => undefined);
              return;
            }
            setShown((n) => n + 1);
            pending = setTimeout(more, 0);
          };
          let pending = setTimeout(more, 0);
          onCleanup(() => clearTimeout(pending));
          const days = () => conferenceDays(day().conference.startDate, day().conference.endDate);
          return (
            <>
              <h1>
                {dayLabel(props.date)}{" "}
                <span class="day-conference">· {day().conference.title}</span>
              </h1>
              <Show when={props.upcoming}>
                <p class="notice">No conference day is today; this is the next one.</p>
              </Show>
              <p class="lead">
                Times in {zoneName(zone(), `${props.date}T12:00:00Z`)} ({zone()}).
              </p>
              <SyncStatus />
              <NowNext
                slots={slots()}
                now={now()}
                zone={zone()}
                today={dayKey(new Date(now()).toISOString(), zone()) === props.date}
              />
              <Show
                when={slots().length > 0}
                fallback={
                  <p class="empty">
                    None of your targets speaks on this day. Flag people on the program to plan it.
                  </p>
                }
              >
                <h2>Your targets' sessions</h2>
                <ol class="slots">
                  <For each={listDone() ? slots() : slots().slice(0, shown())}>
                    {(slot) => (
                      <li class="slot">
                        <p class="slot-time">
                          {timeRange(slot.session.start, slot.session.end, zone())}
                        </p>
                        <h3 class="slot-title">{slot.session.title}</h3>
                        <Show when={slot.session.room}>
                          <p class="slot-room">Room: {slot.session.room}</p>
                        </Show>
                        <For each={slot.targets}>
                          {(entry) => (
                            <TargetCard
                              entry={entry}
                              conferenceId={props.conferenceId}
                              sessionId={slot.session.id}
                              slot={`${slot.session.id}-${entry.contact.id}`}
                            />
                          )}
                        </For>
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
              <Show when={listDone()}>
                <QuickAdd conferenceId={props.conferenceId} />
                <Show when={metOutsideSessions(day(), props.date).length > 0}>
                  <h2>Met outside sessions</h2>
                  <For each={metOutsideSessions(day(), props.date)}>
                    {(entry) => (
                      <TargetCard
                        entry={entry}
                        conferenceId={props.conferenceId}
                        slot={`met-${entry.contact.id}`}
                      />
                    )}
                  </For>
                </Show>
                <nav class="day-nav" aria-label="Conference days">
                  <For each={days()}>
                    {(date) => (
                      <A href={`/conferences/${props.conferenceId}/day/${date}`}>
                        {dayLabel(date)}
                      </A>
                    )}
                  </For>
                  <A href="/card">Show my card</A>
                </nav>
              </Show>
            </>
          );
        }}
      </Show>
    </div>
  );
}

function NowNext(props: { slots: SessionSlot[]; now: number; zone: string; today: boolean }) {
  // On a day other than today, "next" is the day's first session, with no countdown.
  const found = () =>
    props.today
      ? nowAndNext(props.slots, props.now)
      : { next: props.slots[0], minutesToNext: undefined };
  const names = (slot: SessionSlot) => slot.targets.map((t) => t.contact.name).join(", ");
  return (
    <section class="now-next" aria-labelledby="now-next-title">
      <h2 id="now-next-title">Now / next</h2>
      <Show when={found().now}>
        {(slot) => (
          <p>
            <strong>Now:</strong> {slot().session.title}
            {slot().session.room ? `, ${slot().session.room}` : ""} — {names(slot())}
          </p>
        )}
      </Show>
      <Show when={found().next} fallback={<p>No more target sessions on this day.</p>}>
        {(slot) => (
          <p>
            <strong>
              {found().minutesToNext === undefined
                ? "First:"
                : `Next, in ${found().minutesToNext} min:`}
            </strong>{" "}
            {slot().session.title} at{" "}
            {timeRange(slot().session.start, slot().session.end, props.zone)}
            {slot().session.room ? `, ${slot().session.room}` : ""} — {names(slot())}
          </p>
        )}
      </Show>
    </section>
  );
}
