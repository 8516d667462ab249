import { gather, notesFor, type Evidence, type Para, type Step } from "../model/draft.js";
import { RULES, type KnownRule } from "../model/rules.js";
import { namesFrom } from "../text/names.js";
import { findDate } from "../text/dates.js";
import { HAN_CLASS } from "../text/chars.js";

/**
 * Page chrome: lines that belong to the page, the paper or the site, not to the article. Each rule
 * either drops a line (with what the line stated, such as its date), strips a marker out of a
 * line, or ends the article (everything after "推荐阅读" and its kin is the site's, not the article's).
 */
type Verdict = { drop: true; gleaned: Partial<Evidence> } | { strip: string } | { cut: true } | null;

interface ChromeRule {
  rule: KnownRule;
  test: (text: string, para: Para) => Verdict;
}

const drop = (gleaned: Partial<Evidence> = {}): Verdict => ({ drop: true, gleaned });
const DROP = drop();
const DATE_ONLY =
  /^[•·●\s]*(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?\s*(?:(?:星期|周)[一二三四五六日天])?\s*(?:第[\d一二三四五六七八九十]+期)?$/;
const NAME_RUN = `[${HAN_CLASS}·]{2,}(?:[\\s、,，]+[${HAN_CLASS}·]{2,})*`;
const BYLINE = new RegExp(
  `^[□■◇◆▲●○]?\\s*(?:[（(])?(?:本报|本刊|本台|本网)?(?:全媒体|融媒体|特约|首席)?(?:记者|通讯员|实习生|撰稿|撰文|作者|文|图|文/图|文\\/图)?[\\s:：/]*(${NAME_RUN})\\s*(?:[)）])?$`,
);
/** The paper's desk credits: "责任编辑：王小明". */
const STAFF = new RegExp(`^(?:本版)?(?:责任)?(?:编辑|校对|审核|审校|统筹|监制|制图|美编|版式)\\s*[:：]?\\s*[${HAN_CLASS}\\s、]{2,20}$`);
const TAIL =
  /^[【\[]?(推荐阅读|相关阅读|相关新闻|相关文章|相关推荐|延伸阅读|猜您喜欢|猜你喜欢|热点推荐|热门推荐|热门文章|精彩推荐|往期回顾|往期推荐|更多精彩|相关稿件|相关链接|热点新闻|新闻推荐|为您推荐|网友评论|我要评论|评论列表)[】\]]?[:：]?$/;
const SHARE =
  /^[【\[]?(分享到|分享至|分享：|打印|打印本页|关闭|关闭窗口|返回顶部|返回首页|扫一扫|扫码|字号|字体[:：]|纠错|收藏|点赞|在看|阅读原文|点击这里阅读原文|长按|识别二维码)/;
const MARKER = /[（(](?:上接|下转|转第|接第|转自第)[^()（）]{0,8}版[)）]/g;

const rules: ChromeRule[] = [
  {
    rule: RULES.tail,
    test: (t) => (TAIL.test(t) ? { cut: true } : null),
  },
  {
    rule: RULES.breadcrumb,
    test: (t) =>
      /^(您的|你的|您现在的|你现在的)?(当前)?(所在)?位置\s*[:：]/.test(t) || /(首页|主页)\s*[>›»＞/]\s*\S/.test(t) ? DROP : null,
  },
  {
    rule: RULES.issueDateLine,
    test: (t) => {
      if (!DATE_ONLY.test(t)) return null;
      const d = findDate(t);
      return drop({ date: d ? { value: d, from: "issue line" } : undefined });
    },
  },
  {
    rule: RULES.metaLine,
    // "• 2023-05-17 10:01:14 来源:黑龙江日报", "发布时间：… 作者：… 浏览次数：…"
    test: (t) => {
      if (t.length > 90 || /[。！？]/.test(t)) return null;
      const labelled =
        /(来源|作者|编辑|发布时间|发布日期|时间|浏览|阅读|点击|字号|稿源)\s*[:：]/.test(t) || /^(发布|更新|发稿)(时间|日期)/.test(t);
      const d = findDate(t);
      // A short line with a full date and a clock time is a page's meta line even unlabelled
      // (WeChat: "原创 作者 公众号 2024-12-14 08:25").
      const stamped = !!d && /\d{1,2}:\d{2}/.test(t) && t.length <= 60 && !/[，,；]/.test(t);
      if (!stamped && (!labelled || (!d && !/(来源|作者)\s*[:：]/.test(t)))) return null;
      const src = t.match(/(?:来源|稿源)\s*[:：]\s*([^\s|｜丨,，:：)）】\]]+)/);
      const by = t.match(/作者\s*[:：]\s*([^|｜丨:：]+?)(?=\s+\S+\s*[:：]|$)/);
      return drop({
        date: d ? { value: d, from: "meta line" } : undefined,
        publication: src ? { value: src[1]!, from: "meta line" } : undefined,
        authors: by ? [{ value: namesFrom(by[1]!), from: "meta line" }] : [],
      });
    },
  },
  {
    rule: RULES.sourceLine,
    test: (t) => {
      const m = t.match(/^[（(【\[]?\s*(?:文章|新闻|稿件|本文)?(?:来源|来自|出处)\s*[:：]\s*([^)）】\]]{2,30}?)\s*[)）】\]]?$/);
      return m ? drop({ publication: { value: m[1]!.trim(), from: "source line" } }) : null;
    },
  },
  {
    rule: RULES.creditLine,
    // "本版稿件均由黑龙江日报全媒体记者 刘楠 李民峰采写", "图片由林甸县委宣传部提供"
    test: (t) => {
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
      if (STAFF.test(t)) return DROP;
      return null;
    },
  },
  {
    rule: RULES.byline,
    test: (t) => {
      if (t.length > 40 || /[:：]\S{8,}/.test(t)) return null;
      // A byline is marked (□, 本报记者 …); a bare run of names could be a heading.
      // ▲ and △ mark photo captions in Chinese papers, not bylines.
      if (!/^[□■◇◆●○]|^[（(]?(本报|本刊|本台|本网)?(全媒体|融媒体|特约|首席)?(记者|通讯员|实习生|撰稿|撰文|作者|文\/图)/.test(t))
        return null;
      const m = t.match(BYLINE);
      const names = m ? namesFrom(m[1]!) : [];
      // Only what reads as a list of person names is a byline; anything else stays in the text.
      if (!names.length || names.some((n) => n.length > 4) || names.length > 6) return null;
      return drop({ authors: [{ value: names, from: "byline" }] });
    },
  },
  {
    rule: RULES.emailLine,
    test: (t) => (/^(e-?mail|email|邮箱|电子邮箱|投稿邮箱|电邮)\s*[:：]/i.test(t) || /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(t) ? DROP : null),
  },
  {
    rule: RULES.photoNote,
    test: (t) =>
      /^[（(【\[]?\s*(相关)?(资料图|资料图片|图片来源[:：].*|图源[:：].*|视频截图|网络图片)\s*[)）】\]]?$/.test(t) ? DROP : null,
  },
  {
    rule: RULES.tagLine,
    test: (t) => {
      const m = t.match(/^[【\[]?(?:标签|关键词|关键字|Tags?)[】\]]?\s*[:：]\s*(.*)$/i);
      return m ? drop({ tags: m[1]!.split(/[\s,，、;；|]+/).filter((x) => x.length >= 2) }) : null;
    },
  },
  {
    rule: RULES.copyright,
    test: (t) =>
      /^[【\[]?(版权|免责|特别)(及免责)?(声明|所有)/.test(t) ||
      /^Notice: The content above/i.test(t) ||
      (t.length < 120 && /(版权所有|Copyright|©|ICP备|公网安备|未经授权.{0,10}转载)/i.test(t))
        ? DROP
        : null,
  },
  {
    rule: RULES.endMark,
    // WeChat and newsletter trailers: "END", "-END-", "— END —".
    test: (t) => (/^[-—–\s]*END[-—–\s]*$/i.test(t) ? DROP : null),
  },
  {
    rule: RULES.linkLine,
    test: (t) => {
      const m = t.match(/^<?((?:https?:)?\/\/[^\s<>]+)>?$/);
      return m ? drop({ url: /^https?:/.test(m[1]!) ? m[1]! : undefined }) : null;
    },
  },
  {
    rule: RULES.shareLinks,
    test: (t, p) => (SHARE.test(t) && t.length < 40 ? DROP : (p.linkRatio ?? 0) > 0.8 && t.length < 80 ? DROP : null),
  },
  {
    rule: RULES.pageMarker,
    test: (t) => {
      const stripped = t.replace(MARKER, "").trim();
      return stripped === t ? null : stripped ? { strip: stripped } : DROP;
    },
  },
];

/**
 * Drops chrome lines, keeping what they state as evidence, strips page markers and ends the
 * article at a "related articles" block. Lines an archivist said to keep are left alone.
 */
export const removeChrome: Step = (d) => {
  const { messages, note } = notesFor(d);
  const paras = d.paras;
  let evidence = d.evidence;
  const out: Para[] = [];
  const done = () => ({ ...d, paras: out, evidence, messages });
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    if (d.options.keep.some((k) => para.text.trim().startsWith(k))) {
      note(RULES.kept, para.line, para.text);
      out.push(para);
      continue;
    }
    let text = para.text.trim();
    let dropped = false;
    for (const { rule, test } of rules) {
      const v = test(text, para);
      if (!v) continue;
      if ("cut" in v) {
        const rest = paras.length - i;
        // A "related" heading in the first half is more likely a real section than page furniture.
        if (out.length >= 3) {
          note(rule, para.line, `${text} (and ${rest - 1} lines after it)`);
          return done();
        }
        continue;
      }
      note(rule, para.line, text);
      if ("drop" in v) {
        evidence = gather(evidence, v.gleaned);
        dropped = true;
        break;
      }
      text = v.strip;
    }
    if (!dropped) out.push(text === para.text ? para : { ...para, text });
  }
  return done();
};
