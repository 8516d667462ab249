import { gather, notesFor, type Evidence, type Para, type Step } from "../model/draft.js";
import { RULES, type KnownRule } from "../model/rules.js";
import {
  bylineNames,
  filedFrom,
  isPersonName,
  LATIN_PEN_NAME,
  nameAfterTitle,
  nameBeforeAffiliation,
  namesFrom,
  startsWithSurname,
} from "../text/names.js";
import { DAY_AT_END, findAnyDate, findChineseDate, findDate, findFeedDate, findYearLastDate } from "../text/dates.js";
import { HAN_CLASS, hanCount } from "../text/chars.js";
import { tag } from "../text/segmenter.js";

/**
 * Page chrome: lines that belong to the page, the paper or the site, not to the article. Each rule
 * decides by the kind of line and where it stands (above the article's first sentence, in it, or
 * after its last), never by the site: it drops a line (with what the line stated, such as its date or
 * its author), strips a marker out of a line, reads evidence off a line it keeps, or ends the article
 * (everything after "推荐阅读" and its kin is the site's, not the article's).
 */
type Gleaned = Partial<Evidence>;
type Verdict =
  | { drop: true; gleaned: Gleaned }
  | { strip: string; ends?: true; gleaned?: Gleaned }
  /** The rest goes from here; `heads`: with the short lines above that head it (an advert's title over its call). */
  | { cut: true; heads?: true }
  | { glean: Gleaned; shown?: string }
  | null;

/** Where a line stands: above the article's first sentence, among its sentences, or after its last. */
type Region = "header" | "body" | "trailer";

interface Context {
  region: Region;
  /** Text read off a scan (an OCR export): its print's page numbers run into the lines. */
  scanned: boolean;
  /** The paragraphs of the document and this one's index among them. */
  paras: readonly Para[];
  at: number;
}

interface ChromeRule {
  rule: KnownRule;
  test: (text: string, para: Para, cx: Context) => Verdict;
  /**
   * Whether the rule reads prose too (a sentence ends inside the line) and paragraphs longer than
   * SHORT: most furniture is a short line that is no sentence, so most rules never see the text.
   */
  prose?: true;
}

/** The longest line most rules read: a longer paragraph is text, but for markers, bylines in its dateline and notices. */
const SHORT = 120;
/** A line a sentence ends inside of: text, unless a rule that reads prose says otherwise. */
const isProse = (t: string): boolean => t.length > SHORT || (t.length > 40 && /[。！？]./.test(t));

const drop = (gleaned: Gleaned = {}): Verdict => ({ drop: true, gleaned });
const DROP = drop();
const HAN_RUN = `[${HAN_CLASS}·]`;

/** Article text: a sentence with enough Chinese in it, or a long run of clauses. */
export function readsAsText(t: string): boolean {
  const han = hanCount(t, 30);
  return (han >= 8 && /[。！？!?]/.test(t)) || han >= 30;
}

/** The label of a site's notice: "声明：", "【风险提示】". */
const NOTICE_LABEL = /^(?:[【\[](?:声明|申明|风险提示|免责提示)[】\]]|(?:声明|申明|风险提示|免责提示)\s*[:：])/;
/** What a site's disclaimer says of what it prints. */
const DISCLAIMER = /仅供参考|不构成.{0,8}(?:建议|依据)|投资需谨慎|风险自担|不代表本(?:站|网|平台|报|刊)|仅代表作者/;

/**
 * A site's terms for reprinting: "未经授权禁止转载", "专稿，未经书面授权请勿转载", "转载时务请注明出处".
 * Worded as an order, not as a report ("他未经授权就转载了文章" is text).
 */
const REPRINT_NOTICE =
  /未经[^，,。]{0,8}(?:授权|许可|同意|允许)[^。]{0,6}(?:请勿|禁止|不得|严禁|谢绝)[^，,。]{0,4}转载|转载[^，,。]{0,6}(?:请|务必|须|需)[^，,。]{0,4}注明(?:出处|来源|作者)/;

/** Boilerplate that reads like a sentence but is the platform's: statements, notices, rights. */
const STATEMENT = /(声明|申明|版权|Notice|未经授权|不得转载|免责|仅代表作者|信息存储空间|Copyright)/i;

// ---------------------------------------------------------------------------------------------
// Dates, sources and people named on header and closing lines.

const DATE_ONLY =
  /^[•·●\s]*(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?\s*(?:(?:星期|周)[一二三四五六日天])?\s*(?:第[\d一二三四五六七八九十]+期)?$/;
const CHINESE_DATE_ONLY = /^[〇○零Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日$/;

/** Endings of a newspaper's, a site's or an agency's name. */
const OUTLET_END = /(日报|晚报|早报|周报|青年报|时报|报|网|社|台|刊|杂志|周刊|新闻|客户端|发布|频道|传媒)$/;
/** Platforms that host accounts: their channel names the host, never the account's source. */
const PLATFORM = /(澎湃号|网易号|搜狐号|百家号|头条号|企鹅号|大鱼号|一点号|微信公众平台|公众号)/;
/** Buttons a source field runs into when the page sets them beside it. */
const GLUED_TOOLS = /(?:举报|分享|收藏|关注|评论|打印|纠错|返回\S*|查看更多\S*)+$/;

/**
 * A publication as a source field names it: without its label, the buttons glued after it, the
 * place or tail glued after a name ("北京青年报北京" → 北京青年报), its title marks, and of "host－paper" the paper.
 * Null when it names the site itself ("本站原创") or a platform's channel.
 */
export function publicationOf(raw: string): string | null {
  let s = raw
    .replace(/^[\s·•・|｜:：\-—–]+/, "")
    .replace(/^\s*(?:文章|新闻|稿件|本文|信息)?(?:来源|稿源|来源于|出处)\s*[:：]\s*/, "")
    // A paper's name in title marks: "人民网-《人民日报》".
    .replace(/《([^《》]+)》?/g, "$1")
    .replace(/[\s)）\]】]+$/, "")
    .replace(/\s*[（(][^()（）]*$/, "")
    // The date and time a page runs on after the name: "人民日报2024-05-13 08:49".
    .replace(DAY_AT_END, "")
    .trim();
  s = s.replace(GLUED_TOOLS, "");
  if (!s || /^(本站|本网|本报|本刊|原创|网络|互联网|其他|未知|转载|综合|网友|佚名)/.test(s) || PLATFORM.test(s)) return null;
  const parts = s.split(/\s*[-－—–]\s*/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => OUTLET_END.test(cutAtOutlet(p)))) s = parts[parts.length - 1]!;
  s = cutAtOutlet(s);
  return s.length >= 2 && s.length <= 30 ? s : null;
}

/** A name run into what follows it: the longest prefix ending as an outlet's name does, when little follows. */
function cutAtOutlet(s: string): string {
  if (OUTLET_END.test(s)) return s;
  for (let end = s.length - 1; end >= 2; end--) {
    if (s.length - end > 4) break;
    // A paper named for its reports ("某某经济报道") keeps its 报道.
    if (s.slice(end - 1, end + 1) === "报道") continue;
    if (OUTLET_END.test(s.slice(0, end)) && /^[\p{Script=Han}]+$/u.test(s.slice(end))) return s.slice(0, end);
  }
  return s;
}

/** A stated author field: the people it names, or the one a job title ends with. */
function authorsOf(field: string): string[] {
  const f = field.replace(/[)）\]】].*$/, "").trim();
  // Han run into figures or letters ("理财18", "小编abc") is an account's handle, no person's name.
  if (/\p{Script=Han}[0-9A-Za-z]|[0-9A-Za-z]\p{Script=Han}/u.test(f)) return [];
  const names = namesFrom(f);
  if (names.length && names.every(isPersonName) && names.length <= 6) return names;
  const named = nameAfterTitle(f);
  return named ? [named] : [];
}

/** A meta line's author field runs to the next label or the end: "作者：王小明 责任编辑：…". */
const AUTHOR_FIELD = /作者\s*[:：]\s*([^|｜丨:：]+?)(?=\s*(?:责任编辑|责编|编辑|校对|审核|监制)\s*[:：]|\s+\S+\s*[:：]|[|｜丨]|$)/;
/** A photo's source ("图片来源：") is no source of the article: the label stands after none of these. */
const NOT_A_PHOTOS = "(?<!图片|图|照片|视频|题图)";
/** The value runs to a break; a value that is itself a label ("来源：访问量：199") is an empty field. */
const SOURCE_FIELD = new RegExp(
  `${NOT_A_PHOTOS}(?:来源|稿源|来源于)\\s*[:：]\\s*([^\\s|｜丨,，:：)）】\\]]+)(?![^\\s|｜丨,，:：)）】\\]]|\\s*[:：])`,
);
/** A meta line's labels. */
const META_LABEL = new RegExp(`(${NOT_A_PHOTOS}来源|作者|编辑|发布时间|发布日期|日期|时间|浏览|阅读|点击|字号|稿源)\\s*[:：]`);
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?/;
/** A line that opens on a full date and closes on bare counts. */
const COUNTED = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\D.*?(?:\s+\d+)+\s*$/;
/** Where a platform says an account posted from: "发布于北京", "发布于：广东省". */
const PROVINCES =
  "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门";
const POSTED_FROM = new RegExp(`^发布于\\s*[:：]?\\s*(?:${PROVINCES})(?:省|市|自治区|特别行政区)?`);
/** A province's name where a byline's names stand: "（通讯员某省报道）" says where from, not who. */
const PROVINCE_NAME = new RegExp(`^(?:${PROVINCES})$`);

/** A line that opens on the day and lists a few names after it ("2018-04-06 某某 某某报 某某报"), or names the channel ("2017-09-10港闻"). */
const DATED_WORDS =
  /^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+[^\s，。,:：;；]{1,20}){2,4}\s*$|^\s*\d{4}-\d{1,2}-\d{1,2}\s*[\p{Script=Han}]{2,4}\s*$/u;

/** What a meta line cannot do without: a figure or a label. */
const META_SIGN = /\d|来源|作者|编辑|时间|日期|浏览|阅读|点击|字号|稿源/;

/** The one who posted it, before the date ("某某发布于 2012-05-02"): a site's user, no publication. */
const POSTER = /(?:发布|发表|上传)于?$/;

/** A channel's name by a stamp ("要闻 08:15 2023/03/29", "金融经济 19:05 …"): one or two common words, no outlet's name. */
const isChannel = (w: string): boolean => {
  if (OUTLET_END.test(w)) return false;
  const words = tag(w);
  return words.length <= 2 && words.every((x) => /^(?:n|vn)$/.test(x.tag));
};

