import { describe, expect, it } from "vitest";
import { convertPage } from "../src/render/hant.js";

describe("a page in Traditional characters", () => {
  it("converts its text and the attributes read aloud, keeping markup, classes and addresses", () => {
    const html = `<nav class="crumbs" aria-label="位置"><a href="/tags/发展/">发展</a></nav><p class="turn ask"><strong class="speaker">记者</strong>：怎么发展？</p><input placeholder="搜索"><button data-text-copied="已复制">复制</button>`;
    expect(convertPage(html)).toBe(
      `<nav class="crumbs" aria-label="位置"><a href="/tags/发展/">發展</a></nav><p class="turn ask"><strong class="speaker">記者</strong>：怎麼發展？</p><input placeholder="搜索"><button data-text-copied="已複製">複製</button>`,
    );
  });

  it("keeps code, citations, data, file names and what is marked Simplified as written", () => {
    const html = `<pre>刘楠. 能力作风[N]</pre><script type="application/ld+json">{"headline":"能力作风"}</script><a translate="no" href="/raw/a/">访谈 <b>稿</b>.txt</a><a lang="zh-Hans" href="/a/">简体</a><p>简体</p>`;
    expect(convertPage(html)).toBe(
      `<pre>刘楠. 能力作风[N]</pre><script type="application/ld+json">{"headline":"能力作风"}</script><a translate="no" href="/raw/a/">访谈 <b>稿</b>.txt</a><a lang="zh-Hans" href="/a/">简体</a><p>簡體</p>`,
    );
  });

  it("converts a headline by its phrases across the breaks between its words", () => {
    // 头发 is 頭髮 as a phrase, 頭發 character by character.
    expect(convertPage("<h1>理<wbr>头<wbr>发</h1>")).toBe("<h1>理<wbr>頭<wbr>髮</h1>");
  });
});
