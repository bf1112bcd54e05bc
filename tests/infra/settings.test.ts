import { describe, expect, test } from "vitest";
import { deploySettings } from "../../infra/stage";
import { synthesize } from "./synth";

const sender = "Rapport <reminders@rapport-mail.org>";

describe("deploySettings", () => {
  test("on a stage to keep, the sender and the address are required, named with an example", () => {
    expect(() => deploySettings("prod", {})).toThrow(
      'Stage "prod" needs MAIL_FROM (the sender, an address of an SES-verified identity, e.g. MAIL_FROM="Rapport <reminders@your-domain.org>") and APP_URL (the address users open: an https URL such as https://rapport.your-domain.org, or `cloudfront` for the distribution\'s own https://<id>.cloudfront.net). Only stages named dev or dev-<name> may go without.',
    );
    expect(() => deploySettings("staging", { APP_URL: "cloudfront" })).toThrow(
      /^Stage "staging" needs MAIL_FROM \(/,
    );
    expect(() => deploySettings("alice", { MAIL_FROM: sender, APP_URL: " " })).toThrow(
      /^Stage "alice" needs APP_URL \(/,
    );
  });

  test("the sender's domain is the identity mail is sent as, unless MAIL_IDENTITY lists others", () => {
    expect(deploySettings("prod", { MAIL_FROM: sender, APP_URL: "cloudfront" })).toEqual({
      mailFrom: sender,
      mailIdentities: ["rapport-mail.org"],
      appUrl: undefined,
      alarmEmail: undefined,
      sendsPerSecond: 10,
    });
    expect(
      deploySettings("prod", {
        MAIL_FROM: "reminders@Rapport-Mail.org",
        MAIL_IDENTITY: "reminders@rapport-mail.org, Tester@Hospital.org",
        APP_URL: "https://rapport.rapport-mail.org/",
        ALARM_EMAIL: "oncall@rapport-mail.org",
        SENDS_PER_SECOND: " 40 ",
      }),
    ).toEqual({
      mailFrom: "reminders@Rapport-Mail.org",
      mailIdentities: ["reminders@rapport-mail.org", "tester@hospital.org"],
      appUrl: "https://rapport.rapport-mail.org",
      alarmEmail: "oncall@rapport-mail.org",
      sendsPerSecond: 40,
    });
  });

  test("a dev stage may go without a sender and then sends as no identity", () => {
    expect(deploySettings("dev-alice", {})).toEqual({
      mailFrom: undefined,
      mailIdentities: [],
      appUrl: undefined,
      alarmEmail: undefined,
      sendsPerSecond: 10,
    });
  });

  test.each([
    [
      { MAIL_FROM: "Rapport reminders" },
      'MAIL_FROM "Rapport reminders" holds no email address; set MAIL_FROM (',
    ],
    [
      { MAIL_FROM: "no-reply@example.com" },
      'MAIL_FROM "no-reply@example.com" is a placeholder: example.com is a reserved domain that SES cannot verify',
    ],
    [
      { MAIL_FROM: "Rapport <reminders@rapport.localhost>" },
      "rapport.localhost is a reserved domain",
    ],
    [
      { MAIL_FROM: sender, MAIL_IDENTITY: "rapport mail" },
      'MAIL_IDENTITY entry "rapport mail" is neither a domain nor an email address',
    ],
    [{ MAIL_IDENTITY: "rapport-mail.org" }, "MAIL_IDENTITY is set but MAIL_FROM is not"],
    [{ APP_URL: "rapport.rapport-mail.org" }, 'APP_URL "rapport.rapport-mail.org" is not a URL'],
    [
      { APP_URL: "http://rapport.rapport-mail.org" },
      'APP_URL "http://rapport.rapport-mail.org" must be an https origin with no path',
    ],
    [
      { APP_URL: "https://rapport-mail.org/app" },
      'APP_URL "https://rapport-mail.org/app" must be an https origin with no path',
    ],
    [{ ALARM_EMAIL: "oncall" }, 'ALARM_EMAIL "oncall" is not an email address.'],
  ])("%j is refused: %s", (env, message) => {
    expect(() => deploySettings("dev", env)).toThrow(message);
  });
});

test.each(["0", "2.5", "fast", "-3", "1001"])("SENDS_PER_SECOND=%s is refused", (rate) => {
  expect(() => deploySettings("dev", { SENDS_PER_SECOND: rate })).toThrow(
    `SENDS_PER_SECOND "${rate}" must be a whole number from 1 to 1000, at most the SES account's maximum send rate.`,
  );
});

test("a prod synth without MAIL_FROM and APP_URL fails and says what to set", async () => {
  await expect(synthesize("prod")).rejects.toThrow(
    /^Stage "prod" needs MAIL_FROM \(.*\) and APP_URL \(/,
  );
});
