import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, MOST_SECTIONS, resultExcerpts, sectionOf, sentencesAround } from "../src/search/excerpt.js";

const excerptOf = (content: string, headings: number[], phrases: string[]) => resultExcerpts(content, headings, phrases).excerpt;
const LEAD = "五月的鸡西，微风和煦。市民尽情享受初夏的惬意！";
/** Where a phrase first stands in a text, as a match. */
const where = (text: string, phrase: string): [number, number] => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length];

describe("a result's excerpt", () => {
  it("is the sentence that holds the match, with the next ones while they fit, cut at 。！？；…", () => {
    expect(sentencesAround(LEAD, where(LEAD, "微风"), 40)).toBe("五月的鸡西，微风和煦。市民尽情享受初夏的惬意！");
    expect(sentencesAround(LEAD, where(LEAD, "惬意"), 40)).toBe("市民尽情享受初夏的惬意！");
    expect(sentencesAround(LEAD, [0, 0], 12)).toBe("五月的鸡西，微风和煦。");
    // A quotation's closing mark stays with its sentence; an ellipsis ends one too.
    const quoted = "他说：“好。”然后走了……大家散了；";
    expect(sentencesAround(quoted, [0, 0], 7)).toBe("他说：“好。”");
    expect(sentencesAround(quoted, where(quoted, "然后"), 7)).toBe("然后走了……");
    expect(sentencesAround(quoted, where(quoted, "大家"), 7)).toBe("大家散了；");
  });

  it("cuts a sentence longer than it holds to the clauses around the match, an ellipsis where it cut", () => {
    const long = "自年初全省机关能力作风建设工作开展以来，林甸县就紧锣密鼓抓紧落实：首先成立由县委书记和县长任组长的领导小组，高位推进。";
    expect(sentencesAround(long, where(long, "林甸"), 40)).toBe("自年初全省机关能力作风建设工作开展以来，林甸县就紧锣密鼓抓紧落实…");
    expect(sentencesAround(long, where(long, "县长"), 25)).toBe("…首先成立由县委书记和县长任组长的领导小组…");
    expect(sentencesAround(long, where(long, "高位"), 30)).toBe("…首先成立由县委书记和县长任组长的领导小组，高位推进。");
  });

  it("cuts a clause longer than it holds a little before the match, never inside a character", () => {
    const long = `${"甲".repeat(50)}畜牧${"乙".repeat(50)}。`;
    const cut = sentencesAround(long, where(long, "畜牧"), 20);
    expect(cut).toMatch(/^…甲+畜牧乙+…$/);
    expect(cut.length).toBe(22);
    const rare = "𠀀".repeat(30) + "。";
    expect(sentencesAround(rare, [21, 23], 10)).toMatch(/^…(𠀀)+…$/u);
  });

  it("comes from the body only: a match in a heading or the headline alone gives the opening sentences", () => {
    const content = ["开篇第一句。第二句话。", "抓好作风建设", "作风建设要抓实。"].join("\n");
    expect(excerptOf(content, [1], ["作风"])).toBe("作风建设要抓实。");
    // The headline is not in the fragment: a query found only there shows how the article opens.
    expect(excerptOf(content, [1], ["休止符"])).toBe("开篇第一句。第二句话。");
    expect(excerptOf("", [], ["休止符"])).toBe("");
  });

  it("keeps to one block: the next block's text, or its heading, is never glued on", () => {
    const content = ["短句。", "下一段的文字。"].join("\n");
    expect(excerptOf(content, [], ["短句"])).toBe("短句。");
    expect(EXCERPT_LENGTH).toBeGreaterThan("短句。下一段的文字。".length);
  });
});

describe("a result's sections", () => {
  // Blocks one a line: the lead, then two sections under headings, the second with a sub-heading.
  const blocks = ["开篇谈项目。", "春风十里", "项目落地。", "鸡西速度", "敲门行动", "项目投产。", "再说项目。"];
  const headings = [1, 3, 4];
  const content = blocks.join("\n");

  it("are found from a block's index: the heading before it opens its section, a heading its own", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((b) => sectionOf(headings, b))).toEqual([-1, 1, 1, 3, 4, 4, 4]);
    expect(sectionOf([], 5)).toBe(-1);
  });

  it("list the other sections that hold the query, each with its heading and an excerpt of its own", () => {
    expect(resultExcerpts(content, headings, ["项目"])).toEqual({
      excerpt: "开篇谈项目。",
      sections: [
        { heading: 1, title: "春风十里", excerpt: "项目落地。" },
        { heading: 4, title: "敲门行动", excerpt: "项目投产。" },
      ],
    });
    // A match in a heading alone counts for its section, which then shows how it opens.
    expect(resultExcerpts(content, headings, ["速度", "春风"]).sections).toEqual([
      { heading: 1, title: "春风十里", excerpt: "项目落地。" },
      { heading: 3, title: "鸡西速度", excerpt: "项目投产。" },
    ]);
  });

  it("are none when the query stands in one section only, or the article has no headings", () => {
    expect(resultExcerpts(content, headings, ["投产", "再说"]).sections).toEqual([]);
    expect(resultExcerpts(content, [], ["项目"]).sections).toEqual([]);
    expect(resultExcerpts(content, headings, ["开篇"]).sections).toEqual([]);
  });

  it(`are at most ${MOST_SECTIONS}, in reading order`, () => {
    const many = Array.from({ length: 6 }, (_, i) => [`小标题${i}`, `第${i}节的项目。`]).flat();
    const { excerpt, sections } = resultExcerpts(many.join("\n"), [0, 2, 4, 6, 8, 10], ["项目"]);
    expect(excerpt).toBe("第0节的项目。");
    expect(sections.map((s) => s.heading)).toEqual([2, 4, 6]);
  });
});
