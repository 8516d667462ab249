import type { Article, Block } from "../model/types.js";
import { esc } from "../text/html.js";
import { httpUrl } from "../text/url.js";
import { breadcrumbs } from "./layout.js";
import { bibtex, gbt7714 } from "./cite.js";
import { cleaningReport } from "./report.js";
import { articlePath, sectionId } from "../site/urls.js";
import type { ArticleLinks, Neighbours } from "../site/model.js";
import { dateLabel, knownDate, knownDay, weekday } from "../site/dates.js";
import { asksQuestions } from "../text/roles.js";
import { RULES } from "../model/rules.js";
import { encodingName, WRAPPER_NAMES } from "./words.js";

/** Where the source itself breaks off: said on the page, after the text, and left out of the search index. */
const BREAKS_OFF = '<span class="note breaks-off" data-pagefind-ignore>〔原文此处不全〕</span>';

/** Over a text machine-read off a scan: its misreadings are the machine's, not the paper's. */
const OCR_NOTICE =
  '<p class="notice scanned" role="note">本文是机器从扫描件识读出的文字，未经人工校对，难免有错字、漏字和断行错误；引用前请对照原件。</p>\n';

/**
 * The blocks, by index, whose paragraph breaks off in the source (a "paragraph breaks off" message
 * names the block's line and its last words; a page on one line has many blocks of one line).
 */
export function brokenOff(a: Pick<Article, "blocks" | "messages">): Set<number> {
  const broken = new Set<number>();
  for (const m of a.messages) {
    if (m.ruleId !== RULES.breaksOff.id) continue;
    const tail = m.text.replace(/^…/, "");
    const i = a.blocks.findIndex((b, i) => !broken.has(i) && b.line === m.line && b.text.endsWith(tail));
    if (i >= 0) broken.add(i);
  }
  return broken;
}

/** Chinese is read by the character: about 400 a minute for news. */
export function readingMinutes(blocks: Block[]): number {
  const chars = blocks.reduce((n, b) => n + b.text.replace(/\s/g, "").length, 0);
  return Math.max(1, Math.round(chars / 400));
}

/** A table of contents for long articles (over 3,000 characters or three headings), nested by level. */
function toc(blocks: Block[]): string {
  const headings = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === "heading");
  const long = blocks.reduce((n, b) => n + b.text.length, 0) > 3000;
  if (!headings.length || (!long && headings.length < 3)) return "";
  let html = "";
  let open = false;
  for (const { b, i } of headings) {
    const item = `<a href="#${sectionId(i)}">${esc(b.text)}</a>`;
    if (b.level === 3 && html) {
      html = open ? html.replace(/<\/ol><\/li>$/, `<li>${item}</li></ol></li>`) : html.replace(/<\/li>$/, `<ol><li>${item}</li></ol></li>`);
      open = true;
    } else {
      html += `<li>${item}</li>`;
      open = false;
    }
  }
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">目录</h2><ol>${html}</ol></nav>`;
}

function renderBlock(b: Block, i: number, breaksOff: boolean): string {
  const text = esc(b.text) + (breaksOff ? BREAKS_OFF : "");
  if (b.kind === "heading") {
    const tag = b.level === 3 ? "h3" : "h2";
    const kicker = b.kicker ? `<span class="kicker">${esc(b.kicker)}</span>` : "";
    return `<${tag} id="${sectionId(i)}">${kicker}${text}</${tag}>`;
  }
  if (b.kind === "caption") return `<p class="caption">${text}</p>`;
  if (b.speaker) {
    const ask = asksQuestions(b.speaker) ? " ask" : "";
    return `<p class="turn${ask}"><strong class="speaker">${esc(b.speaker)}</strong>：${text}</p>`;
  }
  return `<p>${text}</p>`;
}

const tableRow = (b: Block): string =>
  `<tr>${b.text
    .split("\u3000")
    .map((c) => `<td>${esc(c)}</td>`)
    .join("")}</tr>`;

/**
 * The cleaned body: headings, paragraphs, interview turns, captions, and a table's rows in one
 * table; `broken`, the blocks that break off in the source.
 */
export function renderBody(blocks: Block[], broken: ReadonlySet<number> = new Set()): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== "row") {
      out.push(renderBlock(blocks[i]!, i, broken.has(i)));
      continue;
    }
    const rows: string[] = [];
    for (; blocks[i]?.kind === "row"; i++) rows.push(tableRow(blocks[i]!));
    i--;
    // A wide table scrolls on its own on a phone, and can be reached by keyboard to scroll it.
    out.push(`<div class="table" role="region" aria-label="表格" tabindex="0"><table><tbody>${rows.join("")}</tbody></table></div>`);
  }
  return out.join("\n");
}

