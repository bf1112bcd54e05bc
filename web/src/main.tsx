import { Route, Router } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { render } from "solid-js/web";
import { Layout } from "./App";
import { signedIn } from "./components/RequireSignIn";
import { requestDay } from "./day/day-data";
import { browserTimeZone } from "./format";
import { registerServiceWorker } from "./offline/register";
import "./styles.css";

/** A page whose code is fetched the first time it is shown (or a link to it is pointed at), so
 * that opening one page never waits for the code of the others. */
const page = <K extends string>(name: K, load: () => Promise<Record<K, Component>>) =>
  lazy(async () => ({ default: (await load())[name] }));

const Home = page("Home", () => import("./pages/Home"));
const SignIn = page("SignIn", () => import("./pages/SignIn"));
const ConfirmSignIn = page("ConfirmSignIn", () => import("./pages/ConfirmSignIn"));
const Welcome = page("Welcome", () => import("./pages/Welcome"));
const Settings = page("Settings", () => import("./pages/Settings"));
const Import = page("Import", () => import("./pages/Import"));
const Program = page("Program", () => import("./pages/Program"));
const Targets = page("Targets", () => import("./pages/Targets"));
const Agenda = page("Agenda", () => import("./pages/Agenda"));
const ContactLog = page("ContactLog", () => import("./pages/ContactLog"));
const Contact = page("Contact", () => import("./pages/Contact"));
const Schedule = page("Schedule", () => import("./pages/Schedule"));
const MarkSent = page("MarkSent", () => import("./pages/MarkSent"));
const Status = page("Status", () => import("./pages/Status"));
const DevMailbox = page("DevMailbox", () => import("./pages/DevMailbox"));
const NotFound = page("NotFound", () => import("./pages/NotFound"));
const Day = page("Day", () => import("./pages/Day"));
const Today = page("Today", () => import("./pages/Today"));
const Card = page("Card", () => import("./pages/Card"));

// The browser loads its locale and time-zone data on the first Intl call, a long piece of work
// on a slow phone that every page needs for its times. Done here, before the first paint, it
// holds up nothing the user could tap; done later, it would block a page that looks ready.
browserTimeZone();

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
      <Route path="/conferences/:id/targets" component={signedIn(Targets)} />
      <Route path="/conferences/:id/agenda" component={signedIn(Agenda)} />
      <Route path="/conferences/:id/schedule" component={signedIn(Schedule)} />
      <Route
        path="/conferences/:id/day/:date"
        component={signedIn(Day)}
        preload={({ params }) => params.id && requestDay(params.id)}
      />
      <Route path="/today" component={signedIn(Today)} />
      <Route path="/card" component={signedIn(Card)} />
      <Route path="/schedule" component={signedIn(Schedule)} />
      <Route path="/contacts" component={signedIn(ContactLog)} />
      <Route path="/contacts/:id" component={signedIn(Contact)} />
      <Route path="/contacts/:id/sent" component={signedIn(MarkSent)} />
      <Route path="/status" component={Status} />
      <Route path="/dev/mailbox" component={DevMailbox} />
      <Route path="*" component={NotFound} />
    </Router>
  ),
  root,
);

registerServiceWorker();
