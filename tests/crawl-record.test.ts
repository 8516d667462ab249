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
