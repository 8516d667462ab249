import { describe, expect, it } from "vitest";
import { cleanDocument, cleanDocuments, STEPS } from "../src/pipeline/index.js";
import { NoArticleText } from "../src/clean/drop.js";
import { newDraft, type Step } from "../src/model/draft.js";
import { cleaningReport } from "../src/render/report.js";
import { makeArticle, lostSentences } from "./helpers.js";
import { ruleOf, RULES } from "../src/model/rules.js";
import { message } from "../src/model/messages.js";
import type { Message } from "../src/model/types.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const body = (a: { blocks: { text: string }[] }) => a.blocks.map((b) => b.text).join("\n");

describe("whole documents in other wrappers", () => {
  it("cleans a WeChat-style Markdown export with front matter under other key names", () => {
    const doc = `---
title: 某县“走流程”解决群众难题
published: 2024-03-08
authors: 王小明 李雷
keywords: [走流程, 政务服务]
source: 某某日报
original_url: https://example.org/a/1
---

![](https://mmbiz.qpic.cn/x.jpg)

某县组织干部以普通群众身份“走流程”,发现问题30个,已解决22个。  
  
## 发现问题

干部们在窗口排队办事,体验群众办事的难处。  

**END**

推荐阅读

[另一篇文章](https://example.org/2)
`;
    const a = cleanDocument("wechat.md", utf8(doc), { vocabulary: ["走流程"] });
    expect(a).toMatchObject({
      wrapper: "front matter",
      title: "某县“走流程”解决群众难题",
      date: "2024-03-08",
      publication: "某某日报",
      authors: ["王小明", "李雷"],
      originalUrl: "https://example.org/a/1",
    });
    expect(a.tags.slice(0, 2)).toEqual(["走流程", "政务服务"]);
    expect(a.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(body(a)).toContain("某县组织干部以普通群众身份“走流程”，发现问题30个，已解决22个。");
    expect(body(a)).not.toMatch(/另一篇文章|推荐阅读|mmbiz/);
  });

  it("cleans a portal page whose headline line runs two phrases together (kept whole: nothing tells a deck), photos above the lead", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市首批社区食堂迎来周年 “家门口的饭桌”越办越红火_新闻频道_某某网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">国内</a> <a href="/b">社会</a></div>
<div class="page_bt"><p class="pbt">某市首批社区食堂迎来周年 “家门口的饭桌”越办越红火</p><p class="pwz">发稿时间：2024-05-13 06:03:00 来源：某某日报</p></div>
<div class="page_text"><p align="center"><img alt="" src="a.jpg"></p>
<p>　　5月9日，某社区食堂里老人们在用餐。某某社区供图</p>
<p align="center"><img alt="" src="b.jpg"></p>
<p>　　志愿者为行动不便的老人送餐上门。某某街道供图</p>
<p>　　一年前，某市首批12家社区食堂开门营业，如今每天接待老人三千多人次，成了街坊们离不开的“饭桌”。</p>
<p>　　食堂由街道提供场地，企业负责运营，老人凭卡用餐可享受补贴，菜品每周更新，价格比外面便宜两成。</p>
<p>　　下一步，某市还将新建社区食堂30家，让更多老人在家门口吃上热乎饭。</p></div>
<div class="footer"><p>版权所有 某某网</p></div></body></html>`;
    const a = cleanDocument("page.html", utf8(page));
    expect(a).toMatchObject({ title: "某市首批社区食堂迎来周年 “家门口的饭桌”越办越红火", subtitle: null });
    expect(a.blocks.map((b) => [b.kind, b.text.slice(0, 3)])).toEqual([
      ["paragraph", "一年前"],
      ["caption", "5月9"],
      ["caption", "志愿者"],
      ["paragraph", "食堂由"],
      ["paragraph", "下一步"],
    ]);
    expect(lostSentences(a)).toEqual([]);
  });

  it("cleans a GBK plain-text dump with CRLF line ends", () => {
    // GBK bytes of: 标题行\r\n\r\n第一段正文，讲述县里召开会议的内容。\r\n
    const gbk = Uint8Array.from(
      "b1eacce2d0d00d0a0d0ab5dad2bbb6ced5fdcec4a3acbdb2caf6cfd8c0efd5d9bfaabbe1d2e9b5c4c4dac8dda1a30d0a"
        .match(/../g)!
        .map((h) => parseInt(h, 16)),
    );
    const a = cleanDocument("old.txt", gbk);
    expect(a).toMatchObject({ encoding: "gb18030", title: "标题行" });
    expect(body(a)).toBe("第一段正文，讲述县里召开会议的内容。");
  });

  it("cleans a whole web page: title from <h1>, date from its meta, chrome left out", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市开展能力作风建设_某某网</title>
<meta name="publishdate" content="2023-04-01"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/gov">政务</a></div>
<h1>某市开展能力作风建设</h1>
<div class="info">2023-04-01 09:00 来源：某某日报 作者：赵丽</div>
<div class="article"><p>某市深入开展能力作风建设活动，推动各项工作落实见效，群众满意度持续提升。</p>
<p>活动开展以来，全市共解决群众反映的问题一千余件，办事效率明显提高，营商环境不断优化。</p>
<p>分享到：</p></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">别的新闻一</a></li><li><a href="/2">别的新闻二</a></li></ul></div>
<div class="foot">版权所有 某某网 ICP备000号</div></body></html>`;
    const a = cleanDocument("page.html", utf8(page));
    expect(a).toMatchObject({ wrapper: "html page", title: "某市开展能力作风建设", date: "2023-04-01" });
    expect(body(a)).toContain("全市共解决群众反映的问题一千余件");
    expect(body(a)).not.toMatch(/首页|分享到|别的新闻|版权所有/);
  });

  it("escapes nothing itself but drops scripts and styles from HTML", () => {
    const a = cleanDocument(
      "x.html",
      utf8('<p>第一段正文，很长的一段话，说明情况。</p><script>alert(1)</script><style>p{}</style><p onclick="x()">第二段正文。</p>'),
    );
    expect(body(a)).not.toMatch(/alert|onclick|p\{\}/);
    expect(body(a)).toContain("第二段正文。");
  });

  it("gives an undated text no date, and a text naming years an estimated one", () => {
    expect(cleanDocument("a.txt", utf8("标题\n\n今年以来，全县工作稳步推进。")).date).toBeNull();
    const b = cleanDocument("b.txt", utf8("标题\n\n2021年以来，全县工作稳步推进，2022年再上台阶。"));
    expect(b).toMatchObject({ date: "2022-01-01", dateEstimated: true });
  });

  it("stands in the first sentence for a missing title and warns", () => {
    const a = cleanDocument("notitle.txt", utf8("全县召开会议，部署今年的重点工作。会议要求各部门抓好落实。"));
    expect(a.title).toBe("全县召开会议，部署今年的重点工作");
    expect(a.messages.some((m) => m.ruleId === RULES.noTitle.id && m.severity === "warning")).toBe(true);
  });

  it("throws for a document with no article text", () => {
    expect(() => cleanDocument("nav.txt", utf8("推荐阅读\n猜您喜欢\n"))).toThrow(/no article text/);
  });
});

