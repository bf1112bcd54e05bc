import { Route, Router } from "@solidjs/router";
import { render } from "solid-js/web";
import { Layout } from "./App";
import { signedIn } from "./components/RequireSignIn";
import { ConfirmSignIn } from "./pages/ConfirmSignIn";
import { DevMailbox } from "./pages/DevMailbox";
import { Home } from "./pages/Home";
import { Import } from "./pages/Import";
import { NotFound } from "./pages/NotFound";
import { Program } from "./pages/Program";
import { Settings } from "./pages/Settings";
import { SignIn } from "./pages/SignIn";
import { Welcome } from "./pages/Welcome";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
render(
  () => (
    <Router root={Layout}>
      {/* Home is public: signed out it explains Rapport, signed in it lists conferences. */}
      <Route path="/" component={Home} />
      <Route path="/sign-in" component={SignIn} />
      <Route path="/sign-in/confirm" component={ConfirmSignIn} />
      <Route path="/welcome" component={signedIn(Welcome, { newAccount: true })} />
      <Route path="/settings" component={signedIn(Settings)} />
      <Route path="/import" component={signedIn(Import)} />
      <Route path="/conferences/:id" component={signedIn(Program)} />
      <Route path="/dev/mailbox" component={DevMailbox} />
      <Route path="*" component={NotFound} />
    </Router>
  ),
  root,
);
