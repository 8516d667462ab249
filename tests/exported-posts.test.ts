import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { lostSentences } from "./helpers.js";

const clean = (name: string, text: string) => cleanDocument(name, new TextEncoder().encode(text));
const TEXT = [
  "2025年2月20日，某某公司发布年度业绩公告，全年营收同比增长百分之二，净利润同比增长百分之三。",
  "公司表示，游戏业务仍是收入的主要来源，占比保持在八成左右，其他业务的毛利率也在稳步提高。",
  "分析人士认为，公司现金充裕，有能力在新的领域加大投入，但短期内仍会保持稳健的经营风格。",
];

describe("posts exported to Markdown from their pages", () => {
  it("reads a post's page as a reader service exports it: the title, the address, the text under its label", () => {
    const a = clean(
      "p.md",
      ["Title: 某某公司：三年内做到行业第二", "", "URL Source: https://mp.weixin.qq.com/s/abc", "", "Markdown Content:", ...TEXT].join(
        "\n",
      ),
    );
    expect(a.title).toBe("某某公司：三年内做到行业第二");
    expect(a.originalUrl).toBe("https://mp.weixin.qq.com/s/abc");
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });

  it("reads an exported WeChat page's header: the title printed twice, the account's card, its banner and credits", () => {
    const page = [
      "某某公司有资格“躺平”",
      "===============",
      "",
      "某某公司有资格“躺平”",
      "=========",
      "",
      "[某某APP](javascript:void(0);)",
      "",
      "某某APP",
      "",
      "北京某某科技股份有限公司",
      "",
      "从思考，到创造",
      "",
      "8077篇原创内容",
      "",
      "_2025年03月18日 00:11_",
      "",
      "The following article is from 某某投资 Author Eastland",
      "",
      "作者｜Eastland  ",
      "头图｜某某图库",
      "",
      ...TEXT.flatMap((t) => [t, ""]),
    ].join("\n");
    const a = clean("w.md", page);
    expect(a).toMatchObject({
      title: "某某公司有资格“躺平”",
      subtitle: null,
      date: "2025-03-18",
      publication: "某某APP",
      authors: ["Eastland"],
    });
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(lostSentences(a)).toEqual([]);
  });

  it("reads WeChat's banner in Chinese too", () => {
    const a = clean(
      "c.md",
      ["# 某某公司有资格躺平", "", "以下文章来源于某某投资 ，作者王建国", "", ...TEXT.flatMap((t) => [t, ""])].join("\n"),
    );
    expect(a.authors).toEqual(["王建国"]);
    expect(a.publication).toBe("某某投资");
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });
});
