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
    const h1 = blocks.findIndex((b) => b.hint === "title");
    const region = articleRegion(blocks, h1);
    // The headline and its date/source line sit just above the text: start there, so they are read.
    const start = h1 >= 0 && h1 < region.start && region.start - h1 <= 12 ? h1 : region.start;
    const body = blocks.slice(start, region.end);
    const outside = blocks.length - body.length;
    if (outside) notes.push(`${outside} blocks of page navigation and furniture outside the article were left out`);
    return { wrapper: "html page", lines: blockLines(body), meta: { ...meta, ...(title ? { title } : {}) }, notes };
  }
  if (kind === "fragment") {
    const { blocks, meta } = htmlToBlocks(text);
    return { wrapper: "html fragment", lines: blockLines(blocks), meta, notes };
  }
  const json = jsonDocument(text);
  if (json) return { wrapper: "json", lines: json.lines, meta: json.meta, notes };
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

/**
 * A document exported as JSON (OCR and scraper output): a title and either a list of parts with
 * text, or one text field. Anything else is not taken for JSON.
 */
function jsonDocument(text: string): { lines: SourceLine[]; meta: WrapperMeta } | null {
  if (!/^\s*\{/.test(text)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const o = data as Record<string, unknown>;
  const parts = Array.isArray(o.parts) ? o.parts : Array.isArray(o.paragraphs) ? o.paragraphs : null;
  const paragraphs = parts
    ? parts
        .map((p) => (typeof p === "string" ? p : typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : ""))
        .filter(Boolean)
    : [o.content, o.text, o.body].find((v): v is string => typeof v === "string")?.split(/\n+/);
  if (!paragraphs?.length) return null;
  const meta: WrapperMeta = {};
  if (typeof o.title === "string" && o.title.trim()) meta.title = o.title.trim();
  for (const k of ["date", "published", "pubdate"]) if (typeof o[k] === "string") meta.date ??= o[k] as string;
  if (typeof o.source === "string") meta.publication = o.source;
  if (typeof o.url === "string") meta.url = o.url;
  // JSON has no useful line numbers: every paragraph points at line 1.
  return {
    lines: paragraphs.flatMap((t) => [
      { text: "", line: 1 },
      { text: t, line: 1 },
    ]),
    meta,
  };
}
