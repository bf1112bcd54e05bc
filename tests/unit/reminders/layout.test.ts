import { describe, expect, it } from "vitest";
import { type Block, htmlOf, textOf } from "../../../functions/domain/reminders/layout";

const name = "Ana <script>alert(1)</script> & Co";
const href = 'https://app.test/contacts/c1?a=1&b="2"#drafts';

const blocks: Block[] = [
  { kind: "paragraph", lines: [[`Write to ${name} today.`], ["A second line."]] },
  {
    kind: "list",
    lines: [[`${name}: `, { text: "open the draft", href }], ["Ben O'Neil, MD"]],
  },
  { kind: "footer", lines: [["Sent by Rapport."]] },
];

describe("reminder layout", () => {
  it("writes plain text with names as they are, links after their words and list lines dashed", () => {
    expect(textOf(blocks)).toBe(
      [
        `Write to ${name} today.`,
        "",
        "A second line.",
        "",
        `- ${name}: open the draft (${href})`,
        "- Ben O'Neil, MD",
        "",
        "Sent by Rapport.",
        "",
      ].join("\n"),
    );
  });

  it("escapes names, titles and links in the HTML, leaving no markup of theirs", () => {
    const html = htmlOf(`Your plan with ${name}`, blocks);
    const escapedName = "Ana &#60;script&#62;alert(1)&#60;/script&#62; &#38; Co";
    expect(html).not.toContain("<script>");
    expect(html).toContain(`<title>Your plan with ${escapedName}</title>`);
    expect(html).toContain(
      `<h1 style="font-size:20px;line-height:1.3;margin:0 0 16px;">Your plan with ${escapedName}</h1>`,
    );
    expect(html).toContain(
      `<div style="margin:0 0 16px;"><p style="margin:0 0 8px;">Write to ${escapedName} today.</p><p style="margin:0 0 8px;">A second line.</p></div>`,
    );
    expect(html).toContain(
      `<ul style="margin:0 0 16px;padding-left:20px;"><li style="margin:0 0 10px;">${escapedName}: <a href="https://app.test/contacts/c1?a=1&#38;b=&#34;2&#34;#drafts" style="color:#0b57a4;text-decoration:underline;">open the draft</a></li><li style="margin:0 0 10px;">Ben O&#39;Neil, MD</li></ul>`,
    );
    expect(html).toContain(
      '<div style="margin:24px 0 0;padding-top:16px;border-top:1px solid #d9dde3;font-size:13px;color:#4d5866;"><p style="margin:0 0 8px;">Sent by Rapport.</p></div></div></body></html>',
    );
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(
      true,
    );
  });
});
