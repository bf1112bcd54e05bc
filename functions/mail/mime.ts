import type { OutgoingMail } from "../../schemas/mail";

const encodeWord = (value: string) =>
  /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString("base64")}?=`;

const base64Lines = (value: string) =>
  (
    Buffer.from(value)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");

function part(type: string, body: string): string {
  return [
    `Content-Type: ${type}; charset=UTF-8`,
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(body),
  ].join("\r\n");
}

/** Builds an RFC 5322 message with a text part and, when given, an HTML alternative. Bodies are
 * base64 so that any UTF-8 text survives every relay. */
export function buildMime(mail: OutgoingMail, from: string, boundary: string): string {
  const head = [
    `From: ${from}`,
    `To: ${mail.to}`,
    `Subject: ${encodeWord(mail.subject)}`,
    "MIME-Version: 1.0",
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  if (mail.html === undefined) {
    return [...head, part("text/plain", mail.text)].join("\r\n");
  }
  return [
    ...head,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    part("text/plain", mail.text),
    `--${boundary}`,
    part("text/html", mail.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
