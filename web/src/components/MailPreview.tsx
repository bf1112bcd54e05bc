import { createResource, Show } from "solid-js";
import { currentProfile } from "../auth";
import { previewMail } from "../reminders";
import { AsyncView } from "./AsyncView";
import { LinkedText } from "./LinkedText";
import { MailFrame } from "./MailFrame";

/** The exact message an email would carry if it went out now, read when first shown. */
export function MailPreview(props: { mailId: string; sent: boolean; revision: string }) {
  const [preview] = createResource(
    () => `${props.mailId}\n${props.revision}`,
    () => previewMail(props.mailId),
  );
  return (
    <AsyncView resource={preview} loading="Writing the email…">
      {(p) => (
        <Show
          when={p.message}
          fallback={
            <p class="empty">
              This email has nothing left to say now: the people it is about are gone from your
              contacts, or you turned this kind of reminder off. It will not go out.
            </p>
          }
        >
          {(message) => (
            <div class="mail-preview">
              <p class="meta">
                {props.sent
                  ? "As it would be written now, from your plan as it is; what went out may differ."
                  : "As it would go out now; it is written again from your plan when it is sent."}
              </p>
              <dl class="status">
                <dt>To</dt>
                <dd>{currentProfile()?.email}</dd>
                <dt>Subject</dt>
                <dd>{message().subject}</dd>
              </dl>
              <Show when={message().html} fallback={<LinkedText text={message().text} />}>
                {(html) => (
                  <>
                    <MailFrame html={html()} title={`The email “${message().subject}”`} />
                    <details class="mail-raw">
                      <summary>Plain-text version</summary>
                      <LinkedText text={message().text} />
                    </details>
                  </>
                )}
              </Show>
            </div>
          )}
        </Show>
      )}
    </AsyncView>
  );
}
