import type { Message, Place, Provenance } from "../model/types.js";
import { isPageWrapper, type Draft, type Headline, type Stated, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { message } from "../model/messages.js";
import { addressDate, estimateYear, findAnyDate, findDate, FIRST_YEAR, LAST_YEAR, statedDate } from "../text/dates.js";
import { httpUrl } from "../text/url.js";
import { tag } from "../text/segmenter.js";
import { findPlaces, shortPlaceName } from "./places.js";
import { findTags, tagsAhead } from "./tags.js";
import { bylineNames, givenLikeOutlet, isPersonName, namesFrom } from "../text/names.js";
import { sentences } from "../clean/dedupe.js";
import { standInTitle } from "../clean/headline.js";
import { SITE_NAME } from "../unwrap/title.js";
import { BYLINE_FORM } from "../unwrap/pageMeta.js";
import { isOrganisation } from "../unwrap/evidence.js";

/** A field's value, where it came from, and what choosing it had to say. */
interface Chosen<T> extends Stated<T> {
  messages?: Message[];
}

const isPage = (d: Draft): boolean => isPageWrapper(d.wrapper);

/** What the wrapper states counts as front matter, a page's meta, or the fields an export or a text dump gives. */
const statedBy = (d: Draft): Provenance => (d.wrapper === "front matter" ? "front matter" : isPage(d) ? "html meta" : "document fields");
/** The same, in the cleaning report's words. */
const statedIn = (d: Draft): string => (d.wrapper === "front matter" ? "文件头信息" : isPage(d) ? "网页元数据" : "文件所载字段");

/** The running text the describe step reads, one block a line. */
const textOf = (d: Draft): string => d.blocks.map((b) => b.text).join("\n");

/** Prepares the description of several drafts at once: their keywords, extracted in one run. */
export const describeAhead = (drafts: readonly Draft[]): void => tagsAhead(drafts.map(textOf));

/**
 * An outlet's name printed before the bar ("某某新闻｜标题", a repost's "【某某文库】某某｜标题"): the
 * publication that printed it, no column; known by its name's form, or by the lead's dateline
 * opening on it ("某某消息，…").
 */
function outletBeforeBar(d: Draft): string | null {
  const column = d.evidence.headline?.column?.trim().replace(/^[【\[][^】\]]{1,8}[】\]]\s*/, "");
  if (!column) return null;
  // The page's copyright line names it: the site's own name ("法广｜标题" over "© 法广 RFI").
  if (SITE_NAME.test(column) || d.stated.copyright?.includes(column)) return column;
  const lead = d.blocks.find((b) => b.kind === "paragraph")?.text ?? "";
  return lead.startsWith(column) && /^(?:消息|讯|报道|获悉|得悉)/.test(lead.slice(column.length)) ? column : null;
}

/** The headline taken off the text or stated by the wrapper; failing both, the first sentence stands in. */
export function chooseTitle(d: Draft): Chosen<Headline> {
  const head = d.evidence.headline;
  const subtitle = head?.subtitle ?? d.stated.subtitle ?? null;
  const outlet = outletBeforeBar(d);
  const column = outlet ? null : (head?.column ?? null);
  // The words before the bar leave the headline: the report prints the line as the page did.
  const printed = outlet && head?.column ? [message(d.source, RULES.outletBeforeBar, 1, `${head.column}｜${head.title}`)] : [];
  if (head?.title)
    return { value: { title: head.title, subtitle, column }, from: d.stated.title ? statedBy(d) : "text", messages: printed };
  const paragraphs = d.blocks.filter((b) => b.kind === "paragraph");
  const first = paragraphs[0]!;
  const title =
    standInTitle(paragraphs.map((b) => b.text)) ||
    sentences(first.text)[0]!
      .replace(/[。！？]$/, "")
      .slice(0, 30);
  const warning = message(d.source, RULES.noTitle, first.line, `未找到标题，以第一句代替：${title}`);
  return { value: { title, subtitle, column }, from: "estimated", messages: [warning] };
}

/** A block that is a date and nothing else ("2023年5月4日", "一九七一年十二月十五日"): the text's own dating. */
const DATE_ONLY = /^[\s\d〇○零Ｏ一二三四五六七八九十年月日号\-/.]+$/;

