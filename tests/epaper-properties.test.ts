import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { parseByline } from "../src/clean/chrome.js";
import { bylineNames } from "../src/text/names.js";
import { findPlaces } from "../src/describe/places.js";

const encode = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  "“你是不知道，每天看着孩子们等你表扬的那个小眼神儿，那种成就感，真的太棒了！”",
  "年过五十，某某老师觉得自己的教师生涯很快就要告一段落了，谁承想又拿起了乐团的指挥棒。",
  "在乐团学生仅有二十余人的情况下，她用一年半的时间，带领民乐团在省赛中拿下不俗的成绩。",
];

describe("an e-paper's article page whose CMS keeps its properties in a comment", () => {
  const page = `<html><head><meta charset="utf-8"><title>某某网-数字报</title></head><body>
<div class="nav"><a href="/">版面导航</a> <a href="/b">本版导航</a></div>
<h1><table><tr><td class="font01">拿起跨界指挥棒 她跟学生较着劲儿成长</td></tr></table></h1>
<div id="ozoom"><p>某某新闻·某某商报记者王建国/文受访者供图</p>${TEXT.map((t) => `<p>${t}</p>`).join("")}</div>
</body></html>
<!--mpproperty <founder-date>
2022-02-12
</founder-date>
<founder-author>
</founder-author>
<founder-subtitle>年过五十的她带领学校民乐团一路前行</founder-subtitle>
<founder-papername>某某商报</founder-papername> /mpproperty-->`;
  const a = cleanDocument("a.html", encode(page));

  it("reads the date, the subtitle and the paper's name from the properties", () => {
    expect([a.date, a.subtitle, a.publication]).toEqual(["2022-02-12", "年过五十的她带领学校民乐团一路前行", "某某商报"]);
  });

  it("reads the writer's credit with the photo's credit run on after it", () => {
    expect(a.authors).toEqual(["王建国"]);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(parseByline("某某报记者王建国/文受访者供图")?.authors).toEqual(["王建国"]);
  });
});

describe("bylines and places of a round-up", () => {
  it("reads a byline behind a printer's mark", () => {
    expect(bylineNames("□ 本报记者 王建国")).toEqual(["王建国"]);
  });

  it("keeps a story of several cities at the province when its headline says so", () => {
    const text =
      "南京市要求做好开学准备。南京市发布通知。南京市再次强调防控。苏州市发布通知，苏州市要求暂不返校。无锡市发布通知，无锡市要求暂不返校。连云港市发布重要提醒。";
    expect(findPlaces(text, "多地要求中高风险地区师生暂不返校").place).toEqual({ province: "江苏省", prefecture: null, county: null });
    expect(findPlaces(text, "南京要求中高风险地区师生暂不返校").place.prefecture).toBe("南京市");
  });
});
