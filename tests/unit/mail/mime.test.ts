import { describe, expect, it } from "vitest";
import { buildMime } from "../../../functions/mail/mime";

const b64 = (text: string) => Buffer.from(text).toString("base64");

describe("buildMime", () => {
  it("writes a text-only message with its own headers", () => {
    const raw = buildMime(
      { to: "ada@example.org", subject: "Plan", text: "Hello", headers: { "X-Kind": "test" } },
      "Rapport <r@example.org>",
      "b1",
    );
    expect(raw).toBe(
      [
        "From: Rapport <r@example.org>",
        "To: ada@example.org",
        "Subject: Plan",
        "MIME-Version: 1.0",
        "X-Kind: test",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64("Hello"),
      ].join("\r\n"),
    );
  });

  it("adds an HTML alternative and encodes a non-ASCII subject", () => {
    const raw = buildMime(
      { to: "jose@example.org", subject: "Núñez", text: "Hola", html: "<p>Hola</p>" },
      "r@example.org",
      "b2",
    );
    expect(raw).toContain(`Subject: =?UTF-8?B?${b64("Núñez")}?=\r\n`);
    expect(raw).toContain('Content-Type: multipart/alternative; boundary="b2"\r\n');
    expect(raw.split("--b2\r\n")).toHaveLength(3);
    expect(raw).toContain(
      `text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64("<p>Hola</p>")}`,
    );
    expect(raw.endsWith("--b2--\r\n")).toBe(true);
  });

  it("wraps long bodies at 76 characters", () => {
    const raw = buildMime(
      { to: "a@example.org", subject: "s", text: "x".repeat(200) },
      "r@example.org",
      "b",
    );
    const body = raw.split("\r\n\r\n")[1] ?? "";
    expect(body.split("\r\n").map((line) => line.length)).toEqual([76, 76, 76, 40]);
  });
});
