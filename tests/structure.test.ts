import { describe, expect, it } from "vitest";
import { captionLike, headingLike, markStructure } from "../src/clean/structure.js";
import { draft, paras } from "./helpers.js";
import { RULES } from "../src/model/rules.js";
import { cleanDocument } from "../src/pipeline/index.js";

const blocksOf = (...texts: string[]) => markStructure(draft(paras(...texts))).blocks;

describe("structure", () => {
  it("takes a short line over a heading the text marks with ■ for no heading: it heads nothing", () => {
    const body = "2016年8月，侦查员在一家小卖部找到嫌疑人，嫌疑人被抓获后对犯罪事实供认不讳。";
    const blocks = blocksOf("■追凶多年终于落网", body, "嫌疑人被警方控制", "■案件开庭审理", body);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph", "heading", "paragraph"]);
    // A lead-in still leads into the heading under it.
    expect(blocksOf(body, "英国《泰晤士报》：", "■某某问题引发关注", body).filter((b) => b.kind === "heading")).toHaveLength(1);
  });

  it("marks speakers who take turns, and roles such as 记者, but not a one-off label", () => {
    const blocks = blocksOf(
      "记者：您是如何理解这项工作的重大意义的？",
      "张三：这项工作意义重大，我们必须抓好。",
      "具体包括：第一，找准问题；第二，抓好落实。",
      "记者：下一步有什么打算呢？请具体谈谈。",
      "张三:我们将继续努力，把工作做实做细。",
    );
    expect(blocks.map((b) => b.speaker ?? null)).toEqual(["记者", "张三", null, "记者", "张三"]);
    expect(blocks[1]!.text).toBe("这项工作意义重大，我们必须抓好。");
  });

  it("takes the short lines a text numbers 1, 2, 3 in order, text between them, for its sections, commas and all", () => {
    const body = "这一部分的正文写了很多内容，讲清楚了来龙去脉，也说明了下一步的打算。";
    const blocks = blocksOf(
      "1、一张照片，回顾新功能一年来的发展历程",
      body,
      "2、从新功能看产品的理念：用完即走，再用再来",
      body,
      "3、第一次完整阐述新功能",
      body,
    );
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "1、一张照片，回顾新功能一年来的发展历程",
      "2、从新功能看产品的理念：用完即走，再用再来",
      "3、第一次完整阐述新功能",
    ]);
    // The markup may set some of them as headings; what a title quotes may close a sentence.
    const marked = markStructure(
      draft([
        { text: "1、「当时的管理层并不认可这种文化」", line: 1, gap: 1, hint: "heading" as const },
        ...paras(body, "2、「公司说你不行，你就是不行。」", body, "3、「按照现在的估值，它不值钱」", body).map((p, i) => ({
          ...p,
          line: 2 + i,
        })),
      ]),
    ).blocks;
    expect(marked.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "1、「当时的管理层并不认可这种文化」",
      "2、「公司说你不行，你就是不行。」",
      "3、「按照现在的估值，它不值钱」",
    ]);
    // A list's items, one after the other, stay items.
    expect(
      blocksOf(
        body,
        "1、抓好春耕备耕工作，确保今年不误农时",
        "2、抓好农资供应工作，确保全年价格平稳",
        "3、抓好技术指导工作，确保全面增产增收",
        body,
      ).some((b) => b.kind === "heading"),
    ).toBe(false);
  });

  it("keeps the markup's headings that name who says what as headings, though the name heads two of them", () => {
    const page = `<html><head><title>棚网标准引关注</title></head><body><h1>棚网标准引关注</h1>
<p>近日，某某工程进入主体施工阶段，工地上一片繁忙景象，数百名工人正在加紧作业。</p>
<h5><strong>张明：没有强制要求棚网阻燃</strong><br><strong>李华：不跟守则不一定违法</strong></h5>
<p>工会理事长张明接受访问时表示，法例上没有强制要求棚网一定要用阻燃物料，只有指引建议采用。</p>
<h5><strong>张明：一般只查证书</strong><br><strong>难核实现场物料</strong></h5>
<p>张明说棚架搭建期间及完成后，会有合资格人士检视，但实际采用什么物料是无从判断的。</p></body></html>`;
    const a = cleanDocument("a.html", new TextEncoder().encode(page));
    expect(a.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "张明：没有强制要求棚网阻燃 李华：不跟守则不一定违法",
      "张明：一般只查证书 难核实现场物料",
    ]);
    expect(a.blocks.some((b) => b.speaker)).toBe(false);
  });

  it("takes a line closing on a note that the picture was shot from elsewhere for its caption", () => {
    expect(captionLike("下月将拍卖的房子位于某某路一带。（图翻摄自某某地图）")).toBe(true);
    expect(captionLike("下月将拍卖的房子位于某某路一带，起拍价四百万元。")).toBe(false);
  });

  it("takes two or three short questions set alone for a heading, not a question of a sentence", () => {
    expect(headingLike("如何分类？ 有害、易腐垃圾分别是哪些东西？")).toBe(true);
    expect(headingLike("为何要建？建在哪里？")).toBe(true);
    expect(headingLike("请问这次访问的主要目的是什么？")).toBe(false);
  });

  it("reads a speaker's label set on a line of its own over the words, as transcripts set them", () => {
    const blocks = blocksOf(
      "2009年11月17日，某部发言人王建国举行例行记者会。答问如下。",
      "王建国：",
      "大家下午好！首先发布一条消息，明天将举行一场吹风会。",
      "问：请问这次访问的主要目的是什么？",
      "答：",
      "这次访问的目的是增进了解，推动合作，双方将就共同关心的问题交换意见。",
    );
    expect(blocks.map((b) => [b.speaker ?? null, b.text])).toEqual([
      [null, "2009年11月17日，某部发言人王建国举行例行记者会。答问如下。"],
      ["王建国", "大家下午好！首先发布一条消息，明天将举行一场吹风会。"],
      ["问", "请问这次访问的主要目的是什么？"],
      ["答", "这次访问的目的是增进了解，推动合作，双方将就共同关心的问题交换意见。"],
    ]);
    // Outside an interview, a name and a colon over a paragraph is a lead-in, not a speaker.
    expect(blocksOf("王建国：", "这次访问的目的是增进了解，推动合作，双方将就共同关心的问题交换意见。").some((b) => b.speaker)).toBe(false);
  });

  it("marks short lines without sentence punctuation as headings, a —— kicker joining the next", () => {
    const blocks = blocksOf("把问号拉直——", "以组织力推动工作落实", "正文第一段。", "春风十里,不如徒步走起", "正文第二段。");
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "heading", "paragraph"]);
    expect(blocks[0]).toMatchObject({ kicker: "把问号拉直——", text: "以组织力推动工作落实" });
  });

  it("sets the captions of photos printed above the lead under it, so the article opens on its text", () => {
    const out = markStructure(
      draft(
        paras(
          "5月1日，某县农民在田间插秧。某某县委宣传部供图",
          "图为新建的灌溉水渠。",
          "今年以来，某县新修水渠30公里，灌溉面积增加两万亩。",
          "第二段。",
        ),
      ),
    );
    expect(out.blocks.map((b) => [b.kind, b.text.slice(0, 4)])).toEqual([
      ["paragraph", "今年以来"],
      ["caption", "5月1日"],
      ["caption", "图为新建"],
      ["paragraph", "第二段。"],
    ]);
    expect(out.messages.filter((m) => m.ruleId === RULES.leadPhotos.id).map((m) => m.line)).toEqual([1, 2]);
  });

  it("makes a heading right under another a subheading", () => {
    const blocks = blocksOf("踏石留印 抓铁有痕", "某县 能力作风建设走深走实", "正文。");
    expect(blocks.map((b) => b.level)).toEqual([2, 3, undefined]);
  });

  it("takes the body that signs a document over its date for its publisher, and flags no break there", () => {
    const out = markStructure(draft(paras("各有关部门要加强农资市场监管，确保供应充足。", "某县人民政府办公室", "2023年3月2日")));
    expect(out.evidence.publication).toEqual({ value: "某县人民政府办公室", from: "text" });
    expect(out.messages.filter((m) => m.ruleId === RULES.breaksOff.id)).toEqual([]);
  });

  it("keeps a short numbered item after the one before it an item, not a heading", () => {
    const blocks = blocksOf("补充说明如下。", "1. 每个节点最多连接一条链路，两端各算一次。", "2. 每个节点最多部署一台服务器", "正文继续。");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("keeps photo captions as captions", () => {
    const blocks = blocksOf(
      "正文。",
      "①城乡新貌",
      "②比武现场。图为村支书业务比武",
      "某县实验室外景（图片来源： SOME PHOTO AGENCY/Some Images）",
      "某某 资料图",
    );
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "caption", "caption", "caption", "caption"]);
  });

  it("takes a bracketed name closing the last paragraph as its author", () => {
    const out = markStructure(draft(paras("正文。", "荣获全国剪纸精品展二等奖。(王小明)")));
    expect(out.blocks[1]!.text).toBe("荣获全国剪纸精品展二等奖。");
    expect(out.evidence.authors).toEqual([{ value: ["王小明"], from: "byline" }]);
    expect(out.messages.map((m) => [m.ruleId, m.text])).toEqual([[RULES.closingByline.id, "(王小明)"]]);
  });

  it("takes a reporter's credit run onto the last sentence as its author, but no words of the sentence", () => {
    const out = markStructure(draft(paras("正文。", "救援人员赶到时，老人已经死亡。记者王小明")));
    expect(out.blocks[1]!.text).toBe("救援人员赶到时，老人已经死亡。");
    expect(out.evidence.authors).toEqual([{ value: ["王小明"], from: "byline" }]);
    expect(out.messages.map((m) => [m.ruleId, m.text])).toEqual([[RULES.closingByline.id, "记者王小明"]]);
    // A sentence about a reporter is the text's.
    const told = markStructure(draft(paras("正文。", "他说这件事后来告诉了记者。记者们")));
    expect(told.evidence.authors).toEqual([]);
  });

  it("warns of a paragraph that breaks off mid-sentence before another", () => {
    const out = markStructure(draft(paras("坚持程序把握精准、认定纳入精准、帮扶措施精", "县城市联动服务中心按照新理念，形成了工作模式。")));
    expect(out.messages).toEqual([
      { source: "a.txt", ruleId: RULES.breaksOff.id, line: 1, severity: "warning", text: "…持程序把握精准、认定纳入精准、帮扶措施精" },
    ]);
  });

  it("does not take sentences, dates or long lines for headings", () => {
    expect(headingLike("全县召开会议。")).toBe(false);
    expect(headingLike("2022年6月29日")).toBe(false);
    expect(headingLike("理论学习中心组集中学习2次，研讨发言56人，下发至全县各级党组织学习交流")).toBe(false);
    expect(headingLike("林甸县人民法院 开展“五问五答” 打造满意“窗口”")).toBe(true);
  });
});

