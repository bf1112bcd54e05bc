import { describe, expect, it } from "vitest";
import { readMailEvent } from "../../../functions/domain/reminders/bounces";
import { bounceRecord, complaintRecord } from "./ses-records";

const read = (record: unknown) => readMailEvent(JSON.stringify(record));

describe("readMailEvent", () => {
  it("reads a permanent bounce: its type, recipients, diagnostic and both times", () => {
    const result = read(bounceRecord("Ada.Okafor@Hospital.org"));
    if (!("event" in result)) throw new Error(result.unreadable);
    const { event } = result;
    expect(event.eventType).toBe("Bounce");
    if (event.eventType !== "Bounce") return;
    expect(event.mail.timestamp).toBe("2027-04-20T12:00:02.012Z");
    expect(event.bounce.bounceType).toBe("Permanent");
    expect(event.bounce.bounceSubType).toBe("General");
    expect(event.bounce.timestamp).toBe("2027-04-20T12:00:41.669Z");
    expect(event.bounce.bouncedRecipients.map((r) => [r.emailAddress, r.diagnosticCode])).toEqual([
      ["Ada.Okafor@Hospital.org", "smtp; 550 5.1.1 user unknown"],
    ]);
  });

  it("reads a transient bounce as well; recording it is what ignores it", () => {
    const result = read(
      bounceRecord("ada@hospital.org", {
        bounceType: "Transient",
        bounceSubType: "MailboxFull",
        diagnosticCode: "smtp; 452 4.2.2 mailbox full",
      }),
    );
    expect(
      "event" in result && result.event.eventType === "Bounce" && result.event.bounce,
    ).toMatchObject({ bounceType: "Transient", bounceSubType: "MailboxFull" });
  });

  it("reads a complaint, whose subtype SES sends as null", () => {
    const result = read(complaintRecord("ada@hospital.org"));
    if (!("event" in result)) throw new Error(result.unreadable);
    expect(result.event.eventType).toBe("Complaint");
    if (result.event.eventType !== "Complaint") return;
    expect(result.event.complaint).toMatchObject({
      complaintFeedbackType: "abuse",
      complaintSubType: null,
      timestamp: "2027-04-21T08:15:00.000Z",
      complainedRecipients: [{ emailAddress: "ada@hospital.org" }],
    });
  });

  it("writes every time as a UTC instant with milliseconds, whatever SES wrote", () => {
    const result = read(
      bounceRecord("ada@hospital.org", {
        sentAt: "2027-04-20T14:00:02+02:00",
        at: "2027-04-20T12:00:41Z",
      }),
    );
    if (!("event" in result) || result.event.eventType !== "Bounce") throw new Error("unread");
    expect([result.event.mail.timestamp, result.event.bounce.timestamp]).toEqual([
      "2027-04-20T12:00:02.000Z",
      "2027-04-20T12:00:41.000Z",
    ]);
  });

  it("lets fields SES may add later through", () => {
    const record = { ...bounceRecord("ada@hospital.org"), futureField: { any: 1 } };
    expect("event" in read(record)).toBe(true);
  });

  it("says a message is not JSON", () => {
    expect(readMailEvent('{"eventType":"Bounce",')).toEqual({
      unreadable: "the message is not JSON",
    });
  });

  it.each([
    [
      "a delivery",
      { ...bounceRecord("ada@hospital.org"), eventType: "Delivery" },
      'eventType: Invalid type: Expected ("Bounce" | "Complaint") but received "Delivery"',
    ],
    [
      "an identity notification, which says notificationType",
      { notificationType: "Bounce", bounce: bounceRecord("a@hospital.org").bounce, mail: {} },
      'eventType: Invalid type: Expected ("Bounce" | "Complaint") but received undefined',
    ],
    [
      "a bounce without recipients",
      (() => {
        const r = bounceRecord("ada@hospital.org");
        return { ...r, bounce: { ...r.bounce, bouncedRecipients: [] } };
      })(),
      "bounce.bouncedRecipients: Invalid length: Expected >=1 but received 0",
    ],
    [
      "a recipient that is not a string",
      (() => {
        const r = bounceRecord("ada@hospital.org");
        return { ...r, bounce: { ...r.bounce, bouncedRecipients: [{ emailAddress: 5 }] } };
      })(),
      "bounce.bouncedRecipients.0.emailAddress: Invalid type: Expected string but received 5",
    ],
    [
      "a bounce whose time is not a time",
      bounceRecord("ada@hospital.org", { at: "yesterday" }),
      "bounce.timestamp: not a date and time",
    ],
    ["a JSON string", "Bounce", 'Invalid type: Expected Object but received "Bounce"'],
    ["null", null, "Invalid type: Expected Object but received null"],
  ])("finds nothing to read in %s", (_, record, why) => {
    expect(read(record)).toEqual({ unreadable: why });
  });
});
