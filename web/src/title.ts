/** Names the page in the tab and for screen readers announcing the new document title. */
export function pageTitle(title: string) {
  document.title = title ? `${title} · Rapport` : "Rapport";
}