function metaLine(t: string): Verdict {
  if (t.length > 90 || !META_SIGN.test(t) || /[。！？]/.test(t)) return null;
  const labelled = META_LABEL.test(t) || /^(发布|更新|发稿)(时间|日期)/.test(t);
  const d = findDate(t) ?? findChineseDate(t) ?? findFeedDate(t) ?? findYearLastDate(t);
  // A short line with a full date and a clock time is a page's meta line even unlabelled
  // (WeChat: "原创 作者 公众号 2024-12-14 08:25").
  // So is one that opens on the date and closes on bare counts (views, comments): "2019年09月11日某某网时政 1665 0".
  // So is one that stamps the day on a desk's post ("某某编辑部 @ 05-19-2013 / 2 years ago").
  const stamped =
    !!d && (CLOCK.test(t) || COUNTED.test(t) || DATED_WORDS.test(t) || /@\s*\d|\bago$/.test(t)) && t.length <= 60 && !/[，,；]/.test(t);
  // A platform's line may print the day without the year ("发布时间：10-08 12:00"): the page's meta gives the year.
  const dayOnly = /(?:时间|日期)\s*[:：]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d*[-/.年]\d)/.test(t);
  if (!stamped && (!labelled || (!d && !dayOnly && !/(来源|作者)\s*[:：]/.test(t)))) return null;
  const src = t.match(SOURCE_FIELD);
  const by = t.match(AUTHOR_FIELD);
  // Between bars a field may go without its colon: "| 来源CSDN | 0 条评论 | 作者某某".
  const field = (label: string) =>
    t
      .split(/\s*[|｜丨]\s*/)
      .map((f) => f.match(new RegExp(`^${label}\\s*([^\\s:：|｜丨]{2,16})$`))?.[1])
      .find(Boolean);
  const barred = /[|｜丨].*[|｜丨]/.test(t);
  const source = src?.[1] ?? (barred ? field("来源") : undefined);
  const writer = by?.[1] ?? (barred ? field("作者") : undefined);
  let publication = source ? publicationOf(source) : null;
  let authors = writer ? authorsOf(writer) : [];
  if (stamped && !labelled) {
    // Unlabelled: "原创 作者 公众号 date time", "date time 某某时报网", "date time 发布于北京 X官方账号".
    const [before, after] = t.split(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?/);
    const account = (after ?? "")
      .trim()
      .replace(POSTED_FROM, "")
      .match(/^(\S+?)官方(?:账号|帐号)/);
    // A clock before the date ("股市 20:49 2023/03/31") is part of the stamp, not a word of it.
    const words = (before ?? "")
      .replace(/^\s*原创\s*/, "")
      .split(/\s+/)
      .filter((w) => w && !/^\d{1,2}:\d{2}(?::\d{2})?$/.test(w));
    // After the date, a platform's "writer account account": the account printed twice, the writer's
    // name before it (a prompt in the writer's slot, "读某某关注☞", names nobody).
    const later = (after ?? "").trim().split(/\s+/).filter(Boolean);
    const twice = later.length >= 2 && later.at(-1) === later.at(-2);
    // After the date, where the post was taken from: "4/2/2024 1:33 PM UTC 转载自某某".
    // A mirror of a Traditional site prints its label so in a Simplified text ("轉載自").
    const reprinted = t.match(/\s(?:转载|轉載|转|轉)自\s*[:：]?\s*(\S{2,20})$/);
    if (reprinted) publication = publicationOf(reprinted[1]!);
    else if (account) publication = publicationOf(account[1]!);
    else if (twice) {
      publication = later.at(-1)!;
      const writer = later.length === 3 ? later[0]!.replace(/[^\p{Script=Han}·]/gu, "") : "";
      if (writer.length >= 2 && writer.length <= 6 && !/关注|阅读|点击|订阅/.test(later[0]!)) authors = [writer];
    } else if (words.length === 2 && !/发布于/.test(before!)) {
      authors = [words[0]!];
      publication = words[1]!;
    } else if (words.length === 1 && words[0]!.length <= 16 && !POSTER.test(words[0]!) && !isChannel(words[0]!)) publication = words[0]!;
    else if ((after ?? "").trim() && OUTLET_END.test((after ?? "").trim())) publication = publicationOf(after!.trim());
  }
  return drop({
    date: d ? { value: d, from: "meta line" } : undefined,
    publication: publication ? { value: publication, from: "meta line" } : undefined,
    authors: authors.length ? [{ value: authors, from: "meta line" }] : [],
  });
}

/** Reposts that name where they came from: "原文来自「新京报」：…", "原文链接：财新网「…」". */
const REPOSTED_FROM =
  /^原文(?:来自|来源|出自|转自|转载自)\s*(?:微信|订阅号|公众号|微信公众号|服务号|头条号)?\s*[「『“《【]([^」』”》】]{1,30})[」』”》】]/;
/** WeChat's banner over a post taken from another account: "以下文章来源于某某 ，作者王建国", "The following article is from 某某 Author 王建国". */
const FROM_ACCOUNT = /^(?:以下文章来源于\s*(.+?)\s*[,，]?\s*作者\s*(.+)|The following article is from\s+(.+?)\s+Author\s+(.+))$/i;
/**
 * A syndicating site's credit: "本文来自微信公众号“某某”（ID：abc），作者：王建国，某某网经授权发布。"
 * The site that published it with leave is the publication, the writer the author.
 */
const AUTHORISED =
  /^本文来自\s*(?:微信公众号|公众号|微信|微博|头条号)?\s*[“「"『]?[^，,。]{1,30}?[”」"』]?\s*(?:[（(]\s*ID\s*[:：][^)）]*[)）])?\s*[，,]\s*作者\s*[:：]?\s*([^，,。]{1,20})\s*[，,]\s*([^，,。]{1,16}?)经授权(?:发布|转载)[。.]?$/;
/** The reposting site's own note, labelled with its name: "CDT编辑注：原文已被删除", "本站编者注：…". */
const REPOSTER_NOTE = /^(?:[A-Z]{2,6}|本站|本网)\s*编(?:辑|者)注\s*[:：]/;
/** Where a text was printed first, on a line of its own: "本文选自《某某》2015年5月刊，…". */
const SELECTED_FROM = /^本文(?:选自|摘自|原载于?|刊于|刊发于|发表于)\s*《?[^《》，,。]{2,16}?》?\s*(?:电子版|杂志|周刊)?\s*\d{4}\s*年/;
const ORIGINAL_LINK = /^原文(?:链接|地址)\s*[:：]\s*([^「『“《\s]{2,20})?/;
/** A reposter's note of where the text came from: "本文转载自某某的博客，已存档于…", "转自微信公众号某某", "（稿件转自：某某）". */
const REPRINTED_FROM =
  /^[（(]?(?:本文|此文|该文|全文|稿件|文章)?(?:转载|转)自\s*[:：]?\s*(?:微信公众号|公众号|微信|网站)?\s*[「『“《]?([^，,。；;」』”》)）\s]{2,24})/;
/** Notes that the text was compiled by someone from other sources: "抱住整理自：《…》". */
const COMPILED_FROM = /^\S{0,10}(?:整理自|编译自|综合自|转载自|摘编自|摘自)\s*[:：]/;
/** The original headline a repost prints over its text. */
const ORIGINAL_TITLE = /^[（(]?(?:本文)?原标题\s*[:：]\s*[《〈]?(.+?)[》〉]?[)）]?$/;
/** The same, run into the text after it: the headline closes in title marks, or on its question or exclamation mark. */
const ORIGINAL_TITLE_RUN_IN = /^(?:本文)?原标题\s*[:：]\s*(?:[《〈]([^《》〈〉\n]{6,60})[》〉]|([^。！？!?《》〈〉\n]{6,60}[！？!?]))/;

/**
 * A paper's line for readers' tips or subscriptions, nothing but addresses and numbers after its label:
 * "■某报报料热线﹕a@b.com / 1234 5678", "征订热线：010-1234567", "邮发代号 2-786".
 * A service's number an article gives ("咨询电话：…") is the article's.
 */
const TIP_LINE =
  /^[■●◆□◇【\[]?\s*(?:[\p{Script=Han}]{0,6}(?:报料|爆料|新闻|投稿|征订|订阅|订购)(?:热线|邮箱|信箱|电话)\s*[:：﹕]|邮发代号\s*[:：﹕]?)\s*[\w.@+\-/\s、,，()（）]+[】\]]?$/u;

/** A field of a site's contact line. */
const CONTACT_FIELD = /(?:地址|电话|传真|邮箱|邮编|热线|E-?mail)\s*[:：]/gi;

// Credits: who wrote, edited, checked, photographed.
/** Roles of a desk: their holders never wrote the article. */
const DESK_ROLE =
  "责任编辑|责编|值班编辑|实习编辑|执行编辑|编辑|编审|发稿|校对|审核|审校|审签|审读|终审|初审|复审|监制|统筹|策划|出品|主编|制图|制作|美编|版式|排版|设计|视觉|海报|剪辑|配音|摄影|摄像|图片|视频|整理|感谢|鸣谢|来源";
/** Desk roles that are everyday words as well. */
const COMMON_ROLE = /^(?:策划|出品|制图|制作|设计|视觉|海报|剪辑|配音|摄影|摄像|图片|视频|整理|感谢|鸣谢)$/;
/** Roles whose holders wrote it. */
const WRITER_ROLE = "撰文|撰稿|文字|作者|记者|采写|文";
const CREDIT_TOKEN = new RegExp(`^(?:本版|本期|本文)?(${DESK_ROLE}|${WRITER_ROLE})(.*)$`);
const DESK_TOKEN = new RegExp(`^(?:${DESK_ROLE})$`);
const CREDIT_ANY = new RegExp(`${DESK_ROLE}|${WRITER_ROLE}|供稿|供图|提供`);
/** A desk role run into the name before it; a photo's source ("图片来源") is one label. */
const DESK_GLUED = new RegExp(
  `(?<=[\\p{Script=Han}\\w])(?<!本文|本版|本期|责任|值班|实习|执行)(?:(?!来源)(?:${DESK_ROLE})|${NOT_A_PHOTOS}来源)(?=\\s*[:：/|｜丨])`,
  "gu",
);
const WRITER_TOKEN = new RegExp(`^(?:${WRITER_ROLE})$`);

/**
 * A line of credits: "编辑/倪家宁", "【编辑：姚昊】", "发稿 某某; 审校 某某", "编辑:慕白杰丨版式:慕白杰", "责任编辑：", "（责编：杨煜）",
 * "某科供稿 摄影/张艳 编辑/苏芳". Desk credits (an editor's name or code) are furniture; the people a
 * writer's role names are authors. Null unless a desk role is named and every other token is a name.
 */
function creditLine(t: string): Verdict {
  if (t.length > 60 || !CREDIT_ANY.test(t) || /[。！？!?，,]/.test(t)) return null;
  const inner = t
    .replace(/^[（(【\[]\s*|\s*[)）】\]]$/g, "")
    .replace(/^[^\s/／]{2,30}?(供稿|供图)(?=\s|$)/, "$1")
    // A desk role run into the name before it: "作者：王小明责任编辑：…".
    .replace(DESK_GLUED, " $&");
  const tokens = inner.split(/[\s:：/|｜丨、；;]+/).filter(Boolean);
  let role = "";
  let desk = false;
  let listed = false;
  let source: string | null = null;
  const authors: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let tok = tokens[k]!;
    // A time's label ("加入时间：2016/7/14 16:52"): the page's meta line, which says more than credits.
    if (/(?:时间|日期)$/.test(tok)) return null;
    if (/(供稿|供图|提供)$/.test(tok) && tok.length <= 16) {
      role = "供稿";
      desk = true;
      continue;
    }
    // A role glued to its holder ("编辑苏芳"): a role, then a name of two to four characters; past a
    // role, a whole name that starts like one ("文某某" after "记者") is a name.
    const whole =
      role && tok.length <= 3 && isPersonName(tok) && startsWithSurname(tok) && !DESK_TOKEN.test(tok) && !WRITER_TOKEN.test(tok);
    const m = whole ? null : tok.match(CREDIT_TOKEN);
    if (m && (m[2] === "" || (/^[\p{Script=Han}]{2,4}$/u.test(m[2]!) && startsWithSurname(m[2]!) && !CREDIT_TOKEN.test(m[2]!)))) {
      role = m[1]!;
      if (DESK_TOKEN.test(role)) desk = true;
      if (!m[2]) continue;
      tok = m[2]!;
    }
    if (!role || !/^[\p{Script=Han}\w·]{1,20}$/u.test(tok)) return null;
    // Roles that are words too ("设计", "视频"): only a name or a desk's code makes the line a credit;
    // past the first name, the names it lists may be any short ones ("图片｜王小明 存胥").
    const named = isPersonName(tok) && startsWithSurname(tok);
    if (COMMON_ROLE.test(role) && !/^[\w]*\d[\w]*$/.test(tok) && !named && !(listed && /^\p{Script=Han}{2,4}$/u.test(tok))) return null;
    listed = named || listed;
    // A writer's name, or the one a job title ends with ("…教授、研究员林志远").
    const writer = WRITER_TOKEN.test(role) ? (isPersonName(tok) ? tok : nameAfterTitle(tok)) : null;
    if (writer) authors.push(writer);
    // A person named as the source ("来源：王建国") wrote it.
    if (role === "来源" && tok.length <= 3 && isPersonName(tok) && startsWithSurname(tok) && !OUTLET_END.test(tok)) authors.push(tok);
    else if (role === "来源") source ??= publicationOf(tok);
  }
  if (!desk) return null;
  return drop({
    authors: authors.length ? [{ value: authors, from: "credit line" }] : [],
    publication: source ? { value: source, from: "credit line" } : undefined,
  });
}

/** The paper's staff credit: "本版稿件均由某某日报全媒体记者 王小明 李大民采写". */
function staffCredit(t: string): Verdict {
  const staff = t.match(
    /^本版(?:稿件|文字|文稿|内容)?(?:均|皆)?由(.*?)(?:全媒体|融媒体)?(?:记者|通讯员)\s*(.+?)\s*(?:采写|撰写|撰稿|采访|提供)[。.]?$/,
  );
  if (staff) {
    const pub = staff[1]!.trim();
    return drop({
      publication: pub ? { value: pub, from: "credit line" } : undefined,
      authors: [{ value: namesFrom(staff[2]!), from: "credit line" }],
    });
  }
  if (/^(?:图片|照片|图|摄影|视频|本版图片)(?:均|皆)?由.{1,40}(?:提供|拍摄|摄)[。.]?$/.test(t)) return DROP;
  return null;
}

