import { createMemo, onCleanup, onMount } from "solid-js";
import { framedMailHtml, movedStyleAttribute } from "../mail-html";

/**
 * An email's HTML as a mail client shows it, styles included, in a frame as tall as the mail.
 * The frame is sandboxed without scripts, forms or pop-ups; it shares the app's origin only so
 * that the app can apply the mail's styles, and a link in it opens in the app's window when the
 * user follows it (a sign-in link signs this browser in, a reminder's link opens its page).
 */
export function MailFrame(props: { html: string; title: string }) {
  let frame: HTMLIFrameElement | undefined;
  const source = createMemo(() => framedMailHtml(props.html));
  const fitHeight = () => {
    const root = frame?.contentDocument?.documentElement;
    const height = root ? Math.ceil(root.getBoundingClientRect().height) : 0;
    // A frame in a closed <details> has no layout yet; it is fitted when it is shown.
    if (frame && height > 0) frame.style.height = `${height}px`;
  };
  const loaded = () => {
    const doc = frame?.contentDocument;
    if (!doc) return;
    // The policy forbids style attributes, not styles set through the CSSOM.
    for (const element of doc.querySelectorAll<HTMLElement>(`[${movedStyleAttribute}]`)) {
      element.style.cssText = element.getAttribute(movedStyleAttribute) ?? "";
    }
    fitHeight();
  };
  // Showing the frame, or a new width, changes the mail's height.
  const resized = new ResizeObserver(fitHeight);
  onMount(() => frame && resized.observe(frame));
  onCleanup(() => resized.disconnect());
  return (
    <iframe
      ref={frame}
      class="mail-html"
      title={props.title}
      sandbox="allow-same-origin allow-top-navigation-by-user-activation"
      srcdoc={source()}
      onLoad={loaded}
    />
  );
}
