/**
 * What the matcher adds to, or takes from, the ROR names in table.ts. Everything here is our own
 * judgement, kept apart from the registry's data so that updating the table never loses it.
 */

/** Names people use for an institution that its ROR record lacks, with the reason each is here.
 * `targetNames` are read only in a user's list of target programs: in an affiliation the same word
 * is more often a place ("Columbia, MO", "Miami, FL"). */
export const addedNames: readonly {
  id: string;
  names?: readonly string[];
  targetNames?: readonly string[];
  why: string;
}[] = [
  { id: "03vek6s52", names: ["Harvard"], why: "the usual short form; ROR lists no alias" },
  {
    id: "00za53h95",
    names: ["Johns Hopkins", "Hopkins"],
    why: "short forms used for the university and its medicine",
  },
  {
    id: "02nfzhn33",
    names: ["Johns Hopkins School of Medicine"],
    why: "common form without 'University'",
  },
  {
    id: "00b30xv10",
    names: ["Penn", "Perelman School of Medicine", "Perelman"],
    why: "Penn is the university's own short name; ROR has no record for its medical school",
  },
  { id: "04h81rw26", names: ["Penn Medicine"], why: "brand name of the health system" },
  {
    id: "02917wp91",
    names: ["HUP"],
    why: "usual acronym of the Hospital of the University of Pennsylvania",
  },
  {
    id: "01h22ap11",
    names: ["Penn State Hershey", "Penn State Health"],
    why: "usual names of Penn State's academic medical centre",
  },
  {
    id: "01yc7t268",
    names: ["Washington University", "WashU", "Wash U", "Washington University School of Medicine"],
    why: "the label adds 'in St. Louis', which affiliations usually leave out",
  },
  {
    id: "04py2rh25",
    names: ["MGB", "Partners HealthCare", "Massachusetts General Brigham"],
    why: "acronym and former name of the system; the long form is a common misspelling",
  },
  { id: "04drvxt59", names: ["BIDMC", "Beth Israel Deaconess"], why: "usual short forms" },
  { id: "02jzgtq86", names: ["Dana-Farber", "DFCI"], why: "usual short forms" },
  { id: "05bnh6r87", names: ["Cornell"], why: "usual short form" },
  {
    id: "02r109517",
    names: [
      "Weill Cornell",
      "Weill Cornell Medical College",
      "Weill Medical College of Cornell University",
    ],
    why: "earlier and short names of the medical college",
  },
  { id: "03gzbrs57", names: ["NewYork-Presbyterian", "NYP"], why: "usual short forms" },
  {
    id: "0190ak572",
    names: ["NYU Grossman School of Medicine", "NYU School of Medicine"],
    why: "the school has no ROR record of its own",
  },
  { id: "005dvqh91", names: ["NYU Langone"], why: "usual short form" },
  {
    id: "04a9tmd77",
    names: [
      "Mount Sinai",
      "Icahn School of Medicine",
      "Mount Sinai Hospital",
      "Mount Sinai Health System",
    ],
    why: "the hospital and system are known by these names; tied to New York by its state",
  },
  {
    id: "02yrq0923",
    names: ["MSKCC", "Memorial Sloan-Kettering", "Sloan Kettering"],
    why: "usual short forms",
  },
  {
    id: "00hj8s172",
    targetNames: ["Columbia"],
    names: [
      "Vagelos College of Physicians and Surgeons",
      "Columbia University College of Physicians and Surgeons",
    ],
    why: "short form and the medical school, which has no ROR record",
  },
  { id: "00f54p054", names: ["Stanford", "Stanford School of Medicine"], why: "usual short forms" },
  {
    id: "03mtd9a03",
    names: ["Stanford Health Care", "Stanford Hospital"],
    why: "the hospital's names; ROR files them under Stanford Medicine",
  },
  { id: "03v76x132", names: ["Yale", "Yale School of Medicine"], why: "usual short forms" },
  { id: "05tszed37", names: ["YNHH"], why: "usual acronym" },
  {
    id: "00py81415",
    names: ["Duke", "Duke University School of Medicine"],
    why: "usual short forms",
  },
  { id: "04bct7p84", names: ["Duke Health", "DUMC"], why: "usual names of the medical centre" },
  {
    id: "00jmfr291",
    names: ["University of Michigan"],
    why: "the label adds the campus",
  },
  {
    id: "01y2jtd41",
    names: ["University of Wisconsin", "UW Health", "UW School of Medicine and Public Health"],
    why: "the flagship's usual names; 'UW' alone is ambiguous",
  },
  {
    id: "00cvxb145",
    names: ["UW Medicine", "Harborview", "Harborview Medical Center"],
    why: "UW's health system and its county hospital, which have no record here",
  },
  {
    id: "02qp3tb03",
    names: [
      "Mayo",
      "Mayo Clinic Rochester",
      "Mayo Clinic Arizona",
      "Mayo Clinic Florida",
      "Mayo Clinic Alix School of Medicine",
    ],
    why: "Mayo's campuses and school share one program identity",
  },
  {
    id: "03czfpz43",
    names: ["Emory", "Emory University School of Medicine", "Emory Healthcare"],
    why: "usual short forms",
  },
  {
    id: "000e0be47",
    names: ["Northwestern", "Feinberg School of Medicine", "Feinberg"],
    why: "short form and the medical school, which has no ROR record",
  },
  { id: "009543z50", names: ["NMH"], why: "usual acronym" },
  {
    id: "046rm7j60",
    names: ["David Geffen School of Medicine", "Geffen School of Medicine"],
    why: "the medical school has no ROR record",
  },
  {
    id: "043mz5j54",
    names: ["UCSF Medical Center", "UCSF School of Medicine"],
    why: "usual names of the medical centre and school",
  },
  {
    id: "0168r3w48",
    names: ["UCSD Health", "UC San Diego Health"],
    why: "usual names of the health system",
  },
  {
    id: "03taz7m60",
    names: ["Keck School of Medicine", "Keck Medicine of USC"],
    why: "the school and health system have no record here",
  },
  {
    id: "02dgjyy92",
    targetNames: ["Miami"],
    names: ["Miller School of Medicine", "UM Miller School of Medicine"],
    why: "a user who targets 'Miami' means the University of Miami; the medical school has no record",
  },
  { id: "02pammg90", names: ["Cedars-Sinai", "Cedars Sinai"], why: "usual short form" },
  {
    id: "03xjacd83",
    names: ["Cleveland Clinic Foundation", "CCF", "Cleveland Clinic Lerner College of Medicine"],
    why: "older name, acronym and school of the Cleveland Clinic",
  },
  {
    id: "051fd9666",
    names: ["Case Western", "Case Western Reserve University School of Medicine"],
    why: "usual short forms",
  },
  {
    id: "01gc0wp38",
    names: ["University Hospitals Cleveland Medical Center", "University Hospitals"],
    why: "the display name, which the record file left empty",
  },
  {
    id: "02mpq6x41",
    names: ["University of Illinois Chicago", "University of Illinois College of Medicine"],
    why: "the display name, which the record file left empty",
  },
  {
    id: "01an3r305",
    names: ["Pitt", "University of Pittsburgh School of Medicine"],
    why: "usual short forms",
  },
  { id: "04ehecz88", names: ["UPMC Presbyterian"], why: "the flagship hospital" },
  {
    id: "024mw5h28",
    names: ["Pritzker School of Medicine"],
    why: "the medical school has no ROR record",
  },
  { id: "0076kfe04", names: ["UChicago Medicine"], why: "brand name of the medical centre" },
  { id: "05byvp690", names: ["UTSW", "UT Southwestern Medical Center"], why: "usual short forms" },
  {
    id: "04twxam07",
    names: ["MD Anderson", "MD Anderson Cancer Center", "UT MD Anderson"],
    why: "usual short forms",
  },
  {
    id: "03gds6c39",
    names: ["UTHealth Houston", "McGovern Medical School"],
    why: "current name and the medical school",
  },
  {
    id: "02f6dcw23",
    names: ["UT Health San Antonio", "Long School of Medicine"],
    why: "current name and the medical school",
  },
  {
    id: "02pttbw34",
    names: ["Baylor College of Medicine"],
    why: "kept explicit: 'Baylor' alone also names Baylor University and Baylor Scott & White",
  },
  {
    id: "05dq2gs74",
    names: ["Vanderbilt University School of Medicine"],
    why: "the school has no ROR record",
  },
  {
    id: "0130frc33",
    names: ["UNC Chapel Hill", "UNC School of Medicine", "University of North Carolina"],
    why: "usual short forms",
  },
  {
    id: "0207ad724",
    names: ["Wake Forest", "Wake Forest School of Medicine", "Wake Forest Baptist"],
    why: "usual short forms",
  },
  {
    id: "00trqv719",
    names: ["University of Rochester School of Medicine and Dentistry"],
    why: "the school has no ROR record",
  },
  {
    id: "0464eyp60",
    names: ["UMass Chan", "UMass Memorial"],
    why: "the school's short name and its teaching hospital",
  },
  {
    id: "05qwgg493",
    names: ["Boston University School of Medicine", "Chobanian & Avedisian School of Medicine"],
    why: "the school has no ROR record",
  },
  {
    id: "05wvpxv85",
    names: ["Tufts University School of Medicine", "Tufts Medical Center"],
    why: "the school and hospital have no record here",
  },
  {
    id: "05gq02987",
    names: ["Warren Alpert Medical School", "Alpert Medical School"],
    why: "the school has no ROR record",
  },
  {
    id: "049s0rh22",
    names: ["Geisel School of Medicine", "Dartmouth"],
    why: "the school has no ROR record",
  },
  {
    id: "00ysqcn41",
    names: ["Sidney Kimmel Medical College", "Jefferson"],
    why: "the college has no ROR record",
  },
  {
    id: "00kx1jb78",
    names: ["Lewis Katz School of Medicine", "Temple University Hospital"],
    why: "the school and hospital have no record here",
  },
  { id: "05vzafd60", targetNames: ["Georgetown"], why: "usual short form" },
  {
    id: "00y4zzh67",
    names: ["George Washington University School of Medicine and Health Sciences"],
    why: "the school has no ROR record",
  },
  {
    id: "0153tk833",
    names: ["University of Virginia Health", "UVA Health"],
    why: "the health system has no record here",
  },
  { id: "02nkdxk79", names: ["VCU Health"], why: "the health system's name" },
  {
    id: "02y3ad647",
    names: ["UF Health", "University of Florida College of Medicine"],
    why: "the health system and college have no record here",
  },
  {
    id: "032db5x82",
    names: ["Morsani College of Medicine", "USF Health"],
    why: "the college has no ROR record",
  },
  {
    id: "008s83205",
    names: ["UAB Medicine", "UAB Hospital"],
    why: "the health system has no record here",
  },
  {
    id: "01kg8sb98",
    names: ["IU", "Indiana University Bloomington"],
    why: "short form and campus",
  },
  {
    id: "00rs6vg23",
    names: ["Ohio State", "Ohio State University Wexner Medical Center", "Wexner Medical Center"],
    why: "short form and the medical centre, which has no record here",
  },
  {
    id: "036jqmy94",
    names: ["University of Iowa Hospitals and Clinics", "UIHC", "Carver College of Medicine"],
    why: "the hospital and college have no ROR record here",
  },
  {
    id: "017zqws13",
    names: ["University of Minnesota Medical School", "M Health Fairview"],
    why: "the school and health system have no record here",
  },
  {
    id: "03wmf1y16",
    names: ["University of Colorado", "CU Anschutz", "University of Colorado School of Medicine"],
    why: "usual names in surgical affiliations",
  },
  {
    id: "03r0ha626",
    names: ["University of Utah Health", "Spencer Fox Eccles School of Medicine"],
    why: "the health system and school have no record here",
  },
  {
    id: "009avj582",
    names: ["Oregon Health and Science University"],
    why: "spelled-out ampersand",
  },
  {
    id: "03m2x1q45",
    names: ["University of Arizona College of Medicine"],
    why: "the college has no ROR record",
  },
  { id: "00thqtb16", names: ["Nebraska Medicine"], why: "the hospital's name" },
  { id: "01j7c0b24", names: ["Rush"], why: "usual short form" },
  {
    id: "04b6x2g63",
    names: ["Loyola University Medical Center", "Loyola Medicine", "Stritch School of Medicine"],
    why: "the medical centre and school have no record here",
  },
  {
    id: "01070mq45",
    names: ["Wayne State University School of Medicine"],
    why: "the school has no ROR record",
  },
  {
    id: "02kwnkm68",
    names: ["Henry Ford Hospital", "Henry Ford Health"],
    why: "the hospital and the system's current name",
  },
  {
    id: "05vt9qd57",
    names: ["Rutgers New Jersey Medical School", "Rutgers Robert Wood Johnson Medical School"],
    why: "the schools have no record here",
  },
  {
    id: "05cf8a891",
    names: ["Albert Einstein College of Medicine"],
    why: "kept explicit: 'Einstein' alone also names Einstein Medical Center Philadelphia",
  },
  { id: "012jban78", names: ["MUSC Health"], why: "the health system's name" },
  {
    id: "007ps6h72",
    names: ["Fred Hutchinson Cancer Research Center", "Fred Hutchinson Cancer Center"],
    why: "names before the 2023 merger, still common",
  },
];

