import type { WrapperMeta } from "../model/draft.js";
import { isOrganisation } from "./evidence.js";
import { textOfElement, type PageFacts, type Piece } from "./walk.js";
import { unixToBeijing, YMD } from "../text/dates.js";
import { filedByline, isPersonName } from "../text/names.js";

// ---------------------------------------------------------------------------------------------
// Metadata: the strongest evidence first, each value with where it came from.

const ID_LIKE = /^[\w.\-@#:/ ]+$/;
/** Said of a meta author written as a byline ("某某／台北报导"): a writer's, wherever the page prints it. */
export const BYLINE_FORM = ", written as a byline";

/** Desk roles whose holders are not the article's authors. */
const EDITOR_LABEL = /(责任编辑|责编|编辑|编审|校对|审核|审校|审签|监制|值班|制作|美编|版式)[\s:：/|丨]*$/;

const stripLabel = (s: string): string => s.replace(/^\s*(?:文章|新闻|本文|信息)?(?:来源|稿源|出处|来自|作者)\s*[:：]\s*/, "").trim();

const DATE_META = [
  "article:published_time",
  "og:release_date",
  "datepublished",
  "publishdate",
  "pubdate",
  "publish_date",
  "publishtime",
  "publish-date",
  "publication_date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.created",
  "dc.date.created",
  "sailthru.date",
  "parsely-pub-date",
  "weibo:article:create_at",
  "firstpublishedtime",
  "articledate",
];
/** A date meta written as one number ("20230329"), as some CMSs keep it. */
const COMPACT_DATE = /^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** When the page was last changed: a date only when the page prints its day without the year (below). */
const MODIFIED_META = ["dateupdate", "datemodified", "article:modified_time", "og:updated_time", "lastmodified", "last-modified"];
/** What a page says for "our own" or "from the web" where a source would stand: no publication. */
const NO_SOURCE = /^(本站|本网|原创|本站原创|网络|互联网)$/;
const SOURCE_META = ["contentsource", "source", "sourcename", "source_name", "article:source", "og:source", "citation_publisher"];
const SITE_META = [
  "og:site_name",
  "sitename",
  "site_name",
  "application-name",
  "apple-mobile-web-app-title",
  "twitter:site",
  "dc.publisher",
  "publisher",
];
const AUTHOR_META = [
  "author",
  "article:author",
  "og:article:author",
  "dc.creator",
  "byl",
  "sailthru.author",
  "parsely-author",
  "twitter:creator",
];
/** A postal address after its label: "地址：某省某市某路1号", "医院地址：…" (up to the next space). */
const ADDRESS = /(?:^|[\s|｜])[\p{Script=Han}]{0,4}地\s?址\s*[:：]\s*([\p{Script=Han}\d\-－]{4,40})/u;
const TITLE_META = ["og:title", "twitter:title", "articletitle", "title", "dc.title", "headline"];

const ldText = (v: unknown): string | undefined => {
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(ldText).filter(Boolean).join("、") || undefined;
  if (v && typeof v === "object") return ldText((v as Record<string, unknown>).name);
  return undefined;
};

const ldNames = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map(ldText).filter((s): s is string => !!s && s.length <= 40);

/** Whether a page is a WeChat article page: its format keeps the metadata in page variables. */
const isWeChat = (facts: PageFacts): boolean =>
  facts.ids.has("js_content") ||
  [facts.canonical, ...(facts.metas.get("og:url") ?? [])].some((u) => !!u && /^https?:\/\/mp\.weixin\.qq\.com\//.test(u));

/** A page variable a script assigns a string or number literal: `var ct = "1659274471";`. */
function scriptVar(facts: PageFacts, name: string): string | undefined {
  const re = new RegExp(`\\b${name}\\s*=\\s*(?:htmlDecode\\()?\\s*(["'])((?:(?!\\1)[^\\\\\\n]|\\\\.){1,200})\\1`);
  for (const s of facts.scripts) {
    if (!s.includes(name)) continue;
    const m = s.match(re);
    if (m?.[2]?.trim()) return m[2].trim();
  }
  return undefined;
}

/** A property a script's object literal gives a string: `source: '某某', // 来源`. */
function scriptProperty(facts: PageFacts, name: string): string | undefined {
  const re = new RegExp(`(?:^|[\\s{,])${name}\\s*:\\s*(["'])([^"'\\\\\\n<>]{1,40})\\1`);
  for (const s of facts.scripts) {
    if (!s.includes(name)) continue;
    const v = s.match(re)?.[2]?.trim();
    if (v) return v;
  }
  return undefined;
}

/** A stated date whose month and day the lines by the headline print without a year, or undefined. */
function dayPrinted(stated: { value: string; from: string } | undefined, lines: Piece[]): { value: string; from: string } | undefined {
  const m = stated?.value.match(YMD);
  if (!stated || !m) return undefined;
  // The day may run into the time printed after it ("10-08" + "12:00" in two spans).
  const day = new RegExp(`(?<![\\d年/.-])0?${+m[2]!}\\s*[-/.月]\\s*0?${+m[3]!}(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))`);
  return lines.some((l) => day.test(l.text)) ? { value: stated.value, from: `${stated.from}, the day the page prints` } : undefined;
}

/**
 * What a page states about its article, the strongest evidence first: JSON-LD, then meta elements
 * (og:, article:, the CMS names), then <time>, then a platform's page variables. `pieces` is the
 * page's text, to tell a meta author who is an editor, or printed nowhere, from a writer.
 */
export function pageMeta(facts: PageFacts, pieces: Piece[], headline: number): WrapperMeta {
  const meta: WrapperMeta = {};
  const from: NonNullable<WrapperMeta["from"]> = {};
  const metaValue = (keys: string[], ok: (v: string) => boolean = () => true) => {
    for (const k of keys) {
      const v = facts.metas.get(k)?.find(ok);
      if (v) return { value: v, from: `meta ${k}` };
    }
    return undefined;
  };
  const ld = facts.ld[0];
  const wechat = isWeChat(facts);

  // Date.
  const hasDate = (v: string) => YMD.test(v);
  const metaDate = metaValue(DATE_META, (v) => hasDate(v) || COMPACT_DATE.test(v));
  const ldDate = ld && [ld.datePublished, ld.dateCreated].find((v): v is string => typeof v === "string" && hasDate(v));
  const headAt = headline >= 0 ? (pieces[headline]?.at ?? 0) : 0;
  const time = facts.times.find((t) => t.at >= headAt && hasDate(t.value)) ?? facts.times.find((t) => hasDate(t.value));
  const ct = wechat ? scriptVar(facts, "ct") : undefined;
  const date = ldDate
    ? { value: ldDate, from: "JSON-LD datePublished" }
    : ((metaDate && { ...metaDate, value: metaDate.value.replace(COMPACT_DATE, "$1-$2-$3") }) ??
      (time ? { value: time.value, from: "<time datetime>" } : undefined) ??
      (ct && /^\d{9,11}$/.test(ct) && unixToBeijing(+ct) ? { value: unixToBeijing(+ct)!, from: "WeChat page variable ct" } : undefined));
  // A page that prints only the day by its headline ("发布时间：10-08 12:00") gives its year in the
  // date it was last changed, when the two name the same day.
  const dated = date ?? dayPrinted(metaValue(MODIFIED_META, hasDate), pieces.slice(Math.max(0, headline), Math.max(0, headline) + 6));
  if (dated) [meta.date, from.date] = [dated.value, dated.from];

  // The site, and the account that posted the article on a platform.
  const site =
    (ld && ldText(ld.publisher) ? { value: ldText(ld.publisher)!, from: "JSON-LD publisher" } : undefined) ??
    metaValue(SITE_META, (v) => !/^@/.test(v) && !/^https?:/.test(v));
  if (site) [meta.site, from.site] = [site.value, site.from];
  if (wechat) {
    const named = scriptVar(facts, "nickname");
    const card = facts.ids.get("js_name");
    const account = named ?? (card ? textOfElement(card).replace(/\s+/g, " ").trim() : "");
    if (account) [meta.account, from.account] = [account, named ? "WeChat page variable nickname" : "WeChat #js_name"];
  }

  // The article's source, when the page names one.
  const source = metaValue(SOURCE_META, (v) => {
    const s = stripLabel(v);
    return !!s && !/^https?:|^\/\//.test(s) && !NO_SOURCE.test(s) && s.length <= 40;
  });
  // The info line under the headline, in slots the markup names ("<span class="where">"): read
  // only there, where the article's own line is (a related list names its items' sources too).
  const infoEnd = headline >= 0 ? (pieces[headline + 4]?.at ?? Infinity) : -1;
  const inInfoLine = (kind: "source" | "author") => facts.slots.find((s) => s.kind === kind && s.at >= headAt && s.at < infoEnd)?.value;
  if (source) [meta.publication, from.publication] = [stripLabel(source.value), source.from];
  else {
    // A CMS's page configuration in a script names the source as a property: `source: '某某日报'`.
    const configured = scriptProperty(facts, "source");
    const inSlot = stripLabel(inInfoLine("source") ?? "");
    if (configured && /[\u4e00-\u9fff]{2}/.test(configured) && !NO_SOURCE.test(configured))
      [meta.publication, from.publication] = [configured, "the page script's source"];
    else if (inSlot && /[\u4e00-\u9fff]{2}/.test(inSlot) && !NO_SOURCE.test(inSlot) && inSlot.length <= 20)
      [meta.publication, from.publication] = [inSlot, "the info line's source slot"];
  }

  // Authors: JSON-LD's are stated as such; a meta author must be printed on the page, and not as an editor.
  // The page's text without white space, built only when there is an author to look for.
  let squeezed: string | null = null;
  const pageText = () => (squeezed ??= pieces.map((p) => p.text.replace(/\s+/g, "")).join("\n"));
  const editors = new Set((facts.metas.get("editor") ?? []).map((s) => s.replace(/\s+/g, "")));
  const others = [meta.site, meta.account, meta.publication].filter(Boolean).map((s) => s!.replace(/\s+/g, ""));
  // The <title>'s last segments, past its last white space: the site's and its channels' names ("…_某某财经_某某网").
  const titled = new Set(facts.titles.flatMap((t) => (t.split(/\s+/).pop() ?? "").split(/_+|\|+|｜+/).slice(1)));
  const namedAsEditor = (name: string): boolean => {
    const text = pageText();
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      if (EDITOR_LABEL.test(text.slice(Math.max(0, i - 8), i))) return true;
    return false;
  };
  const person = (raw: string, printed: boolean): string | null => {
    const name = raw.replace(/\s+/g, "");
    if (!name || (ID_LIKE.test(name) && /\d/.test(name))) return null;
    if (isOrganisation(name) || titled.has(name) || others.some((o) => o.includes(name) || name.includes(o))) return null;
    // "青网新闻杨逸凡": a desk's prefix before the name an editor line prints.
    for (const e of editors) if (name.includes(e) || e.includes(name)) return null;
    for (let k = 0; k + 2 <= name.length; k++) if (namedAsEditor(name.slice(k)) && name.length - k >= 2) return null;
    if (printed && !pageText().includes(name)) return null;
    return raw.trim();
  };
  // A filed byline in an author field ("记者某某／台北报导", "某某／即时报导, 某某时报") names its writer.
  const writer = (n: string) => filedByline(n)?.names[0] ?? n;
  const ldAuthors = ld
    ? ldNames(ld.author)
        .map((n) => person(writer(n), false))
        .filter((n): n is string => !!n)
    : [];
  if (ldAuthors.length) [meta.authors, from.authors] = [ldAuthors, "JSON-LD author"];
  else
    for (const k of AUTHOR_META) {
      const names = (facts.metas.get(k) ?? []).flatMap((v) => v.split(/[,，、;；]\s*/)).map((n) => person(writer(n), true));
      const kept = names.filter((n): n is string => !!n);
      if (kept.length) {
        const byline = (facts.metas.get(k) ?? []).some((v) => v.split(/[,，、;；]\s*/).some((n) => filedByline(n)));
        [meta.authors, from.authors] = [kept, `meta ${k}${byline ? BYLINE_FORM : ""}`];
        break;
      }
    }

  // The info line's author slot: a person's name printed there (WeChat's own slot is read below).
  const inAuthorSlot = meta.authors || wechat ? undefined : inInfoLine("author")?.replace(/^(?:作者|记者|文)\s*[:：/／]?\s*/, "");
  if (inAuthorSlot && isPersonName(inAuthorSlot) && person(inAuthorSlot, true))
    [meta.authors, from.authors] = [[inAuthorSlot], "the info line's author slot"];

  // WeChat's author slot under the headline: a writer's or a pen name, never the account's.
  const slot = wechat && !meta.authors ? facts.ids.get("js_author_name") : undefined;
  const slotted = slot ? textOfElement(slot).replace(/\s+/g, "") : "";
  if (/^[\p{Script=Han}·]{2,6}$/u.test(slotted) && person(slotted, false))
    [meta.authors, from.authors] = [[slotted], "WeChat #js_author_name"];

  // Title candidates in their order of trust; the page's own headline decides among them (pageTitle).
  const ldTitle = ld && ldText(ld.headline);
  const named = metaValue(TITLE_META);
  const wechatTitle = wechat ? scriptVar(facts, "msg_title") : undefined;
  const title = ldTitle
    ? { value: ldTitle, from: "JSON-LD headline" }
    : (named ?? (wechatTitle ? { value: wechatTitle, from: "WeChat page variable msg_title" } : undefined));
  if (title) [meta.title, from.title] = [title.value, title.from];
  else if (facts.titles[0]) [meta.title, from.title] = [facts.titles[0], "<title>"];

  const keywords = metaValue(["keywords", "news_keywords", "article:tag"]);
  if (keywords) meta.tags = keywords.value.split(/[,，、;；|\s]+/).filter(Boolean);
  // The canonical link as written (describe keeps it only if a reader may follow it); else an absolute og:url.
  const url = facts.canonical ?? [...(facts.metas.get("og:url") ?? []), ...(facts.metas.get("url") ?? [])].find((u) => /^https?:/.test(u));
  if (url) meta.url = url;
  // The publisher's address: the last the page prints, as footers do.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const m = pieces[i]!.text.includes("址") ? pieces[i]!.text.match(ADDRESS) : null;
    if (m) {
      [meta.address, from.address] = [m[1]!, "the address the page prints"];
      break;
    }
  }
  if (Object.keys(from).length) meta.from = from;
  return meta;
}

// ---------------------------------------------------------------------------------------------
// A government page's public-disclosure table (政务公开): metadata, not text.

const DISCLOSURE =
  "索引号|信息索引号|主题分类|体裁分类|组配分类|服务对象分类|分类|发布机构|发文机关|发文单位|所属机构|成文日期|生成日期|发布日期|公开日期|印发日期|发文字号|文号|名称|标题|公开方式|公开范围|公开时限|有效性|时效性|主题词|关键词|统一编号|信息来源|所属主题";
const DISCLOSURE_AT = new RegExp(`(${DISCLOSURE})\\s*[:：]`, "g");
const DISCLOSURE_ALONE = new RegExp(`^(${DISCLOSURE})\\s*[:：]?$`);
const DISCLOSURE_CORE =
  /^(索引号|信息索引号|发布机构|发文机关|发文单位|公开方式|公开范围|生成日期|成文日期|发文字号|文号|主题分类|组配分类)$/;

export interface Disclosure {
  fields: Map<string, string>;
  pieces: Set<Piece>;
}

/**
 * The label–value table a government page prints above its text (索引号, 发布机构, 生成日期, 公开方式 …),
 * one cell a block or several labels a line: a run of at least three labels, one of them a table's
 * own (索引号, 发布机构, 公开方式, 文号 …), each followed by its value.
 */
export function disclosureTables(pieces: Piece[]): Disclosure[] {
  const found: Disclosure[] = [];
  let i = 0;
  while (i < pieces.length) {
    const fields = new Map<string, string>();
    const taken = new Set<Piece>();
    let labels = 0;
    let pending: string | null = null;
    let j = i;
    for (; j < pieces.length; j++) {
      const p = pieces[j]!;
      // A table's cell or line is short; a paragraph is no part of one.
      if (p.text.length > 160) break;
      const t = p.text.trim();
      const alone = t.match(DISCLOSURE_ALONE);
      if (alone) {
        pending = alone[1]!;
        labels++;
        taken.add(p);
        continue;
      }
      const marks = [...t.matchAll(DISCLOSURE_AT)].filter((m) => m.index === 0 || /[\s|｜]/.test(t[m.index - 1]!) || labels > 0);
      if (marks.length && marks[0]!.index === 0) {
        marks.forEach((m, k) => {
          const end = marks[k + 1]?.index ?? t.length;
          const value = t.slice(m.index + m[0].length, end).trim();
          if (value) fields.set(m[1]!, value);
          else pending = m[1]!;
          labels++;
        });
        if (fields.size && marks.every((m) => fields.has(m[1]!))) pending = null;
        taken.add(p);
        continue;
      }
      if (pending && t.length <= 80) {
        fields.set(pending, t);
        pending = null;
        taken.add(p);
        continue;
      }
      break;
    }
    if (labels >= 3 && [...fields.keys()].some((k) => DISCLOSURE_CORE.test(k))) {
      found.push({ fields, pieces: taken });
      i = j;
    } else i++;
  }
  return found;
}

/** What a disclosure table states: the issuing body is the publication; the publication date, else the generation or signing date. */
export function disclosureMeta(tables: Disclosure[], meta: WrapperMeta): void {
  const from = (meta.from ??= {});
  for (const { fields } of tables) {
    const issuer = fields.get("发布机构") ?? fields.get("发文机关") ?? fields.get("发文单位") ?? fields.get("所属机构");
    if (issuer && !meta.publication) [meta.publication, from.publication] = [issuer, "the disclosure table's 发布机构"];
    for (const k of ["发布日期", "生成日期", "公开日期", "成文日期", "印发日期"]) {
      const v = fields.get(k);
      if (v && /\d{4}/.test(v) && !meta.date) [meta.date, from.date] = [v, `the disclosure table's ${k}`];
    }
    const words = fields.get("主题词") ?? fields.get("关键词");
    if (words && !meta.tags) meta.tags = words.split(/[\s,，、;；]+/).filter(Boolean);
  }
}
