import { gather, notesFor, type Headline, type Para, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { hanCount, squash } from "../text/chars.js";
import { cut } from "../text/segmenter.js";
import { readsAsText } from "./chrome.js";
import { isSpeakerLine } from "./structure.js";
import { statesMeta } from "../unwrap/evidence.js";
import { joinSegments, key, segments, tidy } from "../unwrap/title.js";
import { ISSUER } from "../text/roles.js";

const DASH_LEAD = /^\s*(?:—{1,}|－{2,}|-{2,}|─{2,})\s*/;
const DASH_MID = /\s*(?:—{2,}|－{2,}|─{2,})\s*/;
// ︱ is the vertical form Hong Kong papers print for the bar.
const COLUMN = /\s*[丨｜|︱]\s*/;

/**
 * A line that can be part of a headline: short, not a sentence, not a speaker's turn. One the markup
 * sets as a heading may ask or exclaim, inside or at its end ("病毒源起何处？专家…", "…被判刑！").
 */
function headlineLike(p: Para): boolean {
  const t = p.text;
  const marked = p.hint === "heading" || p.hint === "title";
  const inside = marked ? /。/ : /[。！？]/;
  return (
    t.length <= 64 &&
    !(marked ? /[。；，、,;：:]$/ : /[。！？；，、,;：:]$/).test(t) &&
    !inside.test(t.replace(/[。！？]$/, "")) &&
    // A place before a colon opens a headline ("某市：…"); a speaker's turn goes on in a sentence.
    !(isSpeakerLine(t) && /[，,；;]/.test(t)) &&
    p.hint !== "caption"
  );
}

/**
 * A site's flag before or after a headline that its story has pictures or a video: "（图）", "[组图]", "【视频】", "[多图]某某…".
 * It leaves the title, and the report lists the line it stood on.
 */
const MEDIA_FLAG =
  /^\s*[（(\[【](?:图|组图|多图|图文|附图|图表|视频|附视频|音频)[)）\]】]\s*(?=\S)|\s*[（(\[【](?:图|组图|多图|图文|附图|图表|视频|附视频|音频)[)）\]】]\s*$/;
/**
 * An outlet's flag after the bar that it printed the story first or alone ("｜某某首发", "丨独家"):
 * no column. WeChat's "原创" badge, copied with the headline it follows, is run into it; after a
 * verb or word that takes it as its object ("坚持原创", "鼓励原创") it is the headline's own word.
 */
const RELEASE_FLAG = /\s*[｜|丨]\s*\S{0,8}(?:首发|独家|原创)\s*$|(?<=^.{12,}[^持励护重敬做搞是靠的为和与及爱唯抄\s])原创\s*$/u;
/**
 * A print page's headline as a paper's page dump gives it: in brackets, its page first, its kicker
 * (引题) and headline parted by a slash ("【A7 某某调查❶/某某背后的问题】"). The page is no part of
 * the headline; the kicker is its subtitle, as a kicker printed over it is.
 */
const PRINT_HEADLINE = /^【\s*(?:[A-Z]{1,2}\d{1,2}|第?\d{1,2}版)\s+(?:([^【】/]{2,30})\/)?([^【】/]{4,})】$/;
/** The rule that takes a flag off a headline line, if it has one. */
const flagRule = (t: string) =>
  MEDIA_FLAG.test(t) ? RULES.mediaFlag : RELEASE_FLAG.test(t) ? RULES.releaseFlag : PRINT_HEADLINE.test(t.trim()) ? RULES.printPage : null;

const DECK_AFTER_SPACE = /^([^，,、\s]{8,30})[ \u3000]+([^\s]{4,24}[，,][^\s，,]{4,24})$/;

/** Splits one headline string: "栏目丨标题", "标题 ——副标题". */
export function splitHeadline(raw: string): Headline {
  let title = raw.trim().replace(MEDIA_FLAG, "").replace(RELEASE_FLAG, "");
  const print = title.match(PRINT_HEADLINE);
  if (print) return { title: print[2]!.trim(), subtitle: print[1]?.trim() ?? null, column: null };
  let subtitle: string | null = null;
  let column: string | null = null;
  // A name or a word before the dash ("某某——新外科运动向我们走来") is the headline's subject, no headline of its own.
  const dash = title.search(DASH_MID);
  if (dash > 3) {
    subtitle = title.slice(dash).replace(DASH_LEAD, "").trim() || null;
    title = title.slice(0, dash).trim();
  }
  // A deck set after the headline on its line, a space between: the headline a phrase, the deck a
  // sentence of two clauses ("某地首届毕业生迎来毕业季 “某某”到来，年轻人可大展拳脚").
  const deck = subtitle ? null : title.match(DECK_AFTER_SPACE);
  if (deck) [title, subtitle] = [deck[1]!, deck[2]!];
  const parts = title.split(COLUMN);
  // A CMS's keywords after the headline ("标题|关键词|关键词|关键词"): three or more words, the headline a phrase.
  if (parts.length >= 4 && parts[0]!.length >= 8 && parts.slice(1).every((x) => /^[^\s，,。！？!?、：:]{2,6}$/u.test(x)))
    return { title: parts[0]!, subtitle, column };
  if (parts.length > 1 && parts.every((x) => x.length >= 2)) {
    // The column stands before the bar, or, short after a long headline, after it ("标题｜某某快评").
    const after = parts.length === 2 && parts[1]!.length <= 8 && parts[0]!.length >= 2 * parts[1]!.length;
    title = after ? parts.shift()! : parts.pop()!;
    column = parts.join(" ");
  }
  return { title, subtitle, column };
}

/** A post's header copied as one line: its headline, the day and the account run together ("某某上线（内附全文）2016-12-28 某某公开课"). */
const STAMPED = /^(.{6,80}?\S)\s*(\d{4}-\d{1,2}-\d{1,2})\s+([^\s，。！？、]{2,16})$/;

/**
 * A headline whose last segment names the publication the text credits ("…年轻一代的微软Office-某某",
 * a clipped page's title over a text that ends "某某经授权发布"): that segment is the site's.
 */
function lessPublisher(head: Headline, publication: string | undefined): Headline {
  const s = segments(head.title);
  const last = s.parts.length > 1 ? s.parts.at(-1)! : "";
  if (!publication || key(last) !== key(publication) || /^\s+$/.test(s.seps.at(-1)!)) return head;
  return { ...head, title: tidy(joinSegments(s, s.parts.length - 1)) };
}

/** A headline a portal opens on the name of the paper it reprints, then a colon ("某某时报：…"): the name is the source's. */
function lessOutletLead(head: Headline, publication: string | undefined): Headline {
  const m = publication ? head.title.match(/^(.{2,20}?)\s*[：:]\s*(?=\S{4})/) : null;
  return m && key(m[1]!) === key(publication!) ? { ...head, title: head.title.slice(m[0].length) } : head;
}

/** Edits (insertions, deletions, substitutions) between two short texts, or more than `most`. */
function editsWithin(a: string, b: string, most: number): boolean {
  if (Math.abs(a.length - b.length) > most) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]! <= most;
}