/**
 * A byline: a writer's role, with or without the outlet before it ("本报记者", "某某报·某某网记者",
 * "文/", "文：", "职工通讯员"), or a label for the writing ("执笔/", "采写：", the desk's "某报记者"
 * after it), then names; or the names before the role ("王小明/文"). A photographer ("摄影 X",
 * "X 摄", "图/X"), a dispatch place ("发自上海"), what the writer did ("整合") and a source
 * ("来源：中国青年报") may follow, and the whole may stand in brackets. Returns the writers and the
 * source, or null when the line is not one.
 */
/** What a byline cannot do without: a writer's role or a byline's mark. */
const BYLINE_SIGN = /[□■◇◆●○]|记者|通讯员|实习生|撰|作者|文|图|执笔|采写|主笔|报导|报道/;
const NAMES_RUN = `${HAN_RUN}{2,4}(?:[\\s、]+${HAN_RUN}{2,4})*`;
/** A role's break before the names: a colon or slash, a space, or (for a staff role) none. */
const ROLE_BREAK = `(?:\\s*[:：/／|｜丨]\\s*|\\s+)`;
const STAFF_ROLE = `(?:全媒体|融媒体|特约|首席|资深|见习|实习|驻站|职工|特邀)?(?:记者|通讯员|实习生)`;
const BYLINE_ROLE = new RegExp(
  // A label for the writing, the staff role of a desk ("某报记者") may follow it before the names.
  // A photographer's role may join it: "文•摄影/", "报导•摄影╱" (a Taiwan paper's label of the reporting).
  `^(?:(?:文/图|(?:文字|报导|报道|文)(?:\\s*[•·、]\\s*(?:摄影|图))?|图文|执笔|采写|主笔)${ROLE_BREAK}(?:${HAN_RUN}{0,10}?${STAFF_ROLE}(?:${ROLE_BREAK}|(?=${HAN_RUN})))?` +
    `|(?:${HAN_RUN}{2,12}?(?:报|网|社|台|新闻|客户端|刊)|${HAN_RUN}{2,4}?(?=记者))?(?:本报|本刊|本台|本网|本站)?(?:全媒体|融媒体|特约|首席|资深|见习|实习|驻站|职工|特邀)?` +
    `(?:记者|通讯员|实习生|撰稿|撰文|作者)(?:\\s*[:：/|｜丨]\\s*|\\s+|(?=${HAN_RUN})))`,
);
/** The role after the names: "王小明/文", "王小明／执笔". */
const ROLE_AFTER = /\s*[/／]\s*(?:文|文字|撰文|执笔)$/;
const BYLINE_TAILS = [
  /\s*发自\s*\S{1,8}$/,
  // (Unless joined to the writer's role: "文•摄影/某某" is one person's.)
  new RegExp(`(?<![•·、]\\s*)\\s*(?:摄影|摄像)\\s*[:：/]?\\s*${NAMES_RUN}$`),
  new RegExp(`\\s+图\\s*[:：/／|｜丨]\\s*${NAMES_RUN}$`),
  new RegExp(`\\s+${NAMES_RUN}\\s*[/／]\\s*(?:图|摄影?)$`),
  new RegExp(`\\s+${HAN_RUN}{2,4}\\s*摄$`),
  /\s*(?:综合|整合|整理|编译)?\s*(?:整合|整理|编译|综合|报道|报导|采写|摄)$/,
  // A photo's credit run on after the writer's ("某某/文受访者供图").
  /(?<=[/／]\s*文)\s*\p{Script=Han}{1,8}供图$/u,
];
/** Where the writer filed from, a place's name before 报道 at a byline's end. */
const FILED_PLACE = /\s+\p{Script=Han}{1,8}?(?:省|市|县|区|州|旗|镇|乡)\s*(?:报道|报导)$/u;
const NOT_NAMES = new RegExp(`[^${HAN_CLASS}·\\s、,，&＆]`);

/** A paper's name with the day and page of its edition: "《某某日报》（2026年01月02日第 04 版）". */
const EDITION = /\s*《([^《》]{2,20})》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*\d{1,3}\s*版)?\s*[)）]\s*$/;

export function parseByline(line: string): { authors: string[]; publication: string | null } | null {
  // The box-drawing slash some papers set for "/" ("文╱某某").
  let s = line.trim().replace(/[╱∕]/g, "/");
  if (s.length > 60 || !BYLINE_SIGN.test(s) || /[。！？!?；]/.test(s)) return null;
  const marked = /^[□■◇◆●○]/.test(s);
  s = s.replace(/^[□■◇◆●○]\s*/, "");
  const bracketed = s.match(/^[（(【\[]\s*(.*?)\s*[)）】\]]$/);
  if (bracketed) s = bracketed[1]!;
  let publication: string | null = null;
  // The paper's edition line run on after the names: "本报记者 王 丹《某某日报》（2026年01月02日第 04 版）".
  const edition = s.match(EDITION);
  if (edition) {
    publication = publicationOf(edition[1]!);
    s = s.slice(0, edition.index).trim();
  }
  const src = s.match(/\s*(?:来源|稿源)\s*[:：]\s*(\S+)\s*$/);
  if (src) {
    publication = publicationOf(src[1]!);
    s = s.slice(0, src.index).trim();
  }
  // Where the writer filed from, before "报道": "新京报记者 某某 山东某县报道".
  s = s.replace(FILED_PLACE, "");
  const filed = /(?:报道|报导)$/.test(s);
  for (const tail of BYLINE_TAILS) s = s.replace(tail, "");
  s = s.trim();
  const after = s.match(ROLE_AFTER);
  const role = after ? null : s.match(BYLINE_ROLE);
  if (!role && !marked && !after) return null;
  // Before a role after the names, the outlet and the writer's role may stand: "某某报记者某某/文".
  const rest = after ? s.slice(0, after.index).replace(/^.*?记者\s*/, "") : role ? s.slice(role[0].length) : s;
  if (role && /[:：/／|｜丨]\s*$/.test(role[0]) && LATIN_PEN_NAME.test(rest)) return { authors: [rest], publication };
  // The writer's post run on after the name: "（作者：某某某大学教授）".
  // The post before the name, a space between: "作者 | 某某大学某某中心研究员 王建国".
  const postFirst = role && /作者|撰文|撰稿/.test(role[0]) ? rest.match(POST_THEN_NAME) : null;
  if (postFirst && isPersonName(postFirst[1]!)) return { authors: [postFirst[1]!], publication };
  const posted = role && /作者|撰文|撰稿/.test(role[0]) ? nameBeforeAffiliation(rest) : null;
  if (posted) return { authors: [posted], publication };
  if (!rest || NOT_NAMES.test(rest)) return null;
  // The place run onto the name before 报道: "记者某某某北京报道".
  const placed = filed ? nameThenPlace(rest) : null;
  if (placed) return { authors: [placed], publication };
  // Pen names are joined by "&" as often as by "、".
  const authors = namesFrom(rest.replace(/[&＆]/g, "、"));
  if (!authors.length || authors.length > 6 || !authors.every((n) => isPersonName(n) && !PROVINCE_NAME.test(n))) return null;
  // A role run into a word ("记者手记") is no byline: names run on without a break start with surnames,
  // as do names before their role ("某某/文" could be any word).
  const glued = after || (!bracketed && (!role || !/[\s:：/／]$/.test(role[0])));
  if (glued && !authors.every(startsWithSurname)) return null;
  return { authors, publication };
}

/** A name of two or three characters, a surname first, and a place's name after it that jieba knows as one: "某某某北京". */
function nameThenPlace(run: string): string | null {
  if (run.length < 4 || run.length > 7) return null;
  for (const n of [3, 2]) {
    const [name, place] = [run.slice(0, n), run.slice(n)];
    const words = place.length >= 2 ? tag(place) : [];
    if (words.length === 1 && words[0]!.tag === "ns" && isPersonName(name) && startsWithSurname(name)) return name;
  }
  return null;
}

/** A writer's label with a name after it alone on its line: "文/某某". */
const OUTLET_BYLINE = /^文\s*[/／:：]\s*([\p{Script=Han}A-Za-z]{2,12})$/u;
/** A signature on its own line after the text: "李立（媒体人）", a name and what the writer is. */
const SIGNATURE = new RegExp(`^(${HAN_RUN}{2,4})\\s*[（(]([${HAN_CLASS}]{2,10})[)）]$`);
/** A writer's name in Latin letters before 报道 or 撰文, the day after it: "JOHN SMITH 报道 2012年08月02日". */
const LATIN_BYLINE = /^([A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3})\s*(?:报道|报导|撰文|撰稿)\s*(\S.{0,24})?$/;
/**
 * A paper's or an agency's commentator in brackets, the paper named, on a line of its own or run
 * into the text's end: "（某某日报评论员）", "…成色更足。（某某社特约评论员）".
 */
const COMMENTATOR = /(?:^|(?<=[。！？!?”」』]))\s*[（(]\s*(\p{Script=Han}{2,12}?(?:报|网|社|台))\s*(?:本报|特约)?评论员\s*[)）]$/u;
/** A name alone in brackets: "（某某某）". */
const SIGNED_NAME = new RegExp(`^[（(]\\s*(${HAN_RUN}{2,3})\\s*[)）]$`);
/** Where a signed copy came from: "某某社供本报特稿", "某报专稿". */
const COPY_CREDIT = /(?:供稿|特稿|专稿|撰稿)$/;
/** What a writer is, as a signature says: "媒体人", "特约评论员", "某大学教授". */
const CALLED = /(人|员|者|家|师|授|长|生)$/;
/** A writer's post, then the name: "某某大学某某中心研究员 王建国". */
const POST_THEN_NAME = new RegExp(`^[${HAN_CLASS}]{2,30}?(?:人|员|者|家|师|授|长|生)\\s+(${HAN_RUN}{2,4})$`);

/**
 * A dateline that opens the lead, with its byline in brackets: "新华社某地5月9日电（记者王伟）", "据某某社某地电（记者王伟）",
 * "某某网10月4日讯（记者张明 整合）", "本站讯（职工通讯员 李华 赵刚）", "【某某网】（记者王伟）".
 */
const DATELINE = new RegExp(
  `^据?(?:【(${HAN_RUN}{2,12})】|(${HAN_RUN}{1,10}?(?:社|网|报|台|新闻|客户端)|本报|本站|本网|本刊)(?:${HAN_RUN}{0,10}?(?:\\d{1,2}月\\d{1,2}日)?)?(?:电|讯))\\s*[（(]([^()（）]{2,40})[)）]`,
);

/**
 * A dateline run into its writers' roles and names and then the text, no brackets, no spaces: "某某网讯记者王小明通讯员李华12月21日，…";
 * the roles part the names, a day or a space ends the last.
 */
const RUN_IN_CREDITS = new RegExp(
  `^(${HAN_RUN}{1,10}?(?:社|网|报|台|新闻|客户端)|本报|本站|本网|本刊)${HAN_RUN}{0,6}?讯\\s*((?:(?:本报|见习|实习|特约)?(?:记者|通讯员|实习生)\\s*${HAN_RUN}{2,4}?\\s*)+)(?=[\\d０-９]|\\s)`,
);
const CREDIT_ROLE = /(?:本报|见习|实习|特约)?(?:记者|通讯员|实习生)/g;

/**
 * A dateline whose byline follows it unbracketed, set off by spaces and closed by 报道, as corpora
 * keep a paper's lead: "某某报讯　记者　王伟　实习生　李华　报道　施工…".
 */
const SPACED_DATELINE = new RegExp(
  `^据?(${HAN_RUN}{1,10}?(?:社|网|报|台|新闻|客户端)|本报|本站|本网|本刊)(?:${HAN_RUN}{0,10}?(?:\\d{1,2}月\\d{1,2}日)?)?(?:电|讯)[\\s\u3000]+([^，。！？,!?（）()]{4,40}?(?:报道|报导))[\\s\u3000]+(?=\\S)`,
);

/** An outlet's dateline opening the lead: "某某网消息", "某某网5月9日讯", "某某社北京5月9日电", and what it learned ("某某新闻得悉"). */
const OUTLET_NEWS = new RegExp(
  `^据?(${HAN_RUN}{1,10}?(?:社|网|报|台|新闻|客户端))(?:${HAN_RUN}{0,10}?\\d{1,2}月\\d{1,2}日)?(?:电|讯|消息|得悉|获悉)`,
);

