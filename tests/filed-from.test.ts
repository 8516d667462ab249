import { describe, expect, it } from "vitest";
import { lostSentences } from "./helpers.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";
import { bylineNames, filedFrom } from "../src/text/names.js";
import { parseByline } from "../src/clean/chrome.js";

const encode = (s: string) => new TextEncoder().encode(s);
const page = (head: string, body: string) =>
  `<html><head><meta charset="utf-8">${head}<title>某公司推出新款手机 - 某某时报</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> <a href="/a">财经</a> <a href="/b">科技</a></div>` +
  `<h1>某公司推出新款手机</h1><div class="info"><span>2024年05月13日</span></div>` +
  `<div class="article">${body}</div><div class="foot">某某时报 版权所有 不得转载</div></body></html>`;
const TEXT = [
  "某公司昨天在发布会上推出新款手机，主打长续航与轻薄机身，售价较上一代下调一成。",
  "公司负责人表示，新机将于下月上市，首批供货五十万台，并同步在海外多个市场发售。",
  "业内人士认为，新机定价积极，有望带动公司下半年的出货量回升。",
];

describe("where a byline or dateline says the story was filed from", () => {
  it("reads a Taiwan paper's byline, with or without the writer's role, and the place it names", () => {
    expect(bylineNames("记者王建国／台北报导")).toEqual(["王建国"]);
    expect(bylineNames("王建国／台北报导")).toEqual(["王建国"]);
    expect(filedFrom("〔记者王建国／台北报导〕")).toBe("台北");
    expect(bylineNames("经济发展／台北报导")).toBeNull();
    expect(filedFrom("经济发展／台北报导")).toBeNull();
  });

  it("takes the writer and the place from a byline in brackets that opens the lead", () => {
    const [first, ...rest] = TEXT;
    const a = cleanDocument("a.html", encode(page("", [`〔记者王建国／台北报导〕${first}`, ...rest].map((t) => `<p>${t}</p>`).join(""))));
    expect(a.authors).toEqual(["王建国"]);
    expect(a.place.province).toBe("台湾省");
    expect(lostSentences(a)).toEqual([]);
  });

  it("takes the writer from a byline in brackets run into the text's last sentence, and leaves the sentence", () => {
    const last = TEXT.at(-1)!;
    const a = cleanDocument(
      "a.html",
      encode(page("", [...TEXT.slice(0, -1), `${last}（王建国／台北报导）`].map((t) => `<p>${t}</p>`).join(""))),
    );
    expect([a.authors, a.blocks.at(-1)!.text, a.place.province]).toEqual([["王建国"], last, "台湾省"]);
    expect(lostSentences(a)).toEqual([]);
  });

  it("weighs a closing byline's place no more than the text's own mention", () => {
    const text = ["高雄市今天举行港口开放日活动，吸引大批市民参观。", "主办方表示，活动将持续三天，市民可免费登船参观。"];
    const a = cleanDocument(
      "a.html",
      encode(page("", [...text.slice(0, -1), `${text.at(-1)}（王建国／台北报导）`].map((t) => `<p>${t}</p>`).join(""))),
    );
    // One mention each: the byline's place does not win over the text's.
    expect(a.place.prefecture).not.toBe("台北市");
  });

  it("takes the writer, the agency and the place from an agency's dateline, the writer and place run together", () => {
    const [first, ...rest] = TEXT;
    const a = cleanDocument(
      "a.html",
      encode(page("", [`（某某社记者王建国台北21日电）${first}`, ...rest].map((t) => `<p>${t}</p>`).join(""))),
    );
    expect([a.authors, a.publication, a.place.province]).toEqual([["王建国"], "某某社", "台湾省"]);
  });

  it("takes a meta author written as a byline for the writer, though the page prints the name only beside the text", () => {
    const html = (author: string) =>
      page(`<meta property="article:author" content="${author}">`, TEXT.map((t) => `<p>${t}</p>`).join("")).replace(
        "<h1>",
        '<div class="reporter"><a href="/reporter/9">王建国</a></div><h1>',
      );
    expect(cleanDocument("a.html", encode(html("王建国／台北报导, 某某时报"))).authors).toEqual(["王建国"]);
    expect(cleanDocument("b.html", encode(html("王建国"))).authors).toEqual([]);
  });
});

