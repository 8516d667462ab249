import { articlePath, withPrefix } from "./urls.js";
import { sourceFiles, type SiteModel } from "./model.js";

/** api/articles.json: the archive as data, one record per article, for the checker and for reuse. */
export function manifest(model: SiteModel, pathPrefix: string) {
  return {
    generated: "zh-news-archive",
    count: model.articles.length,
    articles: model.articles.map((a) => ({
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
      // Each raw file: its bytes as received, and its readable view.
      files: sourceFiles(a, model).map((f) => ({
        source: f.name,
        raw: withPrefix(pathPrefix, f.raw),
        view: withPrefix(pathPrefix, f.view),
      })),
      seeAlso: a.seeAlso,
      found: a.found,
    })),
  };
}
