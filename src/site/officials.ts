import type { Article, Place } from "../model/types.js";
import { HAN } from "../text/chars.js";
import { isPersonName, startsWithSurname } from "../text/names.js";
import { tag } from "../text/segmenter.js";
import { isInterviewRole } from "../text/roles.js";
import { isPlaceName, placeChain, resolvePlace } from "../describe/places.js";

/** The words of `_data/officials.yaml`: posts (书记, 县长) and how an organ's name ends (委, 局, 中心). */
export interface OfficialTerms {
  posts: string[];
  organs: string[];
}

/** One official an article names: a post with the organ and place it belongs to, and a name. */
export interface Official {
  name: string;
  /** The post as printed, 副 and 常务副 included: 书记, 副书记, 常务副省长. */
  post: string;
  /** The organ before the post without its place's name: 县委, 市交通运输局党组, 组织部; "" for none. */
  organ: string;
  place: Place;
  /** The sentence that names them. */
  sentence: string;
  /** 1-based line of the block in the source; null for the headline. */
  line: number | null;
  /** An interview's answers: the speaker the introduction names. */
  speaker?: true;
}

/** Where a post's title starts: after these words a title never goes on (随行的区…主任, 这是…局长). */
const TITLE_STOP = new Set("的是与及在由为对向把被将从到这那了着过给让请据经以同");
/** Words that follow a name at once: 齐强说, 韩冰及, 王一新到. */
const AFTER_NAME = new Set("说的在到及和与等对向也就是称讲率为将又还都已曾");
/** Characters a place's level is written by, before an organ that names no place (县委, 省委, 区房产服务中心). */
const LEVEL_CHARS = "省市州盟县区旗镇乡";
/** What a jieba token opening a name never is: a time word, a verb, an adverb, a pronoun, a number … */
const NOT_NAME_TAGS = new Set(["t", "v", "vn", "vd", "d", "p", "c", "r", "m", "q", "f", "u", "uj", "ad", "an", "l", "i"]);
const DEPUTY = /(?:常务副|副)$/;
const COMRADE_FIRST = /(?:^|[^\p{Script=Han}])(\p{Script=Han}{2,3})同志[，,](?=\p{Script=Han})/gu;

const isHan = (c: string | undefined): boolean => !!c && HAN.test(c);

/** The sentences of a text, each with its offset. */
const sentences = (text: string): string[] => [...text.matchAll(/[^。！？!?；;]+[。！？!?；;]*[”’」]*/g)].map((m) => m[0].trim());

/** Whether a jieba word starting at 0 of `s` spans `length` characters or more: `s` opens with a word. */
const opensWord = (s: string, length = 2): boolean => (tag(s)[0]?.word.length ?? 0) >= length;

/** Whether `s` opens with an adverb, a preposition, a conjunction or a particle (周丽华最关心): no name goes on into one. */
const opensFunctionWord = (s: string): boolean => /^(?:d|p|c|u)/.test(tag(s)[0]?.tag ?? "");

/**
 * The name printed right after a post, or null: two or three characters starting with a surname,
 * ended where the text goes on with a word (晋伟听说, 杨晓明在, 马惠文，), never a word itself (明天来)
 * nor holding a post (和县长任组长).
 */
function nameAfter(rest: string, terms: OfficialTerms): string | null {
  if (!startsWithSurname(rest)) return null;
  const endsAt = (n: number) => !isHan(rest[n]) || AFTER_NAME.has(rest[n]!) || opensWord(rest.slice(n)) || opensFunctionWord(rest.slice(n));
  const length = isHan(rest[1]) && endsAt(2) ? 2 : isHan(rest[2]) && endsAt(3) ? 3 : 0;
  if (!length) return null;
  const name = rest.slice(0, length);
  if (!isPersonName(name) || isPlaceName(name) || terms.posts.some((p) => name.includes(p))) return null;
  if ([...name].some((c) => LEVEL_CHARS.includes(c) || c === "委")) return null;
  // A surname that is a preposition before a word (镇长向主管县长…) opens no name.
  const [lead, next] = tag(rest);
  if (lead!.word.length === 1 && ["p", "c", "d"].includes(lead!.tag) && next && next.word.length >= 2 && !next.tag.startsWith("nr"))
    return null;
  // A word the segmenter knows, other than a name (明天, 任组长), is no name.
  const first = tag(name)[0]!;
  if (first.word.length >= 2 && (NOT_NAME_TAGS.has(first.tag) || (first.word === name && !first.tag.startsWith("nr")))) return null;
  return name;
}

