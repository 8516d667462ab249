import { describe, expect, it } from "vitest";
import { lostSentences } from "./helpers.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { parseByline } from "../src/clean/chrome.js";
import { RULES } from "../src/model/rules.js";

// A repost archive's Markdown page, written for these rules: no capture's text, site or address.

const repost = (dateline: string) => `### 某县突发疫情？专家称源头仍待查明(图)
------------------------

#### [首页](https://example.org/README.md) &nbsp;&nbsp;|&nbsp;&nbsp; [专题一](https://example.org/a.md) &nbsp;&nbsp;|&nbsp;&nbsp; [专题二](https://example.org/b.md)

<div class="article">
 <p style="text-align:center"><img alt="图" src="https://example.org/p.jpg"/><br>某县实验室外景（图片来源：某某图片社）</p>
 <p>${dateline}某县畜牧部门近日通报，一处养殖场发生疫情，当地已扑杀生猪三百余头，并对周边区域实施封锁消毒。</p>
 <p>通报说，疫情源头仍在调查之中，专家建议加强对运输车辆的检查，防止疫情向周边地区扩散。</p>
 <p>当地农户表示，希望有关部门及时公开信息，帮助养殖户减少损失，尽快恢复正常生产。</p>
</div>

<hr/>
手机上长按并复制下列链接或二维码分享本文章：<br/>
https://example.org/pages/1.md <br/>
原文地址（需登录访问）：https://news.example.com/2020/08/17/1.html

------------------------
#### [首页](https://example.org/README.md) &nbsp;|&nbsp; [专题一](https://example.org/a.md)
`;

describe("a repost archive's Markdown page", () => {
  const a = cleanDocument("1.md", new TextEncoder().encode(repost("【某某网2020年8月17日讯】（某某网记者王小明综合报导）")));
  const body = a.blocks.map((b) => b.text).join("\n");

  it("takes the heading over the rule line for the headline, less the flag that it has a picture", () => {
    expect(a.title).toBe("某县突发疫情？专家称源头仍待查明");
    expect(a.messages.some((m) => m.ruleId === RULES.mediaFlag.id)).toBe(true);
    expect(lostSentences(a)).toEqual([]);
  });

  it("keeps a photo's caption, whose source is the photo's", () => {
    expect(a.blocks.find((b) => b.text.includes("图片来源"))?.kind).toBe("caption");
  });

  it("leaves out the archive's menus of links, and the share prompt", () => {
    expect(body).not.toMatch(/首页|专题一|长按/);
  });

  it("reads the bracketed dateline: the day, the outlet and the writer; a photo's source is none of them", () => {
    expect(a.date).toBe("2020-08-17");
    expect(a.publication).toBe("某某网");
    expect(a.authors).toEqual(["王小明"]);
    expect(a.originalUrl).toBe("https://news.example.com/2020/08/17/1.html");
  });

  it("reads a dateline in Chinese numerals, and a byline that names only a province for no writer", () => {
    const c = cleanDocument("2.md", new TextEncoder().encode(repost("【某某网二零二零年十二月四日】（某某网通讯员甘肃报道）")));
    expect(c.date).toBe("2020-12-04");
    expect(c.authors).toEqual([]);
    expect(parseByline("（某某网通讯员甘肃报道）")).toBeNull();
    expect(parseByline("（某某报记者王小明综合报导）")?.authors).toEqual(["王小明"]);
  });
});

// A WeChat post exported to Markdown, written for these rules.
const exported = `#  【某某圈】某县法院审结一起网络诈骗案！
 某某圈   2022-10-24 19:00

**关键词**

网络诈骗

被告人某甲在网上发布虚假信息，骗取多名群众钱款共计五万余元，案发后退赔全部损失。

法院经审理认为，被告人的行为已构成诈骗罪，鉴于其如实供述、退赔损失，依法从轻处罚。

最终，法院以诈骗罪判处被告人有期徒刑一年，缓刑一年六个月，并处罚金人民币五千元。

来源：某县人民法院

   END

阅读推荐

【某某圈】另一篇文章的标题在这里

【某某圈】还有一篇文章的标题

扫码关注我们
`;

describe("a WeChat post exported to Markdown", () => {
  const a = cleanDocument("post.md", new TextEncoder().encode(exported));
  const body = a.blocks.map((b) => b.text).join("\n");

  it("takes the heading that exclaims for the headline, and the account's label on every post for its column", () => {
    expect(a.title).toBe("某县法院审结一起网络诈骗案！");
    expect(a.column).toBe("某某圈");
  });

  it("reads the banner of keywords as tags, and ends the text at END, listing the account's trailer", () => {
    expect(a.tags).toContain("网络诈骗");
    expect(body).not.toMatch(/关键词|阅读推荐|另一篇|扫码/);
    expect(a.blocks.at(-1)!.text).toMatch(/^最终，法院以诈骗罪/);
    expect(a.messages.some((m) => m.ruleId === RULES.endMark.id && /及其后 \d+ 行/.test(m.text))).toBe(true);
  });

  it("reads the account's other posts the same when they are links: no page's menus, the post is read whole", () => {
    const linked = exported
      .replace(/^(【某某圈】.+)$/gm, "[$1](https://mp.weixin.qq.com/s/x)")
      .replace("扫码关注我们", "[扫码关注我们](https://mp.weixin.qq.com/s/y)");
    const l = cleanDocument("linked.md", new TextEncoder().encode(linked));
    expect(l.column).toBe("某某圈");
    expect(l.blocks.at(-1)!.text).toMatch(/^最终，法院以诈骗罪/);
  });

  it("keeps a label printed once, a channel's tag, in the headline, as the page prints it", () => {
    const once = cleanDocument("once.md", new TextEncoder().encode(exported.replace(/【某某圈】(另|还)/g, "$1")));
    expect(once.title).toBe("【某某圈】某县法院审结一起网络诈骗案！");
    expect(once.column).toBeNull();
  });
});
