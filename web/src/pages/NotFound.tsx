import { A } from "@solidjs/router";
import { pageTitle } from "../title";

export function NotFound() {
  pageTitle("Page not found");
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be incomplete.</p>
      <p>
        <A href="/">Go to the home page</A>
      </p>
    </section>
  );
}