/** A headline's letters, without the brackets and marks a print or an OCR sets around it. */
const bare = (s: string): string => squash(s).replace(/[《》〈〉<>「」『』“”"'【】\[\]（）()…．.·,，:：!！?？]/g, "");

/** Whether a line repeats a headline: the same text, or, for a long one, the same but for a misread character or two. */
function repeats(line: string, headline: string): boolean {
  if (line.length > headline.length * 2 + 8) return false;
  const a = bare(line);
  const b = bare(headline);
  if (!a || !b) return false;
  return a === b || (b.length >= 8 && editsWithin(a, b, b.length >= 16 ? 2 : 1));
}

/**
 * Where the text prints the headline again near its top, on one line or broken over two or three
 * short ones (a decree's title as its page sets it): the first place, and how many lines.
 */
function repeatedAt(paras: Para[], names: string[]): { at: number; length: number } {
  for (let at = 0; at < Math.min(REPEAT_WITHIN, paras.length); at++)
    for (let length = Math.min(3, paras.length - at); length >= 1; length--) {
      const run = paras.slice(at, at + length);
      if (length > 1 && run.some((p) => readsAsText(p.text))) continue;
      const text = run.map((p) => p.text).join("");
      if (names.some((n) => repeats(text, n))) return { at, length };
    }
  return { at: -1, length: 0 };
}

/** The body that issued a document, on a line of its own under its title ("某省委员会政治部", "某县统计局"): its publisher. */
const issuerAt = (paras: Para[], i: number): Para | null => {
  const p = paras[i];
  return p && (!p.hint || p.hint === "heading") && i + 1 < paras.length && ISSUER.test(p.text.trim()) ? p : null;
};

/** The month of issue under the issuing bodies: "（2023年5月）". */
const ISSUE_MONTH = /^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]$/;

/** The issuing bodies' line, with the month of issue under it: the lines taken, and the first body, who issued it. */
function issuerLines(paras: Para[], i: number): { lines: Para[]; publication: string } | null {
  const issuer = issuerAt(paras, i);
  if (!issuer) return null;
  const month = paras[i + 1];
  const dated = !!month && i + 2 < paras.length && ISSUE_MONTH.test(month.text.trim());
  return { lines: dated ? [issuer, month] : [issuer], publication: issuer.text.trim().split(/\s+/)[0]! };
}

/** A headline a page cut short: "…地铁直达+无敌免..." */
const TRUNCATED = /(?:\.{2,}|…+|。{3,})\s*$/;

/** A headline cut short, made whole from the full one the text gives ("原标题：《…》"); null when it is whole. */
const wholeTitle = (title: string, original: Headline | undefined): string | null =>
  original && TRUNCATED.test(title) && squash(original.title).startsWith(squash(title).replace(TRUNCATED, "")) ? original.title : null;

/** The shortest subtitle: a shorter line under a title is a section's label. */
const SUBTITLE_MIN = 6;

/** A kicker over a headline: a phrase with no sentence in it that ends on a dash. */
const KICKER = /^([^。！？!?；;，,：:]{2,30}?)\s*(?:——|—|--)$/;
/** A kicker set as a heading: a line of some words, no sentence closed on it. */
const KICKER_LINE = /^[^。！？!?；;]{4,40}$/;

/** How far below the top of the text the repeat of a stated headline is looked for. */
const REPEAT_WITHIN = 12;

/**
 * Takes the headline off the top of the text: a main title over one or more lines, a subtitle
 * line opening with "——" or the line after a one-line title, and a column before "丨". When the
 * wrapper already named the title, its repeat is removed, with what the page set above it (buttons
 * and banners, never a sentence of the text) and a deck the markup sets under it as the subtitle.
 * A full original headline the text gives ("原标题：《…》") stands in for a stated one cut short.
 */
/** A section's label in brackets ("【武汉】", "【全国两会】"): it heads the text under it, it is no deck. */
const SECTION_LABEL = /^[【\[〔][^】\]〕]{1,10}[】\]〕]$/;

