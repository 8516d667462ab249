import type { Article } from "../model/types.js";

/**
 * The same article arriving more than once (another wrapper, another encoding, a repost with other
 * page furniture) and near-duplicates that differ in substance, found by comparing cleaned text.
 */

const SHINGLE = 5;
const SKETCH = 32;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
let letterOrDigitTable: Uint8Array | null = null;

/**
 * Whether a UTF-16 code unit is a letter or digit (surrogates count: astral characters are rare
 * and mostly letters). A table of the Basic Multilingual Plane, built once: a Unicode-property
 * regular expression over every article cost more than cleaning's own passes.
 */
function letterOrDigit(): Uint8Array {
  if (letterOrDigitTable) return letterOrDigitTable;
  letterOrDigitTable = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if ((c >= 0xd800 && c <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(c))) letterOrDigitTable[c] = 1;
  return letterOrDigitTable;
}

/** Letters and digits only, full-/half-width alike: what carries substance. */
function lettersAndDigits(text: string): string {
  const keep = letterOrDigit();
  const s = text.normalize("NFKC");
  let out = "";
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (keep[s.charCodeAt(i)]) continue;
    out += s.slice(run, i);
    run = i + 1;
  }
  return out + s.slice(run);
}

const bodyText = (a: Article) => a.blocks.map((b) => b.text).join("");

const B = 0x01000193;
const B_TO_SHINGLE = Array.from({ length: SHINGLE }).reduce<number>((x) => Math.imul(x, B), 1);

/**
 * Every five-character shingle of the text's letters and digits (NFKC), hashed, in text order: a
 * rolling polynomial hash (one step per character, not five), mixed by MurmurHash3's finaliser so
 * the smallest values are spread. Other characters are skipped, not removed, to spare a copy.
 */
function shingleHashes(text: string): Uint32Array {
  const keep = letterOrDigit();
  const s = text.normalize("NFKC");
  const hashes = new Uint32Array(Math.max(0, s.length - SHINGLE + 1));
  const window = new Uint16Array(SHINGLE);
  let h = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!keep[c]) continue;
    h = (Math.imul(h, B) + c) | 0;
    if (n >= SHINGLE) h = (h - Math.imul(window[n % SHINGLE]!, B_TO_SHINGLE)) | 0;
    window[n % SHINGLE] = c;
    if (++n < SHINGLE) continue;
    let x = h ^ (h >>> 16);
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    hashes[n - SHINGLE] = x ^ (x >>> 16);
  }
  return hashes.subarray(0, Math.max(0, n - SHINGLE + 1));
}

/** Sorted, without repeats. */
function uniqueSorted(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/**
 * The SKETCH smallest distinct hashes. Sorting them all costs more than the rest of duplicate
 * finding: only those under a threshold that should leave a few dozen are sorted.
 */
function sketch(hashes: Uint32Array): Uint32Array {
  for (let limit = (2 ** 32 * 2 * SKETCH) / (hashes.length || 1); ; limit *= 4) {
    const low = uniqueSorted(hashes.filter((h) => h < limit));
    if (low.length >= SKETCH || limit >= 2 ** 32) return low.subarray(0, SKETCH);
  }
}

/** Jaccard similarity of two sorted sets, by one merge. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both || 1);
}

/** Share of one text's sentences that the other text holds word for word. */
function containment(part: Article, whole: string): number {
  const sentences = part.blocks.flatMap((b) => b.text.split(/(?<=[。！？；!?;])/)).map(lettersAndDigits);
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

// By the article's blocks, which cleaning makes once and nothing changes after (see CleanCache):
// an article kept in memory between builds (while watching) is not hashed again.
const sketches = new WeakMap<Article["blocks"], Uint32Array>();
/** The article's minimum hashes, by which candidate duplicates are found. */
export const sketchOf = (a: Article): Uint32Array =>
  sketches.get(a.blocks) ?? sketches.set(a.blocks, sketch(shingleHashes(bodyText(a)))).get(a.blocks)!;

/**
 * How duplicate finding gets at the articles' text: by default the articles hold it. An archive
 * built in parts keeps the articles other parts render as stubs without text, their sketches
 * taken beforehand, and reads the whole article back for the few pairs it compares.
 */
export interface TextSource {
  sketch: (a: Article) => Uint32Array;
  whole: (a: Article) => Article;
}

/**
 * Candidates come from shared minimum hashes (a bottom-k sketch), so the archive is not compared
 * pair by pair; each candidate pair is then measured exactly. Two articles merge only when each
 * holds every sentence of the other, so nothing is lost; otherwise they are linked as 另见.
 */
export function findDuplicates(
  articles: Article[],
  related = 0.3,
  { sketch, whole }: TextSource = { sketch: sketchOf, whole: (a) => a },
): DuplicateFindings {
  const bySketch = new Map<number, number[]>();
  articles.forEach((a, i) => {
    for (const h of sketch(a)) (bySketch.get(h) ?? bySketch.set(h, []).get(h)!).push(i);
  });
  // A pair (x, y), x < y, as the number x·size + y.
  const size = articles.length;
  const shared = new Map<number, number>();
  for (const docs of bySketch.values()) {
    if (docs.length > 20) continue; // text many articles share (boilerplate, stock phrases) says nothing
    for (let x = 0; x < docs.length; x++)
      for (let y = x + 1; y < docs.length; y++) {
        const key = docs[x]! * size + docs[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  // Full shingle sets only for the few articles in candidate pairs.
  const sets = new Map<number, Uint32Array>();
  const shingles = (i: number) => sets.get(i) ?? sets.set(i, uniqueSorted(shingleHashes(bodyText(whole(articles[i]!))))).get(i)!;
  const merged = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const [key, n] of shared) {
    // Articles with a Jaccard similarity of 0.3 share about 15 of their 32 smallest hashes;
    // unrelated ones that only share stock sentences, a few.
    if (n < 8) continue;
    const [i, j] = [Math.floor(key / size), key % size];
    const similarity = jaccard(shingles(i), shingles(j));
    if (similarity < related) continue;
    const [a, b] = [articles[i]!, articles[j]!];
    const [wholeA, wholeB] = [whole(a), whole(b)];
    const bInA = containment(wholeB, lettersAndDigits(bodyText(wholeA)));
    const aInB = containment(wholeA, lettersAndDigits(bodyText(wholeB)));
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