describe("headings only from evidence", () => {
  const kinds = (...texts: string[]) => blocksOf(...texts).map((b) => b.kind);
  const P = "正文的一段话，写得完整。";

  it("never takes a photo caption for a heading: a scene, a photo credit, a line the markup calls a caption", () => {
    expect(kinds(P, "活动现场", P)).toEqual(["paragraph", "caption", "paragraph"]);
    expect(kinds(P, "雨中游园照样开心。城市摄影队 王小明 摄", P)).toEqual(["paragraph", "caption", "paragraph"]);
    expect(kinds(P, "某某学院学生在实习某某学院供图", P)).toEqual(["paragraph", "caption", "paragraph"]);
    const hinted = markStructure(draft([...paras(P), { text: "嘉宾合影", line: 2, gap: 1, hint: "heading" as const }, ...paras(P)]));
    expect(hinted.blocks.map((b) => b.kind)).toEqual(["paragraph", "caption", "paragraph"]);
  });

  it("never takes a line closing with what the picture is for a heading: a video still, a file photo, a screenshot", () => {
    expect(kinds(P, "某某大叔在公园里（视频截图）", P)).toEqual(["paragraph", "caption", "paragraph"]);
    expect(kinds(P, "某地新建的滨江步道（资料图）", P)).toEqual(["paragraph", "caption", "paragraph"]);
    expect(kinds(P, "某外国媒体报道截图", P)).toEqual(["paragraph", "caption", "paragraph"]);
    expect(kinds(P, "雨后的古镇（某某 摄）", P)).toEqual(["paragraph", "caption", "paragraph"]);
    // A section's heading that merely speaks of pictures stays one.
    expect(kinds(P, "截图背后的故事", P)).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("never takes a writer's byline for a heading, in any of its forms", () => {
    for (const line of ["执笔/阿花姐、周一刀&吴小飞", "采写：某某报记者 王小明 李海", "钱多多/文"])
      expect(kinds(P, line, P)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });

  it("never takes a date in brackets for a heading", () => {
    expect(headingLike("（2023年5月）")).toBe(false);
    expect(headingLike("（一）工作要求")).toBe(true);
  });

  it("never takes a byline, a page number, a document number or a signature over its date for a heading", () => {
    expect(kinds(P, "本报记者 王小明", P)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(kinds(P, "·2对我们的亲切关怀", P)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(kinds(P, "某政办函〔2020〕12号", P)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(kinds(P, "某某县人民政府办公室", "2020年3月5日")).toEqual(["paragraph", "paragraph", "paragraph"]);
  });

  it("never takes half of a sentence broken by the layout for a heading", () => {
    // The line before breaks off mid-sentence: this one goes on with it.
    expect(kinds("他们的想法不是为了做好这件事，而是不愿做好这", "件事，抵制这件事", P)).toEqual(["paragraph", "paragraph", "paragraph"]);
    // The line after goes on with punctuation: this one is its first half.
    expect(kinds(P, "全县上下齐心协力", "，共同推进各项工作。")).toEqual(["paragraph", "paragraph", "paragraph"]);
    // Markup that sets a line apart as a heading was read in its place: a line before it without a full stop does not undo it.
    const hinted = markStructure(
      draft([
        ...paras(P, "一号二号三号入口处都可通往出发大厅 一楼办手续二楼候乘 走过廊道即可登船 地下通道连通地铁"),
        { text: "下月起新开四条航线", line: 2, gap: 1, hint: "heading" as const },
        ...paras(P),
      ]),
    );
    expect(hinted.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "heading", "paragraph"]);
  });

  it("never takes a label pairing places by dashes for a heading, even in bold: it names the routes under it", () => {
    const label = (text: string) =>
      markStructure(draft([...paras(P), { text, line: 2, gap: 1, hint: "heading" as const }, ...paras("甲城-某大道-某码头。", P)]));
    expect(label("甲城-乙城/丙城").blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(kinds(P, "甲城－丁县", P)).toEqual(["paragraph", "paragraph", "paragraph"]);
    // A heading that names a thing with a hyphen in it is still one.
    expect(label("COVID-19疫情防控").blocks[1]!.kind).toBe("heading");
    expect(label("甲城至乙城新线开通").blocks[1]!.kind).toBe("heading");
  });

  it("never takes a link or a line of a quotation for a heading", () => {
    const out = markStructure(
      draft([
        ...paras(P),
        { text: "一篇别的文章", line: 2, gap: 1, linkRatio: 1 },
        { text: "一、工作要求", line: 3, gap: 1, hint: "quote" as const },
        ...paras(P),
      ]),
    );
    expect(out.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("takes no short line for a heading in a text set one phrase per line: only the markup makes one there", () => {
    const lines = [
      "搭地铁去坐船",
      "去免税城买东西",
      "这个码头",
      "开港时间定了",
      "近日，发布会召开，码头将于下月开港。",
      "目前",
      "码头工程",
      "已进入验收阶段",
      "据介绍，工程进展顺利。",
    ];
    const out = markStructure(
      draft([...paras(...lines), { text: "在建通道连接地铁", line: 10, gap: 1, hint: "heading" as const }, ...paras(P)]),
    );
    expect(out.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["在建通道连接地铁"]);
    expect(out.messages.filter((m) => m.ruleId === RULES.breaksOff.id)).toEqual([]);
  });

  it("takes a section's number on a line of its own for the kicker of the heading under it, in any text", () => {
    const blocks = blocksOf(
      "下周一，",
      "大桥将封闭施工，",
      "影响市民出行。",
      "简单说就是",
      "往北方向全封闭，",
      "01",
      "相关路段强制分流，听从指挥",
      "5月20日起，相关车辆须按指示绕行。",
    );
    expect(blocks.filter((b) => b.kind === "heading")).toEqual([
      { kind: "heading", text: "相关路段强制分流，听从指挥", kicker: "01", line: 7, level: 2 },
    ]);
  });

  it("runs a lead-in ending in a colon into the heading under it", () => {
    const blocks = blocksOf(P, "英国《某某报》：", "某某城市再次充满欢声笑语，游客众多", P);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", P],
      ["heading", "英国《某某报》：某某城市再次充满欢声笑语，游客众多"],
      ["paragraph", P],
    ]);
    // A line introducing a list is no lead-in.
    expect(kinds(P, "主要措施如下：", "一是加强组织领导", P)[1]).toBe("paragraph");
  });

  it("takes a closing signature off the last paragraph: an author's name, a desk's, a writer's calling; an office's credit stays", () => {
    const names = markStructure(draft(paras(P, "活动取得圆满成功。(文/图 王小明 李大华)")));
    expect(names.evidence.authors).toEqual([{ value: ["王小明", "李大华"], from: "byline" }]);
    const commentators = markStructure(draft(paras(P, "才有这座英雄的城！（评论员 罗小博 萧海）")));
    expect(commentators.evidence.authors).toEqual([{ value: ["罗小博", "萧海"], from: "byline" }]);
    const desk = markStructure(draft(paras(P, "我们对此充满信心。（某某日报评论员）")));
    expect(desk.blocks[1]!.text).toBe("我们对此充满信心。");
    expect(desk.evidence.authors).toEqual([]);
    expect(desk.messages.map((m) => [m.ruleId, m.text])).toEqual([[RULES.signature.id, "（某某日报评论员）"]]);
    const office = markStructure(draft(paras(P, "投资结构持续优化。（某某县发改局）")));
    expect(office.blocks[1]!.text).toBe("投资结构持续优化。（某某县发改局）");
  });
});
