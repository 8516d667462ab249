/** A text dump's labelled fields over its text: "标题：…", "【作者】…", "正文：". */
import type { SourceLine, StatedField, WrapperMeta } from "../model/draft.js";
import type { Note } from "./types.js";
import { isChannelName, isOrganisation } from "./evidence.js";

/** The labels text archives give each field, by the field they state; a crawler's in English (a reader service's "URL Source", "Markdown Content"). */
const LABELS: [RegExp, StatedField | "column" | "text" | null][] = [
  [/^(?:标题|题目|题名|主标题|文章标题|title|headline|content_?title)$/i, "title"],
  [/^(?:副标题|副题|subtitle)$/i, "subtitle"],
  [/^(?:作者|署名|责任者|撰稿|authors?|byline|by)$/i, "authors"],
  [/^(?:来源|出处|媒体|报纸|刊名|报刊|发布机构|发布单位|发文机关|source|publisher)$/i, "publication"],
  [
    /^(?:日期|时间|发布时间|发布日期|发表日期|出版日期|刊登日期|date|time|pub_?date|pub_?time|publish_?(?:time|date)|published(?: time)?|date published|publish date)$/i,
    "date",
  ],
  [/^(?:关键词|主题词|标签|tags|keywords)$/i, "tags"],
  [/^(?:网址|链接|连结|原文链接|原文连结|原文地址|url|link|source_?url|url source|original)$/i, "url"],
  [/^(?:栏目|专栏)$/i, "column"],
  [/^(?:正文|内容|全文|content|text|body|markdown content)$/i, "text"],
  // Stated, but nothing the archive keeps: where it was printed, the document's number, where the copy was filed, the site's channel.
  [/^(?:版次|版面|版名|引题|肩题|期号|文号|索引号|本地目录|频道|category|channel|doc_?no)$/i, null],
];

const FIELD = /^\s*(?:【([^【】]{2,6})】|(\p{Script=Han}{2,6}|[A-Za-z][A-Za-z_]{1,11}(?: [A-Za-z]{2,8})?)\s*[:：])\s*(.*?)\s*$/u;
/** A rule over the text naming it: "==== 正文 ====". */
const TEXT_RULE = /^\s*[=\-─—*]{3,}\s*(?:正文|内容|全文)\s*[=\-─—*]{3,}\s*$/;

/** The field a label names: "标题", "Title", "URL Source" (in any case); undefined for a label of no field the archive knows. */
export const fieldNamed = (label: string): StatedField | "column" | "text" | null | undefined =>
  LABELS.find(([re]) => re.test(label.trim()))?.[1];

const fieldOf = (line: string): { field: StatedField | "column" | "text" | null; value: string } | undefined => {
  const m = line.match(FIELD);
  const label = m && (m[1] ?? m[2])!;
  const field = label ? fieldNamed(label) : undefined;
  return field !== undefined && m ? { field, value: m[3]! } : undefined;
};

/**
 * The fields an archive's text dump opens with, one a line, read as what its wrapper states: a
 * title and at least one more field, or three fields, before the text (or its "正文：" label).
 * Each line taken is noted; the lines left are the text.
 */
export function fieldHeader(lines: SourceLine[], note: Note): { lines: SourceLine[]; meta: WrapperMeta } | null {
  const meta: WrapperMeta = {};
  const from: NonNullable<WrapperMeta["from"]> = {};
  const taken: SourceLine[] = [];
  let column: string | undefined;
  let first: SourceLine | undefined;
  let i = 0;
  for (; i < lines.length && taken.length < 14; i++) {
    const l = lines[i]!;
    if (!l.text.trim()) continue;
    // The rule over the text, a crawler's note on its own files ("页面链接与图片详见 links.tsv") between.
    const rule = [0, 1, 2].find((k) => TEXT_RULE.test(lines[i + k]?.text ?? ""));
    if (taken.length && rule !== undefined) {
      taken.push(...lines.slice(i, i + rule + 1).filter((x) => x.text.trim()));
      i += rule + 1;
      break;
    }
    const f = fieldOf(l.text);
    if (!f) break;
    taken.push(l);
    if (f.field === "text") {
      // "正文：" over the text, or with its first line after it.
      if (f.value) first = { ...l, text: f.value };
      i++;
      break;
    }
    if (!f.value || !f.field) continue;
    // A site's channel in the column's field ("栏目：某某要闻") names no column of the headline.
    if (f.field === "column") column = isChannelName(f.value) ? column : f.value;
    else if (f.field === "authors") {
      // An institution in the author's field is the publisher.
      const names = f.value.split(/[\s、，,;；]+/).filter(Boolean);
      if (names.length === 1 && isOrganisation(names[0]!)) {
        meta.publication ??= names[0];
        from.publication ??= "the document's field lines";
        continue;
      }
      meta.authors = names;
    } else if (f.field === "tags") meta.tags = f.value.split(/[\s、，,;；]+/).filter(Boolean);
    else meta[f.field] = f.value;
    if (f.field !== "column") from[f.field] = "the document's field lines";
  }
  const fields = taken.length;
  if (!(fields >= 3 || (meta.title && fields >= 2))) return null;
  if (column && meta.title) meta.title = `${column}｜${meta.title}`;
  meta.from = from;
  for (const l of taken) note(l.line, `文件开头的字段行，读作文件所载信息：${l.text.trim()}`);
  return { lines: [...(first ? [first] : []), ...lines.slice(i)], meta };
}