/** ROR names the matcher does not use, because today they mostly name someone else. */
export const ignoredNames: readonly { id: string; name: string; why: string }[] = [
  {
    id: "00hj8s172",
    name: "King's College",
    why: "Columbia's colonial name; today it means King's College London",
  },
  {
    id: "00hj8s172",
    name: "Columbia College",
    why: "also Columbia College Chicago and other colleges",
  },
  { id: "03v76x132", name: "Collegiate School", why: "a generic phrase" },
  {
    id: "03v76x132",
    name: "Yale College",
    why: "the undergraduate college; kept out so 'Yale College' is not read as the medical school",
  },
  { id: "051fd9666", name: "Case", why: "an ordinary English word" },
  { id: "027zt9171", name: "Methodist Hospital", why: "dozens of US hospitals carry this name" },
  {
    id: "05cf8a891",
    name: "Einstein",
    why: "also Einstein Medical Center Philadelphia, a different surgery program",
  },
  { id: "05rrcem69", name: "UCD", why: "also University College Dublin" },
];

/** Acronyms that name a table institution only when the affiliation also names its city or
 * state: each is used by other well-known institutions that are not in the table. */
export const placeBoundAcronyms: readonly { name: string; why: string }[] = [
  { name: "USC", why: "also the University of South Carolina" },
  { name: "OSU", why: "also Oregon State and Oklahoma State" },
  { name: "MSU", why: "also Mississippi State, Montana State and others" },
  { name: "PSU", why: "also Portland State" },
  { name: "WSU", why: "both Washington State and Wayne State are in the table" },
  { name: "MSM", why: "also read as Mount Sinai School of Medicine" },
  { name: "MMC", why: "also Maine Medical Center and others" },
  { name: "BMC", why: "also BioMed Central and Baystate Medical Center" },
  { name: "UNC", why: "also UNC Charlotte, Greensboro and Wilmington" },
];

/** ROR names that more than one table institution bears. Each is place-bound: it is read only
 * where the affiliation names the city or state of exactly the one it means. */
export const sharedNames: readonly { name: string; why: string }[] = [
  { name: "CU", why: "ROR acronym of both Columbia and Cornell" },
  { name: "UC", why: "ROR acronym of both Chicago and Cincinnati" },
  { name: "UM", why: "ROR acronym of both Miami and Michigan" },
  { name: "UW", why: "ROR acronym of both Washington and Wisconsin–Madison" },
  { name: "WSU", why: "ROR acronym of both Washington State and Wayne State" },
];
