import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { MailProblem } from "../../../schemas/mail-problem";
import { createAction } from "../action";
import { currentProfile } from "../auth";
import { formatDateTime } from "../format";
import { mailProblem, resumeReminders } from "../mail-problem";
import { myTimeZone } from "../my-zone";
import { ErrorNotice } from "./ErrorNotice";
import "../reminders.css";

const happened = (problem: MailProblem, address: string, at: string) =>
  problem.kind === "bounce"
    ? `A reminder to ${address} bounced on ${at}: the receiving mail server refused it.`
    : `A reminder to ${address} was marked as spam on ${at}.`;

/** Shown on every signed-in page while reminders are paused by a bounce or a spam report: what
 * happened, and the one button that resumes them once the user has checked their address. */
export function MailProblemBanner() {
  const resuming = createAction();
  const [resumed, setResumed] = createSignal(false);
  let said: HTMLParagraphElement | undefined;
  const resume = async () => {
    const done = await resuming.run(async () => {
      await resumeReminders();
      return true;
    });
    if (!done) return;
    setResumed(true);
    // The button is gone; the line saying what happened takes focus in its place.
    said?.focus();
  };
  return (
    <Show
      when={mailProblem()}
      fallback={
        <Show when={resumed()}>
          <p class="notice" role="status" tabindex="-1" ref={said}>
            Reminders resumed: they go to {currentProfile()?.email ?? "your address"} again.
          </p>
        </Show>
      }
    >
      {(problem) => (
        <section class="mail-problem" aria-labelledby="mail-problem-title">
          <p id="mail-problem-title" class="mail-problem-title">
            <strong>Your reminders are paused.</strong>
          </p>
          <p>
            {happened(
              problem(),
              currentProfile()?.email ?? "your address",
              formatDateTime(problem().at, myTimeZone()),
            )}
          </p>
          <Show when={problem().detail}>
            <p class="meta">Report: {problem().detail}</p>
          </Show>
          <p>
            Check your address: is {currentProfile()?.email ?? "it"} spelled right, and does its
            mailbox take mail? Sign-in links still go there. If you marked a reminder as spam by
            mistake, mark it as not spam in your mail. Then resume, or turn off the reminders you do
            not want in <A href="/settings">Settings</A>.
          </p>
          <button
            type="button"
            onClick={resume}
            disabled={resuming.busy()}
            aria-busy={resuming.busy()}
          >
            {resuming.busy() ? "Resuming…" : "My address is fine, resume reminders"}
          </button>
          <ErrorNotice message={resuming.error()} />
        </section>
      )}
    </Show>
  );
}
