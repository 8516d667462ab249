import { describe, expect, it } from "vitest";
import { joinBroken, wordAcross } from "../src/clean/join.js";
import { toParagraphs, wrapWidth } from "../src/clean/paragraphs.js";
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
