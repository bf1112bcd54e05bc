import { browserTimeZone } from "./format";

/** Every IANA zone the browser knows, for a datalist; empty where the API is missing. */
export const timeZones: readonly string[] =
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

export const guessTimeZone = () => {
  try {
    return browserTimeZone() || "UTC";
  } catch {
    return "UTC";
  }
};
