/** SES event publishing records and the SNS events that carry them to Lambda, in the shapes AWS
 * documents ("Examples of event data that Amazon SES publishes to Amazon SNS"), with Rapport's
 * own sender, configuration set and times. */

export const sender = "Rapport <reminders@rapport-mail.org>";

/** The `mail` object: the message the event is about, sent at `sentAt`. */
function mail(to: string, sentAt: string) {
  return {
    timestamp: sentAt,
    source: sender,
    sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/rapport-mail.org",
    sendingAccountId: "123456789012",
    messageId: "0100018f2a7c1b3d-5e6f7a8b-1c2d-4e5f-9a0b-1c2d3e4f5a6b-000000",
    destination: [to],
    headersTruncated: false,
    headers: [
      { name: "From", value: sender },
      { name: "To", value: to },
      { name: "Subject", value: "Follow up with the people you met" },
      { name: "MIME-Version", value: "1.0" },
      { name: "Content-Type", value: 'multipart/alternative; boundary="--_NmP-1"' },
    ],
    commonHeaders: {
      from: [sender],
      to: [to],
      messageId: "0100018f2a7c1b3d-5e6f7a8b-1c2d-4e5f-9a0b-1c2d3e4f5a6b-000000",
      subject: "Follow up with the people you met",
    },
    tags: {
      "ses:configuration-set": ["prod-rapport-mail"],
      "ses:source-ip": ["192.0.2.10"],
      "ses:from-domain": ["rapport-mail.org"],
      "ses:caller-identity": ["prod-rapport-Dispatch-role"],
    },
  };
}

interface BounceOptions {
  bounceType?: string;
  bounceSubType?: string;
  diagnosticCode?: string;
  sentAt?: string;
  at?: string;
}

export function bounceRecord(to: string, options: BounceOptions = {}) {
  const {
    bounceType = "Permanent",
    bounceSubType = "General",
    diagnosticCode = "smtp; 550 5.1.1 user unknown",
    sentAt = "2027-04-20T12:00:02.012Z",
    at = "2027-04-20T12:00:41.669Z",
  } = options;
  return {
    eventType: "Bounce",
    bounce: {
      bounceType,
      bounceSubType,
      bouncedRecipients: [
        {
          emailAddress: to,
          action: "failed",
          status: bounceType === "Permanent" ? "5.1.1" : "4.2.2",
          diagnosticCode,
        },
      ],
      timestamp: at,
      feedbackId: "0100018f2a7c9e01-aa11bb22-cc33-dd44-ee55-ff6677889900-000000",
      reportingMTA: "dsn; mx1.hospital.org",
    },
    mail: mail(to, sentAt),
  };
}

export function complaintRecord(to: string, sentAt = "2027-04-20T12:00:02.012Z") {
  return {
    eventType: "Complaint",
    complaint: {
      complainedRecipients: [{ emailAddress: to }],
      timestamp: "2027-04-21T08:15:00.000Z",
      feedbackId: "0100018f2f1d0c22-11223344-5566-7788-99aa-bbccddeeff00-000000",
      userAgent: "Mozilla/5.0 (compatible; hospital.org feedback loop)",
      complaintFeedbackType: "abuse",
      complaintSubType: null,
      arrivalDate: "2027-04-21T08:14:58.000Z",
    },
    mail: mail(to, sentAt),
  };
}

/** The event Lambda receives from an SNS subscription, one record per message. A message that is
 * not a string is sent as SES would have written it, as JSON. */
export function snsEvent(...messages: unknown[]) {
  return {
    Records: messages.map((message, n) => ({
      EventSource: "aws:sns",
      EventVersion: "1.0",
      EventSubscriptionArn:
        "arn:aws:sns:us-east-1:123456789012:prod-rapport-Mail-MailEvents:2f0c4b7e-8d1a-4c3b-9e5f-6a7b8c9d0e1f",
      Sns: {
        Type: "Notification",
        MessageId: `6c1f0f4e-7a2b-5c3d-8e9f-0a1b2c3d4e${String(n).padStart(2, "0")}`,
        TopicArn: "arn:aws:sns:us-east-1:123456789012:prod-rapport-Mail-MailEvents",
        Subject: "Amazon SES Email Event Notification",
        Message: typeof message === "string" ? message : JSON.stringify(message),
        Timestamp: "2027-04-20T12:00:42.100Z",
        SignatureVersion: "1",
        Signature: "RmFrZVNpZ25hdHVyZUZvclRlc3Rz",
        SigningCertUrl:
          "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef.pem",
        UnsubscribeUrl:
          "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:prod-rapport-Mail-MailEvents:2f0c4b7e",
        MessageAttributes: {},
      },
    })),
  };
}
