import type { Article } from "../model/types.js";
import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { articlePage } from "../render/article.js";
import { traditionalPage } from "../render/hant.js";
import { traditionalPath } from "../site/urls.js";

interface Data {
  article: Article;
  siteModel: SiteModel;
  site: SiteInfo;
  pathPrefix: string;
  cacheRoot: string;
}

export const data = {
  pagination: { data: "siteModel.render.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: ({ article }: Data) => traditionalPath(article.slug),
  eleventyExcludeFromCollections: true,
};

export function render({ article, siteModel, site, pathPrefix, cacheRoot }: Data): string {
  return traditionalPage(articlePage(article, siteModel, site, pathPrefix, "hant"), `${cacheRoot}/hant`);
}