/** A date the text itself writes on a line of its own, at its head or its foot, where papers date a piece. */
function dateLine(d: Draft): Stated<string> | null {
  const ends = [...d.blocks.slice(-3).reverse(), ...d.blocks.slice(0, 3)];
  for (const b of ends) {
    const t = b.text.trim();
    if (t.length > 24 || !DATE_ONLY.test(t)) continue;
    const day = findAnyDate(t);
    if (day) return { value: day, from: "text" };
  }
  return null;
}

/**
 * The date from the strongest evidence: what the wrapper states (front matter, a page's meta), else
 * a line near the headline or the foot that stated one (an issue line, a meta line, a note), else a
 * date line the text keeps; failing all, the latest year the text names, as an estimate flagged as
 * one. A year alone is never a date.
 */
export function chooseDate(d: Draft): Chosen<string | null> {
  const messages: Message[] = [];
  const day = d.stated.date ? statedDate(d.stated.date) : null;
  if (day && "problem" in day)
    messages.push(
      message(
        d.source,
        RULES.dateOutOfRange,
        1,
        `${statedIn(d)}所写日期“${d.stated.date}”不是 ${FIRST_YEAR}—${LAST_YEAR} 年间的日历日期，未采用`,
      ),
    );
  // A page reprinting an official document: the date its note under the headline says it was adopted
  // or issued is the document's own; a later date in the page's meta is when the page went up.
  const enacted = d.evidence.enacted;
  if (day && "date" in day && enacted && d.wrapper !== "front matter" && enacted.value < day.date) {
    const text = `题注所记文件日期为 ${enacted.value}；网页上的 ${day.date} 是发布日期`;
    return { ...enacted, messages: [...messages, message(d.source, RULES.dateNote, 1, text)] };
  }
  // A page's meta dated after the date its header prints ("发布日期：…") holds when the page was
  // generated or last touched: a reader cites the printed one.
  const printed = d.evidence.date;
  if (day && "date" in day && printed?.from === "meta line" && isPage(d) && printed.value < day.date) {
    const text = `网页印出的日期为 ${printed.value}；其元数据中较晚的 ${day.date} 是网页生成的时间`;
    return { ...printed, messages: [...messages, message(d.source, RULES.dateNote, 1, text)] };
  }
  if (day && "date" in day) return { value: day.date, from: statedBy(d), messages };
  if (printed) return { ...printed, messages };
  const line = dateLine(d);
  if (line) return { ...line, messages };
  // A page's address built on its day (".../t20230302_…", ".../2023-03/02/…"): the day it was posted.
  const url = d.stated.url ?? d.evidence.url;
  const posted = url ? addressDate(url) : null;
  if (posted) return { value: posted, from: "address", messages: [...messages, message(d.source, RULES.dateFromAddress, 1, url!)] };
  // A day in the file's name ("…_20220705_11-02.txt", "2022-07-05-某某.md"): how the file was filed, no statement.
  const named = fileNameDay(d.source);
  if (named) {
    messages.push(message(d.source, RULES.dateEstimated, 1, `原文未注明日期；${named} 取自文件名`));
    return { value: named, from: "estimated", messages };
  }
  // A wrapper stating a year alone ("date: 2019") states no day: the year stands as the estimate.
  const statedYear = d.stated.date?.match(/^\s*((?:19|20)\d{2})\s*年?\s*$/)?.[1];
  if (statedYear) {
    messages.push(message(d.source, RULES.dateEstimated, 1, `${statedIn(d)}所写日期“${d.stated.date!.trim()}”只有年份，没有月日`));
    return { value: `${statedYear}-01-01`, from: "estimated", messages };
  }
  const year = estimateYear(textOf(d));
  if (!year) return { value: null, from: "none", messages };
  messages.push(message(d.source, RULES.dateEstimated, 1, `原文未注明日期；${year} 年是正文提到的最晚年份`));
  return { value: `${year}-01-01`, from: "estimated", messages };
}

/** The day a file's name gives, as a word of its own: "20220705" or "2022-07-05" between separators. */
function fileNameDay(source: string): string | null {
  const m = source
    .split("/")
    .pop()!
    .match(/(?:^|[_\-. ])((?:19|20)\d{2})(-?)(\d{2})\2(\d{2})(?=[_\-. ]|$)/);
  return m ? findDate(`${m[1]}-${m[3]}-${m[4]}`) : null;
}

