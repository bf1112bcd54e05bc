import type { ConferenceSummary } from "../../../schemas/conference";
import type { Contact } from "../../../schemas/contact";
import type { OutgoingMail } from "../../../schemas/mail";
import { kindNames, type MailKind } from "../../../schemas/mail-plan";
import type { ScheduledMail } from "../../../schemas/outbox";
import type { Profile } from "../../../schemas/profile";
import { listConferences } from "../../store/conference";
import { listContacts } from "../../store/contact";
import type { Db } from "../../store/db";
import { getProfile } from "../../store/user";
import { type Block, htmlOf, type Line, textOf } from "./layout";
import { unsubscribeToken } from "./unsubscribe-token";

interface Context {
  appUrl: string;
  profile: Profile;
  conference?: ConferenceSummary;
  contacts: Contact[];
  mail: ScheduledMail;
}

/**
 * The message of one scheduled reminder, built from the data as it is now (a contact edited
 * since the plan shows its new name). Undefined when there is nothing left to say: the account,
 * the conference or every contact it was about is gone, or the user turned this kind off.
 */
export async function renderReminder(
  db: Db,
  appUrl: string,
  userId: string,
  mail: ScheduledMail,
  now: Date,
): Promise<OutgoingMail | undefined> {
  const profile = await getProfile(db, userId);
  if (!profile || profile.mailKindsOff?.includes(mail.kind)) return undefined;
  const conference = mail.conferenceId
    ? (await listConferences(db, userId, now)).conferences.find((c) => c.id === mail.conferenceId)
    : undefined;
  if (mail.conferenceId && !conference) return undefined;
  const wanted = new Set(mail.contactIds);
  const contacts = ((await listContacts(db, userId, { whole: true })) as Contact[]).filter((c) =>
    wanted.has(c.id),
  );
  if (contacts.length === 0) return undefined;
  const ctx: Context = { appUrl: appUrl.replace(/\/$/, ""), profile, contacts, mail };
  if (conference) ctx.conference = conference;
  const { subject, blocks } = compose[mail.kind](ctx);
  const unsubscribe = `${ctx.appUrl}/api/unsubscribe/${await unsubscribeToken(db, userId, mail.kind)}`;
  const footer: Block = {
    kind: "footer",
    lines: [
      [
        `You get this email because you planned ${conference ? `“${conference.title}”` : "your contacts"} in Rapport and asked for ${kindNames[mail.kind]}.`,
      ],
      [
        "Change when reminders come in ",
        { text: "Settings", href: `${ctx.appUrl}/settings` },
        ", or ",
        { text: `stop ${kindNames[mail.kind]}`, href: unsubscribe },
        ".",
      ],
    ],
  };
  const all = [...blocks, footer];
  return {
    to: profile.email,
    subject,
    text: textOf(all),
    html: htmlOf(subject, all),
    headers: {
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

const who = (c: Contact) => [c.name, ...c.credentials].join(", ");

function timeFormat(timeZone: string) {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
}

function dayLabel(date: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(new Date(`${date}T12:00:00Z`));
}

const plain = (text: string) => text.replace(/[\u202f\u2009]/g, " ");

const contactLink = (ctx: Context, c: Contact, anchor = "") =>
  `${ctx.appUrl}/contacts/${c.id}${anchor}`;

const compose: Record<MailKind, (ctx: Context) => { subject: string; blocks: Block[] }> = {
  outreach(ctx) {
    const title = ctx.conference?.title ?? "your conference";
    return {
      subject: `Send your intro emails for ${title}`,
      blocks: [
        {
          kind: "paragraph",
          lines: [
            [
              `${ctx.conference ? `${title} starts on ${dayLabel(ctx.conference.startDate)}. ` : ""}Now is a good time to write to the people you want to meet. Each draft is ready; open it, check it, and send it from your own mail.`,
            ],
          ],
        },
        {
          kind: "list",
          lines: ctx.contacts.map<Line>((c) => [
            `${who(c)}${c.institution ? `, ${c.institution}` : ""}: `,
            { text: "open the draft", href: contactLink(ctx, c, "#drafts") },
            " · ",
            { text: "mark as sent", href: contactLink(ctx, c, "/sent") },
          ]),
        },
      ],
    };
  },

  "day-plan"(ctx) {
    const zone = ctx.conference?.timeZone ?? ctx.profile.timeZone;
    const date = ctx.mail.date ?? "";
    const format = timeFormat(zone);
    const onDay = new Intl.DateTimeFormat("en-CA", { timeZone: zone });
    const sessions = ctx.contacts
      .flatMap((c) => c.sessions.map((s) => ({ s, c })))
      .filter(({ s }) => onDay.format(new Date(s.start)) === date)
      .sort((a, b) => a.s.start.localeCompare(b.s.start) || a.s.title.localeCompare(b.s.title));
    const dayUrl = `${ctx.appUrl}/conferences/${ctx.mail.conferenceId}/day/${date}`;
    return {
      subject: `Your plan for ${dayLabel(date)}${ctx.conference ? ` at ${ctx.conference.title}` : ""}`,
      blocks: [
        {
          kind: "paragraph",
          lines: [["The people you want to meet today, in the order you can catch them:"]],
        },
        {
          kind: "list",
          lines: sessions.map<Line>(({ s, c }) => [
            `${plain(format.format(new Date(s.start)))}${s.room ? `, ${s.room}` : ""}: ${s.title} — ${who(c)} (${c.priority === "must" ? "must meet" : "nice to meet"})`,
          ]),
        },
        {
          kind: "paragraph",
          lines: [
            [
              "Your checklist, intro script and card are on ",
              { text: "today's page", href: dayUrl },
              ", which works without a connection once opened.",
            ],
          ],
        },
      ],
    };
  },

  "follow-up"(ctx) {
    return followUp(ctx, false);
  },

  "follow-up-last-call"(ctx) {
    return followUp(ctx, true);
  },

  "keep-in-touch"(ctx) {
    const [first] = ctx.contacts;
    const name = first ? first.name : "your mentor";
    return {
      subject: `Time to write to ${name}`,
      blocks: [
        {
          kind: "paragraph",
          lines: [
            [
              `It has been a while since you were last in touch with ${ctx.contacts.map(who).join(" and ")}. A short update on your applications, or a thank-you for their advice, keeps the relationship going.`,
            ],
          ],
        },
        {
          kind: "list",
          lines: ctx.contacts.map<Line>((c) => [
            `${who(c)}: `,
            { text: "open their page", href: contactLink(ctx, c) },
            " · ",
            { text: "draft an email", href: contactLink(ctx, c, "#drafts") },
          ]),
        },
      ],
    };
  },
};

function followUp(ctx: Context, lastCall: boolean): { subject: string; blocks: Block[] } {
  const title = ctx.conference?.title ?? "the conference";
  const met = ctx.contacts.filter((c) => c.status === "met");
  const unmarked = ctx.contacts.filter((c) => c.status === "target" || c.status === "emailed");
  const blocks: Block[] = [
    {
      kind: "paragraph",
      lines: [
        [
          lastCall
            ? `A last reminder: these people from ${title} have not had your follow-up yet. A short thank-you now still counts.`
            : `Follow up with the people you met at ${title} while they still remember your conversation. Each draft is built from your notes.`,
        ],
      ],
    },
  ];
  if (met.length > 0) {
    blocks.push({
      kind: "list",
      lines: met.map<Line>((c) => [
        `${who(c)}: `,
        { text: "open the follow-up draft", href: contactLink(ctx, c, "#drafts") },
      ]),
    });
  }
  if (!lastCall && unmarked.length > 0) {
    blocks.push(
      { kind: "paragraph", lines: [["Did you meet these people? Mark them so Rapport can help:"]] },
      {
        kind: "list",
        lines: unmarked.map<Line>((c) => [
          `${who(c)}: `,
          { text: "mark met or not met", href: contactLink(ctx, c) },
        ]),
      },
    );
  }
  return {
    subject: lastCall
      ? `Last call: follow up from ${title}`
      : `Follow up with the people you met at ${title}`,
    blocks,
  };
}