/** A headline element with two more further down opens a series of sections (a digest's items): it is no deck. */
const opensSeries = (paras: Para[], at: number): boolean =>
  paras[at]!.hint === "title" && paras.slice(at + 1).filter((p) => p.hint === "title").length >= 2;

/**
 * A bracketed label before the headline ("【某某圈】…") is its column when the page labels other
 * headlines so too (an account's label on each of its posts), or calls it a column or a series
 * ("“某某”专栏"); printed once, it stays in the title.
 */
function labelled(head: Headline, lines: readonly { text: string }[]): Headline {
  const label = head.column ? null : head.title.match(/^【([^【】]{1,10})】\s*(?=\S{6})/);
  const quoted = label ? [`“${label[1]}”`, `「${label[1]}」`, `《${label[1]}》`, `"${label[1]}"`] : [];
  const series = (t: string) =>
    quoted.some((q) => {
      const at = t.indexOf(q);
      return at >= 0 && /^[^。]{0,8}(?:专栏|系列|栏目|专题)/.test(t.slice(at + q.length));
    });
  if (!label || (lines.filter((l) => l.text.includes(label[0].trim())).length < 2 && !lines.some((l) => series(l.text)))) return head;
  return { ...head, title: head.title.slice(label[0].length), column: label[1]!.trim() };
}

