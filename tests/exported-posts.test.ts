import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { lostSentences } from "./helpers.js";
import { RULES } from "../src/model/rules.js";

const clean = (name: string, text: string) => cleanDocument(name, new TextEncoder().encode(text));
const TEXT = [
  "2025年2月20日，某某公司发布年度业绩公告，全年营收同比增长百分之二，净利润同比增长百分之三。",
  "公司表示，游戏业务仍是收入的主要来源，占比保持在八成左右，其他业务的毛利率也在稳步提高。",
  "分析人士认为，公司现金充裕，有能力在新的领域加大投入，但短期内仍会保持稳健的经营风格。",
];

describe("posts exported to Markdown from their pages", () => {
  it("reads a post's page as a reader service exports it: the title, the address, the text under its label", () => {
    const a = clean(
      "p.md",
      ["Title: 某某公司：三年内做到行业第二", "", "URL Source: https://mp.weixin.qq.com/s/abc", "", "Markdown Content:", ...TEXT].join(
        "\n",
      ),
    );
    expect(a.title).toBe("某某公司：三年内做到行业第二");
    expect(a.originalUrl).toBe("https://mp.weixin.qq.com/s/abc");
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });

  it("reads an exported WeChat page's header: the title printed twice, the account's card, its banner and credits", () => {
    const page = [
      "某某公司有资格“躺平”",
      "===============",
      "",
      "某某公司有资格“躺平”",
      "=========",
      "",
      "[某某APP](javascript:void(0);)",
      "",
      "某某APP",
      "",
      "北京某某科技股份有限公司",
      "",
      "从思考，到创造",
      "",
      "8077篇原创内容",
      "",
      "_2025年03月18日 00:11_",
      "",
      "The following article is from 某某投资 Author Eastland",
      "",
      "作者｜Eastland  ",
      "头图｜某某图库",
      "",
      ...TEXT.flatMap((t) => [t, ""]),
    ].join("\n");
    const a = clean("w.md", page);
    expect(a).toMatchObject({
      title: "某某公司有资格“躺平”",
      subtitle: null,
      date: "2025-03-18",
      publication: "某某APP",
      authors: ["Eastland"],
    });
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(lostSentences(a)).toEqual([]);
  });

  it("reads a post's header copied as one line: the headline, the day and the account run together", () => {
    const a = clean("h.txt", ["某某首次全面阐述新功能，定档1月9日上线（内附演讲全文）2016-12-28 某某公开课", "", ...TEXT].join("\n"));
    expect(a).toMatchObject({
      title: "某某首次全面阐述新功能，定档1月9日上线（内附演讲全文）",
      date: "2016-12-28",
      publication: "某某公开课",
    });
    expect(lostSentences(a)).toEqual([]);
  });

  it("drops a writer's disclaimer, a group recruiting under the text and where to complain of it", () => {
    const a = clean(
      "g.md",
      [
        "# 某某公司有资格躺平",
        "",
        ...TEXT.flatMap((t) => [t, ""]),
        "\\*以上分析仅供参考，不构成任何投资建议",
        "",
        "目前作者王建国的粉丝群正在招募中，他是财报解读方面的专家，扫描下方二维码，即可加入王建国粉丝群，与他直接沟通～",
        "",
        "如对本稿件有异议或投诉，请联系tougao@example.com",
      ].join("\n"),
    );
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });

  it("reads WeChat's banner in Chinese too", () => {
    const a = clean(
      "c.md",
      ["# 某某公司有资格躺平", "", "以下文章来源于某某投资 ，作者王建国", "", ...TEXT.flatMap((t) => [t, ""])].join("\n"),
    );
    expect(a.authors).toEqual(["王建国"]);
    expect(a.publication).toBe("某某投资");
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });
});

describe("a WeChat page saved in English", () => {
  it("drops the page's buttons in English, a paragraph of invisible joiners, and the headline printed again at the foot", () => {
    const page = `<html><head><title>某某院依法提起公诉</title></head><body><h1>权威发布 | 某某院依法提起公诉</h1>
<div id="js_content">${TEXT.map((t) => `<p>${t}</p>`).join("")}<p>\u200d</p>
<p>Reads</p><p>Added to Top StoriesComment</p><p>Go to "Discover" &gt; "Top Stories" &gt; "Wow"</p><p>"Top Stories" is disabled</p>
<p>Enable "Top Stories" in "Settings" &gt; "General" &gt; "Manage Discover"</p><p>Posted</p><p>发送到看一看</p><p>权威发布 | 某某院依法提起公诉</p></div></body></html>`;
    const a = clean("e.html", page);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(lostSentences(a)).toEqual([]);
  });
});

