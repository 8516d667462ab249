import type { Article, Block } from "../model/types.js";
import { esc } from "../text/html.js";
import { httpUrl } from "../text/url.js";
import { breadcrumbs, layout, type SiteInfo } from "./layout.js";
import { newsArticleJsonLd } from "./jsonld.js";
import { bibtex, gbt7714 } from "./cite.js";
import { cleaningReport } from "./report.js";
import { ARTICLE_SCRIPT_PATH, articlePath, sectionId, siteRoot, traditionalPath, withPrefix } from "../site/urls.js";
import { articleLinks, type ArticleLinks, type Neighbours, type SiteModel } from "../site/model.js";
import { dateLabel, knownDate, knownDay, weekday } from "../site/dates.js";
import { asksQuestions } from "../text/roles.js";
import { cut } from "../text/segmenter.js";
import { placeChain } from "../describe/places.js";
import { RULES } from "../model/rules.js";
import { encodingName, WRAPPER_NAMES } from "./words.js";

/** The script an article page is written in: as cleaned, or its 繁體 reading (converted after rendering). */
export type Script = "hans" | "hant";

/** Where a link to an article goes from a page in this script: a Traditional page leads on to Traditional pages. */
const pageOf = (script: Script): ((slug: string) => string) => (script === "hant" ? traditionalPath : articlePath);

/**
 * A headline with a break opportunity between its words only (the stylesheet keeps words whole),
 * so that it wraps at a word's end ("没有休止符", never "没有休/止符").
 */
export function phrased(text: string): string {
  return cut(text).map(esc).join("<wbr>");
}

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

/**
 * A table of contents for long articles (over 3,000 characters or three headings), nested by
 * level: twice, folded for a phone and open for a wider screen, the stylesheet showing one. The
 * page's first screen on a phone is the article, and neither waits for script to fold or unfold.
 */
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
  const list = `<summary>目录</summary><ol>${html}</ol>`;
  return `<nav class="toc" aria-label="目录"><details class="narrow">${list}</details><details class="wide" open>${list}</details></nav>`;
}

