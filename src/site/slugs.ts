import { countSuffix, pinyinSlug, uniqueSlugs } from "../describe/slug.js";

const SUFFIX = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|地区|盟|自治州|县|区|旗|自治县|自治旗)$/;

/** A place's slug from its name without the administrative suffix (黑龙江省 → heilongjiang). */
export function placeSlug(name: string): string {
  const short = name.replace(SUFFIX, "");
  return pinyinSlug(short.length >= 2 ? short : name);
}

/**
 * Unique slugs for a set of names: names whose pinyin collide get -2, -3 … in name order, so the
 * same archive always gives the same URLs.
 */
export const uniqueNameSlugs = (names: string[], slug: (n: string) => string): Map<string, string> => uniqueSlugs(names, slug, countSuffix);
