import type { Archive } from "../archive/index.js";
import type { Article } from "../model/types.js";

/** The name of the year an article belongs to when it is split by year: "2022", or "undated". */
export const yearOf = (a: Article): string => a.date?.slice(0, 4) ?? "undated";

/** Whether an article belongs to the years named (a part of an archive built by year). */
export const inYears = (years: string[]): ((a: Article) => boolean) => {
  const wanted = new Set(years);
  return (a) => wanted.has(yearOf(a));
};

/**
 * One part of an archive built in several parts (one CI job each): the articles of the years
 * named. Cleaning and duplicate finding still see the whole archive, so every part agrees on
 * which copy of a document is kept.
 */
export function selectYears(archive: Archive, years: string[]): Archive {
  return { ...archive, articles: archive.articles.filter(inYears(years)) };
}
