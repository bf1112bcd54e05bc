import {
  type Onboarding,
  type Profile,
  type ProfileFields,
  withDefaults,
} from "../../schemas/profile";
import type { Db } from "../store/db";
import { getProfile, putProfile } from "../store/user";
import { definedOnly } from "./defined";
import { DomainError } from "./errors";
import { replanAfterChange } from "./reminders/schedule";

export async function get(db: Db, userId: string): Promise<Profile> {
  const profile = await getProfile(db, userId);
  if (!profile)
    throw new DomainError("profile.not_found", "This account no longer exists. Sign in again.");
  // Profiles saved before a field existed read as if they had its default.
  return withDefaults(profile);
}

/** First sign-in: the four answers that make reminders and drafts possible. */
export async function onboard(
  db: Db,
  userId: string,
  answers: Onboarding,
  now: Date,
): Promise<Profile> {
  const profile: Profile = { ...(await get(db, userId)), ...answers, onboarded: true };
  await putProfile(db, userId, profile);
  await replanAfterChange(db, userId, now);
  return profile;
}

/** Replaces every editable field; the address, creation time and onboarding state stay. */
export async function update(
  db: Db,
  userId: string,
  fields: ProfileFields,
  now: Date,
): Promise<Profile> {
  const current = await get(db, userId);
  const profile: Profile = {
    ...current,
    ...definedOnly(fields),
    email: current.email,
    createdAt: current.createdAt,
    onboarded: true,
  };
  await putProfile(db, userId, profile);
  await replanAfterChange(db, userId, now);
  return profile;
}
