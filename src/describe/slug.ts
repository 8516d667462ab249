import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";

/** Slugs stay well under the 255 bytes a file name may have, whatever suffix they get. */
const MAX_SLUG_BYTES = 80;

/** A slug cut to the byte limit, at a hyphen when one is near (slugs are ASCII: a character a byte). */
function capSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_BYTES) return slug;
  const cut = slug.slice(0, MAX_SLUG_BYTES);
  const hyphen = cut.lastIndexOf("-");
  return hyphen > MAX_SLUG_BYTES / 2 ? cut.slice(0, hyphen) : cut;
}

/** Toneless pinyin, a syllable each, anything else kept in runs (林甸2022 → lin dian 2022): how every slug reads Chinese. */
const syllables = (text: string): string[] => pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" });

/** Lower-case ASCII: every run of anything but a–z, 0–9 and `keep` becomes one "-", none at the ends; capped. */
function urlSafe(text: string, keep: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .replace(new RegExp(`[^a-z0-9${keep}]+`, "g"), "-")
    .replace(/^-+|-+$/g, "");
  return capSlug(slug || fallback);
}

/**
 * A URL slug from the raw file's name, so permalinks never change when the cleaner gets better
 * at titles. Han characters become toneless pinyin, a "-" between syllables; everything else not
 * URL-safe (ü too) becomes "-"; folders are part of the name ("2022/林甸.txt" → 2022-lin-dian).
 */
export function slugFor(fileName: string): string {
  const stem = fileName.replace(/\.[^./]*$/, "") || fileName;
  return urlSafe(
    stem.replace(/[\u3400-\u9fff]+/g, (han) => `-${syllables(han).join("-")}-`),
    "_",
    "article",
  );
}

/** An index's slug from its name: the pinyin run together, ü as v (黑龙江 → heilongjiang, 吕梁 → lvliang). */
export const pinyinSlug = (name: string): string => urlSafe(syllables(name).join("").replace(/ü/gi, "v"), "", "x");

/** "-" and the first characters of the name's SHA-256: a suffix that does not depend on other names. */
export const hashSuffix = (name: string, attempt: number): string =>
  `-${createHash("sha256")
    .update(name)
    .digest("hex")
    .slice(0, 4 + 2 * attempt)}${attempt > 30 ? `-${attempt}` : ""}`;

/** "-2", "-3" …: a suffix by order, for names of indexes. */
export const countSuffix = (_name: string, attempt: number): string => `-${attempt + 1}`;

/**
 * A slug for each name, unique by construction: every name whose slug no other name shares keeps
 * it (even one spelled like another's suffixed slug); of names that share one, the first in name
 * order keeps it and the others take a suffix, tried until it is free. The same names always
 * give the same slugs.
 */
export function uniqueSlugs(
  names: string[],
  slug: (name: string) => string,
  suffix: (name: string, attempt: number) => string = hashSuffix,
): Map<string, string> {
  const sorted = [...new Set(names)].sort();
  const bases = new Map(sorted.map((n) => [n, slug(n)]));
  const used = new Set(bases.values());
  const kept = new Set<string>();
  const out = new Map<string, string>();
  for (const name of sorted) {
    const base = bases.get(name)!;
    if (!kept.has(base)) {
      kept.add(base);
      out.set(name, base);
      continue;
    }
    let s = base;
    for (let attempt = 1; used.has(s); attempt++) s = base + suffix(name, attempt);
    used.add(s);
    out.set(name, s);
  }
  return out;
}
