import type { OutgoingMail } from "../../schemas/mail";

/** Builds the RFC 5322 message with nodemailer's composer, which folds and encodes every header
 * and takes line breaks out of header values, so nothing in a name or a subject can add a
 * header of its own. Text and, when given, an HTML alternative. */
export async function buildMime(mail: OutgoingMail, from: string): Promise<Uint8Array> {
  // Loaded on the first message: most API requests send no mail.
  const { default: MailComposer } = await import("nodemailer/lib/mail-composer/index.js");
  return new MailComposer({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html === undefined ? {} : { html: mail.html }),
    headers: mail.headers ?? {},
    // SES sets its own Message-ID; quoted-printable keeps bodies readable in the raw message.
    textEncoding: "quoted-printable",
  })
    .compile()
    .build();
}
