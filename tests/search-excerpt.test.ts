import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, resultExcerpt, sentencesAround } from "../src/search/excerpt.js";

const LEAD = "五月的鸡西，微风和煦。市民尽情享受初夏的惬意！";

describe("a result's excerpt", () => {
  it("is the sentence that holds the match, with the next ones while they fit, cut at 。！？；…", () => {
    expect(sentencesAround(LEAD, LEAD.indexOf("微风"), 40)).toBe("五月的鸡西，微风和煦。市民尽情享受初夏的惬意！");
    expect(sentencesAround(LEAD, LEAD.indexOf("惬意"), 40)).toBe("市民尽情享受初夏的惬意！");
    expect(sentencesAround(LEAD, 0, 12)).toBe("五月的鸡西，微风和煦。");
    // A quotation's closing mark stays with its sentence; an ellipsis ends one too.
    const quoted = "他说：“好。”然后走了……大家散了；";
    expect(sentencesAround(quoted, 0, 7)).toBe("他说：“好。”");
    expect(sentencesAround(quoted, quoted.indexOf("然后"), 7)).toBe("然后走了……");
    expect(sentencesAround(quoted, quoted.indexOf("大家"), 7)).toBe("大家散了；");
  });

  it("cuts a sentence longer than it holds around the match, an ellipsis where it cut, never inside a character", () => {
    const long = `${"甲".repeat(50)}畜牧${"乙".repeat(50)}。`;
    const cut = sentencesAround(long, 50, 20);
    expect(cut).toMatch(/^…甲+畜牧乙+…$/);
    expect(cut.length).toBe(22);
    const rare = "𠀀".repeat(30) + "。";
    expect(sentencesAround(rare, 21, 10)).toMatch(/^…(𠀀)+…$/u);
  });

  it("comes from the body only: a match in a heading or the headline alone gives the opening sentences", () => {
    const content = ["开篇第一句。第二句话。", "抓好作风建设", "作风建设要抓实。"].join("\n");
    expect(resultExcerpt(content, [1], ["作风"])).toBe("作风建设要抓实。");
    // The headline is not in the fragment: a query found only there shows how the article opens.
    expect(resultExcerpt(content, [1], ["休止符"])).toBe("开篇第一句。第二句话。");
    expect(resultExcerpt("", [], ["休止符"])).toBe("");
  });

  it("keeps to one block: the next block's text, or its heading, is never glued on", () => {
    const content = ["短句。", "下一段的文字。"].join("\n");
    expect(resultExcerpt(content, [], ["短句"])).toBe("短句。");
    expect(EXCERPT_LENGTH).toBeGreaterThan("短句。下一段的文字。".length);
  });
});
