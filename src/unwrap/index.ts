import MarkdownIt from "markdown-it";
import type { SourceLine, Unwrapped, WrapperMeta } from "./types.js";
import { splitFrontMatter } from "./frontMatter.js";
import { articleRegion, htmlKind, htmlToBlocks, type HtmlBlock } from "./html.js";

// Raw HTML passes through Markdown so Jekyll posts with <p> bodies work; every line break is kept
// as a break, because the cleaner decides what joins.
const md = new MarkdownIt({ html: true, breaks: true, linkify: false });

const MARKDOWN_SIGNS = /^(#{1,6}\s|>\s|!\[|\*\*|[-*]\s|\d+\.\s)|\]\(|<https?:/m;

/** Blocks → lines with a blank line between blocks, so each block stays one paragraph. */
function blockLines(blocks: HtmlBlock[]): SourceLine[] {
  return blocks.flatMap((b) => {
    const ratio = b.text.length ? b.linkChars / b.text.length : 0;
    const line: SourceLine = { text: b.text, line: b.line, ...(b.hint ? { hint: b.hint } : {}), ...(ratio ? { linkRatio: ratio } : {}) };
    return [{ text: "", line: b.line }, line];
  });
}

function plainLines(text: string, offset = 0): SourceLine[] {
  return text.split("\n").map((t, i) => ({ text: t, line: i + 1 + offset }));
}

/** A page's title: the first <h1> when the <title> repeats it, else the <title> less its site suffix. */
function pageTitle(blocks: HtmlBlock[], meta: WrapperMeta): string | undefined {
  const h1 = blocks.find((b) => b.hint === "title")?.text;
  if (h1 && (!meta.title || meta.title.replace(/\s/g, "").includes(h1.replace(/\s/g, "")))) return h1;
  return meta.title?.replace(/\s*[_|｜\-–—]\s*[^_|｜\-–—]{1,16}$/, "").trim() || h1;
}

/** Detects the wrapper a document came in and returns its body as lines plus what the wrapper stated. */
export function unwrap(text: string, fileName: string): Unwrapped {
  const notes: string[] = [];
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const fm = splitFrontMatter(text);
  if (fm) {
    if (fm.error) notes.push(fm.error);
    const html = md.render(fm.body);
    const { blocks } = htmlToBlocks(html);
    // markdown-it loses source positions; count lines by matching each block back to the body.
    const lines = locate(blocks, fm.body, fm.lineOffset);
    return { wrapper: "front matter", lines, meta: fm.meta, notes };
  }
  const kind = ["html", "htm", "xhtml"].includes(ext) ? (htmlKind(text) ?? "page") : htmlKind(text);
  if (kind === "page") {
    const { blocks, meta } = htmlToBlocks(text);
    const title = pageTitle(blocks, meta);
    const region = articleRegion(blocks);
    const body = blocks.slice(region.start, region.end);
    const outside = blocks.length - body.length;
    if (outside) notes.push(`${outside} blocks of page navigation and furniture outside the article were left out`);
    return { wrapper: "html page", lines: blockLines(body), meta: { ...meta, ...(title ? { title } : {}) }, notes };
  }
  if (kind === "fragment") {
    const { blocks, meta } = htmlToBlocks(text);
    return { wrapper: "html fragment", lines: blockLines(blocks), meta, notes };
  }
  if (["md", "markdown"].includes(ext) || (ext !== "txt" && MARKDOWN_SIGNS.test(text))) {
    const { blocks } = htmlToBlocks(md.render(text));
    return { wrapper: "markdown", lines: locate(blocks, text, 0), meta: {}, notes };
  }
  return { wrapper: "plain", lines: plainLines(text), meta: {}, notes };
}

/** Source line numbers for blocks rendered from Markdown: where their first characters occur. */
function locate(blocks: HtmlBlock[], source: string, offset: number): SourceLine[] {
  const lines = source.split("\n");
  let from = 0;
  const placed = blocks.map((b) => {
    const probe = b.text.slice(0, 6);
    for (let i = from; i < lines.length; i++) {
      if (lines[i]!.includes(probe)) {
        from = i;
        return { ...b, line: i + 1 + offset };
      }
    }
    return { ...b, line: from + 1 + offset };
  });
  return blockLines(placed);
}
