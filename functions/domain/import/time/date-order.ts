import type { DateOrder } from "../../../../schemas/program";
import type { NumericDate } from "./dates";

export type OrderDecision = { order?: DateOrder; ambiguous: boolean; defaulted: boolean };

/** Decides how to read numeric dates: an unambiguous date (a part over 12) settles it; else the
 * caller's choice; else dmy for dotted dates, mdy for slashed ones (flagged so we can warn). */
export function decideDateOrder(
  dates: NumericDate[],
  chosen: DateOrder | undefined,
): OrderDecision {
  if (dates.length === 0) return { ambiguous: false, defaulted: false };
  let dmy = 0;
  let mdy = 0;
  let dots = 0;
  for (const d of dates) {
    if (d.a > 12 && d.b <= 12) dmy++;
    else if (d.b > 12 && d.a <= 12) mdy++;
    if (d.sep === ".") dots++;
  }
  if (chosen) return { order: chosen, ambiguous: dmy === 0 && mdy === 0, defaulted: false };
  if (dmy > 0 || mdy > 0)
    return { order: dmy >= mdy ? "dmy" : "mdy", ambiguous: false, defaulted: false };
  return { order: dots * 2 >= dates.length ? "dmy" : "mdy", ambiguous: true, defaulted: true };
}