describe("untrusted documents lose no word silently", () => {
  const ARTICLE = [
    "平原县召开全县经济工作会议",
    "会议总结了过去一年的工作，研究部署今年的重点任务。",
    "县委书记在讲话中指出，要持续优化营商环境，提高办事效率，让群众少跑腿、好办事。",
    "会议强调，各级干部要转变作风，深入基层，帮助企业解决实际困难。",
  ].join("\n\n");
  const read = (a: { messages: Message[] }) => a.messages.filter((m) => ruleOf(m.ruleId).group === "read");

  it("keeps a document cut off mid-character and warns with the line of the mark", () => {
    const bytes = utf8(ARTICLE);
    const a = cleanDocument("cut.txt", bytes.subarray(0, bytes.length - 1));
    expect(body(a)).toContain(ARTICLE.split("\n\n")[3]!.slice(0, -1) + "\ufffd");
    expect(read(a)).toEqual([
      {
        source: "cut.txt",
        ruleId: RULES.unreadableBytes.id,
        line: 7,
        text: "第 7 行有 1 个字节无法识读，显示为 �；请对照原始文件",
        severity: "warning",
      },
    ]);
  });

  it("keeps a document with a corrupt byte and names its line", () => {
    const bytes = utf8(ARTICLE);
    bytes[utf8(ARTICLE.slice(0, ARTICLE.indexOf("营"))).length] = 0xff;
    const a = cleanDocument("corrupt.txt", bytes);
    expect(body(a)).toContain("持续优化\ufffd\ufffd\ufffd商环境");
    expect(read(a)).toEqual([expect.objectContaining({ line: 5, text: expect.stringMatching(/^第 5 行有 3 个字节无法识读/) })]);
  });

  it("reports the control characters it removed", () => {
    const a = cleanDocument("control.txt", utf8(ARTICLE.replace("研究", "研\u0001究").replace("好办事", "好\u000c办事")));
    expect(body(a)).toContain("研究部署今年的重点任务");
    expect(read(a)).toEqual([
      {
        source: "control.txt",
        ruleId: RULES.controlCharacters.id,
        line: 3,
        text: "删去第 3、5 行的 2 个控制字符",
        severity: "info",
      },
    ]);
  });

  it("cleans a feed item saved as Markdown: the linked headline, the feed's date, its tags and its plugin's credit", () => {
    const doc = [
      "[某省两年查出一批冒名顶替入学者](https://feed.example.org/2020/06/item/)",
      "------",
      "日期：Fri, 19 Jun 2020 17:30:30 +0000",
      "",
      "<p>据报道，在某省高等学历数据清查工作中，有十四所高校曾公示清查结果，二百余人涉嫌冒名顶替入学。</p><p>某省教育厅回应此事，表示将零容忍严查处。</p>",
      '<p><small>Post tags: <a href="/tag/1" rel="tag">冒名顶替</a>, <a href="/tag/2" rel="tag">教育公平</a></small></p><p><small>Feed enhanced by <a href="/p">Some Plugin</a> from <a href="/o">Someone</a></small></p>',
    ].join("\n");
    const a = cleanDocument("item.md", utf8(doc));
    expect(a).toMatchObject({
      title: "某省两年查出一批冒名顶替入学者",
      date: "2020-06-20",
      originalUrl: "https://feed.example.org/2020/06/item/",
    });
    expect(body(a)).toBe(
      "据报道，在某省高等学历数据清查工作中，有十四所高校曾公示清查结果，二百余人涉嫌冒名顶替入学。\n某省教育厅回应此事，表示将零容忍严查处。",
    );
    expect(a.tags).toEqual(expect.arrayContaining(["冒名顶替", "教育公平"]));
  });

  it("cleans a paper's article exported as Markdown: kicker, edition byline, padded names, captions run together, dashed section kickers", () => {
    const doc = [
      "---",
      'title: "城市这样静下来"',
      "date: 2026-01-01",
      'author: "王小明  付  文"',
      "---",
      "",
      "### 某省大力推进噪声防治",
      "",
      "# 城市这样静下来",
      "",
      "> 本报记者  王小明  付  文《某某日报》（2026年01月01日第 05 版）",
      "",
      "图①：某市某区某街道积极开展宁静小区建设，图为街道一处城市景观俯瞰。　　李大伟摄（某某视觉）　　图②：某市城际铁路建设现场，工人正在安装声屏障。　　张  强摄（某某视觉）",
      "",
      "图①：某市某区某街道积极开展宁静小区建设，图为街道一处城市景观俯瞰。",
      "",
      "李大伟摄（某某视觉）",
      "",
      "“自从加装了隔音屏，小区居民终于能睡个安稳觉了。”业委会副主任满意地说。",
      "",
      "完善监管体系——",
      "",
      "全市完成噪声污染防治职责分工，基本实现“常见噪声问题有人管”",
      "",
      "近年来，某市持续推进噪声污染防治，城市声环境质量总体向好，居民投诉逐年减少。",
    ].join("\n");
    const a = cleanDocument("paper.md", utf8(doc));
    expect(a).toMatchObject({
      title: "城市这样静下来",
      subtitle: "某省大力推进噪声防治",
      publication: "某某日报",
      authors: ["王小明", "付文"],
    });
    expect(a.blocks.filter((b) => b.kind === "caption").map((b) => b.text)).toEqual([
      "图①：某市某区某街道积极开展宁静小区建设，图为街道一处城市景观俯瞰。",
      "李大伟摄（某某视觉）",
      "图②：某市城际铁路建设现场，工人正在安装声屏障。",
      "张 强摄（某某视觉）",
    ]);
    expect(a.blocks.find((b) => b.kind === "heading")).toMatchObject({
      kicker: "完善监管体系——",
      text: "全市完成噪声污染防治职责分工，基本实现“常见噪声问题有人管”",
    });
    expect(lostSentences(a)).toEqual([]);
  });

  it("keeps a < in plain text as text", () => {
    const a = cleanDocument("angles.txt", utf8(`${ARTICLE}\n\n会上还讨论了<p>标签和<img src=x>的写法，以及x<y时的处理办法。`));
    expect(a.wrapper).toBe("plain");
    expect(body(a)).toContain("会上还讨论了<p>标签和<img src=x>的写法，以及x<y时的处理办法。");
  });

  it("keeps the text after an unclosed comment in Markdown, and warns", () => {
    const a = cleanDocument("comment.md", utf8(ARTICLE.replace("县委书记", "<!-- 编者注\n\n县委书记")));
    expect(body(a)).toContain("帮助企业解决实际困难");
    expect(a.messages).toContainEqual(
      expect.objectContaining({ ruleId: RULES.wrapper.id, line: 5, severity: "warning", text: expect.stringMatching(/注释没有结束/) }),
    );
  });
});

