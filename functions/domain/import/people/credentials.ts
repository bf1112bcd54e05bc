const DOTS_AND_SPACES = /[.\s]/g;
const HAS_DOT_OR_SPACE = /[.\s]/;

// Degrees, fellowships and licences seen after names in surgical and academic programs.
// Keys are upper-cased with dots and spaces removed; values are the spelling we show.
const CANONICAL = [
  "MD",
  "DO",
  "MBBS",
  "MBChB",
  "MBBCh",
  "BMBS",
  "MB",
  "BCh",
  "BChir",
  "ChB",
  "MBBChBAO",
  "PhD",
  "DPhil",
  "FACS",
  "FRCS",
  "FRCSC",
  "FRCSEd",
  "FRCSI",
  "FRCSGlasg",
  "FRCSEng",
  "FRACS",
  "FRCPC",
  "FRCP",
  "MRCS",
  "MPH",
  "MS",
  "MSc",
  "MBA",
  "MEd",
  "MHS",
  "MHPE",
  "MA",
  "BA",
  "BS",
  "BSc",
  "MSCI",
  "MMSc",
  "MBE",
  "MHA",
  "MAS",
  "MCR",
  "MSPH",
  "MPP",
  "MSEd",
  "MSt",
  "MCh",
  "MMed",
  "MSurg",
  "DrPH",
  "ScD",
  "EdD",
  "FASCRS",
  "FACOG",
  "FACC",
  "FACP",
  "FAAP",
  "FICS",
  "FCCM",
  "FAHA",
  "FACCP",
  "FAANS",
  "FASMBS",
  "FSVS",
  "FACEP",
  "FAWM",
  "FSSO",
  "FASA",
  "FAAOS",
  "FACG",
  "FASGE",
  "FCCP",
  "FAOA",
  "FEBS",
  "FCS",
  // Surgical fellowships of colleges in South Asia and West Africa, and India's DNB.
  "FCPS",
  "FWACS",
  "FMCS",
  "FGCS",
  "DNB",
  "DABS",
  "RN",
  "BSN",
  "MSN",
  "DNP",
  "NP",
  "APRN",
  "CNS",
  "CRNA",
  "PA",
  "PA-C",
  "PharmD",
  "DMD",
  "DDS",
  "ND",
  "MDS",
  "RDH",
  "DHSc",
  "DPh",
  "JD",
  "LLM",
  "CPE",
  "CHSE",
  "FHM",
  "FRSM",
  "FAcadMEd",
  "OBE",
  "CBE",
  "FRS",
  // Royal college and specialty fellowships and memberships of other fields, Indonesia's
  // master of health (M.Kes.), and the doctorate of medicine and master of philosophy.
  "FRSPH",
  "FRCR",
  "FRCA",
  "FRCOG",
  "FRCPath",
  "FRCPsych",
  "FRCPE",
  "FRCPI",
  "FRCPCH",
  "MRCP",
  "MRCOG",
  "MRCPCH",
  "FANZCA",
  "FRANZCR",
  "FESC",
  "FEBVS",
  "FEBU",
  "FACR",
  "FSIR",
  "FAAN",
  "FASCO",
  "MMedSci",
  "MKes",
  "DM",
  "MPhil",
  // A resident's year of training, written where a degree would be ("Paul Kim PGY-3").
  "PGY-1",
  "PGY-2",
  "PGY-3",
  "PGY-4",
  "PGY-5",
  "PGY-6",
  "PGY-7",
];

const TABLE = new Map<string, string>();
for (const c of CANONICAL) TABLE.set(credentialKey(c), c);
// Common spellings that differ from the canonical one.
TABLE.set("FRCS(ENG)", "FRCS(Eng)");
TABLE.set("FRCS(C)", "FRCSC");
TABLE.set("FRCS(ED)", "FRCSEd");
TABLE.set("MBCHB", "MBChB");

function credentialKey(token: string): string {
  const bare = HAS_DOT_OR_SPACE.test(token) ? token.replace(DOTS_AND_SPACES, "") : token;
  return bare.toUpperCase();
}

/** JavaScript's \s (what trim() removes and the key drops). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// The keys as a trie over ASCII codes, so a word is looked up as it is read, with no key built:
// most words tested are name words, ruled out by their first letter or two.
const NEXT = new Uint16Array(1024 * 128);
const FINAL: (string | undefined)[] = [];
let nodeCount = 1;
for (const [key, canonical] of TABLE) {
  let node = 0;
  for (let i = 0; i < key.length; i++) {
    const slot = node * 128 + key.charCodeAt(i);
    let next = NEXT[slot] as number;
    if (next === 0) {
      next = nodeCount++;
      NEXT[slot] = next;
    }
    node = next;
  }
  FINAL[node] = canonical;
}

/** The credential text[start, end) spells, undefined when none, null when only a full key can
 * tell (characters outside ASCII, which upper-case in their own ways). */