describe("credits and marks of syndicated and reposted text", () => {
  it("reads a syndicating site's credit: the site that published it with leave, the writer", () => {
    const a = clean(
      "s.md",
      [
        "# 这家公司正在成为年轻一代的办公软件-36某",
        "",
        ...TEXT.flatMap((t) => [t, ""]),
        "本文来自微信公众号 [“某某人”（ID：abc123）](http://mp.weixin.qq.com/s?x=1)，作者：王建国，36某经授权发布。",
      ].join("\n"),
    );
    expect(a).toMatchObject({ title: "这家公司正在成为年轻一代的办公软件", publication: "36某", authors: ["王建国"] });
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    // The site's name taken off the headline is reported with its line.
    expect(lostSentences(a)).toEqual([]);
    expect(a.messages.some((m) => m.ruleId === RULES.siteAfterHeadline.id)).toBe(true);
  });

  it("takes the name before a repost's bar for the outlet when the lead's dateline opens on it, a series tag before it aside", () => {
    const a = clean(
      "r.md",
      ["# 【某某文库】南风某｜某地合村并居的真实情况", "", `南风某消息，${TEXT[0]}`, "", TEXT[1], "", TEXT[2]].join("\n"),
    );
    expect([a.title, a.column, a.publication]).toEqual(["某地合村并居的真实情况", null, "南风某"]);
    // The line as printed is in the report: the proof finds every word of it.
    expect(a.messages.some((m) => m.ruleId === RULES.outletBeforeBar.id && m.text.startsWith("【某某文库】南风某｜"))).toBe(true);
    expect(lostSentences(a)).toEqual([]);
  });

  it("reports the reposting site's own note under the headline, no deck", () => {
    const a = clean(
      "r.md",
      ["# 某地合村并居的真实情况", "", "**CDT编辑注：**原文已被删除", "", ...TEXT.flatMap((t) => [t, ""])].join("\n"),
    );
    expect([a.subtitle, a.blocks.map((b) => b.text)]).toEqual([null, TEXT]);
    expect(a.messages.some((m) => m.ruleId === RULES.repostNote.id && m.text.includes("原文已被删除"))).toBe(true);
  });

  it("drops a list of the addresses the text read, with its label, however long an address", () => {
    const long = `https://www.example.com/sites/someone/2021/10/08/${"a-long-slug-".repeat(8)}?sh=5161e5246490`;
    const a = clean(
      "l.md",
      [
        "# 某某公司发布年度业绩",
        "",
        ...TEXT.flatMap((t) => [t, ""]),
        "### 参考链接",
        "",
        `1.${long}`,
        "",
        "2.https://example.org/b",
        "",
        "（三）https://example.org/c",
      ].join("\n"),
    );
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });

  it("sets a line under a picture naming where the picture comes from as its caption", () => {
    const a = clean(
      "p.md",
      ["# 某某公司发布年度业绩", "", TEXT[0], "", "![](a.jpg)", "", "某某公司总部，图片来自于某某图库", "", TEXT[1], "", TEXT[2]].join(
        "\n",
      ),
    );
    expect(a.blocks.filter((b) => b.kind === "caption").map((b) => b.text)).toEqual(["某某公司总部，图片来自于某某图库"]);
  });

  it("takes a portal's microblog marks out of the text, and reports them", () => {
    const a = clean("w.txt", "某县举行答谢会\n\n30日晚，王建国(微博)和李华(微博)在县城举行答谢会，诸多嘉宾到场祝贺，场面十分热闹。\n");
    expect(a.blocks.map((b) => b.text)).toEqual(["30日晚，王建国和李华在县城举行答谢会，诸多嘉宾到场祝贺，场面十分热闹。"]);
    expect(lostSentences(a)).toEqual([]);
  });

  it("reads an outlet's tag on a line of its own over the text, and a paper's short name before 讯", () => {
    const tagged = clean("t.txt", `（原标题：某县召开春耕生产推进会）\n【某某时报】\n${TEXT[0]}\n${TEXT[1]}\n`);
    expect(tagged).toMatchObject({ title: "某县召开春耕生产推进会", publication: "某某时报" });
    expect(tagged.blocks.map((b) => b.text)).toEqual([TEXT[0], TEXT[1]]);
    const short = clean("n.txt", `某县召开春耕生产推进会\n\n某都讯 ${TEXT[0]}\n\n${TEXT[1]}\n`);
    expect(short.publication).toBe("某都");
    expect(clean("k.txt", `某县召开春耕生产推进会\n\n快讯 ${TEXT[0]}\n\n${TEXT[1]}\n`).publication).toBeNull();
  });

  it("ends a WeChat post at an advert's call, with the advert's title over it, and drops the page's own buttons", () => {
    const a = clean(
      "x.md",
      [
        "# 某某公司发布年度业绩",
        "",
        "邮发代号 2-786",
        "",
        "征订热线：010-12345678",
        "",
        ...TEXT.flatMap((t) => [t, ""]),
        "《某某》杂志 倾情推出",
        "",
        "“企业成长计划”",
        "",
        "点击下图 了解详情",
        "",
        "欢迎各位企业家报名参加，名额有限，先到先得。",
      ].join("\n"),
    );
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    const buttons = [
      "关注该公众号",
      "继续滑动看下一个",
      "向上滑动阅览",
      "轻触阅读原文",
      "向上滑动看下一个",
      "取消 允许",
      "×分析",
      "微信扫一扫可打开此内容，使用完整服务",
    ];
    expect(clean("y.md", ["# 某某公司发布年度业绩", "", ...TEXT, ...buttons].join("\n\n")).blocks.map((b) => b.text)).toEqual(TEXT);
  });
});
