import type { Article } from "../model/types.js";
import { esc } from "../text/html.js";
import { articlePath } from "../site/urls.js";
import { dateLabel } from "../site/dates.js";
import type { Child } from "../site/indexes.js";
import { placeChain } from "../describe/places.js";

/** The article's first paragraph, cut at 90 characters with an ellipsis: under its title in lists and feeds. */
export function firstLine(a: Article): string {
  const text = a.blocks.find((b) => b.kind === "paragraph")?.text ?? "";
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

/** A list of articles: title, date (约 for an estimate), place, publication and the first line of each. */
export function articleList(articles: Article[]): string {
  if (!articles.length) return `<p class="empty">暂无文章。</p>`;
  return `<ol class="article-list">
${articles
  .map((a) => {
    const place = placeChain(a.place).join(" ");
    const meta = [dateLabel(a), place, a.publication].filter(Boolean).map((s) => esc(s!));
    return `<li><a href="${articlePath(a.slug)}">${esc(a.title)}</a>
<p class="meta">${meta.join(" · ")}</p>
<p class="excerpt">${esc(firstLine(a))}</p></li>`;
  })
  .join("\n")}
</ol>`;
}

/** A narrower index's count as listed beside its link: its articles, and those that only mention it. */
export const childCount = (c: Child): string =>
  `<span class="count">${[c.count ? `${c.count}` : "", c.mentioned ? `提及 ${c.mentioned}` : ""].filter(Boolean).join(" · ") || "0"}</span>`;

const items = (children: Child[], cls: string): string =>
  `<ul class="${cls}">
${children
  .map((c) => {
    return `<li><a href="${c.path}">${esc(c.name)}</a> ${childCount(c)}${c.children?.length ? items(c.children, "tree") : ""}</li>`;
  })
  .join("\n")}
</ul>`;

/** Links to narrower indexes with their counts; nested where the page shows the whole tree. */
export function childList(children: Child[], label: string, cloud = false): string {
  if (!children.length) return "";
  const tree = children.some((c) => c.children?.length);
  return `<nav aria-label="${esc(label)}">${items(children, cloud ? "cloud" : tree ? "tree" : "children")}</nav>`;
}
