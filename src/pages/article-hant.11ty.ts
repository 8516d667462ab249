import type { Article } from "../model/types.js";
import { traditionalVersion } from "../render/hant.js";
import { articlePath } from "../site/urls.js";

export const data = {
  pagination: { data: "archive.render.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: ({ article }: { article: Article }) => `${articlePath(article.slug)}zh-hant.json`,
  eleventyExcludeFromCollections: true,
};

export function render({ article, cacheRoot }: { article: Article; cacheRoot: string }): string {
  return traditionalVersion(article, `${cacheRoot}/hant`);
}
