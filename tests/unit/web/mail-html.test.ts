import { describe, expect, it } from "vitest";
import { htmlOf } from "../../../functions/domain/reminders/layout";
import { framedMailHtml, moveStyles } from "../../../web/src/mail-html";

describe("moveStyles", () => {
  it("renames each tag's style attribute, quoted either way or not at all", () => {
    expect(
      moveStyles(
        `<p style="margin:0 0 8px;">a</p><a href='x' STYLE='color:red'>b</a><i style=x>c</i>`,
      ),
    ).toBe(
      `<p data-mail-style="margin:0 0 8px;">a</p><a href='x' data-mail-style='color:red'>b</a><i data-mail-style=x>c</i>`,
    );
  });

  it("leaves text, comments, other attributes and quoted values that mention style alone", () => {
    const html = `<!doctype html><!-- <p style="x"> --><p title="a style=b > c" data-style="d">style="e" &lt;b style=f&gt;</p>`;
    expect(moveStyles(html)).toBe(html);
  });

  it("keeps spaces around the equals sign and a self-closing slash", () => {
    expect(moveStyles(`<br style = "clear:both" /><img alt="" style='x'/>`)).toBe(
      `<br data-mail-style = "clear:both" /><img alt="" data-mail-style='x'/>`,
    );
  });

  it("leaves no style attribute in a reminder's HTML, and changes nothing else in it", () => {
    const html = htmlOf("Send your intro emails for “Congress” & more", [
      { kind: "paragraph", lines: [["Write to the people you want to meet."]] },
      {
        kind: "list",
        lines: [["Dr. Lee: ", { text: "open the draft", href: "http://x/c#drafts" }]],
      },
      { kind: "footer", lines: [["Footer"]] },
    ]);
    const moved = moveStyles(html);
    expect(moved).not.toMatch(/\sstyle=/i);
    expect(moved.replaceAll(" data-mail-style=", " style=")).toBe(html);
  });
});

describe("framedMailHtml", () => {
  it("aims links at the top window from the head, after the doctype, or at the start", () => {
    expect(framedMailHtml("<!doctype html><html><head><title>t</title></head></html>")).toBe(
      '<!doctype html><html><head><base target="_top"><title>t</title></head></html>',
    );
    expect(framedMailHtml("<!DOCTYPE html><p>x</p>")).toBe(
      '<!DOCTYPE html><base target="_top"><p>x</p>',
    );
    expect(framedMailHtml('<p>Open <a href="/x">this</a></p>')).toBe(
      '<base target="_top"><p>Open <a href="/x">this</a></p>',
    );
  });
});
