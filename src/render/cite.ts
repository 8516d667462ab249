import type { Article } from "../model/types.js";
import { knownDate, knownDay } from "../site/dates.js";

/**
 * GB/T 7714-2015: a newspaper article online ([N/OL]), or a web page ([EB/OL]) when no paper is
 * known; an online item carries the day it was cited ([引用日期], `cited`, YYYY-MM-DD) after its date.
 */
export function gbt7714(a: Article, url: string, cited: string): string {
  const authors = a.authors.length ? `${a.authors.slice(0, 3).join(", ")}${a.authors.length > 3 ? ", 等" : ""}. ` : "";
  const title = a.subtitle ? `${a.title}: ${a.subtitle}` : a.title;
  const date = knownDate(a) ?? "";
  if (a.publication) return `${authors}${title}[N/OL]. ${a.publication}, ${date || "出版日期不详"}[${cited}]. ${url}.`;
  return `${authors}${title}[EB/OL]. ${date ? `(${date})` : ""}[${cited}]. ${url}.`;
}

/** BibTeX for reference managers; the key is the article's slug. */
export function bibtex(a: Article, url: string): string {
  const fields: [string, string | null][] = [
    ["title", a.subtitle ? `${a.title}——${a.subtitle}` : a.title],
    ["author", a.authors.length ? a.authors.join(" and ") : null],
    ["journal", a.publication],
    [knownDay(a) ? "date" : "year", knownDate(a)],
    ["url", url],
    ["language", "chinese"],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null)
    .map(([k, v]) => `  ${k} = {${v.replace(/[{}]/g, "")}}`)
    .join(",\n");
  return `@${a.publication ? "article" : "online"}{${a.slug.replace(/[^A-Za-z0-9_-]/g, "_")},\n${body}\n}`;
}
