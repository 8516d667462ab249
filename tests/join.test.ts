import { describe, expect, it } from "vitest";
import { joinBroken, wordAcross } from "../src/clean/join.js";
import { splitParagraphs, toParagraphs, wrapWidth } from "../src/clean/paragraphs.js";
import { draft, paras, textsOf } from "./helpers.js";
import { RULES } from "../src/model/rules.js";

const lines = (...ts: string[]) => ts.map((text, i) => ({ text, line: i + 1 }));

describe("joining lines broken by layout", () => {
  it("joins when the second half starts with punctuation or completes a word", () => {
    const out = joinBroken(
      draft(
        paras(
          "理论学习中心组集中学习2次，研讨发言56人",
          "次，研讨文章汇编成册。",
          "组织厅级、处级、科级干部以普通办事群众身份深入一",
          "线“走流程”，发现问题30个。",
        ),
      ),
    ).paras;
    expect(textsOf(out)).toEqual([
      "理论学习中心组集中学习2次，研讨发言56人次，研讨文章汇编成册。",
      "组织厅级、处级、科级干部以普通办事群众身份深入一线“走流程”，发现问题30个。",
    ]);
  });

  it("joins after a word that cannot end a sentence", () => {
    const out = joinBroken(draft(paras("通过制定《干部教育培训实施方案》，对", "各级干部统一进行培训。")));
    expect(textsOf(out.paras)).toEqual(["通过制定《干部教育培训实施方案》，对各级干部统一进行培训。"]);
    expect(out.messages.map((m) => [m.ruleId, m.line, m.text])).toEqual([[RULES.lineBroken.id, 2, "训实施方案》，对 + 各级干部统一进行"]]);
  });

  it("keeps a paragraph that breaks off apart from an unrelated one", () => {
    const input = paras("坚持程序把握精准、认定纳入精准、帮扶措施精", "县城市联动服务中心按照新理念，形成了工作模式。");
    expect(textsOf(joinBroken(draft(input)).paras)).toEqual(textsOf(input));
  });

  it("never joins a heading or a finished sentence", () => {
    const input = paras("反应迅速 高位推进", "自年初以来，全县紧锣密鼓抓落实。", "第二段继续。");
    expect(textsOf(joinBroken(draft(input)).paras)).toEqual(textsOf(input));
  });

  it("sees words across the break with the segmenter", () => {
    expect(wordAcross("存栏奶", "牛9.03万头")).toBe(true);
    expect(wordAcross("发言56人", "对相关方案")).toBe(false);
    expect(wordAcross("共计9.", "03万头")).toBe(true);
  });
});

describe("paragraphs from lines", () => {
  it("keeps one paragraph per line when lines are whole paragraphs", () => {
    const ps = toParagraphs(lines("记者：第一问？", "某某：第一答。", "", "第三段。"));
    expect(ps.map((p) => [p.text, p.gap])).toEqual([
      ["记者：第一问？", 0],
      ["某某：第一答。", 0],
      ["第三段。", 1],
    ]);
  });

  it("re-joins hard-wrapped text, ending paragraphs at short sentence-final lines and indents", () => {
    const text = [
      "　　县委召开常委会议，传达学习上级会议精神，",
      "研究部署下一阶段的重点工作任务和措施，要求",
      "各级各部门切实提高政治站位，狠抓工作落实。",
      "会议强调要坚持问题导向。",
      "　　会议指出，今年以来全县经济运行总体平稳，",
      "主要指标保持增长，但也面临不少困难和挑战，",
      "必须保持清醒头脑，增强忧患意识，主动作为。",
    ];
    expect(wrapWidth(lines(...text))).not.toBeNull();
    const ps = toParagraphs(lines(...text));
    expect(ps).toHaveLength(2);
    expect(ps[0]!.text).toBe(
      "县委召开常委会议，传达学习上级会议精神，研究部署下一阶段的重点工作任务和措施，要求各级各部门切实提高政治站位，狠抓工作落实。会议强调要坚持问题导向。",
    );
  });

  it("joins a paragraph hard-wrapped over tens of thousands of lines, Latin words spaced, into one", () => {
    const line = (i: number) => (i % 100 === 98 ? "see the report" : i % 100 === 99 ? "by the board" : `第${i}行的文字没有断句还在继续`);
    const wrapped = Array.from({ length: 30_000 }, (_, i) => line(i));
    const ps = toParagraphs(lines(...wrapped));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.text).toBe(wrapped.join("").replaceAll("reportby", "report by"));
    const out = joinBroken(draft(paras(...Array.from({ length: 20_000 }, (_, i) => `说明，第${i}条仍在继续说下去的`))));
    expect(out.paras).toHaveLength(1);
    expect(out.messages).toHaveLength(19_999);
  });

  it("puts a space between Latin words joined across a wrap", () => {
    const ps = toParagraphs(
      lines(
        "The county launched a campaign to",
        "improve services for residents, and",
        "officials visited every village this",
        "spring to hear complaints in person",
        "and write them down for follow up",
        "by the departments responsible.",
      ),
    );
    expect(ps[0]!.text).toContain("campaign to improve services");
  });
});