/** A paper's short name before 讯 and a space opening the lead: "某都讯 从前日起…" (快讯, 简讯 are labels). */
/** An outlet's report opening the lead on its day ("某某网7月15日报道"); "据某某网…报道" cites another's. */
const OUTLET_REPORTED = new RegExp(`^(?!据)(${HAN_RUN}{1,10}?(?:社|网|报|台|新闻|客户端))${HAN_RUN}{0,10}?\\d{1,2}月\\d{1,2}日报道`);
const SHORT_OUTLET_NEWS = new RegExp(`^(${HAN_RUN}{2,4}?)(?<![快简资喜通电短视])讯[ \\u3000]+(?=\\S)`);

/** "某某社北京5月9日电 题：…": an agency's dateline over the title it gave the story. */
const WIRE_TITLE = new RegExp(`^(${HAN_RUN}{1,10}?(?:社|网|报|台|新闻))${HAN_RUN}{0,10}?\\d{1,2}月\\d{1,2}日电\\s*题\\s*[:：]\\s*\\S`);

/**
 * An outlet's dateline in square brackets with its day, the byline after it optional:
 * "【某某网2020年8月17日讯】（某某网记者王小明综合报导）", "【某某网二零二零年十二月四日】".
 */
const DATED_DATELINE = new RegExp(
  `^【(${HAN_RUN}{2,10}?)((?:\\d{4}|[〇零○一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日)(?:电|讯)?】\\s*(?:[（(]([^()（）]{2,40})[)）])?`,
);

/** An outlet's name with its web address in brackets, opening a paragraph (not one it cites: "据…"). */
const OUTLET_ADDRESS = new RegExp(
  `^(?!据|转自|来自)(${HAN_RUN}{2,10}?(?:社|网|报|台|新闻|客户端))\\s*[（(](?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+/?[)）]`,
);

/** The paper's word for itself in a dateline ("本报讯", "本报某地讯"): no name. */
const OWN_PAPER = /^本(?:报|刊|网|站|台)/;
/** An outlet's dispatch in brackets opening the lead: "【某某报专讯】", "【某某快报／王小明】" (its writer after the slash). */
const BRACKET_DISPATCH = new RegExp(`^【(${HAN_RUN}{2,10}?)(专讯|特讯|讯|电)?(?:\\s*[／/]\\s*(${HAN_RUN}{2,4}))?】`);

/** A filed byline in brackets closing the text's last sentence: "…。（某某／台中报导）". */
const FILED_CLOSE = /(?<=[。！？!?”」』])\s*[（(〔]\s*([^()（）〔〕]{2,24}?[/／][^()（）〔〕]{1,8}?报[导道])\s*[)）〕]$/;
/** A filed byline in brackets opening the lead: "〔记者某某／台北报导〕某公司昨宣布…". */
const FILED_LEAD = /^[〔【\[（(]\s*([^〔〕【】\[\]（）()]{4,24}?(?:报导|报道))\s*[〕】\]）)]\s*(?=\S)/;
/** An agency's dateline in brackets, its writer and place run together: "（某某社记者某某某台北21日电）". */
const AGENCY_LEAD = new RegExp(`^[（(]\\s*(${HAN_RUN}{1,8}?社)记者(${HAN_RUN}{4,9}?)\\d{1,2}日电\\s*[)）]`);

/** The writer and the place of "某某某台北": a name of three characters when the place keeps two, else of two. */
function nameAndPlace(run: string): { name: string; place: string } | null {
  for (const n of run.length >= 5 ? [3, 2] : [2])
    if (isPersonName(run.slice(0, n)) && startsWithSurname(run)) return { name: run.slice(0, n), place: run.slice(n) };
  return null;
}

/**
 * A correspondent's name alone in the brackets after a dateline ("某某网南昌1月1日电 （王小明）"): a
 * surname first, and no word of the dictionary (a place's name is one: "（南昌）").
 */
function bareName(s: string): { authors: string[] } | null {
  return s.length <= 4 && isPersonName(s) && startsWithSurname(s) && tag(s).length > 1 ? { authors: [s] } : null;
}

/** A dateline's outlet (never the paper's word for itself) and the writers it credits, the line kept. */
const credits = (dateline: RegExpMatchArray, writers: string[]): Verdict => ({
  glean: {
    authors: [{ value: writers, from: "byline" }],
    publication: OWN_PAPER.test(dateline[1]!) ? undefined : { value: dateline[1]!, from: "text" },
  },
  shown: dateline[0],
});

function dateline(t: string): Verdict {
  const filed = t.match(FILED_LEAD);
  const names = filed ? bylineNames(filed[1]!) : null;
  if (filed && names)
    return { glean: { authors: [{ value: names, from: "byline" }], filedFrom: filedFrom(filed[1]!) ?? undefined }, shown: filed[0] };
  const wire = t.match(AGENCY_LEAD);
  const writer = wire ? nameAndPlace(wire[2]!) : null;
  if (wire && writer)
    return {
      glean: {
        authors: [{ value: [writer.name], from: "byline" }],
        publication: { value: wire[1]!, from: "text" },
        filedFrom: writer.place,
      },
      shown: wire[0],
    };
  const dated = t.match(DATED_DATELINE);
  const day = dated ? findAnyDate(dated[2]!) : null;
  if (dated && day) {
    const byline = dated[3] ? parseByline(`（${dated[3]}）`) : null;
    return {
      glean: {
        date: { value: day, from: "text" },
        publication: { value: dated[1]!, from: "text" },
        authors: byline ? [{ value: byline.authors, from: "byline" }] : [],
      },
      shown: dated[0],
    };
  }
  // An outlet naming itself with its address, opening a paragraph: "某某新闻（www.example.cn）从…证实".
  const self = t.match(OUTLET_ADDRESS);
  if (self && OUTLET_END.test(self[1]!) && !OWN_PAPER.test(self[1]!))
    return { glean: { publication: { value: self[1]!, from: "text" } }, shown: self[0] };
  const dispatch = t.match(BRACKET_DISPATCH);
  const dispatcher = dispatch?.[3] && isPersonName(dispatch[3]) ? dispatch[3] : null;
  if (dispatch && OUTLET_END.test(dispatch[1]!) && !OWN_PAPER.test(dispatch[1]!)) {
    const publication = { value: dispatch[1]!, from: "text" as const };
    // The outlet's tag on a line of its own over the text ("【某某时报】") goes, naming the source.
    if (dispatch[0] === t && !dispatch[2] && !dispatch[3]) return drop({ publication });
    if (dispatch[2] || dispatcher)
      return { glean: { publication, authors: dispatcher ? [{ value: [dispatcher], from: "byline" }] : [] }, shown: dispatch[0] };
  }
  const runIn = t.match(RUN_IN_CREDITS);
  const writers = runIn
    ? runIn[2]!
        .split(CREDIT_ROLE)
        .map((n) => n.trim())
        .filter(Boolean)
    : [];
  if (runIn && writers.length && writers.every((n) => isPersonName(n) && startsWithSurname(n))) return credits(runIn, writers);
  const spaced = t.match(SPACED_DATELINE);
  const credited = spaced ? parseByline(spaced[2]!) : null;
  if (spaced && credited?.authors.length) return credits(spaced, credited.authors);
  const m = t.match(DATELINE);
  const byline = m ? (parseByline(`（${m[3]!}）`) ?? bareName(m[3]!.trim())) : null;
  if (!m || !byline) {
    // An outlet's dateline with no byline after it ("某某网消息（某栏目）：", "某某社北京5月9日电"): its outlet.
    const outlet = t.match(OUTLET_NEWS) ?? t.match(OUTLET_REPORTED);
    // An outlet's name says no verb and no particle ("增加了某某新闻消息功能" is a sentence).
    const named = (m: RegExpMatchArray | null): m is RegExpMatchArray => !!m && !/[了的是在把被对向将]/.test(m[1]!);
    const short = t.match(SHORT_OUTLET_NEWS);
    const news = named(outlet) && OUTLET_END.test(outlet[1]!) ? outlet : named(short) ? short : null;
    return news && !OWN_PAPER.test(news[1]!) ? { glean: { publication: { value: news[1]!, from: "text" } }, shown: news[0] } : null;
  }
  const agency = m[1] ?? m[2] ?? "";
  const publication = OUTLET_END.test(agency) && !OWN_PAPER.test(agency) ? agency : null;
  return {
    glean: {
      authors: [{ value: byline.authors, from: "byline" }],
      publication: publication ? { value: publication, from: "text" } : undefined,
    },
    shown: m[0],
  };
}

// ---------------------------------------------------------------------------------------------
// Tools, counters, cards and prompts.

/** Buttons and labels of a page's tool bars, each a whole token of its line. */
const TOOL_WORDS = new Set(
  (
    "字号 小字号 大字号 中字号 字体 调整字体 字大 字小 放大 缩小 正常 默认 超大 特大 大 中 小 标准 打印 打印本页 关闭 关闭窗口 " +
    "收藏 已收藏 分享 分享到 分享至 转发 评论 写评论 条评论 点赞 赞 在看 关注 +关注 已关注 取消关注 复制链接 链接已复制 复制 " +
    "微信 微博 新浪微博 QQ QQ空间 朋友圈 好友 举报 投诉 纠错 返回 返回顶部 返回首页 回到顶部 顶部 扫一扫 已体验 去看看 " +
    "语音播报 听新闻 播放 暂停 全屏 下载 APP 手机版 电脑版 手机看 更多 查看更多 加载更多 展开全文 收起 阅读全文 阅读更多 阅读剩余全文 " +
    "上一篇 下一篇 上一页 下一页 首页 尾页 分享让更多人看到 关注公众号 图集 组图 视频 音频 首赞 内容举报 网站地图 关键词阅读"
  ).split(" "),
);
/** Tool words that could be a word of the text when a line holds nothing else: only in the header or trailer. */
const AMBIGUOUS_TOOLS = new Set(
  "大 中 小 标准 正常 默认 微信 评论 分享 首页 更多 关注 下载 赞 好友 播放 返回 图集 组图 视频 音频".split(" "),
);
const TOOL_PHRASE =
  /^(?:用?微信扫(?:一扫|码|描)(?:二维码)?(?:分享|打开|关注)?|扫(?:描|码)?二维码(?:分享|打开|关注|下载|(?:上|进入|访问).{2,10})?|扫一扫在手机打开|在手机上?打开|分享至好友和朋友圈|点击右上角.{0,12}|请使用浏览器分享功能.{0,16}|.{0,6}分享到朋友圈|已推荐\d*|\d+下一页|上一页\d+|打开.{2,8}(?:新闻|客户端|APP|App)|查看(?:精彩|更多|高清)?(?:图片|视频|大图|原图)|点击(?:图片)?(?:进入|查看|看)?下一(?:页|张|幅))$/;

function toolLine(t: string, region: Region): boolean {
  if (t.length > 40) return false;
  // A button's label may be set off by brackets or dashes ("- 阅读更多 -").
  const tokens = t
    .replace(/[【】\[\]]|^[-—–~]+|[-—–~]+$/g, " ")
    .split(/[\s|｜丨/·•]+/)
    .filter(Boolean);
  if (!tokens.length) return false;
  const known = tokens.every((w) => TOOL_WORDS.has(w) || TOOL_PHRASE.test(w));
  if (!known) return false;
  return tokens.length > 1 || region !== "body" || !AMBIGUOUS_TOOLS.has(tokens[0]!);
}

const COUNTER =
  /^(?:浏览|阅读|点击|访问|人气)(?:次数|量|数|人数)?\s*[:：]?\s*[（(]?\s*[\d,.]*\s*万?\+?\s*[)）]?\s*次?$|^\d*\s*(?:评论|跟帖)\s*[（(]\s*\d+\s*[)）]$/;
const BARE_NUMBER = /^[\d,.\s]{1,9}万?\+?$/;
const SEARCH_BOX = /^(?:热门搜索|热搜词|热门关键词|搜索热词|请输入关键[词字]|站内搜索)/;
/** A comment box's prompts and rules: "文明上网理性发言", "请先登录后发表评论", "网友评论仅供其表达个人看法". */
const COMMENT_BOX = /^(?:文明上网|理性发言|请文明发言|请先登录|登录后发表|网友评论仅供|跟帖用户自律公约|马上发表|已有\d+条评论)/;

