import type { Article } from "../types.js";
import { articlePath, withPrefix } from "./urls.js";

/** api/articles.json: the archive as data, one record per article, for the checker and for reuse. */
export function manifest(articles: Article[], pathPrefix: string) {
  return {
    generated: "zh-news-archive",
    count: articles.length,
    articles: articles.map((a) => ({
      source: a.source,
      url: withPrefix(pathPrefix, articlePath(a.slug)),
      title: a.title,
      subtitle: a.subtitle,
      column: a.column,
      date: a.date,
      dateEstimated: a.dateEstimated,
      publication: a.publication,
      authors: a.authors,
      place: a.place,
      placesMentioned: a.placesMentioned,
      tags: a.tags,
      keywords: a.keywords,
      originalUrl: a.originalUrl,
      wrapper: a.wrapper,
      encoding: a.encoding,
      sha256: a.hash,
      sources: [a.source, ...a.duplicates],
      seeAlso: a.seeAlso,
      found: a.found,
    })),
  };
}
