import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { buildMime } from "../../../functions/mail/mime";

/** Reads a built message back with an independent MIME parser. */
const parse = async (raw: Uint8Array) => PostalMime.parse(raw);
const headerNames = (email: Awaited<ReturnType<typeof parse>>) =>
  email.headers.map((h) => h.key).sort();

describe("buildMime", () => {
  it("writes a text-only message with its own headers", async () => {
    const email = await parse(
      await buildMime(
        { to: "ada@example.org", subject: "Plan", text: "Hello", headers: { "X-Kind": "test" } },
        "Rapport <r@example.org>",
      ),
    );
    expect(email.from).toEqual({ address: "r@example.org", name: "Rapport" });
    expect(email.to).toEqual([{ address: "ada@example.org", name: "" }]);
    expect([email.subject, email.text, email.html]).toEqual(["Plan", "Hello\n", undefined]);
    expect(email.headers.find((h) => h.key === "x-kind")?.value).toBe("test");
  });

  it("adds an HTML alternative and keeps non-ASCII text intact", async () => {
    const email = await parse(
      await buildMime(
        {
          to: "jose@example.org",
          subject: "Núñez — 会議",
          text: "Hola, Núñez",
          html: "<p>Hola, Núñez</p>",
        },
        "r@example.org",
      ),
    );
    expect([email.subject, email.text, email.html]).toEqual([
      "Núñez — 会議",
      "Hola, Núñez",
      "<p>Hola, Núñez</p>",
    ]);
  });

  it("cannot be given a header through a name, a subject or a header value", async () => {
    const raw = await buildMime(
      {
        to: '"Evil\r\nBcc: x@example.org" <a@example.org>',
        subject: "Hi\r\nBcc: v@example.org",
        text: "t",
        headers: { "X-Kind": "reminder\r\nBcc: q@example.org" },
      },
      "r@example.org",
    );
    const email = await parse(raw);
    expect(headerNames(email)).not.toContain("bcc");
    expect(email.to?.map((a) => a.address)).toEqual(["a@example.org"]);
    expect(email.subject).toBe("Hi Bcc: v@example.org");
  });

  it("folds long header values", async () => {
    const raw = new TextDecoder().decode(
      await buildMime(
        { to: "a@example.org", subject: "word ".repeat(40).trim(), text: "x" },
        "r@example.org",
      ),
    );
    const lines = raw.slice(0, raw.indexOf("\r\n\r\n")).split("\r\n");
    expect(lines.every((line) => line.length <= 78)).toBe(true);
    expect((await parse(new TextEncoder().encode(raw))).subject).toBe("word ".repeat(40).trim());
  });
});
