import {
  ConfigurationSet,
  ConfigurationSetEventDestination,
  EmailSendingEvent,
  EventDestination,
} from "aws-cdk-lib/aws-ses";
import { Topic } from "aws-cdk-lib/aws-sns";
import type { StackContext } from "sst/constructs";

/** Every message goes out under one SES configuration set, whose event destination publishes its
 * bounces and complaints to an SNS topic (infra/mail-events.ts records them). The set exists on
 * every stage, so a stage that gains a sender later needs nothing more. */
export function Mail({ stack, app }: StackContext) {
  // Named, so the functions can be told the name and granted the set by its ARN without a
  // cross-stack reference.
  const configurationSetName = app.logicalPrefixedName("mail");
  const configurationSet = new ConfigurationSet(stack, "ConfigurationSet", {
    configurationSetName,
  });
  const topic = new Topic(stack, "MailEvents", {
    displayName: `Rapport ${app.stage} bounces and complaints`,
  });
  // The destination also gives the topic a policy that lets SES publish to it only from this
  // account and this configuration set (aws:SourceAccount, aws:SourceArn), and waits for it.
  new ConfigurationSetEventDestination(stack, "BouncesAndComplaints", {
    configurationSet,
    destination: EventDestination.snsTopic(topic),
    events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
  });
  return { configurationSetName, topic };
}