/** The post ending at `end` of `text`, with 副 or 常务副 before it: its start, or -1. */
function postEnding(text: string, end: number, terms: OfficialTerms): number {
  const post = terms.posts.filter((p) => text.slice(end - p.length, end) === p).sort((a, b) => b.length - a.length)[0];
  if (!post) return -1;
  const start = end - post.length;
  return start - (text.slice(Math.max(0, start - 3), start).match(DEPUTY)?.[0].length ?? 0);
}

/** One post of a title: "平原县委副书记" → organ 平原县委, post 副书记; `printed` its length in the text. */
interface Part {
  organ: string;
  post: string;
  printed: number;
}

/** Whether an organ's words can stand before a post: they end as an organ's name does (委, 局, 中心, 县). */
const endsAsOrgan = (organ: string, terms: OfficialTerms) => terms.organs.some((o) => organ.endsWith(o));

/** The most characters a title's organ runs to. */
const MAX_ORGAN = 14;

/**
 * The parts of the title that ends at `end` (a post's end), back to a stop word or punctuation:
 * "县委常委、组织部长" → 县委 常委, 组织部 部长 (an organ may share its last character with the post).
 */
function titleBefore(text: string, end: number, terms: OfficialTerms): Part[] {
  const parts: Part[] = [];
  let at = end;
  for (;;) {
    const start = postEnding(text, at, terms);
    if (start < 0) break;
    let from = start;
    while (from > 0 && isHan(text[from - 1]) && !TITLE_STOP.has(text[from - 1]!) && start - from < MAX_ORGAN) from--;
    const words = text.slice(from, start);
    const cut = start - from < MAX_ORGAN;
    const post = text.slice(start, at);
    // 组织部长, 财政局长: the organ's last character is the post's first.
    const shared = words + post[0];
    const organ = organOf(words, terms, cut) ?? (words && cut && organOf(shared, terms, true) === shared ? shared : null);
    if (organ === null) break;
    const printed = at - start + Math.min(organ.length, words.length);
    parts.unshift({ organ, post, printed });
    // Another post before a 、 ("县委常委、组织部长") is the same person's.
    if (text[at - printed - 1] !== "、") break;
    at = at - printed - 1;
  }
  return parts;
}

/**
 * The organ a post's words end with: "" for none, null when the words are no organ (任组长 → 任). A
 * tail opening with a place's name is the organ (专访迁安市委 → 迁安市委); else the whole words when
 * they end as an organ does (王庙镇党委, 乡村振兴局); else a tail opening with a level (今天县委 → 县委).
 */
function organOf(words: string, terms: OfficialTerms, cut: boolean): string | null {
  if (!words) return "";
  // An organ holds no post of its own (区委书记和区 is two titles), bar a standing committee (人大常委会).
  const tails = [...words].map((_, i) => words.slice(i)).filter((t) => !terms.posts.some((p) => t.includes(p) && !t.includes(`${p}会`)));
  if (tails[0] !== words) cut = false;
  const named = tails.find((t) => placeAtStart(t) && (endsAsOrgan(t, terms) || placeAtStart(t) === t));
  if (named) return named;
  if (cut && endsAsOrgan(words, terms) && !["v", "r", "p", "d", "t"].includes(tag(words)[0]!.tag)) return words;
  return tails.find((t) => LEVEL_CHARS.includes(t[0]!) && endsAsOrgan(t, terms)) ?? null;
}

/**
 * The longest place name an organ's words open with, written in full (平原县委 → 平原县): a short
 * name is often a word (乡村振兴局 holds 振兴, a district's short name).
 */
function placeAtStart(words: string): string | null {
  for (let n = Math.min(words.length, 10); n >= 2; n--) {
    const name = words.slice(0, n);
    if (FULL_NAME.test(name) && isPlaceName(name)) return name;
  }
  return null;
}

const FULL_NAME = /(?:省|市|县|区|旗|州|盟|地区)$/;

const EMPTY: Place = { province: null, prefecture: null, county: null };

/**
 * The place an organ belongs to: the place it names, read within the article's place where the
 * name is shared; else the level it is written by (县委, 省委) taken from the article's place: the
 * article's county for 县, its province for 省; an organ of no level (党委, 乡村振兴局) is the article's.
 */
