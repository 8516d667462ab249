import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { nfkc } from "../src/text/chars.js";
import { lostSentences } from "./helpers.js";

const page = `<!DOCTYPE html>
<html><head><title>某县启动春耕生产 - 某某日报</title>
<meta name="articleDate" content="20230329">
<meta name="publisher" content="某某日报">
</head><body>
<div class="nav"><a href="/">首页</a> <a href="/n">要闻</a> <a href="/c">财经</a></div>
<h1>某县启动春耕生产</h1>
<div class="info">要闻 08:15 2023/03/29</div>
<div class="content">
<p>近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作，要求各乡镇抓好落实。</p>
<p>会议指出，今年全县粮食播种面积稳定在五十万亩以上，农资供应充足，农机准备到位。</p>
</div>
<div class="foot">版权所有 某某日报社</div>
</body></html>`;

// A crawler's test record: the page as fetched, then the crawler's own reading of it, the text again.
const record = [
  {
    raw_response: { content_type: "text/html; charset=utf-8", content: page },
    parsed_data: {
      title: ["某县启动春耕生产 - 某某日报"],
      published_at: ["2023-03-29T00:00:00"],
      text: [
        "近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作，要求各乡镇抓好落实。 会议指出，今年全县粮食播种面积稳定在五十万亩以上。",
      ],
    },
  },
];

describe("a crawler's record that keeps the page it fetched", () => {
  const a = cleanDocument("record.json", new TextEncoder().encode(JSON.stringify(record)));

  it("reads the page inside the record, once, and says so", () => {
    expect(a.wrapper).toBe("crawl record");
    expect(a.title).toBe("某县启动春耕生产");
    expect(a.blocks.map((b) => b.text)).toEqual([
      "近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作，要求各乡镇抓好落实。",
      "会议指出，今年全县粮食播种面积稳定在五十万亩以上，农资供应充足，农机准备到位。",
    ]);
    expect(a.messages.map((m) => m.text)).toContainEqual(expect.stringContaining("爬虫记录：读取其中保存的网页（raw_response.content）"));
    expect(lostSentences(a)).toEqual([]);
  });

  it("takes a CMS's date meta written as one number, and its publisher meta", () => {
    expect(a.date).toBe("2023-03-29");
    expect(a.publication).toBe("某某日报");
  });

  it("reads no writer from a channel's name and clock before the date", () => {
    expect(a.authors).toEqual([]);
    expect(a.blocks.map((b) => b.text).join("")).not.toContain("08:15");
  });

  it("reads a record's fields kept apart from its text, and a source's credit in its author field as the source", () => {
    const TEXT = [
      "近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作，要求各乡镇抓好落实。",
      "会议指出，今年全县粮食播种面积稳定在五十万亩以上，农资供应充足，农机准备到位。",
    ];
    const json = {
      title: "某县启动春耕生产",
      meta_info: { author_name: "本文来源：某某广播\n      王某_NB123", publish_time: "2025-10-16 20:02:18" },
      contents: TEXT.map((t) => ({ type: "text", content: t, desc: t })),
    };
    const a = cleanDocument("record.json", new TextEncoder().encode(JSON.stringify(json)));
    expect([a.title, a.date, a.publication, a.authors]).toEqual(["某县启动春耕生产", "2025-10-16", "某某广播", []]);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });

  it("refuses a list of several records as one article", () => {
    const two = cleanDocument("records.json", new TextEncoder().encode(JSON.stringify([...record, ...record])));
    expect(two.messages.map((m) => m.text)).toContainEqual(expect.stringContaining("JSON 中有 2 条记录，应每篇文章一个文件"));
  });
});

describe("a corpus's record saved without an XML declaration", () => {
  // SogouCS's form: <doc> with <url>, <docno>, <contenttitle> and <content>, the paragraphs joined
  // into one line, each break marked with the private-use U+E40C.
  const paragraphs = [
    "某市林业和园林局昨日介绍，新条例下月起正式实施，加大了破坏绿化的处罚力度。",
    "条例亮点",
    "条例规定，施工单位应当在施工前制定绿化避让和保护措施，否则处以罚款。",
    "居住区的绿地率不低于百分之三十，旧城改造区不低于百分之二十五。",
  ];
  const doc = [
    "<doc>",
    "<url>http://news.example.com/20120629/n346847753.shtml</url>",
    "<docno>54315985dbd2f0ea-34913306c0bb3300</docno>",
    "<contenttitle>某市将推绿化管理条例　施工致树死亡最高罚五十万</contenttitle>",
    `<content>${paragraphs.join("\ue40c")}</content>`,
    "</doc>",
  ].join("\n");

  it("reads its fields and its paragraphs, the marks read as breaks and said so", () => {
    const a = cleanDocument("r.xml", new TextEncoder().encode(doc));
    expect(a.wrapper).toBe("xml record");
    expect(a.title).toBe("某市将推绿化管理条例　施工致树死亡最高罚五十万");
    expect([a.date, a.found.date]).toEqual(["2012-06-29", "address"]);
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", paragraphs[0]],
      ["heading", paragraphs[1]],
      ["paragraph", paragraphs[2]],
      ["paragraph", paragraphs[3]],
    ]);
    expect(a.messages.some((m) => m.text.includes("U+E40C"))).toBe(true);
    expect(lostSentences(a)).toEqual([]);
  });

  it("leaves a private-use character that marks no breaks as it is", () => {
    const a = cleanDocument("r.txt", new TextEncoder().encode(`${paragraphs[0]}\ue40c${paragraphs[2]}`));
    expect(a.blocks).toHaveLength(1);
  });
});

describe("NFKC without ICU for plain Chinese text", () => {
  it("maps every character of its fast path as Unicode's NFKC does", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = `中${String.fromCharCode(c)}文，`;
      if (nfkc(s) !== s.normalize("NFKC")) throw new Error(`U+${c.toString(16)} differs`);
    }
    expect(nfkc("某某（２０２３）：“好”　ＡＢ")).toBe("某某(2023):“好” AB");
  });
});
