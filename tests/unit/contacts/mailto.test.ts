import { describe, expect, it } from "vitest";
import { mailtoLink } from "../../../functions/domain/contacts/drafts";

const NOTE = "%E2%80%A6%0D%0A%0D%0A%5BThe%20full%20draft%20is%20in%20Rapport.%5D";

describe("mailtoLink", () => {
  it("percent-encodes subject and body, spaces as %20 and line breaks as %0D%0A", () => {
    expect(mailtoLink("jane@hospital.org", "Hello there", "Line 1\nLine 2\r\nLine 3\rEnd")).toEqual(
      {
        mailto:
          "mailto:jane@hospital.org?subject=Hello%20there&body=Line%201%0D%0ALine%202%0D%0ALine%203%0D%0AEnd",
        shortened: false,
      },
    );
  });

  it("encodes & = ? # + % in a subject so they stay text", () => {
    expect(mailtoLink("a@b.org", "Q&A = 100% #1? +more", "").mailto).toBe(
      "mailto:a@b.org?subject=Q%26A%20%3D%20100%25%20%231%3F%20%2Bmore",
    );
  });

  it("encodes non-ASCII text as UTF-8, and a lone surrogate as U+FFFD", () => {
    expect(mailtoLink("a@b.org", "Zoë — 🩺", "Hôpital\uD800").mailto).toBe(
      "mailto:a@b.org?subject=Zo%C3%AB%20%E2%80%94%20%F0%9F%A9%BA&body=H%C3%B4pital%EF%BF%BD",
    );
  });

  it("encodes ? & = in an address, so it cannot add fields of its own", () => {
    const { mailto } = mailtoLink("x?cc=boss@evil.example&bcc=all@evil.example", "Hi", "Body");
    expect(mailto).toBe(
      "mailto:x%3Fcc%3Dboss@evil.example%26bcc%3Dall@evil.example?subject=Hi&body=Body",
    );
    expect([...new URL(mailto).searchParams.keys()]).toEqual(["subject", "body"]);
  });

  it("leaves out empty fields, and the address when there is none", () => {
    expect(mailtoLink("", "Hi", "").mailto).toBe("mailto:?subject=Hi");
    expect(mailtoLink("a@b.org", "", "Text").mailto).toBe("mailto:a@b.org?body=Text");
    expect(mailtoLink("a@b.org", "", "").mailto).toBe("mailto:a@b.org");
  });

  it("keeps a link of exactly the limit whole, and shortens one character more", () => {
    const head = "mailto:jane@x.org?subject=Hi&body=";
    const body = "x".repeat(2000 - head.length);
    expect(mailtoLink("jane@x.org", "Hi", body)).toEqual({
      mailto: `${head}${body}`,
      shortened: false,
    });
    const over = mailtoLink("jane@x.org", "Hi", `${body}x`);
    expect(over.shortened).toBe(true);
    expect(over.mailto.length).toBe(2000);
    expect(over.mailto).toBe(`${head}${"x".repeat(2000 - head.length - NOTE.length)}${NOTE}`);
  });

  it("cuts the body after a whole word and ends it with a note", () => {
    // 140 characters whole; at 139 the note takes the room of "seven" and what follows.
    const body = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
    expect(mailtoLink("jane@x.org", "Hi", body, 139)).toEqual({
      mailto: `mailto:jane@x.org?subject=Hi&body=one%20two%20three%20four%20five%20six${NOTE}`,
      shortened: true,
    });
  });

  it("cuts the subject when even a shortened body cannot fit, never the address", () => {
    expect(mailtoLink("a@b.org", "word ".repeat(100), "Body", 100)).toEqual({
      mailto: `mailto:a@b.org?subject=${"word%20".repeat(9)}word%E2%80%A6`,
      shortened: true,
    });
  });

  it("shortens a long real draft to at most 2,000 characters by default, at the last word that fits", () => {
    const paragraph =
      "Thank you for taking the time to talk with me about the trauma fellowship and research years. ";
    const full = paragraph.repeat(40).trim();
    const head = "mailto:ana@hospital.org?subject=Thank%20you&body=";
    const { mailto, shortened } = mailtoLink("ana@hospital.org", "Thank you", full);
    expect(shortened).toBe(true);
    expect(mailto.startsWith(head) && mailto.endsWith(NOTE)).toBe(true);
    expect(mailto.length).toBeLessThanOrEqual(2000);
    const kept = decodeURIComponent(mailto.slice(head.length, -NOTE.length));
    expect(full.startsWith(kept) && full[kept.length] === " ").toBe(true);
    const withNextWord = full.slice(0, full.indexOf(" ", kept.length + 1));
    expect(head.length + encodeURIComponent(withNextWord).length + NOTE.length).toBeGreaterThan(
      2000,
    );
  });
});