/** What a source line writes before the name: "来源：人民日报" → 人民日报. */
const LABEL = /^[\s【\[（(]*(?:本文|文章|新闻|稿件|信息)?(?:来源|来自|稿源|出处|转自|转载自|原载)(?:于)?\s*[:：]?\s*/;

/** A motto rather than a name: it speaks in clauses, or opens on a verb ("传递最新科技情报", "好新闻，无止境"). */
const isMotto = (t: string): boolean => /[，,。！!]/.test(t) || /^v/.test(tag(t.trim())[0]?.tag ?? "");

/**
 * "黑龙江日报全媒体" → "黑龙江日报": a paper's newsroom desk is not part of its name, nor a label. A
 * county's 融媒体中心 is the publisher itself: nothing stands before it that is a paper or a station.
 */
const publicationName = (s: string): string =>
  s
    .replace(LABEL, "")
    .replace(/(?<=(?:报|网|台|社|刊|新闻))(全媒体|融媒体|新媒体)(中心)?$/, "")
    // An account named with its platform: "某某微信公众号" → 某某.
    .replace(/(?<=\S{2})(?:微信)?(?:公众号|公号|订阅号|头条号|百家号|企鹅号|大鱼号|一点号|澎湃号)$/, "")
    .replace(/^[《〈「『]|[》〉」』]$/g, "")
    .replace(/[（(][^)）]*$/, "")
    .replace(/[\s】\]）)]+$/, "")
    // A site's motto after its name: "奇客某某–传递最新科技情报" → 奇客某某; a second outlet's name stays ("某某日报 - 某某网").
    .replace(/(?<=\S{2})\s*(?:[–—|｜]|\s-\s)\s*([^–—|｜]{4,})$/, (whole, tail: string) => (isMotto(tail) ? "" : whole))
    // A Chinese name with its English one after it: "某某通讯社 Some News Agency" → 某某通讯社.
    .replace(/(?<=\p{Script=Han})\s+[A-Za-z][A-Za-z.&'\s-]*$/u, "")
    .trim();

/**
 * A platform that carries accounts, not a publication: WeChat, 网易号, 澎湃号 (and "澎湃新闻·澎湃号·政务",
 * the platform and its channel). The account posting on it is the publication.
 */
const PLATFORM =
  /^(?:微信公众平台|微信公众号|微信|公众号|订阅号|服务号|今日头条|头条号|百家号|企鹅号|网易号|搜狐号|一点号|大鱼号|澎湃号|新浪微博|微博|网易|搜狐|腾讯|腾讯网|腾讯新闻)$/;
const isPlatform = (name: string): boolean =>
  name.split(/[·・|｜\-—\s]+/).some((part) => PLATFORM.test(part.trim()) || /^\S{1,4}号$/.test(part.trim()));

/**
 * The publication from the strongest evidence: the source the wrapper states (front matter, a
 * page's source meta), else a source, meta or credit line; then the account that posted it on a
 * platform, then the site that carries it; failing all, the paper whose reporters the text cites as
 * its own. Labels are no part of a name, and a platform is none.
 */
export function choosePublication(d: Draft): Chosen<string | null> {
  const candidates: [string | undefined, Provenance][] = [
    [d.stated.publication, statedBy(d)],
    [d.evidence.publication?.value, d.evidence.publication?.from ?? "none"],
    [outletBeforeBar(d) ?? undefined, "text"],
    [d.stated.account, statedBy(d)],
    [d.stated.site, statedBy(d)],
  ];
  for (const [raw, from] of candidates) {
    const name = raw ? publicationName(raw) : "";
    if (name.length >= 2 && !isPlatform(name)) return { value: name, from };
  }
  const own = selfNamed(textOf(d));
  return own ? { value: own, from: "text" } : { value: null, from: "none" };
}

/** A paper's own reporters, as its text names them: "对《某某时报》记者表示". */
const OWN_REPORTER = /《([^《》\n]{2,12})》(?:杂志|周刊)?(?:特约|首席)?(?:记者|评论员)/g;

/** The paper a text names as its own: the one whose reporters it cites twice or more, more than any other. */
function selfNamed(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(OWN_REPORTER)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
}

/** Desk credits on the page: who edited, checked or laid it out. Editors are not authors. */
const EDITOR_CREDIT =
  /(?:责任编辑|责编|值班编辑|编辑|校对|审核|审校|审稿|初审|复审|终审|监制|编审|美编|排版|版式|统筹)(?:\s|<[^>]*>|&nbsp;)*[:：/](?:\s|<[^>]*>|&nbsp;)*([\p{Script=Han}·]{2,12}(?:[\s、，,]+[\p{Script=Han}·]{2,4})*)/gu;

/** The names the document credits as editors anywhere, its page furniture included. */
export function editorsOf(text: string): Set<string> {
  const editors = new Set<string>();
  if (!/编|审|校|监制|排版|版式|统筹/.test(text)) return editors;
  for (const m of text.matchAll(EDITOR_CREDIT)) for (const n of namesFrom(m[1]!)) editors.add(n);
  return editors;
}

/** A name in Latin letters, as a byline prints a foreign writer's: two words or more, or one not all capitals (no agency's "AFP"). */
const LATIN_NAME = /^(?:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){1,3}|[A-Z][a-z][A-Za-z.'-]+)$/;

/**
 * The people who wrote it, from the strongest evidence: authors that front matter or an export
 * states, then the page's bylines and credits; a page's author meta (often the CMS's uploader or
 * editor) only when the text shows that name too. Never an editor credited on the page, a desk or
 * a site: only people.
 */
export function chooseAuthors(d: Draft): Chosen<string[]> {
  const editors = editorsOf(d.text);
  // A name the page gives as its source, site or account is the publication's, not a writer's.
  const outlets = [d.stated.publication, d.stated.site, d.stated.account, d.evidence.publication?.value]
    .filter((n): n is string => !!n)
    .map(publicationName);
  // Bylines and author meta often name the site, the agency or the desk ("网易", "新华社发"): only people count.
  const person = (n: string) =>
    (isPersonName(n) || LATIN_NAME.test(n)) &&
    (givenLikeOutlet(n) || !/(网|报|社|台|新闻|中心|编辑|记者|媒体|客户端)/.test(n)) &&
    !isOrganisation(n) &&
    !editors.has(n) &&
    !outlets.includes(n);
  const stated = [...new Set((d.stated.authors ?? []).flatMap(namesFrom).filter(person))];
  // A page's own author field (WeChat's slot under the headline, a meta author written as a byline)
  // is the page's word, as front matter is.
  const statedFrom = d.stated.from?.authors ?? "";
  const trusted = !isPage(d) || statedFrom.startsWith("WeChat") || statedFrom.endsWith(BYLINE_FORM);
  if (trusted && stated.length) return { value: stated, from: statedBy(d) };
  const bylines = [...new Set(d.evidence.authors.flatMap((a) => a.value).filter(person))];
  if (bylines.length) return { value: bylines, from: d.evidence.authors.find((a) => a.value.some(person))!.from };
  // A byline the text keeps at its head or its foot, a line of its own ("执笔/甲、乙", "某某新闻记者 丙").
  const ends = d.blocks.length > 6 ? [...d.blocks.slice(0, 3), ...d.blocks.slice(-3)] : d.blocks;
  const kept = [...new Set(ends.flatMap((b) => bylineNames(b.text) ?? []).filter(person))];
  if (kept.length) return { value: kept, from: "byline" };
  // A page's author meta stands only for a name its text shows as well.
  const lines = d.lines.map((l) => l.text).join("\n");
  const shown = stated.filter((n) => lines.includes(n));
  return shown.length ? { value: shown, from: statedBy(d) } : { value: [], from: "none" };
}

/** The address the wrapper states, else a link line's; only one a reader may follow, the others noted and left out. */
function chooseOriginalUrl(d: Draft): { value: string | null; messages: Message[] } {
  const messages: Message[] = [];
  const address = (s: string | undefined): string | null => {
    const url = httpUrl(s);
    if (s && !url) messages.push(message(d.source, RULES.addressDropped, 1, `不是网页地址，未保留：${s}`));
    return url;
  };
  return { value: address(d.stated.url) ?? address(d.evidence.url), messages };
}

/** A headline of an institution's news about itself ("我院…", "【专题】我校…") or a text opening "本站讯", "本院讯". */
const OWN_HEADLINE = /^(?:【[^】]{1,20}】\s*)?我(?:院|校|局|所|委|厅|办|区|县|市|镇|中心|公司|馆)/;
const OWN_OPENING = /^本(?:站|院|校|所|局|中心)讯/;

/** Whether the text is the publisher's news of itself: it happens where the publisher is. */
const ownNews = (d: Draft, headline: string): boolean =>
  OWN_HEADLINE.test(headline.trim()) || d.lines.slice(0, 4).some((l) => OWN_OPENING.test(l.text.trim()));

/**
 * Names of the paper, site or account that published the text: a local one's home backs a short
 * place name. For an institution's news of itself, the address its page prints is that home too.
 */
const homeNames = (d: Draft, publication: string | null, headline = ""): string[] =>
  [publication, d.stated.publication, d.stated.site, d.stated.account, ownNews(d, headline) ? d.stated.address : undefined].filter(
    (n): n is string => !!n,
  );

/** The place the text is about and the others it names, from the national divisions. */
export function choosePlace(d: Draft, headText: string, publication: string | null = null): Chosen<{ place: Place; mentioned: Place[] }> {
  const found = findPlaces(textOf(d), headText, { home: homeNames(d, publication, headText), filed: d.evidence.filedFrom });
  return { value: found, from: found.place.province ? "text" : "none" };
}

/**
 * Tags that front matter and tag lines state, then the archive's topic phrases the text uses;
 * keywords apart. A page's meta keywords are a site's, often stamped on every page (its own name,
 * its channels): they are keywords to weigh, not tags.
 */
export function chooseTags(
  d: Draft,
  headText: string,
  places: { place: Place; mentioned: Place[] },
  publication: string | null = null,
): Chosen<{ tags: string[]; keywords: string[] }> {
  const { place, mentioned } = places;
  // Names the text uses for its places are not topics, in full or short (林甸县, 林甸).
  const placeNames = new Set(
    [
      ...(["province", "prefecture", "county"] as const).map((level) => [place[level], level] as const),
      ...mentioned.flatMap((p) => [[p.county, "county"] as const, [p.prefecture, "prefecture"] as const]),
    ].flatMap(([name, level]) => (name ? [name, shortPlaceName(name, level)] : [])),
  );
  const frontMatter = d.wrapper === "front matter" ? (d.stated.tags ?? []) : [];
  const stated = [...frontMatter, ...d.evidence.tags];
  const value = findTags({
    text: textOf(d),
    headline: headText,
    stated,
    suggested: d.wrapper === "front matter" ? [] : d.stated.tags,
    vocabulary: d.options.vocabulary,
    places: placeNames,
    carriers: homeNames(d, publication),
  });
  return { value, from: frontMatter.length ? statedBy(d) : "text" };
}

/** The describe step: each field from the most direct evidence there is, and where it came from. */
export const describeArticle: Step = (d) => {
  const title = chooseTitle(d);
  const date = chooseDate(d);
  const publication = choosePublication(d);
  const authors = chooseAuthors(d);
  const originalUrl = chooseOriginalUrl(d);
  // Places and topics in the headline count more: the subtitle and column as the text printed them.
  const head = d.evidence.headline;
  const headText = [title.value.title, head?.subtitle ?? "", head?.column ?? ""].join(" ");
  const place = choosePlace(d, headText, publication.value);
  const tags = chooseTags(d, headText, place.value, publication.value);
  return {
    ...d,
    described: {
      ...title.value,
      date: date.value,
      dateEstimated: date.from === "estimated",
      publication: publication.value,
      authors: authors.value,
      place: place.value.place,
      placesMentioned: place.value.mentioned,
      ...tags.value,
      originalUrl: originalUrl.value,
      found: {
        title: title.from,
        date: date.from,
        publication: publication.from,
        authors: authors.from,
        place: place.from,
        tags: tags.from,
      },
    },
    messages: [...d.messages, ...(title.messages ?? []), ...(date.messages ?? []), ...originalUrl.messages],
  };
};