function lookUp(text: string, start: number, end: number): string | undefined | null {
  let node = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) continue;
    if (c >= 0x80) return isSpace(c) ? lookUpKey(text.slice(start, end)) : null;
    if (isSpace(c)) continue;
    node = NEXT[node * 128 + (c >= 0x61 && c <= 0x7a ? c - 0x20 : c)] as number;
    if (node === 0) return undefined;
  }
  return FINAL[node];
}

function lookUpKey(token: string): string | undefined {
  const key = credentialKey(token);
  if (key.length < 2 || key.length > 12) return undefined;
  return TABLE.get(key);
}

/** The canonical spelling of a credential ("M.D." -> "MD"), or undefined when it is not one. */
export function canonicalCredential(token: string): string | undefined {
  const found = lookUp(token, 0, token.length);
  return found === null ? lookUpKey(token) : found;
}

const SINGLES = new Map<string, readonly string[]>();

function isPartSeparator(c: number): boolean {
  return c === 0x2f || isSpace(c);
}

/** Splits "MD PhD" or "MD/PhD" into credentials; undefined unless every part is a credential.
 * The list may be shared: do not modify it. */
export function credentialList(token: string): readonly string[] | undefined {
  const text = token.trim();
  let first: string | undefined;
  let more: string[] | undefined;
  // As split(/[\s/]+/) would count them, empty first and last parts included: at most six.
  let parts = 1;
  let i = 0;
  while (i < text.length) {
    if (isPartSeparator(text.charCodeAt(i))) {
      parts++;
      while (i < text.length && isPartSeparator(text.charCodeAt(i))) i++;
      continue;
    }
    // Walk the trie while finding the part's end, so a name word stops at its first letters.
    const start = i;
    let node = 0;
    let ascii = true;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isPartSeparator(c)) break;
      if (c === 0x2e || !ascii) continue;
      if (c >= 0x80) {
        ascii = false;
        continue;
      }
      node = NEXT[node * 128 + (c >= 0x61 && c <= 0x7a ? c - 0x20 : c)] as number;
      if (node === 0) return undefined;
    }
    const c = ascii ? FINAL[node] : lookUpKey(text.slice(start, i));
    if (!c) return undefined;
    if (first === undefined) first = c;
    else if (more) more.push(c);
    else more = [first, c];
  }
  if (first === undefined || parts > 6) return undefined;
  if (more) return more;
  let single = SINGLES.get(first);
  if (!single) {
    single = [first];
    SINGLES.set(first, single);
  }
  return single;
}

const noCredentials: readonly string[] = [];

/** Splits trailing credentials off a name written without commas ("Jane Doe MD FACS"). */
export function peelCredentials(name: string): { name: string; credentials: readonly string[] } {
  let end = name.length;
  let credentials: string[] | undefined;
  // At least two words stay: peel while the kept part still has two spaces' worth of words.
  for (;;) {
    const space = name.lastIndexOf(" ", end - 1);
    if (space <= 0 || name.lastIndexOf(" ", space - 1) < 0) break;
    const last = name.slice(space + 1, end);
    const c = canonicalCredential(last);
    // Upper-case only: "Do" or "Ma" can be part of a name, "DO" and "MA" after a name are degrees.
    if (!c || (last !== last.toUpperCase() && last.replace(/\./g, "") !== c)) break;
    if (!credentials) credentials = [];
    credentials.push(c);
    end = space;
  }
  // Peeled last first; one reversal keeps a name followed by a million of them linear.
  credentials?.reverse();
  // "Ph.D John Tomich": a dotted degree written before the name, after the honorifics.
  let start = 0;
  const space = name.indexOf(" ");
  const dot = name.indexOf(".");
  if (dot > 0 && dot < space && name.indexOf(" ", space + 1) > 0 && space < end) {
    const first = canonicalCredential(name.slice(0, space));
    if (first) {
      credentials = credentials ? [first, ...credentials] : [first];
      start = space + 1;
    }
  }
  return credentials
    ? { name: name.slice(start, end), credentials }
    : { name, credentials: noCredentials };
}
