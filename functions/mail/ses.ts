import type { SESClientConfig } from "@aws-sdk/client-ses";
import type { OutgoingMail } from "../../schemas/mail";
import { buildMime } from "./mime";

export interface Mailer {
  /** Sends one message and returns the SES message id. */
  send(mail: OutgoingMail): Promise<string>;
}

/** A mailer over SES `SendRawEmail` (raw, so that reminders can carry their own headers). The
 * SDK loads on first send. */
export function createSesMailer(
  from: string,
  config: SESClientConfig = {},
  /** Hears each message as it was handed to SES (the local dev mailbox shows it). */
  handedOver?: (messageId: string, raw: Uint8Array) => void,
  /** The SES configuration set whose event destination reports bounces and complaints. */
  configurationSet?: string,
): Mailer {
  let client: Promise<{ send: (raw: Uint8Array) => Promise<string | undefined> }> | undefined;
  const load = () => {
    client ??= import("@aws-sdk/client-ses").then((sdk) => {
      const ses = new sdk.SESClient(config);
      return {
        send: async (raw) =>
          (
            await ses.send(
              // The SDK leaves an undefined member out of the request.
              new sdk.SendRawEmailCommand({
                RawMessage: { Data: raw },
                ConfigurationSetName: configurationSet,
              }),
            )
          ).MessageId,
      };
    });
    return client;
  };
  return {
    async send(mail) {
      const raw = await buildMime(mail, from);
      const id = await (await load()).send(raw);
      if (!id) throw new Error("SES accepted the message but returned no message id");
      handedOver?.(id, raw);
      return id;
    },
  };
}
