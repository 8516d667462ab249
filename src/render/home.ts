import type { SiteModel } from "../site/model.js";
import type { SiteInfo } from "./layout.js";
import { articleList, childList } from "./lists.js";
import { esc } from "../text/html.js";
import type { Child } from "../site/indexes.js";
import { DATES_PATH, LATEST_PATH, PLACES_PATH, PUBLICATIONS_PATH, TAGS_PATH } from "../site/urls.js";

/** The home page: what the archive is, the latest articles, and a way into every index. */
export function renderHome(model: SiteModel, site: SiteInfo, latest = 10): string {
  // The top of each index, without the narrower levels its own page shows.
  const top = (kind: string, n: number): Child[] =>
    model.indexes.pages
      .find((p) => p.kind === kind)!
      .children.slice(0, n)
      .map(({ children: _, ...c }) => c);
  const dated = model.articles.filter((a) => a.date).length;
  // 更多 under the latest articles goes on with the same list, newest first, past the ones shown:
  // the list of every article, not /dates/, where a reader would first have to pick a year (and
  // find undated articles apart).
  const more = `<p class="more"><a href="${LATEST_PATH}">更多文章</a></p>\n`;
  return `<h1>${esc(site.title)}</h1>
<p class="lead">${esc(site.description)}</p>
<p class="stats">共 ${model.articles.length} 篇文章，其中 ${dated} 篇有日期。</p>
<section aria-labelledby="browse"><h2 id="browse">浏览</h2>
<div class="entry-points">
<section><h3><a href="${DATES_PATH}">按日期</a></h3>${childList(top("years", 8), "年份")}</section>
<section><h3><a href="${PLACES_PATH}">按地点</a></h3>${childList(top("places", 8), "省级地区")}</section>
<section><h3><a href="${TAGS_PATH}">按标签</a></h3>${childList(top("tags", 12), "标签", true)}</section>
<section><h3><a href="${PUBLICATIONS_PATH}">按报刊</a></h3>${childList(top("publications", 8), "报刊")}</section>
</div></section>
<section aria-labelledby="latest"><h2 id="latest">最新文章</h2>
${articleList(model.articles.slice(0, latest))}
${model.articles.length > latest ? more : ""}</section>`;
}