describe("furniture run into the text's last line, or set on a line of its own", () => {
  const doc = (...lines: string[]) => cleanDocument("a.html", encode(page("", [...TEXT, ...lines].map((t) => `<p>${t}</p>`).join(""))));
  const last = (a: ReturnType<typeof cleanDocument>) => a.blocks.filter((b) => b.kind === "paragraph").at(-1)!.text;

  it("strips a desk's credit in brackets and the agency's date code after it", () => {
    const a = cleanDocument(
      "a.html",
      encode(page("", [...TEXT.slice(0, -1), `${TEXT.at(-1)}（编辑：李小明）1120221`].map((t) => `<p>${t}</p>`).join(""))),
    );
    expect(last(a)).toBe(TEXT.at(-1));
    expect(a.messages.some((m) => m.ruleId === RULES.creditLine.id && m.text.includes("李小明"))).toBe(true);
  });

  it("strips a starred notice run into the last line, and drops an advert's label and a player's consent prompt", () => {
    const a = cleanDocument(
      "a.html",
      encode(
        page(
          "",
          ["请同意我们的隐私权规范，才能启用听新闻的功能。", ...TEXT.slice(0, 2), `${TEXT[2]}★再给自己一次机会`, "广告"]
            .map((t) => `<p>${t}</p>`)
            .join(""),
        ),
      ),
    );
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(a.messages.some((m) => m.ruleId === RULES.tail.id && m.text.includes("再给自己一次机会"))).toBe(true);
    expect(lostSentences(a)).toEqual([]);
    expect(doc().blocks.map((b) => b.text)).toEqual(TEXT);
  });
});

describe("what a page states in JSON-LD written by hand, and notes run into the text's end", () => {
  const ld = `<script type="application/ld+json">{
  "@context": "https://schema.org", "@type": "NewsArticle",
  "image": { "@type": "ImageObject", "height": "1000", // 高度
  "width": "1000" },
  "author": { "@type": "Person", "name": "记者王建国／即时报导" },
}</script>`;

  it("reads JSON-LD with comments and trailing commas, and a filed byline in it that names no place", () => {
    const html = page(ld, TEXT.map((t) => `<p>${t}</p>`).join("")).replace(
      "<span>2024年05月13日</span>",
      "<span>2024年05月13日</span>某某时报 记者王建国／即时报导",
    );
    const a = cleanDocument("a.html", encode(html));
    expect(a.authors).toEqual(["王建国"]);
    expect(filedFrom("记者王建国／即时报导")).toBeNull();
    expect(a.place.province).toBeNull();
  });

  it("strips where the text was printed first, for its publication, and a platform's link back to itself", () => {
    const body = [TEXT[0], TEXT[1], `${TEXT[2]}（刊于《某某周刊》2019年第24期）`].map((t) => `<p>${t}</p>`).join("");
    const a = cleanDocument(
      "a.html",
      encode(page("", body).replace("<title>某公司推出新款手机 - 某某时报</title>", "<title>某公司推出新款手机</title>")),
    );
    expect(a.blocks.at(-1)!.text).toBe(TEXT[2]);
    expect(a.publication).toBe("某某周刊");
    const back = cleanDocument(
      "b.html",
      encode(page("", [...TEXT.slice(0, 2), `${TEXT[2]}返回某某，查看更多`].map((t) => `<p>${t}</p>`).join(""))),
    );
    expect(back.blocks.at(-1)!.text).toBe(TEXT[2]);
    expect(lostSentences(back)).toEqual([]);
  });
});

describe("a byline that says where it was filed, and furniture left when other furniture is stripped", () => {
  it("reads the place before 报道 as where the writer filed from, no name", () => {
    expect(parseByline("某某报记者 王建国 山东某某县报道")?.authors).toEqual(["王建国"]);
    expect(parseByline("记者 王建国 李明 某某市报道")?.authors).toEqual(["王建国", "李明"]);
    // The place run onto the name, no space and no 市: the name is one, and the place no name.
    expect(parseByline("某某新闻记者王建国北京报道")?.authors).toEqual(["王建国"]);
    expect(parseByline("记者王建国李明报道")?.authors).toEqual(["王建国", "李明"]);
  });

  it("reads a line again once a rule has stripped some of it: a credit left before a link back", () => {
    const a = cleanDocument("a.txt", encode(["某公司推出新款手机", "", ...TEXT, "【编辑：李小明】返回某某，查看更多", ""].join("\n")));
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(a.messages.filter((m) => m.ruleId === RULES.creditLine.id).map((m) => m.text)).toEqual(["【编辑：李小明】"]);
  });
});

describe("a foreign paper's Chinese page", () => {
  const story = [
    "休斯敦——年少的时候，某某频繁对自由市场经济学进行雄辩的解析，让休斯敦的听众惊叹不已。",
    "鉴于德克萨斯州高度倾向于共和党，他几乎肯定会在11月赢得胜利，成为美国参议院的一员。",
    "德克萨斯州的政治专家预测，他将会成为美国国会中的一股知性力量，休斯敦的支持者对此充满期待。",
  ];
  const html = `<html><head><meta charset="utf-8"><title>德州茶党支持者有望出任参议员 - 某某时报中文网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">国际</a></div><h1>德州茶党支持者有望出任参议员</h1>
<div class="article"><p>JOHN SMITH 报道 2012年08月02日</p>${story.map((t) => `<p>${t}</p>`).join("")}</div></body></html>`;
  const a = cleanDocument("a.html", encode(html));

  it("reads a writer's name in Latin letters over the text, with the day", () => {
    expect([a.authors, a.date]).toEqual([["JOHN SMITH"], "2012-08-02"]);
  });

  it("files a story told abroad under no place, though a short name in its headline is a Chinese city's too", () => {
    expect(a.place).toEqual({ province: null, prefecture: null, county: null });
  });
});