export const takeHeadline: Step = (d) => {
  const { paras } = d;
  const { messages, note } = notesFor(d);
  const original = d.evidence.headline;
  const taking = (head: Headline, rest: Para[], evidence = d.evidence) => {
    // The headline printed again after the text (a share card's title at a post's foot) is the page's.
    let end = rest.length;
    const again = (t: string) => repeats(t, head.title) || repeats(t.replace(/^[^|｜丨]{1,10}[|｜丨]\s*/, ""), head.title);
    while (end > 2 && end > rest.length - 2 && again(rest[end - 1]!.text))
      note(RULES.repeatedTitle, rest[end - 1]!.line, rest[--end]!.text);
    return { ...d, paras: rest.slice(0, end), evidence: { ...evidence, headline: head }, messages };
  };
  const stated = d.stated.title;
  if (stated) {
    const head = lessOutletLead(
      labelled(splitHeadline(wholeTitle(stated, original) ?? stated), d.lines),
      d.stated.publication ?? d.evidence.publication?.value,
    );
    const names = [stated, head.title, ...(original ? [original.title] : [])];
    const isRepeat = (p: Para) => names.some((n) => repeats(p.text, n));
    const { at, length } = repeatedAt(paras, names);
    const flag = flagRule(stated);
    if (flag) note(flag, at >= 0 ? paras[at]!.line : 1, stated.trim());
    if (at < 0) return taking(head, paras);
    // Above the headline only the page's furniture stands, unless a sentence does (an epigraph, a
    // notice): then all of it stays and only the headline goes.
    const above = paras.slice(0, at);
    const furniture = !above.some((p) => readsAsText(p.text));
    // A print headline's kicker (引题) right above it: ending on the dash that leads into it
    // ("江西宁都——"), or set as a smaller heading over it.
    const over = furniture && at > 0 && !head.subtitle ? above[at - 1]! : null;
    const kicker =
      over?.text.trim().match(KICKER)?.[1] ?? (over?.hint === "heading" && KICKER_LINE.test(over.text.trim()) ? over.text : null);
    if (over && kicker) {
      head.subtitle = kicker.trim();
      note(RULES.headline, over.line, over.text);
      above.pop();
    }
    if (furniture) for (const p of above) note(RULES.headerFurniture, p.line, p.text);
    let i = at;
    while (i < at + length) note(RULES.repeatedTitle, paras[i]!.line, paras[i++]!.text);
    while (i < paras.length && i < at + 3 && isRepeat(paras[i]!)) note(RULES.repeatedTitle, paras[i]!.line, paras[i++]!.text);
    // The deck the wrapper stated, printed again under the headline (an e-paper's 副题 over the text).
    const statedDeck = d.stated.subtitle;
    if (statedDeck && i < paras.length && repeats(paras[i]!.text, statedDeck)) note(RULES.headline, paras[i]!.line, paras[i++]!.text);
    // A deck the markup sets right under the headline, above the text: the subtitle.
    const deck: Para[] = [];
    while (
      !head.subtitle &&
      deck.length < 2 &&
      i + deck.length < paras.length - 1 &&
      (paras[i + deck.length]!.hint === "heading" || paras[i + deck.length]!.hint === "title") &&
      headlineLike(paras[i + deck.length]!) &&
      !statesMeta(paras[i + deck.length]!.text) &&
      !squash(stated).includes(squash(paras[i + deck.length]!.text)) &&
      !SECTION_LABEL.test(paras[i + deck.length]!.text.trim()) &&
      !opensSeries(paras, i + deck.length)
    )
      deck.push(paras[i + deck.length]!);
    const under = paras[i + deck.length];
    // A deck says something: a short label there ("安全事件") heads the first section instead.
    if (
      deck.length &&
      under &&
      under.hint !== "heading" &&
      under.hint !== "title" &&
      deck.map((p) => p.text).join("").length >= SUBTITLE_MIN
    ) {
      head.subtitle = deck.map((p) => p.text.replace(DASH_LEAD, "").trim()).join("");
      for (const p of deck) note(RULES.headline, p.line, p.text);
      i += deck.length;
    }
    if (!head.subtitle && paras[i]?.hint === "deck") {
      head.subtitle = paras[i]!.text.trim();
      note(RULES.headline, paras[i]!.line, paras[i++]!.text);
    }
    let evidence = d.evidence;
    const issued = issuerLines(paras, i);
    if (issued) {
      for (const p of issued.lines) note(RULES.issuerLine, p.line, p.text);
      evidence = gather(evidence, { publication: { value: issued.publication, from: "text" } });
      i += issued.lines.length;
    }
    // What stands above the headline and stays is an epigraph: a quotation, never a heading.
    const epigraph = furniture ? [] : above.map((p) => (p.hint ? p : { ...p, hint: "quote" as const }));
    const rest = [...epigraph, ...paras.slice(i)];
    return { ...taking(head, rest), evidence: { ...evidence, headline: head } };
  }
  const lines: Para[] = [];
  for (const p of paras) {
    if (lines.length >= 4 || !headlineLike(p)) break;
    lines.push(p);
  }
  // A headline needs a body under it.
  if (!lines.length || lines.length === paras.length) return original ? taking(original, paras) : d;
  const subAt = lines.findIndex((p, i) => i > 0 && DASH_LEAD.test(p.text));
  let taken: Para[];
  let head: Headline;
  let repeat: Para | undefined;
  let stamp: RegExpMatchArray | null = null;
  if (subAt > 0) {
    taken = lines.slice(0, subAt + 1);
    head = splitHeadline(
      lines
        .slice(0, subAt)
        .map((p) => p.text)
        .join(" "),
    );
    head.subtitle = lines[subAt]!.text.replace(DASH_LEAD, "").trim();
  } else {
    taken = lines.slice(0, Math.min(lines.length, 2));
    stamp = taken[0]!.text.match(STAMPED);
    const split = labelled(splitHeadline(stamp?.[1] ?? taken[0]!.text), d.lines);
    head = lessPublisher(split, d.evidence.publication?.value);
    if (head.title !== split.title || stamp) note(RULES.siteAfterHeadline, taken[0]!.line, taken[0]!.text);
    head.title = wholeTitle(head.title, original) ?? head.title;
    // The line under a one-line title is its subtitle when it says something; a label ("安全事件") heads a section.
    // The issuing bodies under a title are no subtitle (issuerLines).
    // The headline printed twice (an exported page's title over its own headline) is one headline.
    if (taken[1] && repeats(taken[1].text, taken[0]!.text)) repeat = taken[1];
    else if (
      taken[1] &&
      !head.subtitle &&
      taken[1].text.replace(DASH_LEAD, "").trim().length >= SUBTITLE_MIN &&
      !statesMeta(taken[1].text) &&
      !ISSUER.test(taken[1].text.trim())
    )
      head.subtitle = taken[1].text.replace(DASH_LEAD, "").trim();
    else if (taken[1]) taken = taken.slice(0, 1);
  }
  const deck = paras[taken.length];
  if (!head.subtitle && deck?.hint === "deck") {
    head.subtitle = deck.text.trim();
    taken = [...taken, deck];
  }
  for (const p of taken) note(p === repeat ? RULES.repeatedTitle : (flagRule(p.text) ?? RULES.headline), p.line, p.text);
  const stamped = stamp
    ? gather(d.evidence, { date: { value: stamp[2]!, from: "text" }, publication: { value: stamp[3]!, from: "text" } })
    : d.evidence;
  const issued = issuerLines(paras, taken.length);
  if (!issued) return taking(head, paras.slice(taken.length), stamped);
  for (const p of issued.lines) note(RULES.issuerLine, p.line, p.text);
  const found = gather(stamped, { publication: { value: issued.publication, from: "text" } });
  return { ...taking(head, paras.slice(taken.length + issued.lines.length)), evidence: { ...found, headline: head } };
};