describe("nothing lost, proved", () => {
  const lost = (a: { messages: Message[] }) => a.messages.filter((m) => m.ruleId === RULES.sentenceLost.id);

  it("finds every sentence of a hard-wrapped page dump on the page or in the report", () => {
    const doc = [
      "2023年5月4日 星期四",
      "",
      "某县推进政务服务改革",
      "",
      "　　今年以来，某县把政务服务改革作为优化营商环境的",
      "重要抓手，推动窗口服务提质增效，群众办事更加便利。",
      "　　据统计，全县共有一百二十项事项实现了一次办结，",
      "办理时间平均缩短了一半以上，企业和群众纷纷点赞。",
      "　　下一步，某县将继续深化改革，推动更多事项网上办",
      "理、掌上办理，让数据多跑路、群众少跑腿，不断提升",
      "群众的获得感和满意度。",
      "",
      "责任编辑：王某某",
      "",
      "推荐阅读",
      "",
      "另一篇与本文无关的报道标题",
    ].join("\n");
    const a = cleanDocument("dump.txt", utf8(doc));
    expect(body(a)).toContain("办理时间平均缩短了一半以上");
    expect(body(a)).not.toMatch(/王某某|另一篇/);
    expect(lost(a)).toEqual([]);
  });

  it("counts a line taken as the headline's repeat, a word more than the title, as reported", () => {
    const doc =
      "某市的公园为何让外地人惊叹\n\n清晨六点，某市的公园里已经热闹起来，跳舞的、打拳的、唱歌的，各有各的场地。\n\n视频-这个某市的公园为何让外地人惊叹\n";
    // As the headline step does when the page's original headline reads "这个某市的公园…": the line goes as its repeat.
    const repeat: Step = (d) => ({
      ...d,
      blocks: d.blocks.filter((b) => !b.text.startsWith("视频")),
      messages: [...d.messages, message(d.source, RULES.repeatedTitle, 5, "视频-这个某市的公园为何让外地人惊叹")],
    });
    const steps = [...STEPS.slice(0, -1), repeat, STEPS.at(-1)!];
    const d = steps.reduce((draft, step) => step(draft), newDraft("park.txt", utf8(doc)));
    expect(d.blocks.map((b) => b.text)).toEqual(["清晨六点，某市的公园里已经热闹起来，跳舞的、打拳的、唱歌的，各有各的场地。"]);
    expect(lost(d)).toEqual([]);
  });

  it("finds a headline's parts where the page prints them apart", () => {
    const a = cleanDocument(
      "column.txt",
      utf8("基层观察｜某县：让群众少跑腿\n\n某县推行一窗通办，群众办事少跑了很多冤枉路，大家都很满意。"),
    );
    expect(a.column).toBe("基层观察");
    expect(lost(a)).toEqual([]);
  });

  it("warns on the line of a sentence that a step dropped without a word, and the report then claims nothing", () => {
    const doc =
      "某县召开作风建设会议\n\n会议部署了今年作风建设的重点任务，要求各部门抓好落实。\n\n会议强调，干部要深入基层，帮助群众解决实际困难。\n";
    // A faulty rule: the second paragraph leaves the page and the report says nothing of it.
    const faulty: Step = (d) => ({ ...d, blocks: d.blocks.filter((b) => !b.text.startsWith("会议强调")) });
    const steps = [...STEPS.slice(0, -1), faulty, STEPS.at(-1)!];
    const d = steps.reduce((draft, step) => step(draft), newDraft("faulty.txt", utf8(doc)));
    expect(lost(d)).toEqual([
      {
        source: "faulty.txt",
        ruleId: RULES.sentenceLost.id,
        line: 5,
        severity: "warning",
        text: "既不在本页、也未列入记录：会议强调，干部要深入基层，帮助群众解决实际困难。",
      },
    ]);
    const report = cleaningReport(makeArticle("faulty.txt", { messages: d.messages }), "/raw/faulty/");
    expect(report).not.toContain("正文的每一句都保留了下来");
    expect(report).toContain("原文有 1 句既不在本页、也未列入删除记录");
    expect(report).toContain('<a href="/raw/faulty/#L5">第 5 行</a>：既不在本页、也未列入记录：会议强调');
    // The same document cleaned by the real steps loses nothing, and the report says so.
    const whole = cleanDocument("faulty.txt", utf8(doc));
    expect(lost(whole)).toEqual([]);
    expect(cleaningReport(whole, "/raw/faulty/")).toContain("正文的每一句都保留了下来");
  });

  it("counts a sentence dropped by a rule that reports it as reported", () => {
    const doc =
      "某县召开作风建设会议\n\n会议部署了今年作风建设的重点任务，要求各部门抓好落实。\n\n会议强调，干部要深入基层，帮助群众解决实际困难。\n";
    const a = cleanDocument("drop.txt", utf8(doc), { drop: ["会议强调"] });
    expect(body(a)).not.toContain("会议强调");
    expect(a.messages.map((m) => m.ruleId)).toContain(RULES.dropped.id);
    expect(lost(a)).toEqual([]);
  });
});

describe("documents cleaned together", () => {
  it("gives each document the article cleanDocument gives it, and the error that refused one in its place", () => {
    const docs = [
      {
        name: "a.md",
        text: "# 某县召开春耕生产推进会\n\n近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。会议要求各乡镇抓好落实。\n",
      },
      { name: "menu.txt", text: "首页\n新闻\n图片\n" },
      { name: "b.txt", text: "某市今年新建口袋公园十二个，市民在家门口就能休闲健身。公园建设资金由市区两级财政承担。\n" },
    ].map(({ name, text }) => ({ name, bytes: utf8(text), options: {} }));
    const together = cleanDocuments(docs);
    expect(together[1]).toBeInstanceOf(NoArticleText);
    for (const k of [0, 2]) expect(together[k]).toEqual(cleanDocument(docs[k]!.name, docs[k]!.bytes));
    expect((together[0] as { keywords: string[] }).keywords.length).toBeGreaterThan(0);
  });
});
