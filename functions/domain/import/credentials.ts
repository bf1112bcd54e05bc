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
];

const TABLE = new Map<string, string>();
for (const c of CANONICAL) TABLE.set(credentialKey(c), c);
// Common spellings that differ from the canonical one.
TABLE.set("FRCS(ENG)", "FRCS(Eng)");
TABLE.set("FRCS(C)", "FRCSC");
TABLE.set("FRCS(ED)", "FRCSEd");
TABLE.set("MBCHB", "MBChB");

function credentialKey(token: string): string {
  return token.replace(/[.\s]/g, "").toUpperCase();
}

/** The canonical spelling of a credential ("M.D." -> "MD"), or undefined when it is not one. */
export function canonicalCredential(token: string): string | undefined {
  const key = credentialKey(token);
  if (key.length < 2 || key.length > 12) return undefined;
  return TABLE.get(key);
}

/** Splits "MD PhD" or "MD/PhD" into credentials; undefined unless every part is a credential. */
export function credentialList(token: string): string[] | undefined {
  const parts = token.trim().split(/[\s/]+/);
  if (parts.length === 0 || parts.length > 6) return undefined;
  const out: string[] = [];
  for (const part of parts) {
    if (part === "") continue;
    const c = canonicalCredential(part);
    if (!c) return undefined;
    out.push(c);
  }
  return out.length > 0 ? out : undefined;
}

/** Splits trailing credentials off a name written without commas ("Jane Doe MD FACS"). */
export function peelCredentials(name: string): { name: string; credentials: string[] } {
  const words = name.split(" ");
  const credentials: string[] = [];
  while (words.length > 2) {
    const last = words[words.length - 1] ?? "";
    const c = canonicalCredential(last);
    // Upper-case only: "Do" or "Ma" can be part of a name, "DO" and "MA" after a name are degrees.
    if (!c || (last !== last.toUpperCase() && last.replace(/\./g, "") !== c)) break;
    credentials.unshift(c);
    words.pop();
  }
  return { name: words.join(" "), credentials };
}
