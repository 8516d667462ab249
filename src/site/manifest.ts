import type { Article } from "../model/types.js";
import { articlePath, personPath, withPrefix } from "./urls.js";
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
      officials: (model.people.byArticle.get(a.source) ?? []).map(({ official: o, person }) => ({
        name: o.name,
        post: o.post,
        organ: o.organ,
        place: o.place,
        person: withPrefix(pathPrefix, personPath(person.slug)),
      })),
    })),
  };
}

/** api/people.json: every person the archive names, their posts and the articles naming them. */
export function peopleManifest(model: SiteModel, pathPrefix: string) {
  const url = (a: Article) => withPrefix(pathPrefix, articlePath(a.slug));
  return {
    generated: "zh-news-archive",
    count: model.people.people.length,
    people: model.people.people.map((p) => ({
      name: p.name,
      url: withPrefix(pathPrefix, personPath(p.slug)),
      place: p.place,
      posts: p.posts.map((x) => ({ post: x.post, organ: x.organ, place: x.place, first: url(x.first), last: url(x.last), guess: x.guess })),
      articles: p.mentions.map((m) => ({
        url: url(m.article),
        date: m.article.date,
        sentence: m.official.sentence,
        line: m.official.line,
      })),
    })),
  };
}
