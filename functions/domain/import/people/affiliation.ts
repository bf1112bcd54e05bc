import { memo } from "../common/memo";

const INSTITUTION =
  /\b(?:universit\w*|univ|hospital\w*|college|institut\w*|cent(?:er|re)|clinic\w*|school|medical|medicine|health\w*|foundation|department|dept|faculty|surgery|surgical|biosciences|therapeutics|pharma\w*|infirmary|sciences?|research|academy|society|association|trust|nhs|va|kaiser|mayo|hopkins|partners|group|inc|llc|ltd|gmbh|corp\w*|company|labs?|laboratory|children'?s|memorial|general|regional|county|state|national|deaconess|presbyterian|methodist|baptist|ministry|program|residency|universidad|universidade|universit[äe]t|hochschule|gesellschaft|stiftung|für|hôpital|hopital|klinik\w*|ospedale|chu|chru|ch|aiims)\b/i;

// German compounds end in the word ("Wissenschaftszentrum"): a literal, searched fast, where a
// "\w*zentrum" alternative would be tried from every word's start.
const ZENTRUM = /zentrum\b/i;

// Polish institutions are named with their town: "UM w Lublinie", "GUMed w Gdansku" ("w" is
// "in", lower case, which no name holds), and companies "Sp. z o.o.".
const POLISH_TOWN = / w \p{Lu}/u;
const POLISH_COMPANY = /sp\. z o\.o\./i;

/** True when a phrase reads like an institution ("Massachusetts General Hospital", "Dept. of Surgery"). */
export function looksLikeInstitution(text: string): boolean {
  return (
    INSTITUTION.test(text) ||
    ZENTRUM.test(text) ||
    (text.indexOf(" w ") > 0 && POLISH_TOWN.test(text)) ||
    (text.indexOf("o.o.") > 0 && POLISH_COMPANY.test(text))
  );
}

const AT = /^(.*?)\s+(?:at|@)\s+(.+)$/i;
const COMMA = /^([^,]+),\s*(.+)$/;
const ROLE_WORD =
  /\b(?:professor|prof|chair|chief|director|surgeon|resident|fellow|physician|doctor|dean|head|lecturer|instructor|consultant|attending|manager|engineer|developer|designer|architect|scientist|researcher|founder|ceo|cto|vp|president|lead|officer|student|nurse|specialist|chairman|chairwoman|coordinator|advocate|mvp|consultant|partner|owner|analyst)\b/i;

/** Splits a speaker tagline into job title and affiliation: "Professor of Surgery, Johns Hopkins",
 * "Surgeon at X", "Android Engineer @ Cybozu". A lone institution becomes the affiliation. */
export const splitTagline: (tagline: string) => { title?: string; affiliation?: string } =
  memo(splitTaglineUncached);

function splitTaglineUncached(tagline: string): { title?: string; affiliation?: string } {
  const text = tagline.trim();
  if (text === "") return {};
  const at = AT.exec(text);
  if (at?.[1] && at[2] && ROLE_WORD.test(at[1]))
    return { title: at[1].trim(), affiliation: at[2].trim() };
  const comma = COMMA.exec(text);
  if (comma?.[1] && comma[2]) {
    const [first, second] = [comma[1].trim(), comma[2].trim()];
    // "Design Interactive, Senior Software Engineer" puts the employer first.
    if (!ROLE_WORD.test(first) && ROLE_WORD.test(second) && !looksLikeInstitution(second)) {
      return { title: second, affiliation: first };
    }
    if (ROLE_WORD.test(first) || looksLikeInstitution(second))
      return { title: first, affiliation: second };
  }
  if (looksLikeInstitution(text) && !ROLE_WORD.test(text)) return { affiliation: text };
  return { title: text };
}
