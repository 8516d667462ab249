import { describe, expect, it } from "vitest";
import { unwrap } from "../src/unwrap/index.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { UnreadableDocument } from "../src/read/decode.js";

const TEXT = [
  "5月13日，某县召开春耕生产推进会，部署全县春耕备耕工作。",
  "会议要求，各乡镇要抓好粮食生产，确保全年粮食播种面积稳定在一百万亩以上。",
];
const html = TEXT.map((t) => `<p>${t}</p>`).join("");
const texts = (lines: { text: string }[]) => lines.map((l) => l.text).filter(Boolean);

describe("a feed's item saved as a file", () => {
  it("reads an RSS item: its full content over its summary, its date in Beijing, author, link and the feed's title", () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>某某日报</title><link>https://example.cn</link>
<item><title>某县召开春耕生产推进会</title><link>https://example.cn/a/1.html</link>
<pubDate>Mon, 13 May 2024 20:30:00 +0000</pubDate><dc:creator><![CDATA[王建国]]></dc:creator>
<description><![CDATA[<p>某县部署春耕……</p>]]></description>
<content:encoded><![CDATA[${html}]]></content:encoded></item></channel></rss>`;
    const u = unwrap(rss, "item.xml");
    expect(u.wrapper).toBe("feed item");
    expect(texts(u.lines)).toEqual(TEXT);
    expect(u.meta).toMatchObject({
      title: "某县召开春耕生产推进会",
      date: "2024-05-14",
      authors: ["王建国"],
      publication: "某某日报",
      url: "https://example.cn/a/1.html",
    });
    expect(u.lines.find((l) => l.text)!.line).toBe(7);
  });

  it("reads an Atom entry alone, its author's name and its content", () => {
    const atom = `<entry xmlns="http://www.w3.org/2005/Atom"><title>某县召开春耕生产推进会</title>
<link rel="alternate" href="https://example.cn/a/2.html"/><published>2024-05-13T08:30:00+08:00</published>
<author><name>李明</name><email>li@example.cn</email></author><summary>某县部署春耕</summary><content type="html">${html.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</content></entry>`;
    const a = cleanDocument("entry.atom", new TextEncoder().encode(atom));
    expect([a.title, a.date, a.authors]).toEqual(["某县召开春耕生产推进会", "2024-05-13", ["李明"]]);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });

  it("reads a feed with no item as any other file, refusing nothing", () => {
    const empty = `<?xml version="1.0"?><rss><channel><title>某某日报</title><description>${TEXT.join("")}</description></channel></rss>`;
    const u = unwrap(empty, "channel.xml");
    expect(u.wrapper).not.toBe("feed item");
    expect(u.lines.map((l) => l.text).join("")).toContain(TEXT[0]);
    // Nor is an item with no text refused.
    const bare = `<rss><channel><title>某某日报</title><item><title>${TEXT[0]}</title></item></channel></rss>`;
    expect(unwrap(bare, "bare.xml").wrapper).not.toBe("feed item");
  });

  it("refuses a feed of several items, saying to save each as a file", () => {
    const two = `<rss><channel><title>某某日报</title><item><title>一</title><description>${TEXT[0]}</description></item><item><title>二</title><description>${TEXT[1]}</description></item></channel></rss>`;
    expect(() => unwrap(two, "feed.xml")).toThrow(UnreadableDocument);
    expect(() => unwrap(two, "feed.xml")).toThrow(/2 items.*save each item as a file of its own/);
  });
});

describe("a page kept in a note-taking app and exported as Markdown", () => {
  const body = TEXT.join("\n\n");

  it("reads the properties under its title (Notion): the date, authors, tags and address, and they leave the text", () => {
    const md = `# 某县召开春耕生产推进会\n\nCreated: May 20, 2024 8:30 AM\nDate: May 13, 2024\nAuthor: 王建国\nTags: 春耕, 农业\nURL: https://example.cn/a/1.html\n\n${body}\n`;
    const u = unwrap(md, "某县召开春耕生产推进会 4f9a1c2b3d4e5f60718293a4b5c6d7e8.md");
    expect(u.meta).toMatchObject({ date: "2024-05-13", authors: ["王建国"], tags: ["春耕", "农业"], url: "https://example.cn/a/1.html" });
    expect(texts(u.lines)).toEqual(["某县召开春耕生产推进会", ...TEXT]);
    expect(u.messages.filter((m) => m.text.startsWith("笔记软件记下的页面属性"))).toHaveLength(5);
  });

  it("reads the block of properties closing the file (Joplin), taking the address and no clipping time for the date", () => {
    const props = [
      "id: 4f9a1c2b3d4e5f60718293a4b5c6d7e8",
      "created_time: 2024-05-20T00:30:00.000Z",
      "source_url: https://example.cn/a/1.html",
      "source: clipper",
      "type_: 1",
    ];
    const a = cleanDocument(
      "4f9a1c2b3d4e5f60718293a4b5c6d7e8.md",
      new TextEncoder().encode(`某县召开春耕生产推进会\n\n${body}\n\n${props.join("\n")}\n`),
    );
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(a.date).not.toBe("2024-05-20");
  });
});

