import { nameParticles } from "./name-particles";

// Words of program items and talk topics, never of personal names: "Colorectal Cancer - Early
// Detection Strategies" is a title, and so is "Coquetel de Boas Vindas" (a welcome reception);
// countries of two capitalised words end a speaker's note ("…, CEO del IHI. Estados Unidos.");
// Turkish "ve", "ile", "için" and "bir" (and, with, for, a) join title words; Russian offices
// ("Директор", "Заведующая") start the line under a speaker's name.
// Word edges are letters in any script: with ASCII \b, "Inés" would read as the word "in".
const NOT_NAMES =
  /(?<![\p{L}\p{N}_])(?:room|hall|ballroom|salon|break|lunch|breakfast|dinner|coffee|reception|session|sessions|part|day|keynote|panel|workshop|q&a|introduction|opening|closing|remarks|exhibit|poster|posters|track|level|update|updates|discussion|debate|overview|course|lab|symposium|plenary|welcome|award|awards|networking|registration|meeting|review|case|cases|and beyond|the|of|in|for|to|with|on|vs|versus|talks?|table|roundtable|hour|rounds|lecture|address|forum|chat|board|club|summit|abstracts?|papers?|presentations?|ceremony|competition|social|tour|walk|orientation|announcements|spotlight|lightning|fireside|wrap|kickoff|huddle|showcase|tutorial|hackathon|demo|demos|end|strateg(?:y|ies)|techniques?|approach(?:es)?|outcomes?|management|treatment|therapy|therapeutic|terap[eê]utic[oa]s?|care|repair|surgery|cancer|tumou?rs?|disease|injury|injuries|trauma|fistula|dialysis|access|mesh|suture|hernia|detection|screening|diagnosis|complications?|pearls|pitfalls|tips|tricks|principles|basics|advances|controversies|challenges|lessons|evidence|guidelines|options|future|advanced|acute|chronic|open|robotic|laparoscopic|minimally|invasive|emergency|pediatric|paediatric|vascular|abertura|apertura|encerramento|clausura|coquetel|c[oó]ctel|cocktail|boas[- ]vindas|bienvenida|bienvenue|benvenuto|intervalo|almo[cç]o|almuerzo|pranzo|pausa|credenciamento|sess[aã]o|sesi[oó]n|sessione|palestra|simp[oó]sio|simposio|curso|perguntas|discuss[aã]o|alergias?|trasplantes?|transplantes?|block|chapter|article|report|analysis|snapshot|protocol|trends|united states|united kingdom|estados unidos|reino unido|pa[ií]ses bajos|exhibition|against|among|between|within|without|about|into|through|towards?|preventive|prevention|feira|exposi[çc][õo]es|exposici[óo]n|ve|ile|i[çc]in|bir|директор|президент|заведующ(?:ий|ая)|начальник|заместитель|представитель|профессор|руководитель)(?![\p{L}\p{N}_])/iu;
/** Endings of medical terms ("Resection", "Colectomy", "Colonoscopy", "Inmunología") that no
 * surname has. Spanish and Portuguese "-ción" and "-ção" are left out: "Concepción", "Conceição"
 * and "Assunção" are names. */
// Two letters at least before the ending, so a name such as "Sion" is not a term.
const TERM_ENDING =
  /\p{L}{2}(?:tions?|sions?|ectomy|plasty|scopy|otomy|ology|olog[ií]as?|itis)(?![\p{L}\p{N}_])/iu;
const CAPITALISED = /^\p{Lu}/u;
// "Başarı Öyküsü-II", "Part-3": a label's number after a hyphen.
const NUMBERED_LABEL = /-(?:[IVX]+|\d+)$/;

/** Whether the word from `start` to `end` is an initial and a capitalised name run together
 * ("M.Donadon"), which is two words of a name. */
function joinedInitial(name: string, start: number, end: number): boolean {
  return (
    end - start > 3 &&
    name.charCodeAt(start + 1) === 0x2e &&
    name.charCodeAt(end - 1) !== 0x2e &&
    CAPITALISED.test(name.charAt(start + 2))
  );
}

/** Whether the word from `start` to `end` begins with a capital; ASCII is told without a pattern
 * or a cut-out copy of the letter. */
function capitalised(name: string, start: number, end: number): boolean {
  const c = name.charCodeAt(start);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return CAPITALISED.test(name.slice(start, Math.min(end, start + 2)));
}

/** Whether text names a program topic or item rather than a person or place ("Case Report",
 * "Inmunología"). */
export function isTopic(text: string): boolean {
  return NOT_NAMES.test(text) || TERM_ENDING.test(text);
}

/** Two to four capitalised words, plus particles between them, none a topic word. */
export function looksLikeName(name: string): boolean {
  let named = 0;
  let start = 0;
  for (;;) {
    const space = name.indexOf(" ", start);
    const end = space < 0 ? name.length : space;
    if (capitalised(name, start, end)) named += joinedInitial(name, start, end) ? 2 : 1;
    else if (start === 0 || space < 0 || !nameParticles.has(name.slice(start, end))) return false;
    if (space < 0) break;
    start = space + 1;
  }
  return (
    named >= 2 &&
    named <= 4 &&
    !NOT_NAMES.test(name) &&
    !TERM_ENDING.test(name) &&
    !NUMBERED_LABEL.test(name)
  );
}
