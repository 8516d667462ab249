import type { Article } from "../model/types.js";
import { placeChain } from "../describe/places.js";
import { knownDay } from "../site/dates.js";

/** schema.org NewsArticle for search engines and reuse, safe inside a <script> element. */
export function newsArticleJsonLd(a: Article, url: string, rawUrl: string): string {
  // The narrowest level the article has.
  const place = placeChain(a.place).at(-1);
  const day = knownDay(a);
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    ...(a.subtitle ? { alternativeHeadline: a.subtitle } : {}),
    ...(day ? { datePublished: day } : {}),
    ...(a.authors.length ? { author: a.authors.map((name) => ({ "@type": "Person", name })) } : {}),
    ...(a.publication ? { publisher: { "@type": "Organization", name: a.publication } } : {}),
    ...(place ? { contentLocation: { "@type": "Place", name: place } } : {}),
    ...(a.tags.length ? { keywords: a.tags.join(",") } : {}),
    ...(a.originalUrl ? { isBasedOn: a.originalUrl } : {}),
    inLanguage: "zh-CN",
    url,
    mainEntityOfPage: url,
    archivedAt: rawUrl,
  };
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`;
}
