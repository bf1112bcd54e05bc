import { createResource, createRoot } from "solid-js";
import { ApiError, api, readBody, succeeded } from "./api";
import { currentProfile } from "./auth";
import { settled } from "./settled";

/** Why reminders to the user are paused, read once per signed-in account and shared by every
 * page's banner. A failed read shows no banner: the pages work the same without it. */
const shared = createRoot(() => {
  const [problem, { mutate }] = createResource(
    () => currentProfile()?.email,
    async () => {
      try {
        return (await readBody(api.api.me["mail-problem"].$get())).mailProblem;
      } catch {
        return null;
      }
    },
  );
  return { problem, mutate };
});

export const mailProblem = () => settled(shared.problem) ?? undefined;

/** The user checked their address: reminders go out again. A problem already cleared (in
 * another tab) is as good as cleared here. */
export async function resumeReminders(): Promise<void> {
  try {
    await succeeded(api.api.me["mail-problem"].$delete());
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "mail_problem.not_found")) throw error;
  }
  shared.mutate(null);
}
