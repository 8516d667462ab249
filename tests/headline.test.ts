import { describe, expect, it } from "vitest";
import { splitHeadline, takeHeadline } from "../src/clean/headline.js";
import { RULES } from "../src/model/rules.js";
import { draft, paras, textsOf } from "./helpers.js";

describe("headline", () => {
  it("splits a title from its subtitle at ——", () => {
    expect(splitHeadline("齐心协力谱新篇 ——某区以活动成效助推建设")).toEqual({
      title: "齐心协力谱新篇",
      subtitle: "某区以活动成效助推建设",
      column: null,
    });
  });

  it("takes the part before 丨 as the column", () => {
    expect(splitHeadline("聚焦新作为丨某市营商环境持续向好")).toEqual({
      title: "某市营商环境持续向好",
      subtitle: null,
      column: "聚焦新作为",
    });
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
