import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { qrPicture } from "../../../web/src/card/qr";

/** The picture drawn as the card page draws it, 4 pixels a module, then read by jsQR. */
function read(text: string): string | undefined {
  const { size, path } = qrPicture(text);
  const scale = 4;
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data.fill(0, at, at + 3);
      }
    }
  }
  return jsQR(data, width, width)?.data;
}

describe("the card's QR code", () => {
  it("reads back as the exact card, accents and line breaks included", () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:4.0",
      "KIND:individual",
      "FN:Bo Núñez\\, MD",
      "N:Núñez;Bo;;;MD",
      "TITLE:Preliminary Surgery Resident",
      "ORG:Hôpital Lakeside",
      "EMAIL:bo.nunez@example.org",
      "URL:https://www.linkedin.com/in/bo-nunez",
      "END:VCARD",
      "",
    ].join("\r\n");
    expect(read(card)).toBe(card);
  });
});