const link = (path: string, text: string) => `<a href="${path}">${esc(text)}</a>`;

function neighbour(a: Article | null, rel: "prev" | "next", label: string): string {
  if (!a) return "";
  return `<a class="${rel}" rel="${rel}" href="${articlePath(a.slug)}"><span>${label}</span>${esc(a.title)}</a>`;
}

/**
 * Links to the article's neighbours: by date, or, for an undated article, among the undated,
 * as their labels say. An article alone in its chain has none.
 */
function pager(a: Article, { previous, next }: Neighbours): string {
  if (!previous && !next) return "";
  const [before, after] = a.date ? ["上一篇（更早）", "下一篇（更新）"] : ["上一篇（同为未注明日期）", "下一篇（同为未注明日期）"];
  return `<nav class="pager" aria-label="相邻文章">
${neighbour(previous, "prev", before)}
${neighbour(next, "next", after)}
</nav>`;
}

/** The article page's content: trail, headline and byline around the body, tags and neighbours under it. */
export function renderArticle(a: Article, links: ArticleLinks): string {
  const url = httpUrl(a.originalUrl);
  const [known, day] = [knownDate(a), knownDay(a)];
  const dateText = day ? `${dateLabel(a)} ${weekday(day)}` : dateLabel(a);
  const facts: [string, string][] = [];
  facts.push([
    "日期",
    `<a href="${links.dates.at(-1)!.path}"><time${known ? ` datetime="${known}"` : ""}>${esc(dateText)}</time></a>${a.dateEstimated ? '<span class="note">（原文未注明日期，年份据正文推断）</span>' : ""}`,
  ]);
  if (a.publication) facts.push(["来源", links.publicationPath ? link(links.publicationPath, a.publication) : esc(a.publication)]);
  if (a.authors.length) facts.push(["作者", a.authors.map(esc).join("、")]);
  if (links.places.length) facts.push(["地点", links.places.map((p) => link(p.path, p.name)).join(" · ")]);
  if (url) facts.push(["原文", `<a href="${esc(url)}" rel="nofollow noopener">${esc(url.replace(/^https?:\/\//, "").slice(0, 48))}</a>`]);
  facts.push(["阅读", `约 ${readingMinutes(a.blocks)} 分钟`]);
  const trail = [...links.places, ...links.dates];
  return `${breadcrumbs(trail)}
<article class="article">
<header class="article-head">
<button type="button" class="script-switch" aria-pressed="false" lang="zh-Hant" title="以繁體字閱讀（再按一次回到简体）">繁體</button>
${a.column ? `<p class="column">${esc(a.column)}</p>\n` : ""}<h1>${esc(a.title)}</h1>
${a.subtitle ? `<p class="subtitle">——${esc(a.subtitle)}</p>\n` : ""}<dl class="facts">
${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("\n")}
</dl>
</header>
${a.scanned ? OCR_NOTICE : ""}${toc(a.blocks)}
<div class="article-body" data-pagefind-body>
${renderBody(a.blocks, brokenOff(a))}
</div>
<footer class="article-foot">
${a.tags.length ? `<p class="tags">标签：${a.tags.map((t) => `<a class="tag" href="${links.tagPath(t)}">${esc(t)}</a>`).join(" ")}</p>` : ""}
<p class="provenance">原始文本：${links.sources.map((f) => `<a href="${f.view}">${esc(f.name)}</a>`).join("、")}（${WRAPPER_NAMES[a.wrapper]}，${esc(encodingName(a.encoding))} 编码${links.sources.length > 1 ? `；同一篇文章的 ${links.sources.length} 份来稿，合为一页` : ""}）</p>
${links.seeAlso.length ? `<p class="see-also">另见：${links.seeAlso.map((x) => link(x.path, x.name)).join("、")}（内容相近而有出入）</p>` : ""}
${cleaningReport(a, links.sources[0]!.view)}
<section class="cite" aria-labelledby="cite-title">
<h2 id="cite-title">引用本文</h2>
<p class="cite-label">GB/T 7714—2015</p>
<pre id="cite-gbt">${esc(gbt7714(a, links.url, links.cited))}</pre>
<button type="button" class="copy" data-copy="cite-gbt">复制</button>
<p class="cite-label">BibTeX</p>
<pre id="cite-bib">${esc(bibtex(a, links.url))}</pre>
<button type="button" class="copy" data-copy="cite-bib">复制</button>
</section>
</footer>
</article>
${pager(a, links.neighbours)}`;
}
