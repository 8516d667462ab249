import type { Article } from "../model/types.js";
import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { layout } from "../render/layout.js";
import { renderArticle } from "../render/article.js";
import { newsArticleJsonLd } from "../render/jsonld.js";
import { articlePath, siteRoot } from "../site/urls.js";
import { articleLinks } from "../site/model.js";

interface Data {
  article: Article;
  archive: SiteModel;
  site: SiteInfo;
  pathPrefix: string;
}

export const data = {
  pagination: { data: "archive.render.articles", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (d: Data) => articlePath(d.article.slug),
};

export function render({ article, archive, site, pathPrefix }: Data): string {
  const description = article.blocks.find((b) => b.kind === "paragraph")?.text.slice(0, 120);
  const root = siteRoot(site.url, pathPrefix);
  const links = articleLinks(article, archive, root);
  return layout({
    site,
    title: article.title,
    canonical: links.url,
    ogType: "article",
    head: `${newsArticleJsonLd(article, links.url, root + links.sources[0]!.view.slice(1))}\n<script type="module" src="/assets/article.js"></script>\n`,
    body: renderArticle(article, links),
    ...(description ? { description } : {}),
  });
}
