import type { Block } from "../model/types.js";
import { gather, notesFor, type Para, type Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { isPersonName, namesFrom } from "../text/names.js";
import { CLAUSE_END, FORMULA, HAN, HAN_CLASS, SHORT_QUESTIONS } from "../text/chars.js";
import { isInterviewRole, ISSUER } from "../text/roles.js";
import { parseByline } from "./chrome.js";
import { creditsOrCounts } from "../unwrap/evidence.js";

/** A speaker's label opening a turn: a name, a role, or a Latin one ("Q", "CSDN", "InfoQ"). */
const SPEAKER = new RegExp(`^([${HAN_CLASS}]{1,5}|[A-Z][A-Za-z]{0,7})\\s*[:：]\\s*(?=\\S)`);

export const isSpeakerLine = (t: string): boolean => SPEAKER.test(t) && t.length > 12;
/** A speaker's label alone on its line: "答：", "某某：". */
const LONE_SPEAKER = new RegExp(`^([${HAN_CLASS}]{1,5}|[A-Z][A-Za-z]{0,7})\\s*[:：]$`);

const CAPTION = /^([①-⑳㉑-㉟▲△]|图[为注①-⑳]|(上|下|左|右|左上|右上|左下|右下)?图[：:]|图\d+[\s：:、])/;
/**
 * A photo's credit closing its caption: "…现场。城市摄影队 周斌 摄", "…某某学院供图", "（记者王小明摄）",
 * or on a line of its own with the agency that sells the picture: "张明伟摄（某某视觉）".
 */
const PHOTO_CREDIT = new RegExp(
  `(?:(?:^|[\\s（(]|记者|通讯员|摄影师?|摄影队)[${HAN_CLASS}·](?:\\s{0,2}[${HAN_CLASS}·]){1,3}\\s*摄(?:[（(][^()（）]{1,12}[)）])?|供图|(?:图片|照片|图像|配图)由.{2,20}(?:提供|生成|制作)|(?:图片来源|照片来源|图源)\\s*[:：].{1,40})[)）]?$`,
);
/** A note closing a caption on what the picture is or where it comes from: "…（视频截图）", "…（资料图）", "某某报道截图", "…，图片来自于某某", "…（图翻摄自某某）". */
const PICTURE_NOTE =
  /(?:[（(]\s*(?:视频截图|网络截图|截图|资料图片?|网络图片|示意图|(?:图片来源|图源)[:：][^()（）]{1,20}|[^()（）]{1,16}(?:供图|摄)|图?[／/]?\s*翻摄自[^()（）]{1,24})\s*[)）]|^[^。！？，,；]{2,28}(?:截图|\s资料图片?)|[，,]\s*(?:图片|照片)(?:来自于?|来源于|源自|取自|截自)\s*[^。！？，,]{1,24})$|^(?:图片|照片)(?:来自于?|来源于|源自|取自|截自)\s*[^。！？]{1,40}$/;
/** What a photo shows when its caption names only the scene: "活动现场", "嘉宾合影". */
const SCENE =
  /^[\p{Script=Han}“”]{1,6}(现场|合影|留影|一角|掠影|剪影|风采|瞬间|近影|远眺|俯瞰|全景|夜景|全貌|航拍图|资料图|示意图|效果图)$/u;

/** A photo caption by its kind: numbered or marked, a scene, or a line closing with the photo's credit or what the picture is. */
export function captionLike(t: string): boolean {
  return CAPTION.test(t) || (t.length <= 10 && SCENE.test(t)) || (t.length <= 90 && (PHOTO_CREDIT.test(t) || PICTURE_NOTE.test(t)));
}

/** A short line with no sentence punctuation, or a kicker ending in "——". */
export function headingLike(t: string): boolean {
  const questions = SHORT_QUESTIONS.test(t);
  if (t.length > 30 || t.length < 2 || (/[。！？；;…]/.test(t) && !questions) || /[，,、：:·]$/.test(t)) return false;
  if (t.length > 16 && !questions) {
    // Clauses make a sentence; a label's fields ("时间：… 地点：…") are no heading, a head naming who says what ("某某某某：追究到底") is.
    const colons = t.replace(/——$/, "").split(/[：:]/);
    if (/[，,、]/.test(t) || colons.length > 2 || (colons.length === 2 && colons[0]!.trim().length <= 4)) return false;
  }
  if (!HAN.test(t) || /^[（(]?[\d\s.\-:/年月日]+[)）]?$/.test(t) || FORMULA.test(t)) return false;
  return true;
}

const DATE_LINE =
  /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
/** A document's number: "教基厅函〔2018〕64号", "某政发[2020]3号". */
const DOCUMENT_NUMBER = /[〔［[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d+\s*号$/;
/** A page number the print or the OCR left at a line's start: "·2", "3", "04*". */
const PAGE_NUMBER = /^[·•*]\s*\d{1,3}|^\d{1,3}\s*[·•*]/;
/** A paragraph's end: a clause's, or the middle dot OCR reads a full stop as. */
const SENTENCE_END = new RegExp(`${CLAUSE_END.source}|[·.]$`);
const LEAD_IN = { test: (t: string): boolean => t.length <= 21 && /[：:]$/.test(t) && LEAD_IN_FORM.test(t) };
/** What may follow a lead-in as the rest of its heading: a headline, with commas but no sentence. */
const headlinePart = (t: string, longest = 30): boolean =>
  t.length >= 2 && t.length <= longest && !/[。！？；;…]/.test(t) && !/[，,、：:]$/.test(t);
/** A section's number standing alone: "01", "2", "三", "PART 2", "第一部分". */
const SECTION_NUMBER = /^(?:0?\d{1,2}|[一二三四五六七八九十]{1,3}|PART\s*\d{1,2}|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节))$/i;
/** A heading set over two lines, the first naming what the second is about: "英国《泰晤士报》：". */
const LEAD_IN_FORM =
  /^(?!.*(?:如下|以下|包括|分别|是|为|有|说|道|表示|指出|强调|认为|介绍|称|提出|要求|问|答)[：:]$)[^，,。！？；、]{2,20}[：:]$/;

/** A label pairing names by dashes, a route or a match ("甲地-乙地/丙地"): it names the list under it, not a section. */
const ROUTE_PLACE = `[${HAN_CLASS}][${HAN_CLASS}A-Za-z\\d]{0,9}(?:[/／][${HAN_CLASS}][${HAN_CLASS}A-Za-z\\d]{0,9})*`;
const ROUTE = new RegExp(`^${ROUTE_PLACE}(?:\\s*[-－–~～→]\\s*${ROUTE_PLACE})+$`);

/** A label in brackets over a heading: "【回应】". */
const BRACKET_KICKER = /^【[^【】]{1,8}】$/;
/** A stamp of when a post was updated, in brackets: "【更新2月28日 18:59】". */
const STAMP = /^[【\[（(]\s*[\p{Script=Han}]{0,4}\s*[\d\s年月日:：/.\-]+[】\]）)]$/u;
/** A notice's field: "时间：中午12时", "地点：某某广场". */
const NOTICE_FIELD = /^(?:时间|日期|地点|地址|方法|方式|名额|电话|对象|费用|详情|报名|截止|网址)\s*[:：]/;

/** Why a line that looks like a heading is none: the kind of line it is, and the lines around it. */
function notAHeading(p: Para, prev: Para | undefined, next: Para | undefined): boolean {
  const t = p.text;
  if ((p.linkRatio ?? 0) > 0.5 || p.hint === "quote" || p.hint === "caption") return true;
  if (STAMP.test(t) || NOTICE_FIELD.test(t)) return true;
  if (captionLike(t) || DOCUMENT_NUMBER.test(t) || PAGE_NUMBER.test(t) || ROUTE.test(t) || parseByline(t)) return true;
  if (creditsOrCounts(t)) return true;
  // The next item of a numbered list ("7. …" after "6. …") is an item, however short.
  const item = t.match(/^(\d{1,2})[.．、]/);
  if (item && prev?.text.match(/^(\d{1,2})[.．、]/)?.[1] === String(+item[1]! - 1)) return true;
  // A signature over its date ("教育部办公厅" / "2018年8月22日") closes a document.
  if (next && DATE_LINE.test(next.text.trim())) return true;
  // The second half of a sentence the layout broke ("…而是不愿搞好这场" / "革命，抵制这场革命·"); markup
  // that sets a line apart as a heading was read with the lines around it.
  if (p.hint !== "heading" && prev && !prev.hint && !SENTENCE_END.test(prev.text) && (prev.text.length > 30 || /[，,]/.test(prev.text)))
    return true;
  // A plain line over a heading the text marks ("■某某", a heading element) heads nothing: a caption
  // or a note closing the section above, unless it leads into that heading.
  if (p.hint !== "heading" && next && (next.hint === "heading" || MARKED_HEADING.test(next.text)) && !leadsIntoNext(t)) return true;
  // The first half of one: what follows goes on with punctuation.
  return !!next && /^[，,、。；;：:）)」』”’》]/.test(next.text);
}

/** A heading the text marks with a sign before it: "■追凶28年终于落网". */
const MARKED_HEADING = /^[■□●◆▲◇]\s*\S/;
/** A line that leads into the heading under it: a lead-in, a kicker, a label in brackets. */
const leadsIntoNext = (t: string): boolean => LEAD_IN.test(t) || t.endsWith("——") || BRACKET_KICKER.test(t);

/** A short line that ends no clause, the markup saying nothing of it. */
const phrase = (p: Para | undefined): boolean => !!p && !p.hint && p.text.length <= 30 && !CLAUSE_END.test(p.text);

/**
 * Whether a text sets one phrase per line, as WeChat and self-media posts do: a quarter of its
 * paragraphs or more are such phrases standing next to each other. There a short line without
 * punctuation is a piece of a sentence, and only the markup makes a heading.
 */
function phrasePerLine(paras: readonly Para[]): boolean {
  let runs = 0;
  paras.forEach((p, i) => {
    if (phrase(p) && (phrase(paras[i - 1]) || phrase(paras[i + 1]))) runs++;
  });
  return runs >= 6 && runs >= paras.length * 0.25;
}

/** A section's numbered title: "2、从某某看某某的理念", short, closing no sentence. */
const NUMBERED_TITLE = /^(\d{1,2})\s*[、.．]\s*(?=\S)[^。！；;]{2,38}$/;

/**
 * The sections a text numbers: short lines numbered 1, 2, 3 … in order, three or more, each with
 * text between it and the next. The numbers, not the words, say they are headings, though they
 * hold commas ("1、一张照片，回顾一年的历程").
 */
function numberedSections(paras: readonly Para[]): Set<number> {
  const at: number[] = [];
  paras.forEach((p, i) => {
    // What a title quotes may close a sentence of its own ("8、「公司说你不行，你就是不行。」").
    const m = p.hint && p.hint !== "heading" ? null : p.text.replace(/[「“『][^」”』]*[」”』]/g, "「」").match(NUMBERED_TITLE);
    if (m && p.text.length <= 40 && +m[1]! === at.length + 1 && (at.length === 0 || i > at[at.length - 1]! + 1)) at.push(i);
  });
  return new Set(at.length >= 3 ? at : []);
}

/** A name in brackets closing the last paragraph ("……二等奶。(杨喜庆)") is the author's, not the text's. */
const CLOSING_BYLINE = new RegExp(
  `\\s*[（(]\\s*((?:(?:特约|本报|本刊)?评论员|记者|通讯员|作者|文/图|文字|文|图文)?\\s*[/:：]?\\s*[${HAN_CLASS}]{2,4}(?:[\\s、][${HAN_CLASS}]{2,4}){0,3})\\s*[)）]\\s*$`,
);
/** A reporter's credit run onto the last sentence, no brackets: "……已经死亡。记者李志宏". */
const CLOSING_CREDIT = new RegExp(
  `(?<=[。！？”])\\s*(?:本报)?(?:记者|通讯员)\\s*([${HAN_CLASS}]{2,4}(?:[\\s、][${HAN_CLASS}]{2,4}){0,3})\\s*$`,
);
/**
 * A bracketed signature closing the last paragraph that names a desk, an account or what the writer
 * is ("（某某日报评论员）", "（某某之家）"); an office credited for the text stays with it.
 */
const CLOSING_SIGNATURE =
  /\s*[（(]\s*([^()（）。，、：:；!！?？]{0,14}(?:评论员|评论部|评论|编辑部|之家|工作室|公众号|发布|观察|人|员|君|者))\s*[)）]\s*$/;
/** The role a closing byline may name before the names. */
const BYLINE_ROLE = /^((?:特约|本报|本刊)?评论员|记者|通讯员|作者|文\/图|文字|文|图文)\s*[/:：]?\s*/;

/**
 * Marks structure: interview speakers, headings (a kicker ending in "——" joins the heading under it,
 * and a lead-in ending in "：" runs into it), photo captions, and a closing byline or signature in brackets.
 * Headings come only from evidence: the markup's heading, or a short line set apart that is no
 * caption, byline, page or document number, signature or half of a broken sentence.
 */
export const markStructure: Step = (d) => {
  const { paras } = d;
  const { messages, note } = notesFor(d);
  let evidence = d.evidence;
  const counts = new Map<string, number>();
  for (const p of paras) {
    const m = isSpeakerLine(p.text) ? p.text.match(SPEAKER) : null;
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  // A notice's field label ("地址：") repeats as a speaker's name would: it is none.
  const isSpeaker = (name: string) => isInterviewRole(name) || ((counts.get(name) ?? 0) >= 2 && !NOTICE_FIELD.test(`${name}：`));
  // A speaker's label on a line of its own over the words ("答：" / its answer), as transcripts set
  // them; in an interview, a name so set speaks too ("某某：" over the spokesman's opening remarks).
  const interview = paras.some((p) => isInterviewRole(p.text.match(SPEAKER)?.[1] ?? p.text.match(LONE_SPEAKER)?.[1] ?? ""));
  const loneSpeaker = (p: Para, next: Para | undefined): string | null => {
    const name = p.hint ? null : p.text.trim().match(LONE_SPEAKER)?.[1];
    return name && next && !next.hint && (isSpeaker(name) || (interview && isPersonName(name) && !NOTICE_FIELD.test(`${name}：`)))
      ? name
      : null;
  };
  let spoken: string | null = null;
  const lastText = paras.findLastIndex((p) => !p.hint && !captionLike(p.text));
  const phrasal = phrasePerLine(paras);
  const sections = numberedSections(paras);

  const blocks: Block[] = [];
  const runOn = new Set<Block>();
  let pendingNumber: string | null = null;
  paras.forEach((p, i) => {
    if (spoken) {
      blocks.push({ kind: "paragraph", speaker: spoken, text: p.text, line: p.line });
      spoken = null;
      return;
    }
    spoken = loneSpeaker(p, paras[i + 1]);
    if (spoken) return;
    let text = p.text;
    const credit = i === lastText ? text.match(CLOSING_CREDIT) : null;
    const credited = credit ? namesFrom(credit[1]!) : [];
    if (credit && credited.length && credited.every(isPersonName)) {
      evidence = gather(evidence, { authors: [{ value: credited, from: "byline" }] });
      note(RULES.closingByline, p.line, credit[0].trim());
      text = text.slice(0, credit.index).trim();
    }
    if (i === lastText && /[)）]\s*$/.test(text)) {
      const byline = text.match(CLOSING_BYLINE);
      const m = byline ?? text.match(CLOSING_SIGNATURE);
      if (m && /[。！？”]$/.test(text.slice(0, m.index).trim())) {
        const names = byline ? namesFrom(byline[1]!.replace(BYLINE_ROLE, "")) : [];
        const people = names.length > 0 && names.every(isPersonName);
        if (people) evidence = gather(evidence, { authors: [{ value: names, from: "byline" }] });
        note(people ? RULES.closingByline : RULES.signature, p.line, m[0].trim());
        text = text.slice(0, m.index).trim();
      }
    }
    const prev = paras[i - 1];
    const next = paras[i + 1];
    // A heading the markup sets naming who says what ("某某：没有强制要求") is no speaker's line; a question may be.
    const namedHead = p.hint === "heading" && text.length <= 40 && !/[。！？!?]/.test(text);
    const speaker = !namedHead && isSpeakerLine(text) ? text.match(SPEAKER) : null;
    const last = blocks[blocks.length - 1];
    const afterLeadIn = last?.kind === "heading" && LEAD_IN.test(last.text) && !last.kicker;
    // A kicker ending in "——", or a label in brackets ("【回应】"), leads into its heading, as long as a headline's line may run.
    const afterKicker = last?.kind === "heading" && (last.text.endsWith("——") || BRACKET_KICKER.test(last.text)) && !last.kicker;
    // A labelled heading the markup sets over more lines than one ("【意外】" / "某地发生事故" / "求助却被告知…") is one.
    const runsOn =
      last?.kind === "heading" &&
      !!last.kicker &&
      BRACKET_KICKER.test(last.kicker) &&
      !runOn.has(last) &&
      p.hint === "heading" &&
      prev?.hint === "heading" &&
      headlinePart(text, 20);
    if (p.hint === "row") {
      blocks.push({ kind: "row", text, line: p.line });
    } else if (next?.hint === "row" && text.length <= 30 && !/[。！？，；]/.test(text)) {
      // A table's title, on the line over its first row.
      blocks.push({ kind: "caption", text, line: p.line });
    } else if (speaker && isSpeaker(speaker[1]!)) {
      blocks.push({ kind: "paragraph", speaker: speaker[1]!, text: text.slice(speaker[0].length), line: p.line });
    } else if (p.hint === "caption" || (p.hint !== "heading" && p.hint !== "title" && CAPTION.test(text)) || captionLike(text)) {
      blocks.push({ kind: "caption", text, line: p.line });
    } else if (pendingNumber) {
      blocks.push({ kind: "heading", text, line: p.line, level: 2, kicker: pendingNumber });
      pendingNumber = null;
    } else if (runsOn) {
      last!.text += ` ${text}`;
      runOn.add(last!);
    } else if (
      (p.hint === "heading" ||
        p.hint === "title" ||
        (!phrasal && next !== undefined && headingLike(text)) ||
        sections.has(i) ||
        (afterLeadIn && headlinePart(text)) ||
        (afterKicker && headlinePart(text, 40))) &&
      !notAHeading({ ...p, text }, prev, next)
    ) {
      if (afterKicker) {
        last!.kicker = last!.text;
        last!.text = text;
      } else if (afterLeadIn) last!.text += text;
      else blocks.push({ kind: "heading", text, line: p.line, level: last?.kind === "heading" ? 3 : 2 });
    } else if (SECTION_NUMBER.test(text) && next && !next.hint && headlinePart(next.text) && !notAHeading(next, undefined, paras[i + 2])) {
      // A section's number on a line of its own ("01", "二") opens the heading under it: evidence
      // even in a text set one phrase per line.
      pendingNumber = text;
    } else if (
      !phrasal &&
      next !== undefined &&
      LEAD_IN.test(text) &&
      !isSpeakerLine(text) &&
      headlinePart(next.text) &&
      !notAHeading(next, p, paras[i + 2])
    ) {
      // A lead-in over a heading ("英国《泰晤士报》：" / its report's headline) opens the heading as its kicker.
      blocks.push({ kind: "heading", text, line: p.line, level: last?.kind === "heading" ? 3 : 2 });
    } else {
      // The body that signs a document over its date ("某县人民政府办公室" / "2023年3月2日") issued it.
      const signer = !!next && DATE_LINE.test(next.text.trim()) && ISSUER.test(text.trim());
      if (signer) evidence = gather(evidence, { publication: { value: text.trim(), from: "text" } });
      else if (!CLAUSE_END.test(text) && next && !(phrasal && phrase(p))) note(RULES.breaksOff, p.line, `…${text.slice(-20)}`);
      blocks.push({ kind: "paragraph", text, line: p.line });
    }
  });
  // Photos set above the lead: their captions follow the lead, so the article opens on its text.
  const lead = blocks.findIndex((b) => b.kind !== "caption");
  if (lead > 0 && blocks[lead]!.kind === "paragraph") {
    const photos = blocks.splice(0, lead);
    blocks.splice(1, 0, ...photos);
    for (const b of photos) note(RULES.leadPhotos, b.line, b.text);
  }
  return { ...d, blocks, evidence, messages };
};
