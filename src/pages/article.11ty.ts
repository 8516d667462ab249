import type { Article } from "../types.js";
import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { layout } from "../render/layout.js";
import { renderArticle } from "../render/article.js";
import { articlePath } from "../site/urls.js";
import { articleLinks } from "../site/model.js";

interface Data {
  article: Article;
  archive: SiteModel;
  site: SiteInfo;
}

export const data = {
  pagination: { data: "archive.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (d: Data) => articlePath(d.article.slug),
};

export function render({ article, archive, site }: Data): string {
  const description = article.blocks.find((b) => b.kind === "paragraph")?.text.slice(0, 120);
  const body = renderArticle(article, articleLinks(article, archive));
  return layout({ site, title: article.title, body, ...(description ? { description } : {}) });
}