// ---------------------------------------------------------------------------------------------
// A stand-in title for a text that has no headline anywhere.

/** Lines no title is cut from: rules ("====", "----"), addresses, bare numbers and marks. */
const NO_TITLE = /^(?:[=\-—_*~#·.\s]{3,}|(?:网址|链接|原文链接|来源|URL)\s*[:：].*|(?:https?:)?\/\/\S+|www\.\S+|[\d\s\p{P}\p{S}]*)$/iu;
/** Where a phrase ends inside a sentence. */
const PHRASE_END = /[，,、；;：:\s]|[”」』）)》]/;
/** A dateline and its byline opening a lead ("新华社北京5月1日电（记者王小明）"): no part of a title. */
const LEAD_DATELINE = /^[\p{Script=Han}]{2,20}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(][^()（）]{2,30}[)）])?\s*/u;

/**
 * A stand-in title cut from the first paragraph that reads as text: its first sentence, cut at the
 * last phrase end within `max` characters, or else at the last whole word within them; never from
 * a rule line, an address or a dateline. Empty when no paragraph will do.
 */
export function standInTitle(paragraphs: readonly string[], max = 30): string {
  const source = paragraphs.map((p) => p.trim()).find((p) => !NO_TITLE.test(p) && hanCount(p, 4) >= 4) ?? "";
  let s = source
    .replace(LEAD_DATELINE, "")
    .split(/(?<=[。！？!?])/)[0]!
    .replace(/[。！？!?]+$/, "")
    .trim();
  if (s.length > max) {
    let end = -1;
    for (let i = Math.min(max, s.length - 1); i >= 8; i--)
      if (PHRASE_END.test(s[i]!)) {
        end = /[”」』）)》]/.test(s[i]!) ? i + 1 : i;
        break;
      }
    if (end < 0) {
      end = 0;
      for (const w of cut(s)) {
        if (end + w.length > max) break;
        end += w.length;
      }
    }
    s = s.slice(0, end || max);
  }
  s = s.replace(/[，,、；;：:\s]+$/, "");
  // An opening quote whose close was cut off goes with it.
  const opens = (s.match(/[“「『《（(]/g) ?? []).length;
  const closes = (s.match(/[”」』》）)]/g) ?? []).length;
  if (opens > closes) s = s.replace(/^[“「『《（(]/, "");
  return s.trim();
}
