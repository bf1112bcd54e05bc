import { useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import { type Onboarding, onboardingSchema } from "../../../schemas/profile";
import { onboard } from "../account";
import { createAction } from "../action";
import { ApiError, messageOf } from "../api";
import { currentProfile, setProfile, takeReturn } from "../auth";
import { Field, FormProblems } from "../components/Field";
import { ZonePicker } from "../components/ZonePicker";
import { check, type FieldErrors, problemsByField } from "../forms";
import { pageTitle } from "../title";
import { guessTimeZone } from "../zones";

/** First sign-in: only what reminders and intro drafts cannot do without. */
export function Welcome() {
  pageTitle("Welcome");
  const navigate = useNavigate();
  const profile = currentProfile();
  const [answers, setAnswers] = createStore<Onboarding>({
    name: profile?.name ?? "",
    position: profile?.position ?? "",
    institution: profile?.institution ?? "",
    timeZone: profile?.onboarded ? profile.timeZone : guessTimeZone(),
  });
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [general, setGeneral] = createSignal<string[]>([]);
  const saving = createAction();
  let form: HTMLFormElement | undefined;

  const focusFirstError = () =>
    queueMicrotask(() => form?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const checked = check(onboardingSchema, { ...answers });
    setErrors(checked.errors);
    setGeneral(checked.general);
    const value = checked.value;
    if (!value) return focusFirstError();
    await saving.run(
      async () => {
        setProfile(await onboard(value));
        navigate(takeReturn(), { replace: true });
      },
      {
        leaves: true,
        // The form shows a failure itself: beside its fields and in its list of problems.
        failure: (e) => {
          if (e instanceof ApiError && e.problems.length > 0) {
            const server = problemsByField(e.problems);
            setErrors(server.errors);
            setGeneral(server.general);
            focusFirstError();
          } else {
            setGeneral([messageOf(e)]);
          }
          return undefined;
        },
      },
    );
  };

  const text = (key: keyof Onboarding) => ({
    value: answers[key],
    onInput: (e: InputEvent & { currentTarget: HTMLInputElement }) =>
      setAnswers(key, e.currentTarget.value),
  });

  return (
    <section aria-labelledby="welcome-title" class="narrow">
      <h1 id="welcome-title">Welcome to Rapport</h1>
      <p class="lead">
        Four answers and you are ready. Your intro drafts introduce you with them, and reminders
        reach you at the right hour in your time zone. Everything else can wait for Settings.
      </p>
      <form ref={form} novalidate onSubmit={submit}>
        <FormProblems errors={errors()} general={general()} />
        <Field id="welcome-name" label="Your name" error={errors().name}>
          {(a) => <input {...a} autocomplete="name" {...text("name")} />}
        </Field>
        <Field id="welcome-position" label="Position" error={errors().position}>
          {(a) => (
            <input
              {...a}
              autocomplete="organization-title"
              placeholder="Preliminary Surgery Resident"
              {...text("position")}
            />
          )}
        </Field>
        <Field id="welcome-institution" label="Institution" error={errors().institution}>
          {(a) => <input {...a} autocomplete="organization" {...text("institution")} />}
        </Field>
        <Field
          id="welcome-zone"
          label="Your time zone"
          error={errors().timeZone}
          hint="Reminders go out at 8:00 in this zone. Filled in from this device; change it if you are about to move."
        >
          {(a) => (
            <ZonePicker
              {...a}
              value={answers.timeZone}
              onChange={(zone) => setAnswers("timeZone", zone)}
            />
          )}
        </Field>
        <button type="submit" disabled={saving.busy()} aria-busy={saving.busy()}>
          {saving.busy() ? "Saving…" : "Continue"}
        </button>
      </form>
    </section>
  );
}
