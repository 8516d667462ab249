import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Parser } from "htmlparser2";

/** A link in the built site that would not resolve once served. */
export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

interface Scanned {
  links: string[];
  ids: Set<string>;
}

const LINKING: Record<string, string> = {
  a: "href",
  link: "href",
  script: "src",
  img: "src",
  source: "src",
  iframe: "src",
  form: "action",
};

function scanHtml(html: string): Scanned {
  const links: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id) ids.add(attrs.id);
      const attr = LINKING[name];
      if (attr && attrs[attr] !== undefined) links.push(attrs[attr]);
    },
  });
  parser.write(html);
  parser.end();
  return { links, ids };
}

/** Absolute URLs in the feed, sitemap and robots.txt. */
function scanText(text: string): string[] {
  return [...text.matchAll(/<(?:link|loc|id)\b[^>]*?(?:href="([^"]+)"|>([^<]+)<)|^Sitemap: (\S+)/gm)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * Checks every internal link, asset and feed URL of a built site as GitHub Pages would serve it
 * under `prefix` at `origin`: each must carry the prefix and reach a file, and a #fragment must
 * name an element of its page. Links to other sites are not followed.
 */
export function checkLinks(
  dir: string,
  { prefix = "/", origin }: { prefix?: string; origin: string },
): { checked: number; broken: BrokenLink[] } {
  const files = walk(dir);
  const pageUrl = (file: string) =>
    "/" +
    relative(dir, file)
      .split(sep)
      .join("/")
      .replace(/(^|\/)index\.html$/, "$1");
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => idsCache.get(file) ?? idsCache.set(file, scanHtml(readFileSync(file, "utf8")).ids).get(file)!;
  const broken: BrokenLink[] = [];
  let checked = 0;

  const check = (from: string, href: string, base: string) => {
    const url = new URL(href, base);
    if (url.origin !== new URL(origin).origin || !/^https?:$/.test(url.protocol)) return;
    checked++;
    const fail = (reason: string) => broken.push({ from, href, reason });
    if (!url.pathname.startsWith(prefix)) return fail(`outside the path prefix ${prefix}`);
    let file = join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith("/")) return fail("folder without a trailing slash");
      file = join(file, "index.html");
    }
    if (!existsSync(file)) return fail("no such file");
    if (url.hash && file.endsWith(".html") && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) fail("no element with that id");
  };

  for (const file of files) {
    const served = origin + prefix.replace(/\/$/, "") + pageUrl(file);
    if (file.endsWith(".html")) for (const href of scanHtml(readFileSync(file, "utf8")).links) check(pageUrl(file), href, served);
    else if (/\.(xml|txt)$/.test(file)) for (const href of scanText(readFileSync(file, "utf8"))) check(pageUrl(file), href, served);
  }
  return { checked, broken };
}
