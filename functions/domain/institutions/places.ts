/** US states, DC and Canadian provinces: their codes and names, for reading where an
 * affiliation is and for refusing a target that names only a place ("Texas"). */
const regions = `AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|
DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|
IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|
MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|
NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|
OR Oregon|PA Pennsylvania|PR Puerto Rico|RI Rhode Island|SC South Carolina|SD South Dakota|
TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|
WY Wyoming|AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland|
NS Nova Scotia|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|USA United States|
USA USA|CAN Canada`;

const canadian = new Set(["AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK"]);

/** Region code by lowercase name ("new york" -> "NY"). */
export const regionByName = new Map<string, string>();
/** Region codes written as postal abbreviations ("MA"); only read in upper case. */
export const postalCodes = new Set<string>();

for (const item of regions.split("|")) {
  const [code = "", ...name] = item.trim().split(" ");
  regionByName.set(name.join(" ").toLowerCase(), code);
  if (code.length === 2) postalCodes.add(code);
}

/** The regions an institution in `state` belongs to: its state and its country. */
export function regionsOf(state: string): readonly string[] {
  return [state, canadian.has(state) ? "CAN" : "USA"];
}
