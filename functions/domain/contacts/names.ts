import { nameParticles } from "../import/people/name-particles";
import { parsePersonName } from "../import/people/people";

const SUFFIX = /^(?:jr|sr|ii|iii|iv|esq)\.?$/i;
const SPACES = /\s+/;
const TRAILING_COMMAS = /,+$/;

/** A person's name split the way a letter or a card needs it. The family name is the last word
 * with the lower-case particles before it ("Ana de la Cruz" -> "de la Cruz"); honorifics,
 * credentials and suffixes such as "Jr." belong to neither part. */
export function splitName(name: string): { given: string; family: string } {
  const words = parsePersonName(name.trim())
    .name.split(SPACES)
    .map((w) => w.replace(TRAILING_COMMAS, ""))
    .filter((w) => w !== "");
  while (words.length > 1 && SUFFIX.test(words[words.length - 1] ?? "")) words.pop();
  let start = words.length - 1;
  // The first word is never a particle: some part of the name must stay the given name.
  while (start > 1 && nameParticles.has(words[start - 1] ?? "")) start--;
  if (start < 0) return { given: "", family: "" };
  return { given: words.slice(0, start).join(" "), family: words.slice(start).join(" ") };
}
