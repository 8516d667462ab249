import { describe, expect, it } from "vitest";
import { splitHeadline, standInTitle, takeHeadline } from "../src/clean/headline.js";
import { RULES } from "../src/model/rules.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { draft, paras, textsOf } from "./helpers.js";

describe("headline", () => {
  it("splits a title from its subtitle at ——", () => {
    expect(splitHeadline("齐心协力谱新篇 ——某区以活动成效助推建设")).toEqual({
      title: "齐心协力谱新篇",
      subtitle: "某区以活动成效助推建设",
      column: null,
    });
  });

  it("splits a deck of two clauses set after the headline on its line, and leaves a headline of clauses whole", () => {
    expect(splitHeadline("某地首届养老专业本科生迎来毕业季 “银发浪潮”到来，年轻人可大展拳脚")).toEqual({
      title: "某地首届养老专业本科生迎来毕业季",
      subtitle: "“银发浪潮”到来，年轻人可大展拳脚",
      column: null,
    });
    expect(splitHeadline("某某同志遗体在京火化 某某等到八宝山革命公墓送别").subtitle).toBeNull();
    expect(splitHeadline("某大学拟修订院长遴选指引　利校长集权　任期最多五年").subtitle).toBeNull();
  });

  it("reads formulas set on lines of their own as text, plain or in bold, never as headings", () => {
    const md = [
      "# 某地延迟退休方案公布",
      "",
      "按照每延迟一年增加三个月的办法，可以推算出延迟退休后的退休年龄计算公式：",
      "",
      "女职工退休年龄=50+3×（50+出生年份-2021）/12",
      "",
      "**男性退休年龄=60+3×（60+出生年份-2021）/12**",
      "",
      "我们选取同为1980年出生的女职工和男性来计算，结果如下文所示。",
      "",
    ].join("\n");
    const a = cleanDocument("f.md", new TextEncoder().encode(md));
    expect(a.blocks.filter((b) => b.kind === "heading")).toEqual([]);
  });

  it("takes the part before 丨 as the column", () => {
    expect(splitHeadline("聚焦新作为丨某市营商环境持续向好")).toEqual({
      title: "某市营商环境持续向好",
      subtitle: null,
      column: "聚焦新作为",
    });
  });

  it("takes a CMS's keywords after the headline's bars for no column", () => {
    expect(splitHeadline("某市保姆放火案将于2月9日一审宣判|放火案|审判长|盗窃")).toEqual({
      title: "某市保姆放火案将于2月9日一审宣判",
      subtitle: null,
      column: null,
    });
  });

  it("takes a summary set in bold over the byline as the subtitle, in a page and in Markdown", () => {
    const deck = "虽然大部分门店与此事无关，但为了避免引起顾客担心，它们还是下架了相关产品。";
    const text = [
      "6月12日晚，某市市场监管部门发出开展食品安全大检查工作的通知，要求各区立即行动。",
      "记者在某区一家商场走访看到，相关部门人员已在门店逐一排查。",
    ];
    const html = `<html><head><title>某市多家餐厅下架相关产品</title></head><body><h1>某市多家餐厅下架相关产品</h1><p><strong>${deck}</strong></p><p>记者 | 王建国 李明</p>${text.map((t) => `<p>${t}</p>`).join("")}</body></html>`;
    const md = `# 某市多家餐厅下架相关产品\n\n**${deck}**\n\n记者 王建国\n\n${text.join("\n\n")}\n`;
    for (const [name, source] of [
      ["deck.html", html],
      ["deck.md", md],
    ] as const) {
      const a = cleanDocument(name, new TextEncoder().encode(source));
      expect(a.subtitle).toBe(deck);
      expect(a.blocks[0]!.text).toBe(text[0]);
    }
    // A picture's caption in bold over the byline is the picture's, sentences and all.
    const caption = "▲某县公安局民警到场处置，认定系意外事件。家属对此并无异议，已将遗体领回处理。（图／记者王建国翻摄）";
    const pictured = cleanDocument(
      "caption.html",
      new TextEncoder().encode(
        html.replace(`<p><strong>${deck}</strong></p>`, `<p><img src="a.jpg"></p><p><strong>${caption}</strong></p>`),
      ),
    );
    expect(pictured.subtitle).toBeNull();
    expect(pictured.blocks.find((b) => b.kind === "caption")?.text).toBe(caption);
    // Bold in the text, with no byline under it, stays where it is.
    const bold = cleanDocument(
      "bold.md",
      new TextEncoder().encode(`# 某市多家餐厅下架相关产品\n\n${text[0]}\n\n**${deck}**\n\n${text[1]}\n`),
    );
    expect(bold.subtitle).toBeNull();
    expect(bold.blocks.map((b) => b.text)).toContain(deck);
  });

  it("takes a headline that opens on a place and a colon, but not a speaker's turn", () => {
    const body = "近日，某市出台促进婴幼儿照护服务发展的若干措施，对户籍家庭发放一次性育儿津贴。";
    const place = takeHeadline(draft(paras("某某市：对生育二孩、三孩的户籍家庭发放育儿津贴5000元", body)));
    expect(place.evidence.headline?.title).toBe("某某市：对生育二孩、三孩的户籍家庭发放育儿津贴5000元");
    const turn = takeHeadline(draft(paras("王建国：我们先抓作风，再抓落实", body)));
    expect(turn.evidence.headline).toBeUndefined();
  });

  it("joins a headline printed over two lines and takes a —— line as the subtitle", () => {
    const out = takeHeadline(draft(paras("转作风提效能", "加快建设美丽家园", "————专访某市委书记", "记者：请谈谈您的体会，好吗？谢谢。")));
    expect(out.evidence.headline).toEqual({ title: "转作风提效能 加快建设美丽家园", subtitle: "专访某市委书记", column: null });
    expect(out.paras).toHaveLength(1);
    expect(out.messages.map((m) => [m.ruleId, m.line])).toEqual([
      [RULES.headline.id, 1],
      [RULES.headline.id, 2],
      [RULES.headline.id, 3],
    ]);
  });

  it("takes the line under a one-line title as its subtitle", () => {
    const out = takeHeadline(draft(paras("作风建设没有休止符", "某县委书记访谈", "记者：作为一位县委书记，您怎么看？")));
    expect(out.evidence.headline).toMatchObject({ title: "作风建设没有休止符", subtitle: "某县委书记访谈" });
    expect(textsOf(out.paras)).toEqual(["记者：作为一位县委书记，您怎么看？"]);
  });

  it("stops at the first sentence of the body", () => {
    const out = takeHeadline(draft(paras("某市营商环境持续向好", "五月的某市，微风和煦。", "第二段。")));
    expect(out.evidence.headline?.subtitle).toBeNull();
    expect(out.paras).toHaveLength(2);
  });

  it("removes a repeat of a title the wrapper already stated", () => {
    const out = takeHeadline(draft(paras("县里开会了", "正文第一段。"), { stated: { title: "县里开会了" } }));
    expect(textsOf(out.paras)).toEqual(["正文第一段。"]);
    expect(out.evidence.headline?.title).toBe("县里开会了");
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.repeatedTitle.id]);
  });

  it("finds no headline in text that starts with a sentence", () => {
    const out = takeHeadline(draft(paras("全县召开会议，部署工作。", "第二段。")));
    expect(out.paras).toHaveLength(2);
    expect(out.evidence.headline).toBeUndefined();
  });
});

