import { describe, expect, it } from "vitest";
import { linkParts } from "../../../web/src/text-links";

describe("linkParts", () => {
  it("cuts a reminder's text into words and addresses, leaving out the bracket around one", () => {
    const text =
      "- Claire Garrison, MD: open the draft (http://localhost:3000/contacts/c1#drafts) · mark as sent (http://localhost:3000/contacts/c1/sent)\n";
    expect(linkParts(text)).toEqual([
      { text: "- Claire Garrison, MD: open the draft (" },
      {
        text: "http://localhost:3000/contacts/c1#drafts",
        href: "http://localhost:3000/contacts/c1#drafts",
      },
      { text: ") · mark as sent (" },
      {
        text: "http://localhost:3000/contacts/c1/sent",
        href: "http://localhost:3000/contacts/c1/sent",
      },
      { text: ")\n" },
    ]);
  });

  it("keeps a full stop after an address as text, and brackets the address holds itself", () => {
    expect(linkParts("See https://en.wikipedia.org/wiki/Surgery_(medicine).")).toEqual([
      { text: "See " },
      {
        text: "https://en.wikipedia.org/wiki/Surgery_(medicine)",
        href: "https://en.wikipedia.org/wiki/Surgery_(medicine)",
      },
      { text: "." },
    ]);
  });

  it("gives text without an address back whole, and nothing for no text", () => {
    expect(linkParts("No links here: ftp is not one, nor http:// alone.")).toEqual([
      { text: "No links here: ftp is not one, nor http:// alone." },
    ]);
    expect(linkParts("")).toEqual([]);
  });

  it("gives back the text it was given when its parts are joined", () => {
    const text = "a https://x.example/1, b (https://x.example/2) c https://x.example/3";
    expect(
      linkParts(text)
        .map((p) => p.text)
        .join(""),
    ).toBe(text);
    expect(
      linkParts(text)
        .filter((p) => p.href)
        .map((p) => p.href),
    ).toEqual(["https://x.example/1", "https://x.example/2", "https://x.example/3"]);
  });
});
