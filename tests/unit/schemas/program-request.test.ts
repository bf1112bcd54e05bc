import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalTimeZone,
  jsonStringBytes,
  maxProgramRequestBytes,
  programRequestProblem,
} from "../../../schemas/program";

describe("jsonStringBytes", () => {
  it("counts escapes, multi-byte characters and surrogates as JSON.stringify writes them", () => {
    expect(jsonStringBytes("")).toBe(2);
    expect(jsonStringBytes('a"b\\c')).toBe(9);
    expect(jsonStringBytes("line\r\n\ttab\u0001")).toBe(21);
    expect(jsonStringBytes("Zürich 東京 😀")).toBe(21);
    expect(jsonStringBytes("\ud800 lone")).toBe(13);
  });

  it("agrees with the UTF-8 length of JSON.stringify on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(jsonStringBytes(text)).toBe(Buffer.byteLength(JSON.stringify(text)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("programRequestProblem", () => {
  it("lets through a body that fits once escaped", () => {
    expect(programRequestProblem("x".repeat(maxProgramRequestBytes - 2))).toBeUndefined();
  });

  it("names the encoded size and the limit when escaping pushes a body past it", () => {
    // Under the limit as it is, but every quote doubles once the body sits in Lambda's event.
    const body = '"'.repeat(3_500_000);
    expect(body.length).toBeLessThan(maxProgramRequestBytes);
    expect(programRequestProblem(body)).toBe(
      "This program is too large to send: it takes 6.7 MB once encoded for the server, over the 5.9 MB a request may carry. Remove columns or days you do not need, or split the file.",
    );
  });
});

describe("canonicalTimeZone", () => {
  it("fixes the letter case of a zone name and keeps an alias as the user wrote it", () => {
    expect(canonicalTimeZone("america/new_york")).toBe("America/New_York");
    expect(canonicalTimeZone("America/Chicago")).toBe("America/Chicago");
    expect(canonicalTimeZone("Europe/Kyiv")).toBe("Europe/Kyiv");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Mars/Base")).toBeUndefined();
    expect(canonicalTimeZone("+05:00")).toBeUndefined();
  });
});
