import type { Article } from "../model/types.js";
import type { SiteInfo } from "../render/layout.js";
import type { SiteModel } from "../site/model.js";
import { layout } from "../render/layout.js";
import { renderArticle } from "../render/article.js";
import { newsArticleJsonLd } from "../render/jsonld.js";
import { ARTICLE_SCRIPT_PATH, articlePath, siteRoot, withPrefix } from "../site/urls.js";
import { articleLinks } from "../site/model.js";

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
  const description = article.blocks.find((b) => b.kind === "paragraph")?.text.slice(0, 120);
  const root = siteRoot(site.url, pathPrefix);
  const links = articleLinks(article, siteModel, root);
  return layout({
    site,
    title: article.title,
    canonical: links.url,
    ogType: "article",
    head: `${newsArticleJsonLd(article, links.url, withPrefix(root, links.sources[0]!.view))}\n<script type="module" src="${ARTICLE_SCRIPT_PATH}"></script>\n`,
    body: renderArticle(article, links),
    ...(description ? { description } : {}),
  });
}
