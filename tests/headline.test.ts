import { describe, expect, it } from "vitest";
import { splitHeadline, takeHeadline } from "../src/clean/headline.js";
import { ctx, paras, textsOf } from "./helpers.js";

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
    const c = ctx();
    const rest = takeHeadline(paras("转作风提效能", "加快建设美丽家园", "————专访某市委书记", "记者：请谈谈您的体会，好吗？谢谢。"), c);
    expect(c.gleaned.headline).toEqual({ title: "转作风提效能 加快建设美丽家园", subtitle: "专访某市委书记", column: null });
    expect(rest).toHaveLength(1);
  });

  it("takes the line under a one-line title as its subtitle", () => {
    const c = ctx();
    const rest = takeHeadline(paras("作风建设没有休止符", "某县委书记访谈", "记者：作为一位县委书记，您怎么看？"), c);
    expect(c.gleaned.headline).toMatchObject({ title: "作风建设没有休止符", subtitle: "某县委书记访谈" });
    expect(textsOf(rest)).toEqual(["记者：作为一位县委书记，您怎么看？"]);
  });

  it("stops at the first sentence of the body", () => {
    const c = ctx();
    const rest = takeHeadline(paras("某市营商环境持续向好", "五月的某市，微风和煦。", "第二段。"), c);
    expect(c.gleaned.headline?.subtitle).toBeNull();
    expect(rest).toHaveLength(2);
  });

  it("removes a repeat of a title the wrapper already stated", () => {
    const c = ctx();
    const rest = takeHeadline(paras("县里开会了", "正文第一段。"), c, "县里开会了");
    expect(textsOf(rest)).toEqual(["正文第一段。"]);
    expect(c.gleaned.headline?.title).toBe("县里开会了");
  });

  it("finds no headline in text that starts with a sentence", () => {
    const c = ctx();
    expect(takeHeadline(paras("全县召开会议，部署工作。", "第二段。"), c)).toHaveLength(2);
    expect(c.gleaned.headline).toBeUndefined();
  });
});
