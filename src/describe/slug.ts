import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";

/** Slugs stay well under the 255 bytes a file name may have, whatever suffix they get. */
const MAX_SLUG_BYTES = 80;

/** A slug cut to the byte limit, at a hyphen when one is near (slugs are ASCII: a character a byte). */
export function capSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_BYTES) return slug;
  const cut = slug.slice(0, MAX_SLUG_BYTES);
  const hyphen = cut.lastIndexOf("-");
  return hyphen > MAX_SLUG_BYTES / 2 ? cut.slice(0, hyphen) : cut;
}

/**
 * A URL slug from the raw file's name, so permalinks never change when the cleaner gets better
 * at titles. Han characters become toneless pinyin; everything else not URL-safe becomes "-";
 * folders are part of the name ("2022/林甸.txt" → 2022-lin-dian).
 */
export function slugFor(fileName: string): string {
  const stem = fileName.replace(/\.[^./]*$/, "") || fileName;
  const latin = stem.replace(/[\u3400-\u9fff]+/g, (han) => `-${pinyin(han, { toneType: "none", type: "array" }).join("-")}-`);
  return capSlug(
    latin
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .replace(/-{2,}/g, "-") || "article",
  );
}

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
