import { describe, expect, it } from "vitest";
import { lostSentences } from "./helpers.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";
import { parseByline } from "../src/clean/chrome.js";
import { nameBeforeAffiliation } from "../src/text/names.js";

/** A theory essay in a column: the column's label before the headline, its editor's note and the essay's abstract above it, the writer's post after the name. */
const md = [
  "# 【某某前行】坚定实施扩大内需战略",
  "",
  "编者按：为深入学习宣传党的精神，某某网与某某杂志社共同组织“某某前行”网上理论传播专栏，邀请专家学者撰写系列理论文章，陆续推出，敬请关注。",
  "",
  "内容摘要：坚定实施扩大内需战略，既是满足人民美好生活需要的必然要求，也是推进经济高质量发展的主动选择。",
  "",
  "内需包括国内的消费需求和投资需求，消费需求体现了人民对美好生活的需要，投资需求孕育着未来经济发展的潜力。",
  "",
  "扩大内需必须靠政策助力，要让市场在资源配置中起决定性作用，更好发挥政府作用，把各项政策举措抓实抓细。",
  "",
  "我们要在危机中育新机，于变局中开新局，逐步形成以国内大循环为主体的新发展格局。",
  "",
  "（作者：王建国某某大学经济学院教授）",
  "",
].join("\n");

describe("an essay in a column", () => {
  const a = cleanDocument("a.md", new TextEncoder().encode(md));
  const removed = a.messages.filter((m) => m.ruleId === RULES.seriesNote.id).map((m) => m.text);

  it("takes the bracketed label the text calls a column for the column", () => {
    expect([a.title, a.column]).toEqual(["坚定实施扩大内需战略", "某某前行"]);
  });

  it("reports the column's editor's note and the essay's abstract, and opens on the essay", () => {
    expect(a.blocks[0]!.text).toMatch(/^内需包括/);
    expect(removed).toEqual([expect.stringMatching(/^编者按/), expect.stringMatching(/^内容摘要/)]);
    expect(lostSentences(a)).toEqual([]);
  });

  it("reads the writer's name before the post the credit runs into it", () => {
    expect(a.authors).toEqual(["王建国"]);
    expect(nameBeforeAffiliation("方敏北京大学经济学院教授")).toBe("方敏");
    expect(nameBeforeAffiliation("经济日报评论员")).toBeNull();
    expect(parseByline("（作者：李明某某研究院研究员）")?.authors).toEqual(["李明"]);
  });

  it("keeps an editor's note that introduces no series", () => {
    const own = cleanDocument(
      "b.md",
      new TextEncoder().encode(
        "# 某县召开春耕生产推进会\n\n编者按：春耕时节，记者走进某县田间地头，记录农民的忙碌与收获。\n\n近日，某县召开全县春耕生产推进会，部署今年的春耕工作，要求各乡镇抓好落实。\n",
      ),
    );
    expect(own.blocks[0]!.text).toMatch(/^编者按/);
  });
});

describe("a bulletin under its issuing bodies", () => {
  it("takes the bodies' line and the month of issue off the text, the first body for the publication", () => {
    const doc = [
      "# 某县2022年国民经济和社会发展统计公报",
      "",
      "**某县统计局　　国家统计局某县调查队**",
      "",
      "（2023年5月）",
      "",
      "2022年，全县上下坚持稳中求进工作总基调，积极应对经济下行压力，经济运行总体平稳。",
      "",
      "全年实现生产总值二百六十二亿元，按可比价格计算，同比增长百分之五点三。",
      "",
    ].join("\n");
    const a = cleanDocument("c.md", new TextEncoder().encode(doc));
    expect(a.blocks.map((b) => b.text)[0]).toMatch(/^2022年，全县/);
    expect(a.blocks.some((b) => b.kind === "heading")).toBe(false);
    expect(a.publication).toBe("某县统计局");
    expect(lostSentences(a)).toEqual([]);
  });
});
