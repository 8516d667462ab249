import type { WrapperKind } from "../model/types.js";

/** The wrapper a document came in, in a reader's words. */
export const WRAPPER_NAMES: Record<WrapperKind, string> = {
  plain: "纯文本",
  "front matter": "带头信息的 Markdown 文件",
  "html page": "网页",
  "html fragment": "网页片段",
  "web archive": "网页存档（MHTML）",
  "crawl record": "爬虫记录（JSON）中保存的网页",
  markdown: "Markdown 文件",
  json: "JSON 导出文件",
  "feed item": "订阅源（RSS/Atom）条目",
  "note export": "笔记软件导出的剪藏（Evernote/印象笔记）",
  "xml record": "XML 记录（语料库或爬虫）",
};

/** An encoding by its proper name, as Chinese writes it too: "utf-8 (BOM)" → "UTF-8（带字节顺序标记）", "gb18030" → "GB18030". */
export const encodingName = (label: string): string => label.replace(/\s*\(BOM\)$/i, "（带字节顺序标记）").toUpperCase();
