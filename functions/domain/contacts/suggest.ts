import type { Suggestion, SuggestionReason } from "../../../schemas/contact";
import type { Profile } from "../../../schemas/profile";
import type { Person, Session } from "../../../schemas/program";
import { compileTargets, matchAffiliation } from "../institutions/match";

/** How much each kind of reason weighs when people are ranked: a target program first, then
 * the people who chair or moderate (often the program's senior faculty), then shared
 * interests. Within a kind, the matcher's own strength orders the reasons. */
const weight = { "target-program": 3, chair: 1.5, interest: 1 } as const;

const chairRoles = new Set(["chair", "moderator"]);

const words = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);

/** An interest matches a track when all its words are among the track's words. */
function interestIn(interest: string[], text: Set<string>): boolean {
  return interest.length > 0 && interest.every((w) => text.has(w));
}

/**
 * The people of a program worth flagging, strongest first, each with the reasons: an
 * affiliation that matches a target program, chairing or moderating a session, or speaking in
 * a track that matches an interest. People already flagged or dismissed are left out.
 */
export function suggest(
  program: { sessions: Session[]; people: Person[] },
  profile: Pick<Profile, "targetPrograms" | "interests">,
  leaveOut: ReadonlySet<string>,
): Suggestion[] {
  const compiled = compileTargets(profile.targetPrograms.map((t) => t.name));
  const interests = profile.interests.map((i) => ({ interest: i, words: words(i) }));
  const roles = new Map<string, { chairs: string[]; interests: Set<string> }>();
  for (const session of program.sessions) {
    const trackWords = session.track ? new Set(words(session.track)) : undefined;
    const matched = trackWords
      ? interests.filter((i) => interestIn(i.words, trackWords)).map((i) => i.interest)
      : [];
    for (const seat of session.people) {
      let entry = roles.get(seat.personId);
      if (!entry) {
        entry = { chairs: [], interests: new Set() };
        roles.set(seat.personId, entry);
      }
      if (chairRoles.has(seat.role)) entry.chairs.push(session.title);
      for (const interest of matched) entry.interests.add(interest);
    }
  }
  const out: (Suggestion & { score: number })[] = [];
  for (const person of program.people) {
    if (leaveOut.has(person.id)) continue;
    const reasons: SuggestionReason[] = [];
    if (person.affiliation) {
      for (const match of matchAffiliation(compiled, person.affiliation)) {
        reasons.push({
          kind: "target-program",
          matched: match.target,
          text: capitalized(match.reason),
          strength: weight["target-program"] * match.strength,
        });
      }
    }
    const role = roles.get(person.id);
    if (role && role.chairs.length > 0) {
      const [first] = role.chairs;
      reasons.push({
        kind: "chair",
        matched: first ?? "",
        text:
          role.chairs.length === 1
            ? `Chairs or moderates “${first}”`
            : `Chairs or moderates ${role.chairs.length} sessions, such as “${first}”`,
        strength: weight.chair,
      });
    }
    for (const interest of role?.interests ?? []) {
      reasons.push({
        kind: "interest",
        matched: interest,
        text: `Speaks in a track that matches your interest “${interest}”`,
        strength: weight.interest,
      });
    }
    if (reasons.length === 0) continue;
    reasons.sort((a, b) => b.strength - a.strength);
    // The strongest reason ranks; each further one adds a little, so two reasons beat one.
    const score = reasons.reduce((sum, r, i) => sum + (i === 0 ? r.strength : r.strength / 4), 0);
    out.push({
      personId: person.id,
      name: person.name,
      credentials: person.credentials,
      ...(person.affiliation ? { affiliation: person.affiliation } : {}),
      reasons,
      score,
    });
  }
  out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return out.map(({ score: _, ...suggestion }) => suggestion);
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
