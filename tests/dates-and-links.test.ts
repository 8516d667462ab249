import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { findDate, findYearLastDate } from "../src/text/dates.js";
import { findPlaces } from "../src/describe/places.js";

const encode = (s: string) => new TextEncoder().encode(s);

describe("a date written with its year last", () => {
  it("is read month first beside an English clock, and otherwise only when a part over 12 tells", () => {
    expect(findYearLastDate("4/2/2024 12:34 PM UTC")).toBe("2024-04-02");
    expect(findYearLastDate("@ 05-19-2013 / 2 years ago")).toBe("2013-05-19");
    expect(findYearLastDate("19/05/2013")).toBe("2013-05-19");
    expect(findYearLastDate("04/05/2013")).toBeNull();
  });

  it("dates a post from a mirror's line under the headline, no subtitle", () => {
    const md = [
      "## 某省发文要求大中小学融入职教内容",
      "`4/2/2024 1:04 PM UTC ` [转载自某某](https://example.org/articles/1)",
      "",
      "【某某网2024年04月02日讯】（某某网记者王建国、李明报导）某省近日印发文件，提出推进职普融通。",
      "",
      "文件提出，在大中小学全面融入职业教育内容，并允许符合条件的学生学籍互转。",
      "",
    ].join("\n");
    const a = cleanDocument("a.md", encode(md));
    expect([a.date, a.subtitle, a.authors, a.publication]).toEqual(["2024-04-02", null, ["王建国", "李明"], "某某"]);
    // The mirror's label as a Traditional site prints it, in a Simplified text.
    const mirrored = cleanDocument("a.md", encode(md.replace("转载自某某", "轉載自GNews")));
    expect(mirrored.publication).toBe("GNews");
  });

  it("dates a desk's post stamped with @ and its age, the line off the text", () => {
    const text = [
      "某会今年提出的活动主题引发争议，多名人士对此发表看法，认为主题偏离初衷。",
      "有评论人表示，当权者自行定义爱国，市民难以认同这一主题。",
    ];
    const html = `<html><head><meta charset="utf-8"><title>某会活动主题惹争议</title></head><body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div>
<div class="t"><b>某会活动主题惹争议</b></div><span>- <a href="/author/x">某某编辑部</a> @ 05-19-2013 / 2 years ago</span>
<div class="article">${text.map((t) => `<p>${t}</p>`).join("")}</div></body></html>`;
    const a = cleanDocument("b.html", encode(html));
    expect(a.date).toBe("2013-05-19");
    expect(a.blocks.map((b) => b.text)).toEqual(text);
  });
});

describe("a date in the Republic's years", () => {
  it("is read as Taiwan's documents write it, whichever date comes first", () => {
    expect(findDate("发文日期：中华民国107年3月13日")).toBe("2018-03-13");
    expect(findDate("民国38年10月1日")).toBe("1949-10-01");
    expect(findDate("2019年5月1日，民国108年5月1日")).toBe("2019-05-01");
    expect(findDate("107年3月13日")).toBeNull();
  });

  it("dates a notice set in preformatted lines, each line its own", () => {
    const page = `<html><head><title>公告</title></head><body><pre>
例稿名稱：某某地方法院公告
發文日期：中華民國107年3月13日
主旨：公告以投標方法拍賣本院某某年度強制執行事件，
      債務人所有如附表所示不動產有關事項。
依據：強制執行法第81條。
</pre></body></html>`;
    const a = cleanDocument("p.html", new TextEncoder().encode(page));
    expect(a.date).toBe("2018-03-13");
    expect(a.blocks.map((b) => b.text)).toContain("依據：強制執行法第81條。");
  });
});

describe("wiki links in Markdown", () => {
  it("print their words, with or without a language prefix or a label", () => {
    const md =
      "# 某银行资产质量承压\n\n【[[zh:某某网]]2024年04月02日讯】近期，[[zh:中国]]二十多家上市[[银行|商业银行]]披露年报，不良贷款率不断攀升。\n";
    expect(cleanDocument("c.md", encode(md)).blocks[0]!.text).toBe(
      "【某某网2024年04月02日讯】近期，中国二十多家上市商业银行披露年报，不良贷款率不断攀升。",
    );
  });
});

describe("the capital in an agency's dateline", () => {
  it("is where the desk sits, not where a story of the ministries happens", () => {
    const text = "新华社北京11月17日电 记者17日从国家卫生健康委获悉，多部门加强短缺药品保供稳价工作。国家医保局密切监测药品价格。";
    expect(findPlaces(text, "短缺药品保供稳价 全力保障临床用药需求").place.province).toBeNull();
    expect(findPlaces(`${text}北京市卫健委表示将配合落实。`, "短缺药品保供稳价").place.province).toBe("北京市");
  });
});

describe("a day in the file's name", () => {
  const text = "某县召开春耕生产推进会\n\n会议要求，各乡镇要抓好粮食生产，确保全年粮食播种面积稳定在一百万亩以上。\n";
  it("dates a text that states none, as an estimate the report names; a name's other digits do not", () => {
    for (const name of ["rmrb_20220705_11-02.txt", "2022-07-05-chungeng.txt"]) {
      const a = cleanDocument(name, encode(text));
      expect([a.date, a.dateEstimated]).toEqual(["2022-07-05", true]);
      expect(a.messages.some((m) => m.text.includes("取自文件名"))).toBe(true);
    }
    expect(cleanDocument("000_d20220705f.txt", encode(text)).date).toBeNull();
    expect(cleanDocument("a_20221305.txt", encode(text)).date).toBeNull();
  });
});
