import { esc } from "../text/html.js";
import { breadcrumbs } from "./layout.js";
import { encodingName } from "./words.js";

/** One raw file as its readable view shows it. */
export interface SourceView {
  name: string;
  /** The decoded text, or null when the file no longer reads (it changed or went since the build read it). */
  text: string | null;
  encoding: string;
  bytes: number;
  sha256: string;
  /** Where its bytes are published, as received. */
  raw: string;
  article: { title: string; path: string };
}

/**
 * The raw file a reader can read: its decoded text (UTF-8 whatever the original encoding), escaped,
 * one numbered line each with an anchor (#L12) the cleaning report links to; and its bytes as
 * received, with their SHA-256 to check a download against.
 */
export function renderSource(s: SourceView): string {
  const lines = s.text === null ? [] : s.text.split("\n");
  const body = lines.map((l, i) => `<li id="L${i + 1}">${esc(l)}</li>`).join("\n");
  return `${breadcrumbs([{ name: s.article.title, path: s.article.path }], "原始文本")}
<article class="source">
<h1>原始文本：${esc(s.name)}</h1>
<dl class="facts">
<div><dt>文件</dt><dd><a href="${s.raw}" download="${esc(s.name.split("/").at(-1)!)}">${esc(s.name)}</a>（${s.bytes.toLocaleString("en")} 字节，原样保存）</dd></div>
<div><dt>编码</dt><dd>${esc(encodingName(s.encoding))}，此处以 UTF-8 显示</dd></div>
<div><dt>SHA-256</dt><dd><code>${s.sha256}</code></dd></div>
<div><dt>整理后的文章</dt><dd><a href="${s.article.path}">${esc(s.article.title)}</a></dd></div>
</dl>
${s.text === null ? "<p>这份文件在构建之后有了改动，暂时无法显示；请重新构建。</p>" : `<ol class="source-lines">\n${body}\n</ol>`}
</article>`;
}
