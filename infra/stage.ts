/** Only stages named "dev" or "dev-<something>" are disposable. Every other stage (prod, staging,
 * personal stages, typos) keeps its data, because losing a table by accident is not undoable. */
export function isDevStage(stage: string): boolean {
  return stage === "dev" || stage.startsWith("dev-");
}

/** What a deploy is told through the environment. */
export interface DeploySettings {
  /** The sender, `Name <address>` or an address. Absent only on a dev stage, which then sends no
   * mail at all rather than mail from an address nobody verified. */
  mailFrom?: string;
  /** The SES identities (domains or addresses) the functions may send as. */
  mailIdentities: string[];
  /** The address users open and links point to; absent means the distribution's own. */
  appUrl?: string;
  /** Where alarms are mailed, if anywhere. */
  alarmEmail?: string;
  /** The dispatcher's pace in messages a second, within the SES account's sending rate. */
  sendsPerSecond: number;
}

/** SES sets each account's rate by its use (1 a second in the sandbox); 10 leaves room for
 * sign-in mail under a modest production rate, and the setting follows the account. */
const defaultSendsPerSecond = 10;

const address = /^[^\s@<>",]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
const domain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
/** RFC 2606 names: nobody can verify them in SES, so a sender there is a placeholder. */
const reserved = /(^|\.)(example\.(com|net|org)|[^.]+\.(example|invalid|localhost|test))$/i;

const mailFromHelp =
  'MAIL_FROM (the sender, an address of an SES-verified identity, e.g. MAIL_FROM="Rapport <reminders@your-domain.org>")';
const appUrlHelp =
  "APP_URL (the address users open: an https URL such as https://rapport.your-domain.org, or `cloudfront` for the distribution's own https://<id>.cloudfront.net)";

function senderDomain(mailFrom: string): string {
  const bracketed = /<([^<>]+)>\s*$/.exec(mailFrom)?.[1];
  const found = address.exec((bracketed ?? mailFrom).trim())?.[1];
  if (!found)
    throw new Error(`MAIL_FROM "${mailFrom}" holds no email address; set ${mailFromHelp}.`);
  if (reserved.test(found)) {
    throw new Error(
      `MAIL_FROM "${mailFrom}" is a placeholder: ${found} is a reserved domain that SES cannot verify; set ${mailFromHelp}.`,
    );
  }
  return found.toLowerCase();
}

function identities(list: string | undefined, mailFrom: string): string[] {
  const fromDomain = senderDomain(mailFrom);
  if (!list?.trim()) return [fromDomain];
  return list.split(",").map((entry) => {
    const identity = entry.trim();
    if (!domain.test(identity) && !address.test(identity)) {
      throw new Error(
        `MAIL_IDENTITY entry "${identity}" is neither a domain nor an email address; list the SES identities to send as, separated by commas.`,
      );
    }
    return identity.toLowerCase();
  });
}

function siteUrl(value: string): string | undefined {
  if (value === "cloudfront") return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`APP_URL "${value}" is not a URL; set ${appUrlHelp}.`);
  }
  if (url.protocol !== "https:" || url.username || url.password || url.pathname !== "/") {
    throw new Error(`APP_URL "${value}" must be an https origin with no path; set ${appUrlHelp}.`);
  }
  if (url.search || url.hash) throw new Error(`APP_URL "${value}" must not carry ? or #.`);
  return url.origin;
}

function pace(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return defaultSendsPerSecond;
  const rate = Number(text);
  if (!/^\d+$/.test(text) || rate < 1 || rate > 1000) {
    throw new Error(
      `SENDS_PER_SECOND "${text}" must be a whole number from 1 to 1000, at most the SES account's maximum send rate.`,
    );
  }
  return rate;
}

/** Reads and checks the deploy settings. Every stage but a dev one must name its sender and its
 * address, so no stage mails from a placeholder or links to an address users do not open. */
export function deploySettings(
  stage: string,
  env: Record<string, string | undefined> = process.env,
): DeploySettings {
  const mailFrom = env.MAIL_FROM?.trim() || undefined;
  const appUrl = env.APP_URL?.trim() || undefined;
  if (!isDevStage(stage)) {
    const missing = [mailFrom ? "" : mailFromHelp, appUrl ? "" : appUrlHelp].filter(Boolean);
    if (missing.length > 0) {
      throw new Error(
        `Stage "${stage}" needs ${missing.join(" and ")}. Only stages named dev or dev-<name> may go without.`,
      );
    }
  }
  if (!mailFrom && env.MAIL_IDENTITY?.trim()) {
    throw new Error(`MAIL_IDENTITY is set but MAIL_FROM is not; set ${mailFromHelp}.`);
  }
  const alarmEmail = env.ALARM_EMAIL?.trim() || undefined;
  if (alarmEmail && !address.test(alarmEmail)) {
    throw new Error(`ALARM_EMAIL "${alarmEmail}" is not an email address.`);
  }
  return {
    mailFrom,
    mailIdentities: mailFrom ? identities(env.MAIL_IDENTITY, mailFrom) : [],
    appUrl: appUrl ? siteUrl(appUrl) : undefined,
    alarmEmail,
    sendsPerSecond: pace(env.SENDS_PER_SECOND),
  };
}
