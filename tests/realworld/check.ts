import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import type { Article, Place } from "../../src/model/types.js";

/** What an editor would publish for one capture (README.md beside this file). */
export interface Expected {
  source: string;
  /** The kind of page, for the README's table; `page` says which page it is. */
  kind: string;
  page?: string;
  title: { includes: string[]; excludes?: string[] };
  subtitle: { includes: string[] } | null;
  column?: string | null;
  date: string | null;
  dateEstimated?: boolean;
  publication: string[] | null;
  authors: string[];
  place: Place | null;
  /** The article's first and last words; `after`, words the raw text holds before them (not in <head>). */
  core: { start: string; end: string; after?: string };
  headings?: string[];
  speakers?: string[];
  notBody?: string[];
  exactlyOnce?: string[];
  notes?: string;
}

export interface Check {
  /** "title", "date", "notBody: 责任编辑" …: one name per check, stable between runs. */
  name: string;
  ok: boolean;
  detail: string;
}

export const CAPTURES = join("..", "shared", "realworld");
const HERE = join("tests", "realworld");

/** Every expected file, by capture, in `folder` (the project's own, unless a set kept apart is named). */
export function expectations(folder = HERE): Expected[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(folder, f), "utf8")) as Expected);
}

/** As the gold check compares: NFKC, no white space. */
export const norm = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

/** The body as a reader gets it: every block, a speaker or a heading's kicker before the words. */
const bodyOf = (a: Article): string =>
  norm(a.blocks.map((b) => (b.speaker ? `${b.speaker}：${b.text}` : `${b.kicker ?? ""}${b.text}`)).join("\n"));

const count = (text: string, marker: string): number => text.split(norm(marker)).length - 1;

