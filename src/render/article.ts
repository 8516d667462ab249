import type { Article, Block } from "../types.js";
import { esc, formatDate, safeUrl, weekday } from "./html.js";

function renderBlock(b: Block, i: number): string {
  const text = esc(b.text);
  if (b.kind === "heading") {
    const tag = b.level === 3 ? "h3" : "h2";
    const kicker = b.kicker ? `<span class="kicker">${esc(b.kicker)}</span>` : "";
    return `<${tag} id="s${i}">${kicker}${text}</${tag}>`;
  }
  if (b.kind === "caption") return `<p class="caption">${text}</p>`;
  if (b.speaker) return `<p class="turn"><strong class="speaker">${esc(b.speaker)}</strong>：${text}</p>`;
  return `<p>${text}</p>`;
}

/** The cleaned body: headings, paragraphs, interview turns and captions. */
export function renderBody(blocks: Block[]): string {
  return blocks.map(renderBlock).join("\n");
}

const placeText = (a: Article): string | null => [a.place.province, a.place.prefecture, a.place.county].filter(Boolean).join(" · ") || null;

/** The article page's content: the headline and byline around the body, provenance under it. */
export function renderArticle(a: Article): string {
  const url = safeUrl(a.originalUrl);
  const facts: [string, string][] = [];
  facts.push([
    "日期",
    a.date
      ? `<time datetime="${a.dateEstimated ? a.date.slice(0, 4) : a.date}">${esc(formatDate(a.date, a.dateEstimated))}${a.date && !a.dateEstimated ? ` ${weekday(a.date)}` : ""}</time>${a.dateEstimated ? '<span class="note">（原文未注明日期，年份据正文推断）</span>' : ""}`
      : "未注明日期",
  ]);
  if (a.publication) facts.push(["来源", esc(a.publication)]);
  if (a.authors.length) facts.push(["作者", a.authors.map(esc).join("、")]);
  const place = placeText(a);
  if (place) facts.push(["地点", esc(place)]);
  if (url) facts.push(["原文", `<a href="${esc(url)}" rel="nofollow noopener">${esc(url.replace(/^https?:\/\//, "").slice(0, 48))}</a>`]);
  return `<article class="article">
<header class="article-head">
${a.column ? `<p class="column">${esc(a.column)}</p>\n` : ""}<h1>${esc(a.title)}</h1>
${a.subtitle ? `<p class="subtitle">——${esc(a.subtitle)}</p>\n` : ""}<dl class="facts">
${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("\n")}
</dl>
</header>
<div class="article-body" data-pagefind-body>
${renderBody(a.blocks)}
</div>
<footer class="article-foot">
${a.tags.length ? `<p class="tags">标签：${a.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(" ")}</p>` : ""}
<p class="provenance">原始文件：<code>${esc(a.source)}</code>（${esc(a.wrapper)}，${esc(a.encoding)}）</p>
</footer>
</article>`;
}
