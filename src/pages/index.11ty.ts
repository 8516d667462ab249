import type { Archive } from "../archive.js";
import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";
import { articleList } from "../render/lists.js";

export const data = { permalink: "/" };

export function render({ archive, site }: { archive: Archive; site: SiteInfo }): string {
  const body = `<h1>${site.title}</h1>
<p class="lead">${site.description}</p>
<h2>最新文章</h2>
${articleList(archive.articles)}`;
  return layout({ site, title: site.title, body });
}
