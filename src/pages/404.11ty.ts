import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

/** GitHub Pages serves this for any missing path, so its links must be site-absolute (the base plugin prefixes them). */
export function render({ site }: { site: SiteInfo }): string {
  const body = `<h1>找不到这个页面</h1>
<p>地址可能已改变，或文章已合并到别处。可以从<a href="/">首页</a>开始，或按<a href="/dates/">日期</a>、<a href="/places/">地点</a>、<a href="/tags/">标签</a>、<a href="/publications/">报刊</a>浏览。</p>`;
  return layout({ site, title: "找不到页面", body });
}
