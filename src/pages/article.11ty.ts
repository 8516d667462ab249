import type { Article } from "../types.js";
import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";
import { renderArticle } from "../render/article.js";
import { articlePath } from "../site/urls.js";

interface Data {
  article: Article;
  site: SiteInfo;
}

export const data = {
  pagination: { data: "archive.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (d: Data) => articlePath(d.article.slug),
};

export function render({ article, site }: Data): string {
  const description = article.blocks.find((b) => b.kind === "paragraph")?.text.slice(0, 120);
  return layout({ site, title: article.title, body: renderArticle(article), ...(description ? { description } : {}) });
}
