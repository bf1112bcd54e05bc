import type { ConferenceSummary } from "../../../schemas/conference";
import type { Contact } from "../../../schemas/contact";
import type { MergeField, Profile } from "../../../schemas/profile";
import { canonicalTimeZone, type Session } from "../../../schemas/program";
import { mailtoLink } from "./mailto";
import { splitName } from "./names";
import { fillTemplate } from "./template";

export { mailtoLink } from "./mailto";
export { fillTemplate } from "./template";

export type DraftContext = {
  profile: Profile;
  contact: Contact;
  conference?: ConferenceSummary | undefined;
  /** The contact's session the draft speaks of, if any. */
  session?: Pick<Session, "title" | "start"> | undefined;
  /** The latest note logged when they met. */
  note?: string | undefined;
};

/** A draft ready for the user's mail app; `shortened` when the body was cut to fit the mail
 * link, so the page can say the full text is to be copied instead. */
export type Draft = {
  to: string;
  subject: string;
  body: string;
  mailto: string;
  shortened: boolean;
};

// ICU puts narrow and thin spaces in times ("10:30\u202fAM"); mail clients and fonts show
// plain ones reliably.
const ODD_SPACES = /[\u202f\u2009\u00a0]/g;
const LINE_BREAKS = /\s+/g;

const dateFormats = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatsFor(timeZone: string) {
  let formats = dateFormats.get(timeZone);
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat("en-US", {
        timeZone,
        weekday: "long",
        year: "numeric",
        month: "long",
        day: "numeric",
      }),
      time: new Intl.DateTimeFormat("en-US", {
        timeZone,
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      }),
    };
    if (dateFormats.size < 100) dateFormats.set(timeZone, formats);
  }
  return formats;
}

/** The values of every merge field. Session times are the conference's wall clock, with its zone
 * named ("10:30 AM CDT"), as the program shows them. */
export function mergeValues(ctx: DraftContext): Record<MergeField, string> {
  const { profile, contact, conference, session } = ctx;
  let sessionDate = "";
  let sessionTime = "";
  const start = session ? Date.parse(session.start) : Number.NaN;
  if (!Number.isNaN(start)) {
    // Both zones were checked when saved; a zone this runtime does not know still names itself.
    const formats = formatsFor(
      canonicalTimeZone(conference?.timeZone ?? profile.timeZone) ?? "UTC",
    );
    sessionDate = formats.date.format(start).replace(ODD_SPACES, " ");
    sessionTime = formats.time.format(start).replace(ODD_SPACES, " ");
  }
  return {
    targetName: contact.name,
    targetLastName: splitName(contact.name).family || contact.name,
    targetTitle: contact.title,
    targetAffiliation: contact.institution,
    conference: conference?.title ?? "",
    sessionTitle: session?.title ?? "",
    sessionDate,
    sessionTime,
    topic: session?.title.trim() || contact.interests.trim() || "your work",
    note: ctx.note?.trim() ?? "",
    myName: profile.name,
    myPosition: profile.position,
    myInstitution: profile.institution,
  };
}

/** The intro draft, and the follow-up once they have met, ready to open in the user's mail. */
export function draftsFor(
  ctx: DraftContext & { introTemplate: string; followUpTemplate: string; met: boolean },
): { intro: Draft; followUp?: Draft } {
  const values = mergeValues(ctx);
  const oneLine = (text: string) => text.replace(LINE_BREAKS, " ").trim();
  const myName = oneLine(values.myName);
  const conference = oneLine(values.conference);
  const introSubject = ["Introduction", [myName, conference].filter((p) => p).join(", ")]
    .filter((p) => p)
    .join(" — ");
  const intro = draft(ctx.contact.email, introSubject, fillTemplate(ctx.introTemplate, values));
  if (!ctx.met) return { intro };
  const thanks = conference ? `Thank you — ${conference}` : "Thank you for your time";
  return {
    intro,
    followUp: draft(ctx.contact.email, thanks, fillTemplate(ctx.followUpTemplate, values)),
  };
}

function draft(to: string, subject: string, body: string): Draft {
  const link = mailtoLink(to, subject, body);
  return { to, subject, body, mailto: link.mailto, shortened: link.shortened };
}
