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
const byDateThenSlug = (a: Article, b: Article): number => byCodePoint(b.date ?? "", a.date ?? "") || byCodePoint(a.slug, b.slug);
// Not localeCompare, whose order depends on the machine's locale data.
const byCodePoint = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

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
  // Scores and the articles scored, in arrays reused for every article: a map and a sort per
  // article took seconds at 10,000. Ties go by each article's place in date-then-slug order,
  // found once, so that comparing two candidates compares two numbers.
  const n = articles.length;
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = new Int32Array(n);
  [...articles.keys()].sort((j, k) => byDateThenSlug(articles[j]!, articles[k]!)).forEach((j, place) => (order[j] = place));
  // Higher ranks first: the score, then the earlier place in that order.
  const rank = (j: number) => scores[j]! * n + (n - order[j]!);
  const related = new Map<string, Article[]>();
  for (let i = 0; i < n; i++) {
    const a = articles[i]!;
    let count = 0;
    for (const [key, weight] of keys[i]!) {
      const sharing = index.get(key)!;
      if (sharing.length > MAX_SHARED) continue;
      for (let s = 0; s < sharing.length; s++) {
        const j = sharing[s]!;
        if (scores[j] === 0) touched[count++] = j;
        scores[j]! += weight;
      }
    }
    const excluded = new Set([a.source, ...a.seeAlso, ...a.duplicates]);
    // The best `max`, best first, kept by insertion as the candidates go by.
    const best: number[] = [];
    const ranks: number[] = [];
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      const r = rank(j);
      if (j === i || scores[j]! < MIN_SCORE || (best.length === max && r < ranks[max - 1]!)) continue;
      const b = articles[j]!;
      if (excluded.has(b.source) || b.seeAlso.includes(a.source)) continue;
      let at = best.length;
      while (at > 0 && r > ranks[at - 1]!) at--;
      best.splice(at, 0, j);
      ranks.splice(at, 0, r);
      if (best.length > max) {
        best.pop();
        ranks.pop();
      }
    }
    related.set(
      a.source,
      best.map((j) => articles[j]!),
    );
    for (let t = 0; t < count; t++) scores[touched[t]!] = 0;
  }
  return related;
}
