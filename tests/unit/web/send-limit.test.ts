import { describe, expect, it } from "vitest";
import { ApiError } from "../../../web/src/api";
import { previewImport, saveConference } from "../../../web/src/conferences";

// Nothing listens in this test: an attempt to send would fail with "could not reach the server".
const quoted = { text: `"${'x","'.repeat(1_000_000)}"` };

describe("sending a program", () => {
  it("refuses a program too large for the API before sending it", async () => {
    for (const send of [() => previewImport(quoted), () => saveConference(quoted)]) {
      const error = await send().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe("request.too_large");
      expect((error as ApiError).message).toMatch(
        /^This program is too large to send: it takes 9\.5 MB once encoded for the server/,
      );
    }
  });

  it("sends a program that fits", async () => {
    const error = await previewImport({ text: "BEGIN:VCALENDAR" }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "Rapport could not reach the server. Check your connection and try again.",
    );
  });
});