/** A WeChat profile card: the account's id and description, and the lines around them; the page's own buttons under the post (继续滑动看下一个, 轻触阅读原文, in English too). */
const CARD =
  /^(?:微信号\s*[:：]?\s*[\w-]{3,}$|功能介绍|发表于\s*$|收录于(?:合集|话题)|预览时标签不可点|微信扫一扫\s*关注该公众号|轻点两下取消|知道了$|使用小程序$|关注该公众号$|(?:继续|向上|向下|向左|向右|上下|左右)滑动(?:看下一个|阅览|查看(?:更多)?|阅读)?$|轻触阅读原文$|取消\s*允许$|×\s*分析$|微信扫一扫可打开此内容|(?:视频\s*)?(?:小程序\s*)?赞\s*[，,]\s*轻点两下取消|发送到看一看$|(?:Reads?|Posted)$|Added to Top Stories|Go to "Discover"|"Top Stories" is disabled$|Enable "Top Stories")/;

/** The count a WeChat profile card shows under the account's name and description ("3020篇原创内容"). */
const CARD_COUNT = /^\d+\s*篇原创内容$/;

/** A mini program's card: "某某平台 ， 放心买 小程序". */
const MINI_PROGRAM = /^[^。！？!?]{2,60}\s小程序$/;

/**
 * A profile card's name over its description (one or two lines: the company, the motto) over its
 * count, the "公众号" under it, and a mini program's card: the account's, not the article's. The
 * name is the account's: the publisher of a post it heads.
 */
function inCard(t: string, cx: Context): "name" | "card" | null {
  const line = (k: number) => cx.paras[cx.at + k]?.text.trim() ?? "";
  const count = (k: number) => CARD_COUNT.test(line(k));
  if (t.length <= 20 && (count(2) || (count(3) && line(1).length <= 40 && line(2).length <= 40))) return "name";
  return count(0) ||
    (count(1) && t.length <= 200) ||
    (count(2) && line(1).length <= 40) ||
    (t === "公众号" && count(-1)) ||
    (t.endsWith("小程序") && MINI_PROGRAM.test(t))
    ? "card"
    : null;
}

/** Calls to follow, share or scan that WeChat and self-media posts open and close with. */
const SUBSCRIBE =
  /^(?:\d{1,2}[、.．]\s*)?(?:(?:请)?点击?[“"「『【]?阅读原文|(?:请)?点击?菜单栏?|(?:请)?点击?(?:上方|下方|下图|上图|标题下|顶部|左下角|右下角|文末|底部|首页下方)|(?:请)?长按(?:下方|下图|上方|图片|二维码)?|(?:识别|扫描|扫码)(?:下方|下图|上方)?二维码|(?:认同|喜欢|觉得不错)(?:请|就)?(?:转发|分享|点赞|点个)|(?:欢迎)?转发(?:分享)?(?:给|到)|查看全部文章|特别推荐[:：]|推荐关注[:：]|以防失联|回复【|点【在看】|商务合作|转载请(?:留言|联系)|点个?在看|阅读原文$|点击这里阅读原文|RECOMMEND$|[⭐★☆]*\s*(?:设为)?星标|.{0,12}点击.{0,16}小程序[。！!]?$|.{0,12}点[【“"「]在看[】”"」]|.{0,40}申请加入\S{1,12}(?:号|团|平台)$)/i;
/** An editor's note on the column or series: "编者按：……专栏……陆续推出，敬请关注。". */
const SERIES_NOTE = /^[【\[]?编者(?:按|的话)[】\]]?\s*[:：]?.*(?:专栏|系列|栏目).*(?:敬请关注|陆续推出|陆续刊发|陆续刊登|即日起)/;
/** A note on the writer or the guest: "作者简介：…", "【嘉宾介绍】…". */
const BIO = /^[【\[]?(?:作者|嘉宾|受访者|受访人)(?:简介|介绍)[】\]]?\s*[:：]?/;
/** A note in brackets on who the writer is: "（作者是某某报评论员）", "▲（作者系某大学教授）". */
const WRITER_NOTE = /(?:(?<=[。！？!?”」])|^)\s*[▲△■□]?\s*[（(](?:作者|笔者)(?:是|系|为)[^()（）]{2,40}[)）]$/;
/** An essay's abstract over it: "内容摘要：…", "【摘要】…". */
const ABSTRACT = /^(?:【(?:内容摘要|内容提要|摘要|提要)】|(?:内容摘要|内容提要|摘要|提要)\s*[:：])\s*\S/;
/** A prompt to consent before a page's tool works: "请同意我们的隐私权规范，才能启用听新闻的功能。". */
const CONSENT = /^请?同意.{0,12}隐私.{0,16}(?:才能|以便?|方可)(?:启用|使用|开启)/;
/** A desk's credit in brackets run into the text's last line, an agency's date code after it: "…缓解。（编辑：某某）1120221". */
const RUN_IN_CREDIT =
  /(?<=[。！？!?”」』])\s*[（(]\s*(?:责任编辑|责编|值班编辑|实习编辑|编辑|校对|审核|审校|编审)\s*[:：/／]\s*[^()（）]{1,20}[)）]\s*\d{0,8}$/;
/** A site's notice opening on a star, run into the text's last line: "…止。★再给自己一次机会". */
const STARRED_NOTICE = /(?<=[。！？!?”」』])\s*[★☆※]\s*[^。！？!?]{2,20}$/;
/** An advert's call to act: "点击下图报名…", "扫码预约…". */
const ADVERT_CALL =
  /^(?:点击|扫描|扫码|长按|识别)(?:下图|下方|下面|图片|二维码|小程序)?.{0,12}?(?:报名|购买|订阅|预约|参加|领取|下单|抢购|了解详情|了解更多)/;
/** A tag line's label with nothing after it: its words are on the next line. */
const TAG_LABEL = /^[【\[]?(?:标签|关键词|关键字|Tags?)[】\]]?\s*[:：]?$/i;
/** The label over a list of the sources a text read: "参考链接", "参考资料：". */
const REFERENCES = /^[【\[]?(?:参考链接|参考资料|参考来源|参考文献|References)[】\]]?\s*[:：]?$/i;
/** A prompt to read on, run into a text's end: "详情>>>", "更多>>", "阅读全文→". */
const MORE_LINK = /(?<=[。！？!?”])\s*(?:详情|更多|全文|阅读全文|查看全文|点击查看)\s*(?:>{2,}|》{1,}|→)$/;
/** A platform's link back to itself run into a text's end: "…表示慰问。返回某某，查看更多". */
const BACK_LINK = /(?<=[。！？!?”】]|^)\s*返回\p{Script=Han}{1,8}[，,]\s*查看更多$/u;
/** Where the text was printed first, run into its end or on a line of its own: "（刊于《某某》2019年第24期）". */
const PRINTED_IN =
  /(?:^|(?<=[。！？!?”」]))\s*[（(]\s*(?:原)?(?:刊于|载于|原载于?|刊发于|发表于|摘自|选自)\s*《([^《》]{2,20})》[^()（）]{0,24}[)）]$/;
/** An appeal to readers to pay for the work ("请加入成为某某的月费订户，长期支持我们的工作。") or to join a writer's group ("扫描下方二维码，即可加入某某粉丝群"). */
const SUPPORT_US =
  /(?:订户|会员|订阅|捐款|捐助|赞助|打赏).{0,30}支持我们|支持我们的(?:工作|报道|新闻)|(?:扫描|扫码|长按|识别).{0,8}二维码[，,]?\s*即可加入.{0,16}群/;
/** Whom such an appeal asks the reader to pay: "成为某某新闻的月费订户". */
const PAY_FOR = /成为\s*([\p{Script=Han}A-Za-z]{2,12}?)\s*的(?:月费|年费|付费)?(?:订户|会员|订阅者|赞助人)/u;
/** An appeal under a bracketed label: for members, subscribers, donors or sponsors. */
const APPEAL = /^[【\[][^】\]]{0,8}(?:征|募|招募|订阅|会员|赞助|捐助|捐款|打赏)[^】\]]{0,8}[】\]]/;
/** A series' slogan: "热点事件，政策法规……尽在「某某周报」". */
const SLOGAN = /尽在[「『“《【][^」』”》】]{1,16}[」』”》】]|尽在\S{2,12}(?:APP|App|app|客户端)$/;
/** A call to follow the writer: "关注我，…", "点赞关注", "关注+点赞". */
const FOLLOW_PITCH = /^关注我[，,！!]|点赞\s*[+＋、和与]?\s*关注|关注\s*[+＋、和与]?\s*点赞/;
const SUBSCRIBE_ANYWHERE = /(?:即可阅读|关注.{0,12}公众?号|二维码关注|星标|置顶公众号)[”"」]?[。！!]?$|点[【“"「]?在看[】”"」]?.{0,12}$/;

const READING_NOTE = /(?:本文|全文)(?:长|共)?约?\s*\d+\s*字|阅读(?:需|需要|约需|时间)?\s*(?:约\s*)?\d+\s*分钟/;

/** A headline of another article with its date glued on: "某某措施促进发展2015/07/03", "标题 (05-13)". */
const DATED_HEADLINE =
  /^[^。]{6,60}?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|[\[(（]\d{1,2}-\d{1,2}[\])）])(?:\s*\d{1,2}:\d{2})?$/;
/** Whether a line is a headline with its date glued on: a cheap look at its end first. */
const datedHeadline = (t: string): boolean => t.length <= 80 && /[\d)）\]日]$/.test(t) && DATED_HEADLINE.test(t);
/** The same, its date in figures glued on as lists print it (a signature's date is written 年月日). */
const LISTED_HEADLINE = /^[^。]{6,60}?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[\[(（]\d{1,2}-\d{1,2}[\])）])(?:\s*\d{1,2}:\d{2})?$/;

const TAIL =
  /^[【\[]?(推荐阅读|相关阅读|相关新闻|相关报道|相关文章|相关推荐|延伸阅读|猜您喜欢|猜你喜欢|热点推荐|热门推荐|热门文章|精彩推荐|往期回顾|往期推荐|往期精选|精彩回顾|更多精彩|相关稿件|关联稿件|关联阅读|相关链接|热点新闻|新闻推荐|为您推荐|为你推荐|网友评论|我要评论|我要跟帖|写评论|发表评论|我的跟贴|跟贴广场|网易跟贴|已显示所有评论|评论列表|大家都在看|你可能会喜欢|热门排行|点击排行|热门跟贴|热新闻|热话题|热门话题|热门新闻|热门新闻排行榜|新闻排行榜|阅读下一篇|友情链接|\d+小时(?:点击排行|热文|热榜))[】\]]?[:：]?$/;
/** A "related" label in brackets run into another article's headline. */
const TAIL_HEADLINE = /^[【\[](?:延伸阅读|相关阅读|相关报道|相关新闻|相关文章|推荐阅读|往期回顾)[】\]]\s*[^。；;]{4,50}$/;
/** A prompt to share the page by its address or code: "手机上长按并复制下列链接或二维码分享本文章". */
const SHARE_PROMPT = /(?:长按|复制).{0,12}(?:链接|二维码).{0,8}分享/;
const SHARE =
  /^[【\[]?(分享到|分享至|分享：|打印|打印本页|关闭|关闭窗口|返回顶部|返回首页|扫一扫|扫码|字号|字体[:：]|纠错|收藏|点赞|在看|阅读原文|点击这里阅读原文|长按|识别二维码)/;
/** Mostly link text, the spaces and bars between links aside ("首页 | 要闻 | 社会"). */
const linked = (p: Para): boolean => (p.linkRatio ?? 0) * p.text.length > 0.8 * p.text.replace(/[\s|｜丨·•/]/g, "").length;

/** Whether the links in a row down to this paragraph stand under a "related" label ("相关报道："). */
function underRelatedLabel(cx: Context): boolean {
  let k = cx.at - 1;
  while (k >= 0 && linked(cx.paras[k]!)) k--;
  return k >= 0 && TAIL.test(cx.paras[k]!.text.trim());
}

/** A source and reporters run into a lead that opens on its day: "来源：某某晨报记者：王小明李大民10月17日，". */
const OPENING_CREDIT =
  /^(?:来源[:：]\s*(\p{Script=Han}{2,12}?)\s*)?(?:本报)?记者[:：]?\s*(\p{Script=Han}{2,3}(?:[\s、]*\p{Script=Han}{2,3}){0,3}?)\s*(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,])/u;
/** The same, the lead opening on the outlet's name again: "某某报记者王小明李大民某某报记者调查发现，". */
const CREDIT_BEFORE_OUTLET = /^(?:来源[:：]\s*)?(\p{Script=Han}{2,8}?(?:报|网|社|台|新闻))记者[:：]?\s*(\p{Script=Han}{2,12}?)\s*(?=\1)/u;
/** A writer's label alone on its line: "文/", "作者：", "记者 |". */
const BYLINE_LABEL = /^(?:文|作者|记者|撰文|撰稿|采写)\s*[/／:：|｜丨]$/;

