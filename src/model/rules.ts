/** How much a message asks of a reader: info is in the cleaning report only; warnings and errors are in the build log too. */
export type Severity = "info" | "warning" | "error";

/** The cleaning report's groups, in the reader's words. */
export const GROUPS = {
  read: "读取文件",
  wrapper: "识别文件格式",
  chrome: "删除网页或版面杂项",
  headline: "识别标题",
  repeat: "折叠重复段落",
  join: "接续排版断行",
  punctuation: "半角标点改为全角",
  structure: "段落中断与图片说明",
  describe: "推断元数据",
  proof: "核对正文",
  override: "按更正文件处理",
} as const;

export type Group = keyof typeof GROUPS;

export interface Rule {
  /** What messages, the build log and `accept:` lists name the rule by. */
  id: string;
  group: Group;
  severity: Severity;
}

const rule = <Id extends string>(id: Id, group: Group, severity: Severity = "info"): Rule & { id: Id } => ({ id, group, severity });

/**
 * Every rule a message can come from. Code and tests name a rule by its constant here; its group,
 * not the spelling of its id, decides where the build log counts it and the cleaning report lists it.
 */
export const RULES = {
  // Reading content/: documents that are not read at all, and what decoding changed.
  symbolicLink: rule("read: symbolic link", "read", "error"),
  hiddenFile: rule("read: hidden file", "read", "warning"),
  specialFile: rule("read: not a regular file", "read", "warning"),
  refused: rule("read: refused", "read", "error"),
  noArticleText: rule("read: no article text", "read", "error"),
  cleaningFailed: rule("read: cleaning failed", "read", "error"),
  unreadableBytes: rule("read: unreadable bytes", "read", "warning"),
  controlCharacters: rule("read: control characters", "read"),
  characterReferences: rule("read: letters written as character references", "read"),
  privateUseBreaks: rule("read: private-use paragraph marks", "read"),
  traditionalRead: rule("read: Traditional characters", "read"),
  wrapper: rule("wrapper", "wrapper", "warning"),
  // What the wrapper took (a title, a deck, a disclosure table) or left out (page furniture around the article).
  wrapperNote: rule("wrapper: note", "wrapper"),
  // Page chrome.
  tail: rule("chrome: tail", "chrome"),
  breadcrumb: rule("chrome: breadcrumb", "chrome"),
  issueDateLine: rule("chrome: issue date line", "chrome"),
  metaLine: rule("chrome: meta line", "chrome"),
  sourceLine: rule("chrome: source line", "chrome"),
  creditLine: rule("chrome: credit line", "chrome"),
  byline: rule("chrome: byline", "chrome"),
  emailLine: rule("chrome: e-mail line", "chrome"),
  photoNote: rule("chrome: photo note", "chrome"),
  tagLine: rule("chrome: tag line", "chrome"),
  copyright: rule("chrome: copyright", "chrome"),
  endMark: rule("chrome: end mark", "chrome"),
  linkLine: rule("chrome: link line", "chrome"),
  shareLinks: rule("chrome: share and print links", "chrome"),
  pageMarker: rule("chrome: page marker", "chrome"),
  closingByline: rule("chrome: closing byline", "chrome"),
  // Page furniture by kind (src/clean/chrome.ts).
  pageTools: rule("chrome: page tools", "chrome"),
  pageCounter: rule("chrome: page counter", "chrome"),
  searchBox: rule("chrome: search box", "chrome"),
  profileCard: rule("chrome: profile card", "chrome"),
  subscription: rule("chrome: subscription prompt", "chrome"),
  relatedList: rule("chrome: related list", "chrome"),
  repostNote: rule("chrome: repost note", "chrome"),
  readingNote: rule("chrome: reading note", "chrome"),
  signature: rule("chrome: signature", "chrome"),
  pullQuote: rule("chrome: pull quote", "chrome"),
  headerFurniture: rule("chrome: above the headline", "chrome"),
  mediaFlag: rule("chrome: picture or video flag after the headline", "chrome"),
  releaseFlag: rule("chrome: release flag after the headline", "chrome"),
  printPage: rule("chrome: print page in the headline", "chrome"),
  seriesNote: rule("chrome: series note and abstract", "chrome"),
  bioNote: rule("chrome: note on the writer or the guest", "chrome"),
  issuerLine: rule("chrome: issuing bodies under the headline", "chrome"),
  // Evidence read from lines that stay in the text: they name text without removing it.
  datelineByline: rule("describe: byline in a dateline", "describe"),
  datelineLine: rule("chrome: dateline on a line of its own", "chrome"),
  dateNote: rule("describe: date in a note", "describe"),
  linkedTextKept: rule("describe: link text kept as article text", "describe"),
  // The passes over the text.
  headline: rule("headline", "headline"),
  repeatedTitle: rule("headline: repeated title", "headline"),
  siteAfterHeadline: rule("headline: the site or the day after it", "headline"),
  sentencesCollapsed: rule("repeat: sentences collapsed", "repeat"),
  paragraphCollapsed: rule("repeat: paragraph collapsed", "repeat"),
  lineBroken: rule("join: line broken by layout", "join"),
  fullWidth: rule("punctuation: full-width", "punctuation"),
  breaksOff: rule("structure: paragraph breaks off", "structure", "warning"),
  leadPhotos: rule("structure: captions above the lead set under it", "structure"),
  // Metadata.
  noTitle: rule("describe: no title", "describe", "warning"),
  dateOutOfRange: rule("describe: date out of range", "describe", "warning"),
  dateEstimated: rule("describe: date estimated", "describe", "warning"),
  dateFromAddress: rule("describe: date from the address", "describe"),
  addressDropped: rule("describe: address dropped", "describe"),
  outletBeforeBar: rule("describe: outlet before the bar", "describe"),
  // The proof that nothing was lost: a sentence of the document neither on the page nor in the report.
  sentenceLost: rule("proof: sentence not on the page and not reported", "proof", "warning"),
  // An archivist's corrections (<file>.meta.yaml).
  kept: rule("override: kept", "override"),
  dropped: rule("override: dropped", "override"),
  correctionsInvalid: rule("override: invalid", "override", "error"),
  correctionsEmptyText: rule("override: leaves no text", "override", "error"),
  correctionsOrphaned: rule("override: no document", "override", "warning"),
  // The archivist's corrections to the people the archive names (_data/people.yaml).
  peopleInvalid: rule("override: people invalid", "override", "error"),
  peopleUnmatched: rule("override: people names no one", "override", "warning"),
} as const;

