import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";
import { DATES_PATH, HOME_PATH, NOT_FOUND_PATH, PLACES_PATH, PUBLICATIONS_PATH, TAGS_PATH } from "../site/urls.js";

export const data = { permalink: NOT_FOUND_PATH, eleventyExcludeFromCollections: true };

/** GitHub Pages serves this for any missing path, so its links must be site-absolute (the base plugin prefixes them). */
export function render({ site }: { site: SiteInfo }): string {
  const body = `<h1>找不到这个页面</h1>
<p>地址可能已改变，或文章已合并到别处。可以从<a href="${HOME_PATH}">首页</a>开始，或按<a href="${DATES_PATH}">日期</a>、<a href="${PLACES_PATH}">地点</a>、<a href="${TAGS_PATH}">标签</a>、<a href="${PUBLICATIONS_PATH}">报刊</a>浏览。</p>`;
  return layout({ site, title: "找不到页面", body });
}
