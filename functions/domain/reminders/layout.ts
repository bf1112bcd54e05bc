/** A piece of a line: plain words, or a link. */
export type Span = string | { text: string; href: string };
export type Line = Span[];
/** A reminder is a few blocks of lines; the same blocks make its text and its HTML. */
export type Block = { kind: "paragraph" | "list" | "footer"; lines: Line[] };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text: links written out after their words, list lines with a dash. */
export function textOf(blocks: Block[]): string {
  const line = (spans: Line) =>
    spans.map((s) => (typeof s === "string" ? s : `${s.text} (${s.href})`)).join("");
  return `${blocks
    .map((block) =>
      block.lines
        .map((spans) => (block.kind === "list" ? `- ${line(spans)}` : line(spans)))
        .join(block.kind === "list" ? "\n" : "\n\n"),
    )
    .join("\n\n")}\n`;
}

const styles = {
  body: "margin:0;padding:0;background:#f4f5f7;",
  card: "max-width:600px;margin:0 auto;padding:24px 20px;background:#ffffff;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1c2430;",
  heading: "font-size:20px;line-height:1.3;margin:0 0 16px;",
  paragraph: "margin:0 0 16px;",
  list: "margin:0 0 16px;padding-left:20px;",
  item: "margin:0 0 10px;",
  link: "color:#0b57a4;text-decoration:underline;",
  footer:
    "margin:24px 0 0;padding-top:16px;border-top:1px solid #d9dde3;font-size:13px;color:#4d5866;",
};

/** HTML that reads at 360 px and at a mail client's width: one column, inline styles (mail
 * clients drop style sheets), links that are large enough to tap. */
export function htmlOf(title: string, blocks: Block[]): string {
  const line = (spans: Line) =>
    spans
      .map((s) =>
        typeof s === "string"
          ? escapeHtml(s)
          : `<a href="${escapeHtml(s.href)}" style="${styles.link}">${escapeHtml(s.text)}</a>`,
      )
      .join("");
  const body = blocks
    .map((block) => {
      if (block.kind === "list") {
        return `<ul style="${styles.list}">${block.lines.map((l) => `<li style="${styles.item}">${line(l)}</li>`).join("")}</ul>`;
      }
      const style = block.kind === "footer" ? styles.footer : styles.paragraph;
      return `<div style="${style}">${block.lines.map((l) => `<p style="margin:0 0 8px;">${line(l)}</p>`).join("")}</div>`;
    })
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="${styles.body}"><div style="${styles.card}"><h1 style="${styles.heading}">${escapeHtml(title)}</h1>${body}</div></body></html>`;
}