describe("a note clipped into Evernote or 印象笔记 and exported", () => {
  const enex = (notes: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20240520T003000Z" application="Evernote" version="10.0">${notes.join("")}</en-export>`;
  const note = `<note><title>某县召开春耕生产推进会</title><created>20240520T003000Z</created>
<note-attributes><source-url>https://example.cn/a/1.html</source-url><author>archivist</author><source>web.clip</source></note-attributes>
<content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>${html}</div></en-note>]]></content></note>`;

  it("reads the clipped page: its title, its address and its text; not the clipping time, not the account", () => {
    const a = cleanDocument("clip.enex", new TextEncoder().encode(enex([note])));
    expect(a.wrapper).toBe("note export");
    expect(a.title).toBe("某县召开春耕生产推进会");
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(a.authors).toEqual([]);
    expect(a.date).not.toBe("2024-05-20");
    expect(unwrap(enex([note]), "clip.enex").meta.url).toBe("https://example.cn/a/1.html");
  });

  it("refuses an export of several notes, saying to export each as a file", () => {
    expect(() => unwrap(enex([note, note]), "all.enex")).toThrow(/2 notes.*export each note as a file of its own/);
  });
});

describe("a record of one article in XML of its own", () => {
  it("reads a corpus's record: its title, its report time as the date, a paragraph each, the annotation inside the sentences read as the words", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Body>
  <Title>某县召开春耕生产推进会</Title>
  <ReportTime type="absTime">2024-5-13</ReportTime>
  <Content>
    <Paragraph><Sentence><Event eid="e1"><Time type="relTime">5月13日</Time>，
        <Participant sid="s1">某县</Participant>召开春耕生产推进会</Event>，部署全县春耕备耕工作。</Sentence></Paragraph>
    <Paragraph><Sentence>会议要求，各乡镇要抓好粮食生产，确保全年粮食播种面积稳定在一百万亩以上。</Sentence></Paragraph>
  </Content>
  <eRelation relType="Causal" cause_eid="e1" effect_eid="e2"/>
</Body>`;
    const u = unwrap(xml, "record.xml");
    expect(u.wrapper).toBe("xml record");
    expect(texts(u.lines)).toEqual(TEXT);
    expect(u.meta).toMatchObject({ title: "某县召开春耕生产推进会", date: "2024-05-13" });
  });

  it("keeps the space Chinese text sets beside a Latin word, and drops the markup's between Han pieces", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Body><Title>某县开通直播</Title><Content><Paragraph><Sentence>记者通过 <Participant>微信</Participant> 、
      <Participant>YouTube</Participant> 等平台直播 <Time>2024 年 5 月</Time>的春耕现场。</Sentence></Paragraph></Content></Body>`;
    expect(texts(unwrap(xml, "record.xml").lines)).toEqual(["记者通过微信、YouTube 等平台直播2024年5月的春耕现场。"]);
  });

  it("reads a crawler's record whose content is the page's HTML, its author and source", () => {
    const xml = `<?xml version="1.0"?><doc><title>某县召开春耕生产推进会</title><author>王建国</author><source>某某日报</source><pubtime>2024-05-13 09:30</pubtime><content><![CDATA[${html}]]></content></doc>`;
    const a = cleanDocument("record.xml", new TextEncoder().encode(xml));
    expect([a.title, a.date, a.authors, a.publication]).toEqual(["某县召开春耕生产推进会", "2024-05-13", ["王建国"], "某某日报"]);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });
});

describe("a clipper's source line", () => {
  it("gives the page's address and the account that posted it, and leaves the text", () => {
    const md = `某县召开春耕生产推进会\n====================\n\n[mp.weixin.qq.com](https://mp.weixin.qq.com/s?__biz=abc&mid=1)王建国 某县发布\n\n${TEXT.join("\n\n")}\n`;
    const a = cleanDocument("clip.md", new TextEncoder().encode(md));
    expect([a.title, a.subtitle, a.publication]).toEqual(["某县召开春耕生产推进会", null, "某县发布"]);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(unwrap(md, "clip.md").meta.url).toBe("https://mp.weixin.qq.com/s?__biz=abc&mid=1");
  });
});

describe("a social platform's post embedded in an article", () => {
  const tweet =
    '<blockquote class="twitter-tweet"><p dir="ltr">【某某会议召开】<br><br>某某在会上表示，各方要加强协调，推动合作继续深入，并表示各地要求一样' +
    '<a href="https://t.co/x">pic.twitter.com/x</a></p>— 某某电台 (@mouMou) <a href="https://twitter.com/x">December 3, 2019</a></blockquote>';
  const page = `<html><head><meta charset="utf-8"><title>某某会议召开</title></head><body><h1>某某会议召开</h1><div class="article"><p>${TEXT[0]}</p>${tweet}<p>${TEXT[1]}</p></div></body></html>`;

  it("leaves the post out of the text and quotes it whole in the report, from a page and from Markdown holding the page's HTML", () => {
    for (const [name, doc] of [
      ["a.html", page],
      ["a.md", `### 某某会议召开\n\n<div class="article">\n <p>\n  ${TEXT[0]}\n </p>\n ${tweet}\n <p>\n  ${TEXT[1]}\n </p>\n</div>\n`],
    ] as const) {
      const a = cleanDocument(name, new TextEncoder().encode(doc));
      expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
      const reported = a.messages.find((m) => m.text.startsWith("嵌入的社交平台帖子"))?.text ?? "";
      expect(reported).toContain("并表示各地要求一样");
      expect(reported).toContain("@mouMou");
    }
  });
});

describe("a paragraph the markup calls a heading by its class or label", () => {
  it("is a heading, under a picture too, where a line under a picture would be its caption", () => {
    const page =
      `<html><head><meta charset="utf-8"><title>某某报告发布</title></head><body><h1>某某报告发布</h1><div class="article"><p>${TEXT[0]}</p>` +
      `<p><img src="a.jpg" width="600" height="400"></p><p label="小标题" class="text-sm-title">春耕备耕</p><p>${TEXT[1]}</p>` +
      `<p label="大标题" class="text-big-title">下一步怎么做？</p><p>${TEXT[0]!.replace("春耕生产推进会", "秋收工作会")}</p></div></body></html>`;
    const a = cleanDocument("a.html", new TextEncoder().encode(page));
    expect(a.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["春耕备耕", "下一步怎么做？"]);
  });
});
