import type { Article } from "../model/types.js";

/** How many related articles an article's page lists at most. */
export const RELATED_MAX = 5;

/**
 * What one shared trait is worth. Places count cumulatively (a shared county is also a shared
 * prefecture and province), so a county scores 6, a prefecture 4, a province 2.
 */
const WEIGHTS = { place: 2, tag: 3, keyword: 1 } as const;

/** One shared keyword alone is chance, not a relation. */
const MIN_SCORE = 2;

/**
 * A trait more articles share than this says little about any two of them, and comparing all of
 * them would make the work grow with the square of the archive; such a trait is not counted.
 */
const MAX_SHARED = 500;

/** An article's traits, each a key into the index with its weight. */
function traits(a: Article): [key: string, weight: number][] {
  const { province, prefecture, county } = a.place;
  const chain = [province, prefecture, county];
  const places = chain.flatMap((name, i) => (name ? [[`p:${chain.slice(0, i + 1).join("/")}`, WEIGHTS.place] as [string, number]] : []));
  const tags = a.tags.map((t): [string, number] => [`t:${t}`, WEIGHTS.tag]);
  const keywords = a.keywords.map((k): [string, number] => [`k:${k}`, WEIGHTS.keyword]);
  return [...new Map([...places, ...tags, ...keywords])];
}

/** Newest first, undated last, then by slug: the same archive always gives the same lists. */
const byDateThenSlug = (a: Article, b: Article): number =>
  (b.date ?? "").localeCompare(a.date ?? "") || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Each article's related articles, by source file name: those sharing its place (county, then
 * prefecture, then province), its tags and its keywords, best first, at most `max`. Never the
 * article itself, nor its other versions (另见) or merged copies. Candidates are found through an
 * index of traits, so an article is only compared with the articles it shares something with.
 */
export function relatedArticles(articles: Article[], max = RELATED_MAX): Map<string, Article[]> {
  const index = new Map<string, number[]>();
  const keys = articles.map(traits);
  keys.forEach((ts, i) => {
    for (const [key] of ts) (index.get(key) ?? index.set(key, []).get(key)!).push(i);
  });
  const related = new Map<string, Article[]>();
  articles.forEach((a, i) => {
    const excluded = new Set([a.source, ...a.seeAlso, ...a.duplicates]);
    const scores = new Map<number, number>();
    for (const [key, weight] of keys[i]!) {
      const sharing = index.get(key)!;
      if (sharing.length > MAX_SHARED) continue;
      for (const j of sharing) if (j !== i) scores.set(j, (scores.get(j) ?? 0) + weight);
    }
    const ranked = [...scores]
      .filter(([j, score]) => score >= MIN_SCORE && !excluded.has(articles[j]!.source) && !articles[j]!.seeAlso.includes(a.source))
      .sort(([j, x], [k, y]) => y - x || byDateThenSlug(articles[j]!, articles[k]!));
    related.set(
      a.source,
      ranked.slice(0, max).map(([j]) => articles[j]!),
    );
  });
  return related;
}
