import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Article } from "../model/types.js";
import type { SiteInfo } from "../render/layout.js";
import { layout } from "../render/layout.js";
import { renderSource } from "../render/source.js";
import { sourceFiles, type SiteModel, type SourceFile } from "../site/model.js";
import { articlePath } from "../site/urls.js";
import { readRegularFile } from "../read/files.js";
import { decode } from "../read/decode.js";

interface Item {
  article: Article;
  file: SourceFile;
}

interface Data {
  source: Item;
  site: SiteInfo;
  contentDir: string;
}

/** One page per raw file the rendered articles hold: its readable view at /raw/<slug>/. */
export const data = {
  pagination: {
    data: "siteModel.render.articles",
    size: 1,
    alias: "source",
    before: (articles: Article[], all: { siteModel: SiteModel }): Item[] =>
      articles.flatMap((article) => sourceFiles(article, all.siteModel).map((file) => ({ article, file }))),
  },
  permalink: (d: Data) => d.source.file.view,
  eleventyExcludeFromCollections: true,
};

// No script of any kind on these pages: they show untrusted text, escaped, and nothing else.
const NO_SCRIPT = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'">\n<meta name="robots" content="noindex">\n`;

export function render({ source: { article, file }, site, contentDir }: Data): string {
  let bytes: Buffer = Buffer.alloc(0);
  let decoded: { text: string; encoding: string } | null = null;
  try {
    bytes = readRegularFile(join(contentDir, file.name));
    decoded = decode(bytes);
  } catch {
    // Gone or refused since the build read it: the page says so.
  }
  return layout({
    site,
    title: `原始文本：${file.name}`,
    head: NO_SCRIPT,
    body: renderSource({
      name: file.name,
      text: decoded?.text ?? null,
      encoding: decoded?.encoding ?? "—",
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      raw: file.raw,
      article: { title: article.title, path: articlePath(article.slug) },
    }),
  });
}
