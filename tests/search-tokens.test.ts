import { describe, expect, it } from "vitest";
import { findPhrases, indexText, markPhrases, phraseQuery, queryPhrases, queryTerms } from "../src/search/tokens.js";
import { searchFragment, searchRecord, simplifiedCharMap, UNDATED_SORT } from "../src/search/build/records.js";
import type { Article } from "../src/model/types.js";
import { makeArticle } from "./helpers.js";

/** The words Pagefind sees in indexed text. */
const indexWords = (text: string) => new Set(indexText(text).toLowerCase().split(" "));

const TEXT = "林甸县委书记晋伟说：“车头向前，蓄势待发。”全县畜牧业增长12.5%，GDP稳步提升。";

describe("search tokens", () => {
  it("find every substring of two or more characters, however a segmenter would cut it", () => {
    const words = indexWords(TEXT);
    const han = [...TEXT].filter((c) => /\p{Script=Han}/u.test(c)).join("");
    for (const q of ["委书记", "县委书", "甸县委", "车头向前", "头向", "畜牧", "晋伟", "蓄势待发"]) {
      expect(han.includes(q) || TEXT.includes(q)).toBe(true);
      for (const term of queryTerms(q)) expect(words.has(term), `${q}: ${term}`).toBe(true);
    }
  });

  it("do not find pairs that are not in the text", () => {
    const words = indexWords(TEXT);
    expect(queryTerms("迁安").every((t) => words.has(t))).toBe(false);
    // 晋 and 伟 are both there, but never in this order.
    expect(queryTerms("伟晋").every((t) => words.has(t))).toBe(false);
  });

  it("spell Han in lowercase letters only, so Pagefind neither splits nor stems it, and a character prefixes its pairs", () => {
    expect(indexText("鸡西市")).toMatch(/^q[a-p]{8} q[a-p]{8}$/);
    const [pair] = queryTerms("鸡西");
    expect(queryTerms("鸡")[0]).toBe(pair!.slice(0, 5));
    expect(queryTerms("ＧＤＰ 增长")).toEqual(["gdp", ...queryTerms("增长")]);
  });

  it("never read a Latin word as Han, and leave punctuation out", () => {
    // A word starting with q gets one more q: a Han spelling's second letter is a–p.
    expect(indexText("林甸，quick Queen qabcdefgh apple。")).toBe(`${queryTerms("林甸")[0]} qquick qQueen qqabcdefgh apple`);
    expect(queryTerms("quick")).toEqual(["qquick"]);
    expect(queryTerms("quick")[0]).not.toMatch(/^q[a-p]{4}/);
  });

  it("make each run of Han one phrase of pairs, quoted so Pagefind keeps them side by side", () => {
    expect(queryPhrases("畜牧法院 GDP").map((p) => p.length)).toEqual([3, 1]);
    expect(phraseQuery(queryPhrases("畜牧法院")[0]!)).toBe(`"${queryTerms("畜牧法院").join(" ")}"`);
    expect(phraseQuery(queryPhrases("林")[0]!)).toBe(queryTerms("林")[0]);
    // A number or a word is sought whole, never by a prefix of it.
    expect(phraseQuery(queryPhrases("1987")[0]!)).toBe('"1987"');
  });

  it("find and mark exactly the phrases sought, in any case", () => {
    expect(findPhrases(TEXT, ["县委", "gdp"]).map(([from, to]) => TEXT.slice(from, to))).toEqual(["县委", "GDP"]);
    const spans = markPhrases(TEXT, ["车头向前", "gdp", "林"]);
    expect(spans.filter((s) => s.marked).map((s) => s.text)).toEqual(["林", "车头向前", "GDP"]);
    expect(spans.map((s) => s.text).join("")).toBe(TEXT);
  });
});

describe("search records", () => {
  const article = (fields: Partial<Article>): Article =>
    makeArticle("a", {
      title: "遷安市召開會議",
      place: { province: "河北省", prefecture: "唐山市", county: "迁安市" },
      tags: ["作风建设"],
      blocks: [{ kind: "paragraph", text: "會議要求幹部轉變作風。", line: 1 }],
      ...fields,
    });

  it("index a Traditional document in Simplified characters, so either form finds it", () => {
    const r = searchRecord(article({}));
    const words = new Set(r.content.split(/\s+/));
    for (const term of [...queryTerms("迁安"), ...queryTerms("干部")]) expect(words.has(term)).toBe(true);
    expect(r.meta.title).toBe("遷安市召開會議");
  });

  it("give undated articles a sort key below every date, and filters for place, year, paper and tag", () => {
    const undated = searchRecord(article({}));
    expect(undated.url).toBe("/articles/a/");
    expect(undated.sort.date).toBe(UNDATED_SORT);
    expect(undated.filters).toEqual({
      province: ["河北省"],
      prefecture: ["唐山市"],
      county: ["迁安市"],
      year: ["未注明日期"],
      tag: ["作风建设"],
    });
    const dated = searchRecord(article({ date: "2022-06-29", publication: "河北日报" }));
    expect(dated.filters.year).toEqual(["2022年"]);
    expect(dated.meta.date).toBe("2022年6月29日");
    // An estimated year is counted with its year; the result's date marks it as an estimate.
    const estimated = searchRecord(article({ date: "2023-01-01", dateEstimated: true }));
    expect(estimated.filters.year).toEqual(["2023年"]);
    expect(estimated.meta.date).toBe("约2023年");
  });

  it("keep the headline and speaker labels searchable, and give results the body alone, one block a line", () => {
    const a = article({
      title: "专访某县委书记",
      blocks: [
        { kind: "paragraph", text: "開篇第一段。", line: 1 },
        { kind: "heading", text: "抓好作风建设", kicker: "把问号拉直——", line: 2 },
        { kind: "paragraph", text: "您怎么看？", speaker: "记者", line: 3 },
      ],
    });
    const words = new Set(searchRecord(a).content.split(/\s+/));
    for (const term of [...queryTerms("专访"), ...queryTerms("记者")]) expect(words.has(term)).toBe(true);
    // Line i is block i, as the article's headings are #s<i>.
    expect(searchFragment(a)).toEqual({ content: "开篇第一段。\n把问号拉直——抓好作风建设\n您怎么看？", headings: [1] });
  });

  it("map Traditional characters to Simplified from OpenCC's tables", () => {
    const map = new Map<string, string>();
    const chars = [...simplifiedCharMap()];
    for (let i = 0; i < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
    expect([..."遷安畜牧業蕭紅"].map((c) => map.get(c) ?? c).join("")).toBe("迁安畜牧业萧红");
    expect(map.size).toBeGreaterThan(2000);
  });
});
