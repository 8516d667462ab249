import type { Article } from "./types.js";

/**
 * The same article arriving more than once (another wrapper, another encoding, a repost with other
 * page furniture) and near-duplicates that differ in substance, found by comparing cleaned text.
 */

const SHINGLE = 5;
const SKETCH = 32;

/** Body text reduced to what carries substance: letters and digits, full-/half-width alike. */
const substance = (a: Article) =>
  a.blocks
    .map((b) => b.text)
    .join("")
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]/gu, "");

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function shingles(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= text.length; i++) out.add(fnv1a(text.slice(i, i + SHINGLE)));
  return out;
}

const jaccard = (a: Set<number>, b: Set<number>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
};

/** Share of one text's sentences that the other text holds word for word. */
function containment(part: Article, whole: string): number {
  const sentences = part.blocks
    .flatMap((b) => b.text.split(/(?<=[。！？；!?;])/))
    .map((s) => s.normalize("NFKC").replace(/[^\p{L}\p{N}]/gu, ""));
  const long = sentences.filter((s) => s.length >= 6);
  return long.length ? long.filter((s) => whole.includes(s)).length / long.length : 1;
}

/** How much an article states rather than guesses: the copy to keep when two are the same. */
const described = (a: Article) =>
  (a.date && !a.dateEstimated ? 4 : 0) + (a.publication ? 2 : 0) + (a.authors.length ? 1 : 0) + (a.place.province ? 1 : 0);

export interface DuplicateFindings {
  /** Raw files whose article another holds sentence for sentence: source → the source kept. */
  merged: Map<string, string>;
  /** Pairs of sources that share much text but differ in substance. */
  related: [string, string][];
}

/**
 * Candidates come from shared minimum hashes (a bottom-k sketch), so the archive is not compared
 * pair by pair; each candidate pair is then measured exactly. Two articles merge only when each
 * holds every sentence of the other, so nothing is lost; otherwise they are linked as 另见.
 */
export function findDuplicates(articles: Article[], related = 0.3): DuplicateFindings {
  const texts = articles.map(substance);
  const sets = texts.map(shingles);
  const bySketch = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const h of [...set].sort((x, y) => x - y).slice(0, SKETCH)) (bySketch.get(h) ?? bySketch.set(h, []).get(h)!).push(i);
  });
  const shared = new Map<string, number>();
  for (const docs of bySketch.values()) {
    if (docs.length > 20) continue; // text many articles share (boilerplate, stock phrases) says nothing
    for (let x = 0; x < docs.length; x++)
      for (let y = x + 1; y < docs.length; y++) {
        const key = `${docs[x]}:${docs[y]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const merged = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const [key, n] of shared) {
    // Articles with a Jaccard similarity of 0.3 share about 15 of their 32 smallest hashes;
    // unrelated ones that only share stock sentences, a few.
    if (n < 8) continue;
    const [i, j] = key.split(":").map(Number) as [number, number];
    const similarity = jaccard(sets[i]!, sets[j]!);
    if (similarity < related) continue;
    const [a, b] = [articles[i]!, articles[j]!];
    const bInA = containment(b, texts[i]!);
    const aInB = containment(a, texts[j]!);
    if (bInA === 1 && aInB === 1) {
      // The same article: keep the better described copy, then UTF-8, then the first by name.
      const utf8 = (x: Article) => (x.encoding.startsWith("utf-8") ? 1 : 0);
      const order = described(b) - described(a) || utf8(b) - utf8(a) || (a.source < b.source ? -1 : 1);
      const [kept, gone] = order <= 0 ? [a, b] : [b, a];
      if (!merged.has(kept.source)) merged.set(gone.source, kept.source);
    } else pairs.push([a.source, b.source]);
  }
  // A chain (a into b, b into c) ends at the copy that stays.
  const root = (s: string): string => (merged.has(s) ? root(merged.get(s)!) : s);
  for (const s of merged.keys()) merged.set(s, root(s));
  return { merged, related: pairs.filter(([a, b]) => !merged.has(a) && !merged.has(b)) };
}