describe("a stated headline on the page", () => {
  const body = ["五月的某市，微风和煦，市民在公园散步。", "第二段正文，继续叙述。"];

  it("drops the page's buttons and banners above the headline's repeat", () => {
    const out = takeHeadline(
      draft(paras("全新首页 焕新登场", "精选频道 热点不错过", "县里开会了", ...body), { stated: { title: "县里开会了" } }),
    );
    expect(textsOf(out.paras)).toEqual(body);
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.headerFurniture.id, RULES.headerFurniture.id, RULES.repeatedTitle.id]);
  });

  it("keeps what reads as text above the headline, an epigraph, and removes only the repeat", () => {
    const out = takeHeadline(
      draft(paras("名言警句", "读书使人明智，这是大家都知道的。", "县里开会了", ...body), { stated: { title: "县里开会了" } }),
    );
    expect(textsOf(out.paras)).toEqual(["名言警句", "读书使人明智，这是大家都知道的。", ...body]);
    // An epigraph is a quotation: no line of it heads a section.
    expect(out.paras.slice(0, 2).map((p) => p.hint)).toEqual(["quote", "quote"]);
  });

  it("takes a repeat misread by a character or two, or set in other brackets, for the headline", () => {
    const out = takeHeadline(draft(paras("《走访某某日报编鼎部>", ...body), { stated: { title: "走访某某日报编辑部" } }));
    expect(textsOf(out.paras)).toEqual(body);
  });

  it("takes the headline's repeat when the text breaks it over lines, and nothing of the text under it", () => {
    const out = takeHeadline(
      draft(paras("某某委员会", "关于某县春耕生产的", "决定", "（2023年3月1日通过）", ...body), {
        stated: { title: "某某委员会关于某县春耕生产的决定" },
      }),
    );
    expect(textsOf(out.paras)).toEqual(["（2023年3月1日通过）", ...body]);
    expect(out.messages.filter((m) => m.ruleId === RULES.repeatedTitle.id)).toHaveLength(3);
  });

  it("takes a deck the markup sets under the headline for the subtitle, but not a section's short label", () => {
    const deck = (text: string) => ({ text, line: 2, gap: 1, hint: "title" as const });
    const out = takeHeadline(
      draft([...paras("县里开会了"), deck("某某县举行"), deck("庆祝大会暨表彰大会"), ...paras(...body)], {
        stated: { title: "县里开会了" },
      }),
    );
    expect(out.evidence.headline?.subtitle).toBe("某某县举行庆祝大会暨表彰大会");
    expect(textsOf(out.paras)).toEqual(body);
    const label = takeHeadline(
      draft([...paras("县里开会了"), { ...deck("安全事件"), hint: "heading" as const }, ...paras(...body)], {
        stated: { title: "县里开会了" },
      }),
    );
    expect(label.evidence.headline?.subtitle).toBeNull();
    expect(textsOf(label.paras)).toEqual(["安全事件", ...body]);
  });

  it("takes no bracketed section label for the deck, however long", () => {
    const heading = (text: string) => ({ text, line: 2, gap: 1, hint: "heading" as const });
    const out = takeHeadline(
      draft([...paras("县里开会了"), heading("【全县两会】"), ...paras(...body)], { stated: { title: "县里开会了" } }),
    );
    expect(out.evidence.headline?.subtitle).toBeNull();
    expect(textsOf(out.paras)).toEqual(["【全县两会】", ...body]);
  });

  it("takes the body that issued a document, on a line under its title, for the publication", () => {
    const out = takeHeadline(
      draft(paras("关于做好某项工作的通知", "某某省委员会政治部", ...body), { stated: { title: "关于做好某项工作的通知" } }),
    );
    expect(textsOf(out.paras)).toEqual(body);
    expect(out.evidence.publication).toEqual({ value: "某某省委员会政治部", from: "text" });
    // A bulletin's issuer under a headline the text alone gives: no heading of it.
    const bulletin = takeHeadline(draft(paras("某县2023年国民经济和社会发展统计公报", "某县统计局", ...body)));
    expect(bulletin.evidence.headline?.title).toBe("某县2023年国民经济和社会发展统计公报");
    expect(textsOf(bulletin.paras)).toEqual(body);
    expect(bulletin.evidence.publication).toEqual({ value: "某县统计局", from: "text" });
  });

  it("replaces a stated headline cut short with the full original the text restates", () => {
    const original = { title: "定了！某某码头即将开通！地铁直达+免税城", subtitle: null, column: null };
    const out = takeHeadline(
      draft(paras(...body), {
        stated: { title: "定了！某某码头即将开通！地铁直达+免..." },
        evidence: { authors: [], tags: [], headline: original },
      }),
    );
    expect(out.evidence.headline?.title).toBe(original.title);
    const kept = takeHeadline(
      draft(paras(...body), { stated: { title: "某某码头开通" }, evidence: { authors: [], tags: [], headline: original } }),
    );
    expect(kept.evidence.headline?.title).toBe("某某码头开通");
  });

  it("reads a column printed after the bar, short after a long headline", () => {
    expect(splitHeadline("图书馆的事，要经得起审视｜某某快评")).toEqual({
      title: "图书馆的事，要经得起审视",
      subtitle: null,
      column: "某某快评",
    });
    // Hong Kong papers print the bar in its vertical form.
    expect(splitHeadline("八方析事︱区议员宣誓也让路 何事咁重要？")).toMatchObject({
      title: "区议员宣誓也让路 何事咁重要？",
      column: "八方析事",
    });
  });

  it("takes an outlet's name before the bar for the publication, not a column", () => {
    const body = "某公司前员工称出差期间受到侵害，当地检方作出不起诉决定。记者联系了有关各方。";
    const a = cleanDocument("a.md", new TextEncoder().encode(`---\ntitle: 某某新闻｜某公司前员工称出差期间受侵害\n---\n${body}\n`));
    expect(a).toMatchObject({ title: "某公司前员工称出差期间受侵害", column: null, publication: "某某新闻" });
    const b = cleanDocument("b.md", new TextEncoder().encode(`---\ntitle: 某某视界｜某公司前员工称出差期间受侵害\n---\n${body}\n`));
    expect(b).toMatchObject({ column: "某某视界", publication: null });
  });

  it("takes WeChat's 原创 badge copied onto the end of the headline off it, and reports it", () => {
    const body = "某公司前员工称出差期间受到侵害，当地检方作出不起诉决定。记者联系了有关各方。";
    const title = "某公司前员工称出差期间受侵害，检方认为证据无法证明存在胁迫";
    const a = cleanDocument("a.md", new TextEncoder().encode(`---\ntitle: ${title}原创\n---\n${body}\n`));
    expect(a.title).toBe(title);
    expect(a.messages.filter((m) => m.ruleId === RULES.releaseFlag.id).map((m) => m.text)).toEqual([expect.stringContaining("原创")]);
    // The headline's own word, after a verb that takes it.
    expect(splitHeadline("某市文化产业十年来为什么始终坚持原创").title).toBe("某市文化产业十年来为什么始终坚持原创");
    expect(splitHeadline("短剧原创").title).toBe("短剧原创");
  });
});

describe("a stand-in title", () => {
  it("is the first sentence cut at a phrase end, never mid-word", () => {
    expect(standInTitle(["“今年上半年发改委财金司在这方面做了很多工作，目前已出台了4个专项债发行指引。"])).toBe(
      "今年上半年发改委财金司在这方面做了很多工作",
    );
    expect(standInTitle(["《某某》记者获悉，7月4日下午，国务院召集有关部门负责人开会，商讨市场应对措施。"])).toBe(
      "《某某》记者获悉，7月4日下午，国务院召集有关部门负责人开会",
    );
    // No phrase end within reach: whole words only.
    const cut = standInTitle(["中华人民共和国国家发展和改革委员会财政金融司有关负责人今天接受采访"]);
    expect("中华人民共和国国家发展和改革委员会财政金融司有关负责人今天接受采访".startsWith(cut)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(["采", "接", "今"].some((c) => cut.endsWith(c))).toBe(false);
  });

  it("is never a rule line, an address or a dateline", () => {
    expect(standInTitle(["==========", "网址：http://example.org/a.html", "新华社北京5月1日电（记者王小明）全国春耕工作全面展开。"])).toBe(
      "全国春耕工作全面展开",
    );
  });
});
