import type { Article } from "../model/types.js";
import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { articlePage } from "../render/article.js";
import { articlePath } from "../site/urls.js";

interface Data {
  article: Article;
  siteModel: SiteModel;
  site: SiteInfo;
  pathPrefix: string;
}

export const data = {
  pagination: { data: "siteModel.render.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (d: Data) => articlePath(d.article.slug),
};

export function render({ article, siteModel, site, pathPrefix }: Data): string {
  return articlePage(article, siteModel, site, pathPrefix, "hans");
}
