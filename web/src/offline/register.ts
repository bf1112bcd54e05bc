/** Installs the service worker that keeps the app shell and the day-of data for offline use.
 * It registers after the page has loaded, so it never competes with the first render; the dev
 * server (hot reload) has none. */
export function registerServiceWorker(): void {
  // Any build has it, whatever mode it was built in; the hot-reload dev server serves none.
  if (import.meta.hot || !("serviceWorker" in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
      console.warn("Offline support is not available:", error);
    });
  };
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

/** The service worker's copy of the API answers (see web/vite.config.ts). */
export const offlineAnswersCache = "rapport-api";

/** Drops the API answers kept for offline use, so that nothing of an account stays readable on
 * the device after signing out. */
export function forgetOfflineAnswers(): void {
  if (typeof caches === "undefined") return;
  caches.delete(offlineAnswersCache).catch(() => {});
}
