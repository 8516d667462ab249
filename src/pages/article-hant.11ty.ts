import type { Article } from "../model/types.js";
import { traditionalVersion } from "../render/hant.js";
import { traditionalPath } from "../site/urls.js";

export const data = {
  pagination: { data: "siteModel.render.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: ({ article }: { article: Article }) => traditionalPath(article.slug),
  eleventyExcludeFromCollections: true,
};

export function render({ article, cacheRoot }: { article: Article; cacheRoot: string }): string {
  return traditionalVersion(article, `${cacheRoot}/hant`);
}