/** A list item's number: "1、", "2.", "（三）", "四、". */
const LIST_NUMBER = /^\s*(?:\d{1,2}\s*[、.．)）]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、)/;
const PRINTED_PAGE = /^(?:[·•]\s*\d{1,3}|\d{1,3}\s*\*)\s*(?=[\p{Script=Han}])/u;
/** Figures at a line's start that count what follows are text: years, dates, people, items, amounts. */
const SCANNED_PAGE =
  /^\d{1,3}(?=[\p{Script=Han}])(?![年月日时分秒个人名位家户次条项件种元万亿千百岁天周号届期批层部台辆所座栋只头亩吨米倍成级类点])/u;
const MARKER = /[（(](?:上接|下转|转第|接第|转自第)[^()（）]{0,8}版[)）]/g;
/** The mark a portal sets after a name it links to the person's microblog: "某某(微博)". */
const MICROBLOG_MARK = /(?<=[\p{Script=Han}A-Za-z])[（(]微博[)）]/gu;

/** A note that a document was adopted, approved, issued or amended on its date; not when it takes effect (施行). */
const ENACTED = /(?:通过|批准|公布|发布|印发|签署|修订|修正|颁布)[)）]$/;

/** A place's name and a dash, a line alone: "香港 —", "华盛顿——". */
const DASHED_DATELINE = /^(\p{Script=Han}{2,8})\s*(?:—{1,2}|–|-{1,2})$/u;
/** Values a program wrote, no words: an address or a host's name; a flag or a number. */
const ADDRESS_VALUE = /^(?:https?:\/\/\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+)$/i;
const FLAG_VALUE = /^(?:true|false|null|none|\d+(?:\.\d+)?)$/i;
/** A short label of a few characters, no punctuation ("封面"): a channel's or a record's tag. */
const BARE_LABEL = /^[\p{Script=Han}\w]{1,4}$/u;

