import { esc } from "./html.js";

export interface SiteInfo {
  title: string;
  description: string;
}

export interface PageShell {
  site: SiteInfo;
  title: string;
  description?: string;
  body: string;
}

/** The page shell every page shares. Links are site-absolute; the HTML base plugin adds a path prefix. */
export function layout({ site, title, description, body }: PageShell): string {
  const full = title === site.title ? title : `${title} · ${site.title}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(full)}</title>
<meta name="description" content="${esc(description ?? site.description)}">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site-header">
<a class="site-name" href="/">${esc(site.title)}</a>
</header>
<main id="main">
${body}
</main>
<footer class="site-footer">
<p>${esc(site.description)}</p>
<p><a href="/api/articles.json">数据接口（JSON）</a></p>
</footer>
</body>
</html>
`;
}
