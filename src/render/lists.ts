import type { Article } from "../types.js";
import { esc, formatDate } from "./html.js";
import { articlePath } from "../site/urls.js";

const firstLine = (a: Article): string => a.blocks.find((b) => b.kind === "paragraph")?.text.slice(0, 90) ?? "";

/** A list of articles: title, date, place, publication and the first line of each. */
export function articleList(articles: Article[]): string {
  if (!articles.length) return `<p class="empty">暂无文章。</p>`;
  return `<ol class="article-list">
${articles
  .map((a) => {
    const place = a.place.county ?? a.place.prefecture ?? a.place.province;
    const meta = [formatDate(a.date, a.dateEstimated), place, a.publication].filter(Boolean).map((s) => esc(s!));
    return `<li><a href="${articlePath(a.slug)}">${esc(a.title)}</a>
<p class="meta">${meta.join(" · ")}</p>
<p class="excerpt">${esc(firstLine(a))}…</p></li>`;
  })
  .join("\n")}
</ol>`;
}
