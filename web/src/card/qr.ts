import { encode } from "uqr";

export interface QrPicture {
  /** Modules across, the quiet zone included. */
  size: number;
  /** An SVG path with one unit square per dark module. */
  path: string;
}

/** The QR code of `text` as an SVG path. Error correction M reads well from a phone screen at
 * arm's length and keeps a full card within a code that size. */
export function qrPicture(text: string): QrPicture {
  const { size, data } = encode(text, { ecc: "M", border: 4 });
  let path = "";
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, path };
}
