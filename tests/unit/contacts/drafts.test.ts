import { describe, expect, it } from "vitest";
import { draftsFor, mailtoLink, mergeValues } from "../../../functions/domain/contacts/drafts";
import type { ConferenceSummary } from "../../../schemas/conference";
import type { Contact } from "../../../schemas/contact";
import {
  defaultFollowUpTemplate,
  defaultIntroScript,
  newProfile,
  type Profile,
} from "../../../schemas/profile";
import type { Session } from "../../../schemas/program";
import { aContact } from "../../fixtures/contact";

const profile: Profile = {
  ...newProfile("amira.haddad@example.org", "2027-01-10T09:00:00.000Z"),
  onboarded: true,
  name: "Amira Haddad",
  credentials: ["MBBS"],
  position: "PGY-1 preliminary surgery resident",
  institution: "Henry Ford Hospital",
  timeZone: "America/Detroit",
};

const contact: Contact = aContact({
  id: "c-ana",
  version: 2,
  name: "Ana de la Cruz",
  credentials: ["MD", "FACS"],
  title: "Program Director, General Surgery",
  institution: "Northwestern University",
  email: "ana.delacruz@example.edu",
  interests: "minimally invasive surgery",
  createdAt: "2027-02-01T12:00:00.000Z",
});

const conference: ConferenceSummary = {
  id: "msa-2027",
  title: "Midwest Surgical Association Annual Meeting",
  timeZone: "America/Chicago",
  startDate: "2027-04-14",
  endDate: "2027-04-16",
  format: "ics",
  sessionCount: 120,
  peopleCount: 300,
  roomCount: 6,
  warningCount: 0,
  createdAt: "2027-02-01T12:00:00.000Z",
};

const session: Session = {
  id: "s-42",
  title: "Robotic Hernia Repair: Lessons from 500 Cases",
  start: "2027-04-15T10:30:00-05:00",
  end: "2027-04-15T11:15:00-05:00",
  people: [{ personId: "p-ana", role: "speaker" }],
};

describe("mergeValues", () => {
  it("fills every field from the profile, the contact, the conference and the session", () => {
    expect(mergeValues({ profile, contact, conference, session, note: " Great chat. " })).toEqual({
      targetName: "Ana de la Cruz",
      targetLastName: "de la Cruz",
      targetTitle: "Program Director, General Surgery",
      targetAffiliation: "Northwestern University",
      conference: "Midwest Surgical Association Annual Meeting",
      sessionTitle: "Robotic Hernia Repair: Lessons from 500 Cases",
      sessionDate: "Thursday, April 15, 2027",
      sessionTime: "10:30 AM CDT",
      topic: "Robotic Hernia Repair: Lessons from 500 Cases",
      note: "Great chat.",
      myName: "Amira Haddad",
      myPosition: "PGY-1 preliminary surgery resident",
      myInstitution: "Henry Ford Hospital",
    });
  });

  it("gives session times in the conference's zone, not the user's, with the zone named", () => {
    const late = { ...session, start: "2027-04-16T04:30:00Z" };
    const india = { ...conference, timeZone: "Asia/Kolkata" };
    expect(mergeValues({ profile, contact, conference: india, session: late })).toMatchObject({
      sessionDate: "Friday, April 16, 2027",
      sessionTime: "10:00 AM GMT+5:30",
    });
    expect(mergeValues({ profile, contact, conference, session: late })).toMatchObject({
      sessionDate: "Thursday, April 15, 2027",
      sessionTime: "11:30 PM CDT",
    });
  });

  it("uses the user's zone for a session when there is no conference", () => {
    expect(mergeValues({ profile, contact, session })).toMatchObject({
      conference: "",
      sessionTime: "11:30 AM EDT",
    });
  });

  it("takes the topic from the session, else the contact's interests, else 'your work'", () => {
    expect(mergeValues({ profile, contact }).topic).toBe("minimally invasive surgery");
    expect(mergeValues({ profile, contact: { ...contact, interests: " " } }).topic).toBe(
      "your work",
    );
  });

  it("leaves the session fields and the note empty when there are none", () => {
    expect(mergeValues({ profile, contact })).toMatchObject({
      sessionTitle: "",
      sessionDate: "",
      sessionTime: "",
      note: "",
    });
  });
});

describe("draftsFor", () => {
  const ctx = {
    profile,
    contact,
    conference,
    session,
    introTemplate: defaultIntroScript,
    followUpTemplate: defaultFollowUpTemplate,
  };

  it("fills the default intro script from a realistic profile and contact", () => {
    const { intro, followUp } = draftsFor({ ...ctx, met: false });
    expect(followUp).toBeUndefined();
    const body = `Dear Dr. de la Cruz,

My name is Amira Haddad, PGY-1 preliminary surgery resident at Henry Ford Hospital. I will be at Midwest Surgical Association Annual Meeting and would be grateful for ten minutes of your time to hear about your work on Robotic Hernia Repair: Lessons from 500 Cases and to ask your advice about training at Northwestern University.

Would a short conversation during the meeting suit you?

With thanks,
Amira Haddad`;
    const subject = "Introduction — Amira Haddad, Midwest Surgical Association Annual Meeting";
    expect(intro).toEqual({
      to: "ana.delacruz@example.edu",
      subject,
      body,
      mailto: mailtoLink("ana.delacruz@example.edu", subject, body).mailto,
      shortened: false,
    });
    expect(
      intro.mailto.startsWith(
        "mailto:ana.delacruz@example.edu?subject=Introduction%20%E2%80%94%20Amira%20Haddad%2C%20Midwest%20Surgical%20Association%20Annual%20Meeting&body=Dear%20Dr.%20de%20la%20Cruz%2C%0D%0A%0D%0AMy%20name%20is%20Amira%20Haddad%2C%20",
      ),
    ).toBe(true);
  });

  it("adds the follow-up once they met, with the note in its place", () => {
    const { followUp } = draftsFor({
      ...ctx,
      met: true,
      note: "Your advice on research years was very helpful.",
    });
    expect(followUp?.subject).toBe("Thank you — Midwest Surgical Association Annual Meeting");
    expect(followUp?.body).toBe(`Dear Dr. de la Cruz,

Thank you for taking the time to talk with me at Midwest Surgical Association Annual Meeting. Your advice on research years was very helpful.

I would value staying in touch as I prepare my applications, and I will keep you posted on my progress.

With thanks,
Amira Haddad
PGY-1 preliminary surgery resident, Henry Ford Hospital`);
  });

  it("leaves no dangling space where the follow-up has no note", () => {
    const { followUp } = draftsFor({ ...ctx, met: true });
    expect(followUp?.body.split("\n")[2]).toBe(
      "Thank you for taking the time to talk with me at Midwest Surgical Association Annual Meeting.",
    );
  });

  it("writes subjects without a conference, and drafts without an address", () => {
    const { intro, followUp } = draftsFor({
      ...ctx,
      contact: { ...contact, email: "" },
      conference: undefined,
      met: true,
    });
    expect([intro.subject, followUp?.subject]).toEqual([
      "Introduction — Amira Haddad",
      "Thank you for your time",
    ]);
    expect(intro.to).toBe("");
    expect(
      intro.mailto.startsWith("mailto:?subject=Introduction%20%E2%80%94%20Amira%20Haddad&body="),
    ).toBe(true);
  });
});
