import { describe, expect, it } from "vitest";
import { headingLike, markStructure } from "../src/clean/structure.js";
import { draft, paras } from "./helpers.js";
import { RULES } from "../src/model/rules.js";

const blocksOf = (...texts: string[]) => markStructure(draft(paras(...texts))).blocks;

describe("structure", () => {
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

  it("marks short lines without sentence punctuation as headings, a —— kicker joining the next", () => {
    const blocks = blocksOf("把问号拉直——", "以组织力推动工作落实", "正文第一段。", "春风十里,不如徒步走起", "正文第二段。");
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "heading", "paragraph"]);
    expect(blocks[0]).toMatchObject({ kicker: "把问号拉直——", text: "以组织力推动工作落实" });
  });

  it("makes a heading right under another a subheading", () => {
    const blocks = blocksOf("踏石留印 抓铁有痕", "某县 能力作风建设走深走实", "正文。");
    expect(blocks.map((b) => b.level)).toEqual([2, 3, undefined]);
  });

  it("keeps photo captions as captions", () => {
    const blocks = blocksOf("正文。", "①城乡新貌", "②比武现场。图为村支书业务比武");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "caption", "caption"]);
  });

  it("takes a bracketed name closing the last paragraph as its author", () => {
    const out = markStructure(draft(paras("正文。", "荣获全国剪纸精品展二等奖。(王小明)")));
    expect(out.blocks[1]!.text).toBe("荣获全国剪纸精品展二等奖。");
    expect(out.evidence.authors).toEqual([{ value: ["王小明"], from: "byline" }]);
    expect(out.messages.map((m) => [m.ruleId, m.text])).toEqual([[RULES.closingByline.id, "(王小明)"]]);
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