// Where a marker stands in raw text, white space (hard wraps) and tags (a counter's <span>s) allowed between its characters.
function find(raw: string, marker: string, from = 0): { start: number; end: number } | null {
  const re = new RegExp(
    [...marker.replace(/\s+/g, "")].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("(?:\\s|<[^<>]*>)*"),
    "g",
  );
  re.lastIndex = from;
  const m = re.exec(raw);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Pieces of the raw article a reader must still find: split at sentence ends, colons, line breaks and
 * tags. Markdown is read as it prints: an image's alt text is no printed text (as an <img alt> is
 * not), a link prints its text (a reference link's too: "[某某][ref]"), code and a list item their words, emphasis its words, a Kramdown attribute list nothing, and a quote's ">" needs no space after it (">text" is a quote).
 * A link's address may hold parentheses in pairs, as CommonMark allows ("filters:no_upscale()?…"); a
 * wiki link ("[[zh:某某]]") prints its words.
 */
function pieces(region: string): string[] {
  const address = String.raw`\((?:[^()]|\([^()]*\))*\)`;
  return (
    region
      .replace(new RegExp(String.raw`!\[[^\]]*\]` + address, "g"), "\n")
      .replace(/\{:[^{}\n]*\}/g, "")
      .replace(/\[\[(?:[a-z]{2,3}:)?([^[\]|\n]+?)(?:\|([^[\]\n]+))?\]\]/g, (_, target: string, label?: string) => label ?? target)
      .replace(new RegExp(String.raw`\[([^\]]*)\]` + address, "g"), "$1")
      .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, "$1")
      .replace(/^[ \t]*[*+-][ \t]+/gm, "")
      .replace(/`/g, "")
      .replace(/\*\*|__|~~/g, "")
      .replace(/(^|[^\w*])\*([^*\n]+)\*(?!\w)/gm, "$1$2")
      .replace(/^[ \t]*(?:>[ \t]?)+/gm, "")
      .replace(/^[ \t]*#{1,6}[ \t]+/gm, "")
      .replace(/<[^>]+>/g, "\n")
      .replace(/&[#\w]+;/g, (entity) => decodeHTML(entity))
      .normalize("NFKC")
      // A corpus's private-use paragraph mark (SogouCS's U+E40C) parts pieces, as a line end does.
      .split(/[。!?;:\n\ue000-\uf8ff]/)
      .map((p) => p.replace(/\s+/g, ""))
      .filter((p) => p.length >= 6 && /\p{Script=Han}/u.test(p))
  );
}

const samePlace = (a: Place, b: Place | null): boolean =>
  b === null ? !a.province : a.province === b.province && a.prefecture === b.prefecture && a.county === b.county;

/** Every check of one capture against the article the cleaner made of it; `raw` is its decoded text. */
export function checkCapture(e: Expected, a: Article, raw: string): Check[] {
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const body = bodyOf(a);
  const title = norm(a.title);
  check(
    "title",
    e.title.includes.every((t) => title.includes(norm(t))) && !(e.title.excludes ?? []).some((t) => title.includes(norm(t))),
    a.title,
  );
  check(
    "subtitle",
    e.subtitle === null ? !a.subtitle : e.subtitle.includes.every((t) => norm(a.subtitle ?? "").includes(norm(t))),
    a.subtitle ?? "null",
  );
  if (e.column !== undefined) check("column", norm(a.column ?? "") === norm(e.column ?? ""), a.column ?? "null");
  check(
    "date",
    // A day the editor could only infer (from the page's address, say) holds whether or not it is flagged as inferred.
    e.date === null ? !a.date || a.dateEstimated : a.date === e.date && (e.dateEstimated || !a.dateEstimated),
    `${a.date}${a.dateEstimated ? " (estimated)" : ""}`,
  );
  check(
    "publication",
    e.publication === null ? !a.publication : e.publication.some((p) => norm(p) === norm(a.publication ?? "")),
    a.publication ?? "null",
  );
  check(
    "authors",
    [...a.authors].map(norm).sort().join("、") === [...e.authors].map(norm).sort().join("、"),
    a.authors.join("、") || "none",
  );
  check("place", samePlace(a.place, e.place), [a.place.province, a.place.prefecture, a.place.county].filter(Boolean).join("/") || "none");
  const start = body.indexOf(norm(e.core.start));
  check(
    "core start",
    start >= 0 && start <= 40,
    start < 0 ? `not in the body, which opens ${body.slice(0, 30)}` : `${start} characters in`,
  );
  // A photo's caption under the last words is the photo's: the text ends above it.
  let last = a.blocks.length;
  while (last > 0 && a.blocks[last - 1]!.kind === "caption") last--;
  const closing = bodyOf({ ...a, blocks: a.blocks.slice(0, last) });
  const end = closing.lastIndexOf(norm(e.core.end));
  const after = end < 0 ? -1 : closing.length - end - norm(e.core.end).length;
  check("core end", end >= 0 && after <= 40, end < 0 ? `not in the body, which closes ${body.slice(-30)}` : `${after} characters after it`);
  // Quotation marks are compared bare: the cleaner sets a text's straight quotes curly (and reports it).
  const bare = (t: string) => t.replace(/["'“”‘’]/g, "");
  const headings = a.blocks.filter((b) => b.kind === "heading").map((b) => bare(norm(`${b.kicker ?? ""}${b.text}`)));
  for (const h of e.headings ?? [])
    check(
      `heading: ${h}`,
      headings.some((x) => x.includes(bare(norm(h)))),
      headings.join(" | ") || "no headings",
    );
  const extra = headings.filter((x) => !(e.headings ?? []).some((h) => x.includes(bare(norm(h)))));
  check("no other headings", extra.length === 0, extra.join(" | "));
  const speakers = new Set(a.blocks.map((b) => b.speaker).filter(Boolean));
  for (const s of e.speakers ?? []) check(`speaker: ${s}`, speakers.has(s), [...speakers].join("、") || "none");
  for (const m of e.notBody ?? []) check(`not in body: ${m}`, count(body, m) === 0, `${count(body, m)} times`);
  for (const m of e.exactlyOnce ?? []) check(`once: ${m}`, count(body, m) === 1, `${count(body, m)} times`);
  // Nothing lost: every sentence of the raw article, from its first words to its last, is on the page.
  // A page's <head> may repeat the opening words (its description): the article is in its body.
  const bodyStart = Math.max(0, raw.search(/<\/head>/i));
  const from = find(raw, e.core.start, e.core.after ? (find(raw, e.core.after, bodyStart)?.end ?? bodyStart) : bodyStart);
  const to = from && find(raw, e.core.end, from.start);
  const region = from && to ? raw.slice(from.start, to.end) : "";
  // A sentence left out counts as reported when the cleaning report names it.
  const report = bare(norm(a.messages.map((m) => m.text).join("\n")));
  const all = pieces(region);
  const bareBody = bare(body);
  const lost = all.filter((p) => !bareBody.includes(bare(p)));
  const unreported = lost.filter((p) => !report.includes(bare(p).slice(0, 12)));
  check(
    "sentences kept or reported",
    region !== "" && unreported.length === 0,
    region
      ? `${all.length - lost.length}/${all.length} kept, ${lost.length - unreported.length} reported${unreported.length ? `; lost silently: ${unreported.slice(0, 3).join(" / ")}` : ""}`
      : "core not found in the raw text",
  );
  return checks;
}