/** A rule of the registry, its id one of the ids above. */
export type KnownRule = (typeof RULES)[keyof typeof RULES];
export type RuleId = KnownRule["id"];

/**
 * What each rule did, in a reader's words: the cleaning report's headings, so that a reader sees
 * what happened to a line ("段落在此中断"), not the kind of pass that noticed it.
 */
export const RULE_NAMES: Record<RuleId, string> = {
  "read: symbolic link": "符号链接，未读取",
  "read: hidden file": "隐藏文件，已跳过",
  "read: not a regular file": "不是普通文件，已跳过",
  "read: refused": "文件无法读取",
  "read: no article text": "没有正文",
  "read: cleaning failed": "整理时出错",
  "read: unreadable bytes": "有无法识读的字节",
  "read: control characters": "删去控制字符",
  "read: letters written as character references": "字符引用读作汉字",
  "read: private-use paragraph marks": "私用区字符读作分段",
  "read: Traditional characters": "按简体字形比对繁体原文",
  wrapper: "文件格式有问题",
  "wrapper: note": "按文件格式取舍",
  "chrome: tail": "删去文末的网页杂项",
  "chrome: breadcrumb": "删去导航路径",
  "chrome: issue date line": "删去报纸的期号日期行",
  "chrome: meta line": "删去发布信息行",
  "chrome: source line": "删去来源行",
  "chrome: credit line": "删去供稿署名行",
  "chrome: byline": "删去作者署名行",
  "chrome: e-mail line": "删去电子邮箱行",
  "chrome: photo note": "删去图片提示",
  "chrome: tag line": "删去标签行",
  "chrome: copyright": "删去版权声明",
  "chrome: end mark": "删去结束标记",
  "chrome: link line": "删去链接行",
  "chrome: share and print links": "删去分享、打印等链接",
  "chrome: page marker": "删去版面标记",
  "chrome: closing byline": "删去文末署名",
  "chrome: page tools": "删去网页工具栏",
  "chrome: page counter": "删去阅读计数",
  "chrome: search box": "删去搜索框",
  "chrome: profile card": "删去账号简介",
  "chrome: subscription prompt": "删去关注、订阅提示",
  "chrome: related list": "删去相关文章列表",
  "chrome: repost note": "删去转载说明",
  "chrome: reading note": "删去阅读提示",
  "chrome: signature": "删去文末落款",
  "chrome: pull quote": "删去重复正文的摘句",
  "chrome: above the headline": "删去标题上方的杂项",
  "chrome: picture or video flag after the headline": "删去标题后的图片、视频标记",
  "chrome: release flag after the headline": "删去标题后的首发、独家、原创标记",
  "chrome: print page in the headline": "删去报纸版面标题前的版次",
  "chrome: series note and abstract": "删去专栏的编者按与文章摘要",
  "chrome: note on the writer or the guest": "作者或受访者简介",
  "chrome: issuing bodies under the headline": "删去标题下的发文单位与日期",
  "describe: byline in a dateline": "从电头读出作者",
  "chrome: dateline on a line of its own": "单独成行的电头，读出发稿地点",
  "describe: date in a note": "日期依据题注",
  "describe: link text kept as article text": "带链接的文字作为正文保留",
  headline: "取作标题",
  "headline: repeated title": "删去重复的标题",
  "headline: the site or the day after it": "删去标题后的网站名或日期",
  "repeat: sentences collapsed": "删去重复的句子",
  "repeat: paragraph collapsed": "删去重复的段落",
  "join: line broken by layout": "接上排版断开的行",
  "punctuation: full-width": "半角标点改为全角",
  "structure: paragraph breaks off": "段落在此中断",
  "structure: captions above the lead set under it": "导语上方的图片说明移到导语之后",
  "describe: no title": "未找到标题",
  "describe: date out of range": "日期无效，未采用",
  "describe: date estimated": "日期系推断",
  "describe: date from the address": "日期取自原文网址",
  "describe: address dropped": "原文地址无效，未保留",
  "describe: outlet before the bar": "标题竖线前是刊发媒体，取作来源，不作栏目",
  "proof: sentence not on the page and not reported": "未见于本页、也未列入记录的句子",
  "override: kept": "按更正文件保留",
  "override: dropped": "按更正文件删去",
  "override: invalid": "更正文件有误",
  "override: leaves no text": "更正文件会删去全部正文",
  "override: no document": "更正文件没有对应的文档",
  "override: people invalid": "人物更正文件有误",
  "override: people names no one": "人物更正找不到对应的人",
};

