import { keywords, keywordsAhead } from "../text/segmenter.js";
import { normaliseTag } from "../text/tags.js";
import { isPlaceName } from "./places.js";
import { isHanCode } from "../text/chars.js";

/** Words TF-IDF ranks high in this genre, or a site's meta stamps on its pages, that say nothing about a story's topic. */
const GENERIC = new Set([
  "工作",
  "问题",
  "群众",
  "干部",
  "全县",
  "全市",
  "全区",
  "全省",
  "今年",
  "目前",
  "记者",
  "活动",
  "发展",
  "建设",
  "领导",
  "单位",
  "部门",
  "开展",
  "推进",
  "落实",
  "实现",
  "提升",
  "完成",
  "进行",
  "加强",
  "提高",
  "实施",
  "召开",
  "举行",
  "表示",
  "介绍",
  "指出",
  "要求",
  "增长",
  "下降",
  "同比",
  "情况",
  "方面",
  "国家",
  "中国",
  "全国",
  "全球",
  "新闻",
  "要闻",
  "首页",
  "专题",
  "报道",
  "专题报道",
  "图片",
  "视频",
  "关注",
  "县委",
  "市委",
  "省委",
  "政府",
  "会议",
  "书记",
  "主席",
  "主任",
  "局长",
  "副局长",
  "县长",
  "市长",
  "委员",
  "党委委员",
  "主题",
  "方向",
  "时间",
  "小时",
  "期间",
  "项目",
  "服务",
  "市场",
  "信息",
  "公司",
  "企业",
  "社会",
  "国际",
  "生活",
]);

/** An amount's unit (亿元, 万人, 公里): a number's word, not a topic. */
const UNIT = /^[十百千万亿]*(?:元|美元|人民币|人|人次|吨|公里|千米|米|平方米|平方公里|亩|公顷|户|家|个|项|次|件|年|月|日|天)$/;
/** A site's, channel's or account's name (某某网, 某省政府网, 新闻频道, 某某客户端): who carries the page, not what it is about. */
const CARRIER = /(?:网站|政府网|新闻网|频道|客户端|门户|官网|公众号|公众平台|在线|新闻)$/;
/** What a tag is made of: letters, digits and the marks inside names (·, -). Markup torn out of a page ("<meta") is not a tag. */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}·・\-\s]*$/u;

export interface TagInput {
  text: string;
  headline: string;
  /** Tags the document states to its readers or its archivist: front matter, a "标签：" line. */
  stated: string[];
  /** Keywords a page's meta suggests: candidates, as the segmenter's are. */
  suggested?: string[];
  /** The archive's topic phrases (_data/vocabulary.yaml). */
  vocabulary: string[];
  /** Names the text uses for places: not topics. */
  places: Set<string>;
  /** Names of the paper, site or account that published the text: never a topic. */
  carriers?: string[];
}

/**
 * Whether a word is cut out of a longer one: nearly everywhere the texts write it, the same
 * character stands before it or after it (运输部 in 交通运输部, 太平 in 太平湾).
 */
export function truncated(word: string, ...texts: string[]): boolean {
  const before = new Map<number, number>();
  const after = new Map<number, number>();
  let n = 0;
  const tally = (m: Map<number, number>, c: number) => isHanCode(c) && m.set(c, (m.get(c) ?? 0) + 1);
  for (const text of texts)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      n++;
      tally(before, text.charCodeAt(at - 1));
      tally(after, text.charCodeAt(at + word.length));
    }
  if (n === 0) return false;
  const most = Math.max(0, ...before.values(), ...after.values());
  return most >= Math.max(1, n * 0.75);
}

/**
 * Tags: what the document states, unless it names the paper or site, and the archive's topic
 * phrases the text uses (twice, or once in the headline). Keywords come separately: the segmenter's top keywords and the page's meta
 * keywords that the text itself uses, each a whole word, no place, carrier, unit or stock word; the
 * site makes tags of those that several articles share.
 */
/** How many keywords jieba is asked for, before the topical ones are kept. */
const KEYWORDS = 12;
/**
 * What jieba reads for keywords: news puts its subject first, and past the opening the text adds
 * jieba's cost (the largest part of cleaning), not keywords.
 */
const keywordText = (text: string): string => text.slice(0, 800);

/** Extracts the keywords of texts about to be described in one run (segmenter.ts says why). */
export const tagsAhead = (texts: readonly string[]): void => keywordsAhead(texts.map(keywordText), KEYWORDS);

export function findTags(input: TagInput): { tags: string[]; keywords: string[] } {
  const phrases = input.vocabulary.filter((v) => {
    const n = input.text.split(v).length - 1;
    return n >= 2 || input.headline.includes(v);
  });
  // A phrase inside a longer one found too (作风建设 in 能力作风建设) adds nothing.
  const topics = phrases.filter(
    (p) => !phrases.some((q) => q !== p && q.includes(p) && input.text.split(p).length === input.text.split(q).length),
  );
  const carriers = (input.carriers ?? []).filter((c) => c.length >= 2);
  const uses = (k: string) => input.text.includes(k) || input.headline.includes(k);
  const topical = (k: string) =>
    k.length >= 2 &&
    WORD.test(k) &&
    !GENERIC.has(k) &&
    !UNIT.test(k) &&
    !CARRIER.test(k) &&
    !input.places.has(k) &&
    !isPlaceName(k) &&
    !/^[\d.]+$/.test(k) &&
    !carriers.some((c) => c.includes(k) || k.includes(c)) &&
    !topics.some((t) => t.includes(k)) &&
    // Segmenters cut short words out of longer ones; a phrase of four or more is whole.
    !(k.length <= 3 && truncated(k, input.headline, input.text));
  // A page's meta keywords count only as words its text uses.
  const suggested = (input.suggested ?? []).map(normaliseTag).filter(uses);
  const kw = [...new Set([...keywords(keywordText(input.text), KEYWORDS), ...suggested])].filter(topical).slice(0, 5);
  // A stated tag naming the paper, site or channel ("某某日报新闻", a Jekyll category) is who carries the page, not a topic.
  const stated = input.stated.map(normaliseTag).filter((t) => !CARRIER.test(t) && !carriers.some((c) => t.includes(c)));
  const tags = [...new Set([...stated, ...topics].map(normaliseTag).filter(Boolean))];
  return { tags, keywords: kw };
}