describe("Markdown's soft line breaks", () => {
  const md = (text: string, lines: { text: string; line: number }[]) =>
    splitParagraphs(draft([], { wrapper: "markdown", text, lines: lines.map((l) => ({ ...l })) })).paras;

  it("joins the lines of one hard-wrapped paragraph, broken mid-sentence", () => {
    const text = [
      "会议总结了过去一年的工作情况，研究部署了今年",
      "的重点任务，要求各级干部转变作风，深入基层",
      "帮助企业解决实际困难。",
      "",
      "第二段。",
    ].join("\n");
    const ps = md(text, [
      { text: "会议总结了过去一年的工作情况，研究部署了今年", line: 1 },
      { text: "", line: 2 },
      { text: "的重点任务，要求各级干部转变作风，深入基层", line: 2 },
      { text: "", line: 3 },
      { text: "帮助企业解决实际困难。", line: 3 },
      { text: "", line: 5 },
      { text: "第二段。", line: 5 },
    ]);
    expect(textsOf(ps)).toEqual([
      "会议总结了过去一年的工作情况，研究部署了今年的重点任务，要求各级干部转变作风，深入基层帮助企业解决实际困难。",
      "第二段。",
    ]);
  });

  it("keeps a hard break, a sentence's end and a list item as the writer set them", () => {
    const text = ["一句话写到这里  ", "下一行另起", "这一句结束了。", "下一句另起一行", "- 列表的一项"].join("\n");
    const ps = md(
      text,
      ["一句话写到这里", "下一行另起", "这一句结束了。", "下一句另起一行", "列表的一项"].flatMap((t, i) => [
        { text: "", line: i + 1 },
        { text: t, line: i + 1 },
      ]),
    );
    expect(textsOf(ps)).toEqual(["一句话写到这里", "下一行另起这一句结束了。", "下一句另起一行", "列表的一项"]);
  });
});

describe("hard-wrapped plain text", () => {
  it("never takes other articles' dated headlines or long whole lines for wrapped lines", () => {
    const text = [
      "《某刊》记者独家获悉，7月4日下午，有关部门召开会议，商讨市场应对措施，会上对于如何应对分歧不小，有关方面倾向果断处置。",
      "有市场人士称，目前市场信心不足，有关机构可果断入市，同时提供流动性才能有效阻止下跌，这一观点得到不少人认同。",
      "另据记者获悉，有关部门已经决定暂停一项业务，而已经申请的十家公司则全部接到通知，下周将按程序退还有关款项。",
      "某某会议召开救市有新动向2013/01/29",
      "专家：挤泡沫是最好的应对2013/06/26",
      "传有关规划上交下周批复2012/09/11",
      "传有关规划最快下周批复2012/09/12",
    ];
    expect(wrapWidth(lines(...text))).toBeNull();
    expect(toParagraphs(lines(...text))).toHaveLength(7);
  });
});
