import ICAL from "ical.js";

/** The iCalendar format's raw step: the library's parse, as the reader calls it. */
export const parseIcalRaw = (text: string): unknown => ICAL.parse(text);