const byId = new Map<string, KnownRule>(Object.values(RULES).map((r) => [r.id, r]));

export const ruleOf = (id: RuleId): KnownRule => byId.get(id)!;

/** An id without its group's prefix, as `accept:` lists may write it ("date estimated"). */
const shortName = (id: string): string => id.replace(/^[^:]+:\s*/, "");

/** The rule an `accept:` entry names, by its id or its short name; null when none does. */
export function ruleNamed(entry: string): KnownRule | null {
  const exact = byId.get(entry);
  if (exact) return exact;
  const short = [...byId.values()].filter((r) => shortName(r.id) === entry);
  return short.length === 1 ? short[0]! : null;
}

/** Edits (insertions, deletions, substitutions) between two texts. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The ids nearest a misspelt entry, nearest first: those that share a word with it, then by spelling. */
export function nearRules(entry: string, count = 3): string[] {
  const words = new Set(entry.split(/[\s:]+/).filter(Boolean));
  const shares = (r: KnownRule) => r.id.split(/[\s:]+/).some((w) => words.has(w));
  const away = (r: KnownRule) => (shares(r) ? 0 : 1000) + Math.min(distance(entry, r.id), distance(entry, shortName(r.id)));
  return [...byId.values()]
    .sort((a, b) => away(a) - away(b))
    .slice(0, count)
    .map((r) => r.id);
}
