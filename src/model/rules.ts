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
  structure: "标注段落结构",
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
  // Evidence read from lines that stay in the text: they name text without removing it.
  datelineByline: rule("describe: byline in a dateline", "describe"),
  dateNote: rule("describe: date in a note", "describe"),
  linkedTextKept: rule("describe: link text kept as article text", "describe"),
  // The passes over the text.
  headline: rule("headline", "headline"),
  repeatedTitle: rule("headline: repeated title", "headline"),
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
  addressDropped: rule("describe: address dropped", "describe"),
  // The proof that nothing was lost: a sentence of the document neither on the page nor in the report.
  sentenceLost: rule("proof: sentence not on the page and not reported", "proof", "warning"),
  // An archivist's corrections (<file>.meta.yaml).
  kept: rule("override: kept", "override"),
  dropped: rule("override: dropped", "override"),
  correctionsInvalid: rule("override: invalid", "override", "error"),
  correctionsEmptyText: rule("override: leaves no text", "override", "error"),
  correctionsOrphaned: rule("override: no document", "override", "warning"),
} as const;

/** A rule of the registry, its id one of the ids above. */
export type KnownRule = (typeof RULES)[keyof typeof RULES];
export type RuleId = KnownRule["id"];

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