const rules: ChromeRule[] = [
  {
    rule: RULES.pageMarker,
    prose: true,
    // First, so that the rules after it read the line without the marks.
    test: (t) => {
      const stripped = t.includes("微博") ? t.replace(MICROBLOG_MARK, "") : t;
      return stripped === t ? null : { strip: stripped };
    },
  },
  {
    rule: RULES.tail,
    // A crawler's record closing on its machine values, a line each (its address, the host, a flag,
    // a count): the text ended above them; what follows is the record's, a summary or a label. A
    // flag or a count among them tells a record's fields from a list the text gives (a report's
    // addresses and hashes).
    test: (t, _p, cx) => {
      if (!ADDRESS_VALUE.test(t) || textAfter(cx) >= textBefore(cx)) return null;
      const next = cx.paras.slice(cx.at + 1, cx.at + 3).map((p) => p.text.trim());
      const values = next.filter((v) => ADDRESS_VALUE.test(v) || FLAG_VALUE.test(v) || BARE_LABEL.test(v));
      return values.length === 2 && next.some((v) => FLAG_VALUE.test(v)) ? { cut: true } : null;
    },
  },
  {
    rule: RULES.tail,
    // A "related" label over other pages' dated headlines goes with them wherever it stands, as does
    // one over a box of links set inside the article (more of its text below the box than above);
    // else it ends the text.
    test: (t, _p, cx) => {
      // The label run into another article's headline ("【延伸阅读】某某迎来重大突破"): that article follows.
      if (TAIL_HEADLINE.test(t)) return { cut: true };
      if (!TAIL.test(t)) return null;
      if (datedHeadline(cx.paras[cx.at + 1]?.text.trim() ?? "")) return DROP;
      let end = cx.at + 1;
      while (end < cx.paras.length && linked(cx.paras[end]!)) end++;
      return end > cx.at + 1 && textLength(cx.paras.slice(end)) > textBefore(cx) ? DROP : { cut: true };
    },
  },
  {
    rule: RULES.breadcrumb,
    prose: true,
    test: (t) => {
      if (/^[您你]?(?:现在)?的?(?:当前)?的?(?:所在)?的?位置\s*[:：]/.test(t) || /(首页|主页)\s*[>›»＞/]\s*\S/.test(t)) return DROP;
      // Navigation labels: ">要闻", "新闻中心>", "某网>>经济".
      if (t.length > 40 || /[。！？，,；]|:\/\/|^</.test(t)) return null;
      return /^[>›»＞]{1,2}\s*\S{1,12}$/.test(t) || /\S\s*(?:>>|»|›|＞＞)\s*\S/.test(t) || /[^\s>]\s*(?:>>?|»|›|＞)$/.test(t) ? DROP : null;
    },
  },
  {
    rule: RULES.issueDateLine,
    // The issue's date above the article; at its foot, the date a document closes with stays and is read.
    test: (t, _p, cx) => {
      const arabic = DATE_ONLY.test(t);
      if (!arabic && !CHINESE_DATE_ONLY.test(t)) return null;
      const d = arabic ? findDate(t) : findChineseDate(t);
      const date = d ? { value: d, from: "issue line" as const } : undefined;
      return cx.region === "header" ? drop({ date }) : null;
    },
  },
  {
    rule: RULES.creditLine,
    test: (t) => staffCredit(t) ?? creditLine(t),
  },
  {
    rule: RULES.byline,
    // The writer's label set apart from the name (a page's "文/" in one element, the name linked in
    // the next): the two lines are one byline.
    test: (t, _p, cx) => {
      const label = (k: number) => cx.paras[k]?.text.trim() ?? "";
      if (BYLINE_LABEL.test(t)) {
        const b = parseByline(t + label(cx.at + 1));
        return b?.authors.length ? drop({ authors: [{ value: b.authors, from: "byline" }] }) : null;
      }
      return t.length <= 30 && BYLINE_LABEL.test(label(cx.at - 1)) && parseByline(label(cx.at - 1) + t)?.authors.length ? DROP : null;
    },
  },
  {
    rule: RULES.byline,
    test: (t, _p, cx) => {
      // The writer's label over an outlet's name ("文/某某IT"): the copy is the outlet's.
      const outlet = t.match(OUTLET_BYLINE)?.[1];
      if (
        outlet &&
        /\p{Script=Han}/u.test(outlet) &&
        (OUTLET_END.test(outlet) || /\p{Script=Han}[A-Z]{2,}$/u.test(outlet) || !startsWithSurname(outlet))
      )
        return drop({ publication: { value: outlet, from: "byline" } });
      const b = parseByline(t);
      if (b)
        return drop({
          authors: [{ value: b.authors, from: "byline" }],
          publication: b.publication ? { value: b.publication, from: "byline" } : undefined,
        });
      // A line above or after the text that is a byline and nothing else ("整合 某报·某网记者 某某",
      // "记者某某／台北报导").
      const names = cx.region !== "body" ? bylineNames(t) : null;
      if (names) return drop({ authors: [{ value: names, from: "byline" }], filedFrom: filedFrom(t) ?? undefined });
      const sig = cx.region === "trailer" ? t.match(SIGNATURE) : null;
      // What the writer is ("李立（媒体人）"), or where the copy came from ("某某（某某社供本报特稿）").
      const person = sig && isPersonName(sig[1]!) && startsWithSurname(sig[1]!) && (CALLED.test(sig[2]!) || COPY_CREDIT.test(sig[2]!));
      if (person) return drop({ authors: [{ value: [sig[1]!], from: "byline" }] });
      // A writer's name in Latin letters over the text, and the day: "JOHN SMITH 报道 2012年08月02日".
      const latin = cx.region !== "trailer" ? t.match(LATIN_BYLINE) : null;
      const day = latin?.[2] ? findAnyDate(latin[2]) : null;
      if (latin && (!latin[2] || day))
        return drop({ authors: [{ value: [latin[1]!], from: "byline" }], date: day ? { value: day, from: "text" } : undefined });
      // The writer's name alone in brackets closing the text: "（某某某）".
      const signed = cx.region === "trailer" || cx.at === cx.paras.length - 1 ? t.match(SIGNED_NAME) : null;
      return signed && isPersonName(signed[1]!) && startsWithSurname(signed[1]!)
        ? drop({ authors: [{ value: [signed[1]!], from: "byline" }] })
        : null;
    },
  },
  { rule: RULES.metaLine, test: metaLine },
  {
    rule: RULES.sourceLine,
    prose: true,
    test: (t) => {
      const m = /[)）]$/.test(t) ? t.match(PRINTED_IN) : null;
      if (!m) return null;
      const gleaned = { publication: { value: m[1]!, from: "source line" as const } };
      return m.index! > 0 ? { strip: t.slice(0, m.index).trim(), gleaned } : drop(gleaned);
    },
  },
  {
    rule: RULES.sourceLine,
    test: (t) => {
      const m = t.match(/^[（(【\[]?\s*(?:文章|新闻|稿件|本文)?(?:来源于?|来自|出处)\s*[:：]\s*([^)）】\]]{2,30}?)\s*[)）】\]]?$/);
      if (!m) return null;
      const publication = publicationOf(m[1]!);
      return drop({ publication: publication ? { value: publication, from: "source line" } : undefined });
    },
  },
  {
    rule: RULES.repostNote,
    prose: true,
    test: (t) => {
      const authorised = t.length <= 120 ? t.match(AUTHORISED) : null;
      if (authorised)
        return drop({
          publication: { value: authorised[2]!.trim(), from: "source line" },
          authors: [{ value: [authorised[1]!.trim()], from: "byline" }],
        });
      const account = t.length <= 80 ? t.match(FROM_ACCOUNT) : null;
      if (account) {
        const [name, writer] = [account[1] ?? account[3], (account[2] ?? account[4])!.trim()];
        return drop({
          publication: name ? { value: name, from: "source line" } : undefined,
          authors: [{ value: [writer], from: "byline" }],
        });
      }
      const from = t.match(REPOSTED_FROM) ?? t.match(ORIGINAL_LINK) ?? t.match(REPRINTED_FROM);
      if (from && t.length <= 120) {
        const publication = from[1] ? publicationOf(from[1]) : null;
        return drop({ publication: publication ? { value: publication, from: "source line" } : undefined });
      }
      if (t.length <= 120 && (SELECTED_FROM.test(t) || REPOSTER_NOTE.test(t))) return DROP;
      const title = t.length <= 100 ? t.match(ORIGINAL_TITLE) : null;
      if (title) return drop({ headline: { title: title[1]!.trim(), subtitle: null, column: null } });
      // Run into the text a copy opens on: "原标题：某某被查，某某真的可以吗？某某记者…".
      const runIn = t.length > 100 ? t.match(ORIGINAL_TITLE_RUN_IN) : null;
      if (runIn)
        return {
          strip: t.slice(runIn[0].length).trim(),
          gleaned: { headline: { title: (runIn[1] ?? runIn[2])!.trim(), subtitle: null, column: null } },
        };
      return t.length <= 60 && COMPILED_FROM.test(t) ? DROP : null;
    },
  },
  {
    // A wire story's header: "某某社某地5月9日电 题：<the headline>". The headline is on the page already.
    rule: RULES.repeatedTitle,
    test: (t, _p, cx) => {
      if (cx.region === "trailer" || cx.at >= 6) return null;
      const m = t.match(WIRE_TITLE);
      if (!m) return null;
      const agency = m[1]!;
      return drop({ publication: OUTLET_END.test(agency) ? { value: agency, from: "text" } : undefined });
    },
  },
  {
    rule: RULES.datelineLine,
    // A dateline set on a line of its own over the lead, the place and a dash ("香港 —"): where the
    // story was filed from, no heading.
    test: (t, _p, cx) => {
      const m = cx.at < 4 && cx.region !== "trailer" ? t.match(DASHED_DATELINE) : null;
      const words = m ? tag(m[1]!) : [];
      const lead = cx.paras[cx.at + 1]?.text ?? "";
      return m && words.every((w) => w.tag === "ns") && readsAsText(lead) ? drop({ filedFrom: m[1]! }) : null;
    },
  },
  {
    rule: RULES.datelineByline,
    prose: true,
    test: (t, _p, cx) => (cx.region !== "trailer" && cx.at < 12 ? dateline(t) : null),
  },
  {
    rule: RULES.dateNote,
    // The date a document closes with ("一九七一年十二月十五日"), and a note under the headline stating
    // when it was adopted ("（2007年6月29日…会议通过）"): the lines stay, their dates are read.
    test: (t, _p, cx) => {
      if ((DATE_ONLY.test(t) || CHINESE_DATE_ONLY.test(t)) && (cx.region === "trailer" || cx.at === cx.paras.length - 1)) {
        const d = findAnyDate(t);
        return d ? { glean: { date: { value: d, from: "issue line" } } } : null;
      }
      if (cx.at > 6 || t.length > 80 || !/^[（(].*[)）]$/.test(t) || /[。！？]/.test(t)) return null;
      const d = findAnyDate(t);
      if (!d) return null;
      const date = { value: d, from: "text" as const };
      return { glean: ENACTED.test(t) ? { date, enacted: date } : { date } };
    },
  },
  {
    rule: RULES.emailLine,
    test: (t) =>
      /^(e-?mail|email|邮箱|电子邮箱|投稿邮箱|电邮)\s*[:：]/i.test(t) || /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(t) || TIP_LINE.test(t)
        ? DROP
        : null,
  },
  {
    rule: RULES.photoNote,
    test: (t) =>
      /^[（(【\[]?\s*(相关)?(资料图|资料图片|(?:封面|题图|头图|配图|图片)(?:图片)?来源\s*[:：|｜丨].*|(?:封面|题图|头图|配图)\s*[:：|｜丨].{1,20}|图源[:：].*|视频截图|网络图片|(?:点击|点)(?:图片)?(?:查看|看)?(?:清晰|高清)?大图)\s*[)）】\]]?$/.test(
        t,
      )
        ? DROP
        : null,
  },
  {
    rule: RULES.tagLine,
    prose: true,
    test: (t, _p, cx) => {
      const tags = (words: string) => drop({ tags: words.split(/[\s,，、;；|]+/).filter((x) => x.length >= 2) });
      const m = t.match(/^[【\[]?(?:标签|关键词|关键字|(?:Post\s+)?Tags?)[】\]]?\s*[:：]\s*(.*)$/i);
      if (m) return tags(m[1]!);
      // The label on a line of its own over its words ("关键词" / "游戏漏洞"), as a banner sets them.
      const words = (s: string | undefined) => !!s && s.length <= 40 && !/[。！？，,；]/.test(s);
      const next = cx.paras[cx.at + 1]?.text.trim();
      if (TAG_LABEL.test(t) && words(next)) return DROP;
      return TAG_LABEL.test(cx.paras[cx.at - 1]?.text.trim() ?? "") && words(t) ? tags(t) : null;
    },
  },
  {
    rule: RULES.copyright,
    prose: true,
    // A site's reprint terms close its article: what follows, when less than came before, is the
    // site's own (its profile, its other pages), as after a "related articles" heading.
    test: (t, _p, cx) => (t.length < 120 && REPRINT_NOTICE.test(t) && textAfter(cx) < textBefore(cx) ? { cut: true } : null),
  },
  {
    rule: RULES.copyright,
    prose: true,
    test: (t, _p, cx) =>
      /^[【\[]?(?:本站|本网)?(版权|免责|特别|平台|郑重)(及免责)?(声明|申明|所有)/.test(t) ||
      // Where to complain of the text: "如对本稿件有异议或投诉，请联系…".
      /^如(?:对|果对)本(?:稿件|文章?)(?:内容)?有(?:异议|疑问)/.test(t) ||
      // A writer's word to those the text may wrong, below it: "…如有侵权，请联系我们，我们将积极配合处理。"
      (t.length <= 120 && /如有侵权[，,]?\s*请(?:联系|告知|私信|留言)/.test(t) && textAfter(cx) < textBefore(cx)) ||
      // A site's notice after the article ("声明：…仅供参考，不构成投资建议"), however it is labelled.
      (t.length <= 200 && NOTICE_LABEL.test(t) && (cx.region === "trailer" || DISCLAIMER.test(t))) ||
      // Unlabelled, it speaks of the text from outside it ("本文不构成投资建议，不代表平台观点", "*以上分析仅供参考",
      // "（文章只代表特约评论员个人的立场和观点）"), below it.
      (t.length <= 200 &&
        /^[*※注（(]?\s*(?:本文|以上(?:内容|分析|观点|文章)?|文章(?:内容)?|文中观点)[^。]{0,30}(?:不构成|仅供参考|不代表|仅代表|只代表)/.test(
          t,
        ) &&
        textAfter(cx) < textBefore(cx)) ||
      /^Notice: The content above/i.test(t) ||
      // A site's or a plugin's line in Latin letters after a Chinese text ("Feed enhanced by …", "Powered by …").
      (cx.region === "trailer" && t.length <= 80 && /^[A-Za-z]+(?: [\x21-\x7e]+)+$/.test(t) && !/[.!?]$|:\/\/|@/.test(t)) ||
      (t.length < 120 && /(版权所有|Copyright|©|ICP备|ICP证|公网安备)/i.test(t)) ||
      (t.length < 120 && REPRINT_NOTICE.test(t)) ||
      // The site's contact line in its footer: two fields or more ("地址：… 电话：…", "传真：… 邮箱：…").
      (cx.region === "trailer" && t.length <= 120 && (t.match(CONTACT_FIELD)?.length ?? 0) >= 2)
        ? DROP
        : null,
  },
  {
    // A note on who wrote it or who speaks in it, after the text ("作者简介：…"): the page's, as a profile is.
    rule: RULES.bioNote,
    prose: true,
    test: (t, _p, cx) => {
      const closing = cx.region === "trailer" || cx.at >= cx.paras.length - 3;
      // Who the writer is, in brackets run into the last sentence: "…的反思。▲（作者是某某报评论员）".
      const note = closing && /[)）]$/.test(t) ? t.match(WRITER_NOTE) : null;
      if (note) return note.index! > 0 ? { strip: t.slice(0, note.index).trim() } : DROP;
      return t.length <= 300 && BIO.test(t) && closing && textAfter(cx) < textBefore(cx) ? DROP : null;
    },
  },
  {
    // Above the essay, the note on the series it belongs to ("编者按：…推出系列理论文章，敬请关注。")
    // and its abstract ("内容摘要：…"): the column's, and a restatement of the text.
    rule: RULES.seriesNote,
    prose: true,
    test: (t, _p, cx) =>
      cx.region !== "trailer" && cx.at < 6 && (SERIES_NOTE.test(t) || (ABSTRACT.test(t) && textAfter(cx) > t.length * 2)) ? DROP : null,
  },
  {
    // A paper's commentator, no one by name, for the publication.
    rule: RULES.byline,
    prose: true,
    test: (t) => {
      const m = /评论员\s*[)）]$/.test(t) ? t.match(COMMENTATOR) : null;
      if (!m) return null;
      const gleaned = { publication: { value: m[1]!, from: "byline" as const } };
      return m.index! > 0 ? { strip: t.slice(0, m.index).trim(), gleaned } : drop(gleaned);
    },
  },
  {
    // A filed byline in brackets run into the text's last sentence: "…将进一步厘清死因。（某某／台中报导）".
    rule: RULES.byline,
    prose: true,
    test: (t) => {
      const m = /报[导道]\s*[)）]$/.test(t) ? t.match(FILED_CLOSE) : null;
      const names = m ? bylineNames(m[1]!) : null;
      if (!m || !names || m.index === 0) return null;
      return {
        strip: t.slice(0, m.index).trim(),
        gleaned: { authors: [{ value: names, from: "byline" }], filedFrom: filedFrom(m[1]!) ?? undefined },
      };
    },
  },
  {
    rule: RULES.byline,
    prose: true,
    // The source and the reporters run into the lead a page's text copy opens on
    // ("来源：某某晨报记者：王小明李大民10月17日，…"): they leave it, and are its evidence.
    test: (t) => {
      const m = t.includes("记者") ? (t.match(OPENING_CREDIT) ?? t.match(CREDIT_BEFORE_OUTLET)) : null;
      const names = m ? namesFrom(m[2]!) : [];
      if (!m || !names.length || !names.every((n) => isPersonName(n) && startsWithSurname(n))) return null;
      const source = m[1] ? publicationOf(m[1]) : null;
      return {
        strip: t.slice(m[0].length),
        gleaned: { authors: [{ value: names, from: "byline" }], ...(source && { publication: { value: source, from: "byline" } }) },
      };
    },
  },
  {
    rule: RULES.creditLine,
    prose: true,
    test: (t) => {
      const m = /[)）\d]$/.test(t) ? t.match(RUN_IN_CREDIT) : null;
      return m && m.index! > 0 ? { strip: t.slice(0, m.index).trim() } : null;
    },
  },
  {
    rule: RULES.tail,
    prose: true,
    test: (t, _p, cx) => {
      const m = /[★☆※]/.test(t) ? t.match(STARRED_NOTICE) : null;
      return m && m.index! > 0 && textAfter(cx) < textBefore(cx) ? { strip: t.slice(0, m.index).trim() } : null;
    },
  },
  {
    rule: RULES.endMark,
    prose: true,
    // Newsletter and leaflet trailers: "END", "-END-", "— END —", "/END/", "（完）", "—完—".
    test: (t, _p, cx) => {
      // On a line of its own, with less text after it than before, the mark ends the article: what
      // follows is the account's trailer (its recommended posts, its card).
      if (/^[（(【\[]?[-—–一\s/／]*(END|完)[-—–一\s/／]*[)）】\]]?$/i.test(t))
        return cx.at < cx.paras.length - 1 && textAfter(cx) < textBefore(cx) ? { cut: true } : DROP;
      // The mark run into the text's last line: "…是不正确·一完一", "…。（完）". Run into a line with
      // less text after it than before, it ends the article there (a desk's credits, a site's notes
      // follow); in a digest whose items each end so, it ends an item.
      // Every mark ends on a bracket, a dash or END: other lines are not searched.
      const m = /[)）】\]\-—–一D]$/i.test(t) ? t.match(END_MARK_RUN_IN) : null;
      if (!m) return null;
      const strip = t.slice(0, m.index).trim();
      const item = cx.paras.slice(cx.at + 1).some((p) => END_MARK_RUN_IN.test(p.text.trim()));
      if (item || cx.at === cx.paras.length - 1 || cx.region === "trailer") return { strip };
      return textAfter(cx) < textBefore(cx) + strip.length ? { strip, ends: true } : null;
    },
  },
  {
    rule: RULES.linkLine,
    // A long address reads as prose by its length alone.
    prose: true,
    test: (t, _p, cx) => {
      // One of a numbered list of the sources read ("1.https://…", "（二）https://…").
      if (LIST_NUMBER.test(t) && /^(?:https?:)?\/\/[^\s<>]+$/.test(t.replace(LIST_NUMBER, "").trim())) return DROP;
      // Bare, or labelled in a credits block ("链接：http://…").
      const m = t.match(/^(?:(?:链接|网址|地址|URL)\s*[:：]\s*)?<?((?:https?:)?\/\/[^\s<>]+)>?$/i);
      if (m) return drop({ url: /^https?:/.test(m[1]!) ? m[1]! : undefined });
      // The label over such a list: "参考链接".
      const next = cx.paras[cx.at + 1]?.text.trim() ?? "";
      return REFERENCES.test(t) && /^(?:\d{1,2}\s*[.、．)]\s*)?<?(?:https?:)?\/\//.test(next) ? DROP : null;
    },
  },
  {
    rule: RULES.pageTools,
    // A separator the page's tools leave on a line of its own ("，", "|") is none of the text's words,
    // nor is an advert's label, a player's consent prompt or a comment box's prompts.
    test: (t, _p, cx) =>
      toolLine(t, cx.region) ||
      /^发布于\s*[:：]?\s*[\p{Script=Han}]{2,8}$/u.test(t) ||
      /^[\p{P}\p{S}]$/u.test(t) ||
      /^(?:赞助商)?广告$|^advertisement$/i.test(t) ||
      CONSENT.test(t) ||
      (t.length <= 60 && COMMENT_BOX.test(t))
        ? DROP
        : null,
  },
  {
    rule: RULES.pageCounter,
    test: (t, _p, cx) => (COUNTER.test(t) || (cx.region !== "body" && BARE_NUMBER.test(t)) ? DROP : null),
  },
  { rule: RULES.searchBox, test: (t) => (SEARCH_BOX.test(t) && t.length <= 80 ? DROP : null) },
  {
    // A label set one character a line ("今" / "日" / "推" / "荐"), as a sidebar's tab is: no text.
    rule: RULES.pageTools,
    test: (t, _p, cx) => {
      const one = (k: number) => [...(cx.paras[cx.at + k]?.text.trim() ?? "")].length === 1;
      return [...t].length === 1 && ((one(-1) && one(1)) || (one(1) && one(2)) || (one(-1) && one(-2))) ? DROP : null;
    },
  },
  {
    rule: RULES.profileCard,
    prose: true,
    test: (t, _p, cx) => {
      const card = inCard(t, cx);
      if (card === "name") return drop({ publication: { value: t, from: "text" } });
      return (CARD.test(t) && t.length <= 200) || card ? DROP : null;
    },
  },
  {
    // A site's appeal for members or money after the text ("【诚征荣誉会员】…每年只需支付…"), prose as it reads.
    rule: RULES.subscription,
    prose: true,
    test: (t, _p, cx) => {
      if (!(APPEAL.test(t) || (t.length <= 120 && SUPPORT_US.test(t))) || cx.at === 0 || textAfter(cx) >= textBefore(cx)) return null;
      // The appeal names whom the reader would pay: the outlet of the page.
      const outlet = t.match(PAY_FOR)?.[1];
      return outlet ? drop({ publication: { value: outlet, from: "text" } }) : DROP;
    },
  },
  {
    // An advert's call after the text ("点击下图报名…", "扫码预约…"): the advert under it is the account's, as are what follows and the title set over it.
    rule: RULES.subscription,
    test: (t, _p, cx) =>
      t.length <= 60 && ADVERT_CALL.test(t) && cx.at > 0 && textAfter(cx) < textBefore(cx) ? { cut: true, heads: true } : null,
  },
  {
    rule: RULES.subscription,
    test: (t, _p, cx) =>
      t.length <= 80 && !readsAsText(t.replace(/[！!]$/, "")) && (SUBSCRIBE.test(t) || (cx.region !== "body" && SUBSCRIBE_ANYWHERE.test(t)))
        ? DROP
        : null,
  },
  {
    // A self-media writer's pitch for followers at the text's top or foot, however it reads ("关注我，带你…！点赞关注，…").
    rule: RULES.subscription,
    prose: true,
    test: (t, _p, cx) =>
      t.length <= 80 && FOLLOW_PITCH.test(t) && (textBefore(cx) === 0 || textAfter(cx) < textBefore(cx) / 4) ? DROP : null,
  },
  { rule: RULES.readingNote, test: (t) => (t.length <= 40 && READING_NOTE.test(t) ? DROP : null) },
  {
    // A link to the full story after an item's last sentence: "…享年83岁。详情>>>".
    rule: RULES.shareLinks,
    prose: true,
    test: (t) => {
      const m = /[>》→]$/.test(t) ? t.match(MORE_LINK) : /查看更多$/.test(t) ? t.match(BACK_LINK) : null;
      return m ? { strip: t.slice(0, m.index).trim() } : null;
    },
  },
  {
    rule: RULES.subscription,
    prose: true,
    test: (t, _p, cx) => ((cx.region !== "body" || cx.at < 3) && t.length <= 120 && SLOGAN.test(t) ? DROP : null),
  },
  {
    rule: RULES.relatedList,
    prose: true,
    // Other articles' headlines with their dates glued on, two or more in a row, or one after the text;
    // links under a "related" label, however they read.
    test: (t, p, cx) => {
      if (linked(p) && underRelatedLabel(cx)) return DROP;
      if (!datedHeadline(t) || DATE_ONLY.test(t)) return null;
      const dated = (k: number) => datedHeadline(cx.paras[k]?.text.trim() ?? "");
      const labelled = TAIL.test(cx.paras[cx.at - 1]?.text.trim() ?? "");
      return (cx.region === "trailer" && LISTED_HEADLINE.test(t)) || labelled || dated(cx.at - 1) || dated(cx.at + 1) ? DROP : null;
    },
  },
  {
    rule: RULES.shareLinks,
    prose: true,
    test: (t, p, cx) => {
      if ((SHARE.test(t) || SHARE_PROMPT.test(t)) && t.length < 40) return DROP;
      if (!linked(p) || t.length >= 80) return null;
      // A numbered, linked headline with its summary under it is an item of a digest, not navigation;
      // links in a row are a list of other pages; a link that reads as text is kept, and said so.
      const next = cx.paras[cx.at + 1];
      const item = LIST_NUMBER.test(t) && hanCount(t, 6) >= 6 && !!next && !linked(next) && readsAsText(next.text);
      if (item) return { glean: {} };
      const prev = cx.paras[cx.at - 1];
      if ((next && linked(next)) || (prev && linked(prev)) || !readsAsText(t)) return DROP;
      return { glean: {} };
    },
  },
  {
    rule: RULES.pageMarker,
    prose: true,
    test: (t, _p, cx) => {
      // The print's page number run into a line's start ("·2对我们", "04*人，"), and, in a scan's
      // text, bare figures glued to words they do not count ("3通货膨胀").
      const page = t.match(PRINTED_PAGE) ?? (cx.scanned ? t.match(SCANNED_PAGE) : null);
      const stripped = (page ? t.slice(page[0].length) : t).replace(MARKER, "").trim();
      return stripped === t ? null : stripped ? { strip: stripped } : DROP;
    },
  },
];