function renderBlock(b: Block, i: number, breaksOff: boolean): string {
  const text = esc(b.text) + (breaksOff ? BREAKS_OFF : "");
  if (b.kind === "heading") {
    const tag = b.level === 3 ? "h3" : "h2";
    const kicker = b.kicker ? `<span class="kicker">${esc(b.kicker)}</span>` : "";
    // The anchor's "#" comes from the stylesheet, so the heading's text stays its own.
    const id = sectionId(i);
    return `<${tag} id="${id}">${kicker}${text}<a class="anchor" href="#${id}" aria-label="本节链接"></a></${tag}>`;
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

function neighbour(a: Article | null, rel: "prev" | "next", label: string, script: Script): string {
  if (!a) return "";
  return `<a class="${rel}" rel="${rel}" href="${pageOf(script)(a.slug)}"><span>${label}</span>${esc(a.title)}</a>`;
}

/**
 * Links to the article's neighbours: by date, or, for an undated article, among the undated,
 * as their labels say. An article alone in its chain has none.
 */
function pager(a: Article, { previous, next }: Neighbours, script: Script): string {
  if (!previous && !next) return "";
  const [before, after] = a.date ? ["上一篇（更早）", "下一篇（更新）"] : ["上一篇（同为未注明日期）", "下一篇（同为未注明日期）"];
  return `<nav class="pager" aria-label="相邻文章">
${neighbour(previous, "prev", before, script)}
${neighbour(next, "next", after, script)}
</nav>`;
}

/** Other articles of the same place, tags or keywords, each with its date and place. */
function related(articles: Article[], script: Script): string {
  if (!articles.length) return "";
  const items = articles.map((r) => {
    const meta = [dateLabel(r), placeChain(r.place).join(" ")].filter(Boolean).map(esc);
    return `<li><a href="${pageOf(script)(r.slug)}">${esc(r.title)}</a><p class="meta">${meta.join(" · ")}</p></li>`;
  });
  return `<nav class="related" aria-labelledby="related-title">
<h2 id="related-title">相关文章</h2>
<ul>${items.join("\n")}</ul>
</nav>`;
}

/** The switch to the other script's page; on the Traditional page its words stay Simplified. */
function scriptSwitch(slug: string, script: Script): string {
  return script === "hans"
    ? `<a class="script-switch" href="${traditionalPath(slug)}" hreflang="zh-Hant" lang="zh-Hant" title="以繁體字閱讀">繁體</a>`
    : `<a class="script-switch" href="${articlePath(slug)}" hreflang="zh-Hans" lang="zh-Hans" title="以简体字阅读">简体</a>`;
}

/** The officials the article names, each linking to their page: what else the archive says of them. */
function officialList(officials: ArticleLinks["officials"]): string {
  if (!officials.length) return "";
  const items = officials.map((o) => `<li>${esc(o.title)} ${link(o.path, o.name)}</li>`).join("");
  return `<section class="officials" aria-labelledby="officials-title">
<h2 id="officials-title">文中提到的官员</h2>
<ul>${items}</ul>
</section>
`;
}

/**
 * The article page's content: trail, headline and byline around the body, tags, related articles
 * and neighbours under it. For the 繁體 reading (`script` "hant") its links to articles lead to
 * their Traditional pages; the words are converted with the whole page.
 */
export function renderArticle(a: Article, links: ArticleLinks, script: Script = "hans"): string {
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
${scriptSwitch(a.slug, script)}
<button type="button" class="copy-link" data-text-copied="已复制" data-text-failed="请复制地址栏中的地址">复制链接</button>
${a.column ? `<p class="column">${esc(a.column)}</p>\n` : ""}<h1>${phrased(a.title)}</h1>
${a.subtitle ? `<p class="subtitle">——${phrased(a.subtitle)}</p>\n` : ""}<dl class="facts">
${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("\n")}
</dl>
</header>
${a.scanned ? OCR_NOTICE : ""}${toc(a.blocks)}
<div class="article-body" data-pagefind-body>
${renderBody(a.blocks, brokenOff(a))}
</div>
<footer class="article-foot">
${officialList(links.officials)}${a.tags.length ? `<p class="tags">标签：${a.tags.map((t) => `<a class="tag" href="${links.tagPath(t)}">${esc(t)}</a>`).join(" ")}</p>` : ""}
<p class="provenance">原始文本：${links.sources.map((f) => `<a href="${f.view}" translate="no">${esc(f.name)}</a>`).join("、")}（${WRAPPER_NAMES[a.wrapper]}，${esc(encodingName(a.encoding))} 编码${links.sources.length > 1 ? `；同一篇文章的 ${links.sources.length} 份来稿，合为一页` : ""}）</p>
${links.seeAlso.length ? `<p class="see-also">另见：${links.seeAlso.map((x) => link(pageOf(script)(x.slug), x.name)).join("、")}（内容相近而有出入）</p>` : ""}
${cleaningReport(a, links.sources[0]!.view)}
<section class="cite" aria-labelledby="cite-title">
<h2 id="cite-title">引用本文</h2>
<p class="cite-label">GB/T 7714—2015</p>
<pre id="cite-gbt">${esc(gbt7714(a, links.url, links.cited))}</pre>
<button type="button" class="copy" data-copy="cite-gbt" data-text-copied="已复制" data-text-selected="已选中，请按 Ctrl+C">复制</button>
<p class="cite-label">BibTeX</p>
<pre id="cite-bib">${esc(bibtex(a, links.url))}</pre>
<button type="button" class="copy" data-copy="cite-bib" data-text-copied="已复制" data-text-selected="已选中，请按 Ctrl+C">复制</button>
</section>
</footer>
</article>
${related(links.related, script)}
${pager(a, links.neighbours, script)}`;
}

/**
 * An article's whole page in the script asked for. Both readings name each other as alternates;
 * the Traditional one is rendered in Simplified here and converted whole (render/hant.ts).
 */
export function articlePage(article: Article, model: SiteModel, site: SiteInfo, pathPrefix: string, script: Script): string {
  const description = article.blocks.find((b) => b.kind === "paragraph")?.text.slice(0, 120);
  const root = siteRoot(site.url, pathPrefix);
  const links = articleLinks(article, model, root);
  const [own, other, otherLang] =
    script === "hans"
      ? [links.url, withPrefix(root, traditionalPath(article.slug)), "zh-Hant"]
      : [withPrefix(root, traditionalPath(article.slug)), links.url, "zh-Hans"];
  return layout({
    site,
    title: article.title,
    canonical: own,
    ogType: "article",
    lang: script === "hans" ? "zh-CN" : "zh-Hant",
    head: `<link rel="alternate" hreflang="${otherLang}" href="${esc(other)}">
${newsArticleJsonLd(article, links.url, withPrefix(root, links.sources[0]!.view))}
<script type="module" src="${ARTICLE_SCRIPT_PATH}"></script>
`,
    body: renderArticle(article, links, script),
    ...(description ? { description } : {}),
  });
}
