/**
 * Real affiliation strings, each with the ROR id its publisher gave it (or "" where it had none)
 * and where it was found. Most are author affiliation lists of eLife articles (CC BY 4.0), as
 * mirrored in a public Markdown corpus of eLife papers, where eLife writes "Department, Institution
 * City Country" and annotates each line with a ROR id; the number is that file's id in the
 * project's code-search index (read with the search tool's read_file). Two are from other public
 * repositories: a paper-metadata file (37822278964) and a C++ copyright header (36612571151).
 */
export const realAffiliations: readonly (readonly [text: string, ror: string, source: number])[] = [
  [
    "Center for Systems Biology, Massachusetts General Hospital Boston United States",
    "002pd6e78",
    62260131873,
  ],
  [
    "Athinoula A Martinos Center for Biomed. Imaging, Massachusetts General Hospital Charlestown United States",
    "002pd6e78",
    62222655220,
  ],
  [
    "Department of Molecular Biology, Massachusetts General Hospital Boston United States",
    "002pd6e78",
    62122663696,
  ],
  [
    "Department of Neurobiology, Harvard Medical School Boston United States",
    "03vek6s52",
    62122663696,
  ],
  [
    "Martinos Center for Biomedical Imaging, MGH and Harvard Medical School Charlestown United States",
    "002pd6e78",
    62409538502,
  ],
  [
    "Ragon Institute of Massachusetts General Hospital, Harvard, and MIT Cambridge United States",
    "002pd6e78",
    62111491505,
  ],
  [
    "Department of Pathology, Brigham & Women’s Hospital Boston United States",
    "04b6nzv94",
    62185050437,
  ],
  [
    "Lerner College of Medicine, Cleveland Clinic Cleveland United States",
    "03xjacd83",
    62185050437,
  ],
  [
    "Case Western Reserve University School of Medicine Cleveland United States",
    "051fd9666",
    62185050437,
  ],
  [
    "Department of Neurosurgery, Massachusetts General Hospital, Harvard Medical School Boston United States",
    "002pd6e78",
    61940802951,
  ],
  [
    "Department of Otolaryngology - Head and Neck Surgery, Massachusetts Eye and Ear, Harvard Medical School Boston United States",
    "04g3dn724",
    61940802951,
  ],
  [
    "Pulmonary and Critical Care Medicine, Massachusetts General Hospital Boston United States",
    "002pd6e78",
    62207919365,
  ],
  [
    "Skaggs School of Pharmaceutical Sciences, University of California, San Diego La Jolla United States",
    "0168r3w48",
    62260131873,
  ],
  [
    "Department of Genetics, Washington University in St. Louis St. Louis United States",
    "01yc7t268",
    62039463181,
  ],
  [
    "Department of Biology, Washington University in St Louis St Louis United States",
    "01yc7t268",
    61968963440,
  ],
  [
    "Department of Biochemistry & Molecular Biophysics, Washington University School of Medicine St Louis United States",
    "01yc7t268",
    61967405339,
  ],
  [
    "Department of Biochemistry & Biophysics and Bioengineering, Perelman School of Medicine, University of Pennsylvania Philadelphia United States",
    "00b30xv10",
    61967405339,
  ],
  [
    "Department of Medicine, Washington University School of Medicine Saint Louis United States",
    "01yc7t268",
    62088803698,
  ],
  [
    "Department of Developmental Biology and Neuroscience, Washington University in St. Louis, Missouri Washington DC United States",
    "01yc7t268",
    61995233319,
  ],
  ["Department of Genetics, Yale University New Haven United States", "03v76x132", 62358604102],
  [
    "Paul G. Allen School of Computer Science & Engineering, University of Washington, Seattle, USA",
    "00cvxb145",
    37822278964,
  ],
  [
    "Department of Pathology, University of Washington Seattle United States",
    "00cvxb145",
    62063252993,
  ],
  ["Fred Hutchinson Cancer Research Center Seattle United States", "007ps6h72", 62017636439],
  [
    "BioRepository and Integrated Neuropathology (BRaIN) Laboratory and Precision Neuropathology Core, UW School of Medicine Seattle United States",
    "00cvxb145",
    62409538502,
  ],
  [
    "Massachusetts Alzheimer Disease Research Center, MGH and Harvard Medical School Charlestown United States",
    "002pd6e78",
    62409538502,
  ],
  [
    "Department of Biochemistry, Howard Hughes Medical Institute, University of Washington Seattle United States",
    "00cvxb145",
    61948421626,
  ],
  [
    "Department of Mathematics, University of Pittsburgh Pittsburgh United States",
    "01an3r305",
    62192416327,
  ],
  [
    "Department of Public Health Sciences, Pennsylvania State University Hershey United States",
    "04p491231",
    61930459769,
  ],
  [
    "Department of Biomedical Engineering, Pennsylvania State University State College United States",
    "04p491231",
    62222224658,
  ],
  [
    "Department of Anthropology, The Pennsylvania State University University Park United States",
    "04p491231",
    62060882520,
  ],
  [
    "Department of Medical Microbiology and Immunology, University of Wisconsin-Madison Madison United States",
    "01y2jtd41",
    62047660371,
  ],
  [
    "Department of Lymphoma and Myeloma, University of Texas MD Anderson Cancer Center Houston United States",
    "04twxam07",
    61930459769,
  ],
  ["Department of Neurology, University of Miami Miami United States", "02dgjyy92", 62278685204],
  [
    "Department of Surgery, University of Miami Miller School of Medicine Miami United States",
    "02dgjyy92",
    62130398880,
  ],
  [
    "Department of Surgery, University of Nebraska Medical Center Omaha United States",
    "00thqtb16",
    62130398880,
  ],
  [
    "Department of Psychology, University of Miami Coral Gables United States",
    "02dgjyy92",
    62266141392,
  ],
  [
    "Department of Physiology and Cardiovascular Research Institute, University of California, San Francisco San Francisco United States",
    "043mz5j54",
    62278685204,
  ],
  [
    "Department of Pathology and Laboratory Medicine, University of British Columbia Vancouver Canada",
    "03rmrcq20",
    62137991716,
  ],
  [
    "Department of Anesthesiology, Pharmacology and Therapeutics, University of British Columbia Vancouver Canada",
    "03rmrcq20",
    62232271150,
  ],
  [
    "Engineering Sciences and Applied Mathematics, Northwestern University Evanston United States",
    "000e0be47",
    62178606195,
  ],
  [
    "Department of Neuroscience, Feinberg School of Medicine, Northwestern University Chicago United States",
    "000e0be47",
    62045319888,
  ],
  [
    "Mortimer B. Zuckerman Mind Brain Behavior Institute, Columbia University New York United States",
    "00hj8s172",
    62320375938,
  ],
  [
    "Department of Pathology and Cell Biology, Columbia University Irving Medical Center New York United States",
    "00hj8s172",
    62091895037,
  ],
  [
    "Department of Pathology and Cell Biology, Vagelos College of Physicians and Surgeons, Columbia University New York United States",
    "00hj8s172",
    62148420290,
  ],
  [
    "Department of Cell Biology, University of Texas Southwestern Medical Center Dallas United States",
    "05byvp690",
    62148420290,
  ],
  [
    "Department of Computer Science, Western Washington University Bellingham United States",
    "05wn7r715",
    62120958004,
  ],
  [
    "Neuroscience Graduate Program, Emory University Atlanta United States",
    "03czfpz43",
    62210446325,
  ],
  ["Miami University, Oxford, OHIO", "", 36612571151],
];