function placeOf(organ: string, post: string, article: Place): Place {
  const named = placeAtStart(organ);
  const chain = placeChain(article);
  if (named) {
    for (let n = chain.length; n >= 0; n--) {
      const p = resolvePlace([...chain.slice(0, n), named]);
      if (p) return p;
    }
    return EMPTY;
  }
  const level = (organ || post.replace(/^(?:常务副|副)/, ""))[0]!;
  const { province, prefecture, county } = article;
  if (level === "省") return { ...EMPTY, province };
  if (level === "县" || level === "区" || level === "旗") return county?.endsWith(level) ? article : { ...article, county: null };
  if (level === "市") {
    if (county?.endsWith("市")) return article;
    if (prefecture?.endsWith("市")) return { ...article, county: null };
    return province?.endsWith("市") ? { ...EMPTY, province } : { ...article, county: null };
  }
  if (level === "州" || level === "盟") return { ...article, county: null };
  return article;
}

/** The organ without the place it names, as a post is filed: 平原县委 → 县委, 鸡西市交通运输局 → 市交通运输局. */
function bareOrgan(organ: string): string {
  const named = placeAtStart(organ);
  if (!named) return organ;
  const short = named.replace(/(省|市|县|区|旗|自治州|地区|盟)$/, "");
  return organ.slice(short.length) || organ.slice(named.length);
}

/** A post after a 、 with no organ of its own is of the organ before it: 交通运输局党组书记、局长 → 交通运输局 局长. */
function organFor(part: Part, before: Part | undefined): string {
  if (part.organ || !before) return part.organ;
  const bureau = before.organ.replace(/(?:党组|党委|党工委)$/, "");
  return bureau !== before.organ && bureau.endsWith(part.post.replace(DEPUTY, "")[0]!) ? bureau : "";
}

/** Every official a text names: a title then a name, or a name, 同志 and a title. */
function inText(text: string, line: number | null, article: Place, terms: OfficialTerms): Official[] {
  const found: Official[] = [];
  for (const sentence of sentences(text)) {
    const add = (name: string, parts: Part[]) => {
      let place: Place | null = null;
      parts.forEach((part, i) => {
        const organ = organFor(part, parts[i - 1]);
        // A post with no organ after another is at the same place (平原县委副书记、县长).
        place = part.organ || !place ? placeOf(organ, part.post, article) : place;
        found.push({ name, post: part.post, organ: bareOrgan(organ), place, sentence, line });
      });
    };
    for (let end = 1; end < sentence.length; end++) {
      const parts = isHan(sentence[end]) && postEnding(sentence, end, terms) >= 0 ? titleBefore(sentence, end, terms) : [];
      const name = parts.length ? nameAfter(sentence.slice(end), terms) : null;
      if (name) add(name, parts);
    }
    for (const m of sentence.matchAll(COMRADE_FIRST)) {
      const title = sentence.slice(m.index + m[0].length).match(/^\p{Script=Han}[\p{Script=Han}、]*/u)![0];
      const parts = titleBefore(title, title.length, terms);
      // The whole clause after the comma is the title ("晋伟同志，县委书记"), and the name a person's.
      const whole = parts.reduce((n, p) => n + p.printed, parts.length - 1) === title.length;
      if (parts.length && whole && startsWithSurname(m[1]!) && isPersonName(m[1]!)) add(m[1]!, parts);
    }
  }
  return found;
}

const key = (o: Official) => [o.name, o.organ, o.post, ...placeChain(o.place)].join("/");

/**
 * The officials an article names, once each (the first sentence giving the post), from its
 * headline and text; an interview's speaker whom the article names with a post (林甸县委书记晋伟访谈,
 * then "晋伟：") is named again by their first answer.
 */
export function findOfficials(a: Pick<Article, "title" | "subtitle" | "blocks" | "place">, terms: OfficialTerms): Official[] {
  const all = [
    ...[a.title, a.subtitle].flatMap((t) => (t ? inText(t, null, a.place, terms) : [])),
    ...a.blocks.flatMap((b) => inText(b.text, b.line, a.place, terms)),
  ];
  const once = [...new Map(all.reverse().map((o) => [key(o), o])).values()].reverse();
  for (const name of new Set(a.blocks.flatMap((b) => (b.speaker && !isInterviewRole(b.speaker) ? [b.speaker] : [])))) {
    const named = once.find((o) => o.name === name);
    const turn = a.blocks.find((b) => b.speaker === name)!;
    if (named) once.push({ ...named, sentence: sentences(turn.text)[0] ?? turn.text, line: turn.line, speaker: true });
  }
  return once;
}