/** An end mark run into a line's end: "…。（完）", "…是不正确·一完一". */
const END_MARK_RUN_IN =
  /(?<=[。！？!?·.”])\s*(?:[（(【\[]\s*[-—–一]*\s*(?:完|END)\s*[-—–一]*\s*[)）】\]]|[-—–一]+\s*(?:完|END)\s*[-—–一]+)$/i;

const textLength = (paras: readonly Para[]): number => paras.reduce((n, p) => n + (articleText(p) ? p.text.length : 0), 0);
const textBefore = (cx: Context): number => textLength(cx.paras.slice(0, cx.at));
const textAfter = (cx: Context): number => textLength(cx.paras.slice(cx.at + 1));

/** Whether a paragraph reads as the article's text rather than the page's: where the article starts and ends. */
function articleText(p: Para): boolean {
  if (p.hint || (p.linkRatio ?? 0) >= 0.5 || !readsAsText(p.text)) return false;
  const t = p.text;
  return t.length > 300 || !(STATEMENT.test(t) || CARD.test(t) || SUBSCRIBE.test(t) || REPOSTED_FROM.test(t) || datedHeadline(t));
}

/**
 * Where each paragraph stands: before the first paragraph that reads as text, after the last, or
 * among them. The text ends, at the latest, at a "related articles" heading that ends the article
 * (the other pages' summaries under it read as text too).
 */
function regions(paras: readonly Para[]): Region[] {
  let first = 0;
  while (first < paras.length && !articleText(paras[first]!)) first++;
  let last = paras.length - 1;
  let kept = 0;
  for (let i = first; i < paras.length; i++) {
    const t = paras[i]!.text.trim();
    if (i > first && t.length <= 16 && TAIL.test(t) && endsArticle(i - first, kept, textLength(paras.slice(i + 1)))) {
      last = i - 1;
      break;
    }
    if (articleText(paras[i]!)) kept += paras[i]!.text.length;
  }
  while (last > first && !articleText(paras[last]!)) last--;
  return paras.map((_, i) => (first >= paras.length ? "body" : i < first ? "header" : i > last ? "trailer" : "body"));
}

/**
 * Whether a "related" heading ends the article, given how many paragraphs are kept above it and how
 * many characters of them read as text, and of those after it: with three paragraphs, a digest's one
 * long paragraph, or more text above it than below, it does; near the top of a text that goes on, it
 * is more likely a real section.
 */
const endsArticle = (paragraphs: number, textChars: number, charsAfter: number): boolean =>
  paragraphs >= 3 || textChars >= 150 || (textChars > 0 && charsAfter < textChars);

/**
 * A reposter's preface: the quoted paragraphs a repost opens with, down to the one that says where
 * the text was reposted from ("本文转载自…"). The note itself is read by the rules below, for the
 * publication it names.
 */
function prefaceOf(paras: readonly Para[]): Para[] {
  let note = -1;
  for (let i = 0; i < Math.min(paras.length, 6) && paras[i]!.hint === "quote"; i++)
    if (REPRINTED_FROM.test(paras[i]!.text.trim()) || REPOSTED_FROM.test(paras[i]!.text.trim())) note = i;
  return paras.slice(0, Math.max(0, note));
}

/** An account named just above its follow button or its WeChat id: the profile card's name. */
function accountAbove(paras: readonly Para[], at: number): Para | null {
  const above = paras[at - 1];
  if (!above || above.hint === "title" || above.hint === "heading") return null;
  const t = above.text.trim();
  const plain = t.length >= 2 && t.length <= 16 && !/[，。！？：:]/.test(t) && !readsAsText(t);
  return plain && !toolLine(t, "header") && !BARE_NUMBER.test(t) && !SUBSCRIBE.test(t) ? above : null;
}

/**
 * Drops chrome lines, keeping what they state as evidence, strips page markers and ends the
 * article at a "related articles" block. Lines an archivist said to keep are left alone.
 */
export const removeChrome: Step = (d) => {
  const { messages, note } = notesFor(d);
  // Lines an archivist said to keep keep the preface they stand in.
  const found = prefaceOf(d.paras);
  const preface = found.some((p) => d.options.keep.some((k) => p.text.trim().startsWith(k))) ? [] : found;
  for (const p of preface) note(RULES.repostNote, p.line, p.text);
  const paras = preface.length ? d.paras.slice(preface.length) : d.paras;
  const where = regions(paras);
  let evidence = d.evidence;
  const out: Para[] = [];
  const done = () => {
    // A heading that closes the text heads nothing of it: the page's comment form, a box's label.
    while (out.length > 1 && out.at(-1)!.hint === "heading" && !readsAsText(out.at(-1)!.text)) {
      const head = out.pop()!;
      note(RULES.tail, head.line, head.text);
    }
    return { ...d, paras: out, evidence, messages };
  };
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    if (d.options.keep.some((k) => para.text.trim().startsWith(k))) {
      note(RULES.kept, para.line, para.text);
      out.push(para);
      continue;
    }
    let text = para.text.trim();
    let dropped = false;
    const cx: Context = { region: where[i]!, paras, at: i, scanned: !!d.stated.scanned };
    let prose = isProse(text);
    // What a rule strips off may leave furniture of another kind ("【编辑：某某】返回某某，查看更多"):
    // the rules read what is left from the first again, a few times at most.
    for (let r = 0, restarts = 0; r < rules.length; r++) {
      const { rule, test, prose: readsProse } = rules[r]!;
      if (prose && !readsProse) continue;
      const v = test(text, para, cx);
      if (!v) continue;
      if ("cut" in v) {
        const rest = paras.length - i;
        if (endsArticle(out.length, textLength(out), textAfter(cx))) {
          while (v.heads && out.length > 1 && !readsAsText(out.at(-1)!.text) && out.at(-1)!.text.length <= 30) {
            const head = out.pop()!;
            note(rule, head.line, head.text);
          }
          note(rule, para.line, `${text}（及其后 ${rest - 1} 行）`);
          return done();
        }
        continue;
      }
      note(
        rule === RULES.shareLinks && "glean" in v ? RULES.linkedTextKept : rule,
        para.line,
        ("glean" in v && v.shown) || text,
        "strip" in v ? v.strip : undefined,
      );
      if ("glean" in v) {
        evidence = gather(evidence, v.glean);
        break;
      }
      if ("drop" in v) {
        evidence = gather(evidence, v.gleaned);
        dropped = true;
        // The label over a list of links ("往期回顾" set as a heading): it heads nothing that stays.
        const label = out[out.length - 1];
        if (
          rule === RULES.shareLinks &&
          label &&
          label === paras[i - 1] &&
          paras[i + 1] &&
          linked(paras[i + 1]!) &&
          label.text.length <= 12 &&
          !readsAsText(label.text) &&
          !linked(label)
        ) {
          out.pop();
          note(RULES.relatedList, label.line, label.text);
        }
        // A follow button or a WeChat id under a short line: that line is the account's name.
        if ((rule === RULES.profileCard && /^微信号/.test(text)) || (rule === RULES.pageTools && /^\+?关注$/.test(text))) {
          const account = accountAbove(paras, i);
          if (account && where[i - 1] !== "body") {
            const name = account.text.trim();
            evidence = gather(evidence, { publication: { value: name, from: "meta line" } });
            if (out[out.length - 1] === account) {
              out.pop();
              note(RULES.profileCard, account.line, name);
            }
          }
        }
        break;
      }
      text = v.strip;
      if (v.gleaned) evidence = gather(evidence, v.gleaned);
      if (v.ends) {
        out.push({ ...para, text });
        const next = paras[i + 1]!;
        note(rule, next.line, `${next.text.trim()}（及其后 ${paras.length - i - 2} 行）`);
        return done();
      }
      if (restarts++ < 3) [r, prose] = [-1, isProse(text)];
    }
    if (!dropped) out.push(text === para.text ? para : { ...para, text });
  }
  return done();
};
