import { Route, Router } from "@solidjs/router";
import { render } from "solid-js/web";
import { Layout } from "./App";
import { DevMailbox } from "./pages/DevMailbox";
import { Home } from "./pages/Home";
import { Import } from "./pages/Import";
import { Program } from "./pages/Program";
import "./styles.css";

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </section>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
render(
  () => (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/import" component={Import} />
      <Route path="/conferences/:id" component={Program} />
      <Route path="/dev/mailbox" component={DevMailbox} />
      <Route path="*" component={NotFound} />
    </Router>
  ),
  root,
);
