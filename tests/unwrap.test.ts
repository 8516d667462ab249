import { describe, expect, it } from "vitest";
import { unwrap } from "../src/unwrap/index.js";
import { splitFrontMatter } from "../src/unwrap/frontMatter.js";

const texts = (lines: { text: string }[]) => lines.map((l) => l.text).filter(Boolean);

describe("front matter", () => {
  it("maps the key names people use: published, authors, keywords, source", () => {
    const fm = splitFrontMatter(
      "---\ntitle: 标题\npublished: 2021-03-04\nauthors: [王小明, 李四]\nkeywords: 营商环境，走流程\nsource: 人民日报\n---\n正文。\n",
    )!;
    expect(fm.meta).toEqual({
      title: "标题",
      date: "2021-03-04",
      authors: ["王小明", "李四"],
      tags: ["营商环境", "走流程"],
      publication: "人民日报",
    });
    expect(fm.body).toBe("正文。\n");
    expect(fm.lineOffset).toBe(7);
  });

  it("keeps a date as written rather than shifting it through a time zone", () => {
    expect(splitFrontMatter("---\ndate: 2022-02-15 09:45:39 +0800\n---\n")!.meta.date).toBe("2022-02-15 09:45:39 +0800");
  });

  it("takes a source that is a URL as the original link", () => {
    expect(splitFrontMatter("---\nsource: https://example.org/a.html\n---\n")!.meta).toEqual({ url: "https://example.org/a.html" });
  });

  it("reports front matter that does not parse, and keeps the body", () => {
    const u = unwrap("---\ntitle: [broken\n---\n第一段。\n", "a.md");
    expect(u.notes[0]).toMatch(/does not parse/);
    expect(texts(u.lines)).toEqual(["第一段。"]);
  });

  it("reads an HTML body under front matter one paragraph per <p>, Markdown links as text", () => {
    const u = unwrap("---\ntitle: T\n---\n<p>第一段。</p>\n <p>第二段。</p>\n\n[返回首页](//example.org/)\n", "post.txt");
    expect(u.wrapper).toBe("front matter");
    expect(texts(u.lines)).toEqual(["第一段。", "第二段。", "返回首页"]);
    expect(u.lines.find((l) => l.text === "返回首页")!.linkRatio).toBe(1);
  });
});

describe("HTML", () => {
  const page = `<!doctype html><html><head><title>县里开会了_某某新闻网</title>
<meta property="article:published_time" content="2021-05-06T08:00:00+08:00"><script>var x = "<p>不是正文</p>";</script></head>
<body><nav><a href="/">首页</a><a href="/a">要闻</a></nav>
<div class="links"><a href="/1">别的新闻一</a> <a href="/2">别的新闻二</a></div>
<h1>县里开会了</h1>
<div class="content"><p>某县昨日召开全体会议，部署今年的重点工作，要求各部门抓好落实。</p>
<p>会议指出，要持续优化营商环境，提高办事效率，让群众少跑腿、好办事。</p>
<p>会议强调，各级干部要转变作风，深入基层，帮助企业解决实际困难。</p></div>
<footer>版权所有 某某新闻网 ICP备12345号</footer></body></html>`;

  it("finds the article region of a page and leaves out navigation, scripts and footer", () => {
    const u = unwrap(page, "page.html");
    expect(u.wrapper).toBe("html page");
    expect(u.meta.title).toBe("县里开会了");
    expect(u.meta.date).toBe("2021-05-06T08:00:00+08:00");
    const body = texts(u.lines).join("\n");
    expect(body).toContain("会议强调");
    expect(body).not.toMatch(/不是正文|别的新闻|版权所有|要闻/);
  });

  it("treats a fragment of paragraphs as HTML, joining lines inside a paragraph without spaces", () => {
    const u = unwrap("<p>第一\n段。</p><p>第二段。<br>第三段。</p><div>第四段。</div>", "x.txt");
    expect(u.wrapper).toBe("html fragment");
    expect(texts(u.lines)).toEqual(["第一段。", "第二段。", "第三段。", "第四段。"]);
  });

  it("leaves plain text alone", () => {
    const u = unwrap("标题\n\n正文一段。", "a.txt");
    expect(u.wrapper).toBe("plain");
    expect(u.lines.map((l) => [l.line, l.text])).toEqual([
      [1, "标题"],
      [2, ""],
      [3, "正文一段。"],
    ]);
  });

  it("reads a Markdown export: headings hinted, images dropped, emphasis kept as text", () => {
    const u = unwrap("# 标题\n\n![](https://img/x.png)\n\n**第一段**正文。  \n\n## 小标题\n\n第二段。\n", "wechat.md");
    expect(u.wrapper).toBe("markdown");
    expect(u.lines.filter((l) => l.text).map((l) => [l.hint ?? "", l.text])).toEqual([
      ["title", "标题"],
      ["", "第一段正文。"],
      ["heading", "小标题"],
      ["", "第二段。"],
    ]);
  });
});

describe("JSON exports", () => {
  it("reads a title and its parts from OCR or scraper JSON", () => {
    const u = unwrap(
      JSON.stringify({
        title: "走访编辑部",
        parts: [
          { type: "paragraph", text: "第一段。" },
          { type: "paragraph", text: "第二段。" },
        ],
      }),
      "x.json",
    );
    expect(u.wrapper).toBe("json");
    expect(u.meta.title).toBe("走访编辑部");
    expect(texts(u.lines)).toEqual(["第一段。", "第二段。"]);
  });

  it("leaves JSON that is not a document to the plain-text reader", () => {
    expect(unwrap('{"a": 1}', "x.json").wrapper).toBe("plain");
  });
});

describe("HTML article region", () => {
  it("keeps a one-paragraph story under its headline even when the footer has more text", () => {
    const footer = "本站郑重声明：所载文章、数据仅供参考，投资有风险，选择需谨慎。".repeat(6);
    const page = `<html><body><div><a href="/">首页</a></div><h1>交通网络建设提速</h1><div>2019-09-26 10:56:28 证券时报网</div>
<p>据消息，今日从新闻发布会获悉，目前区域交通一体化建设各项工作取得积极成效，下一步将着力打造综合立体交通网络。</p>
<div><a href="/c">写评论</a></div><h3>你可能会喜欢</h3><p><a href="/x">别的文章标题一二三四五</a></p><p>${footer}</p><p>${footer}</p></body></html>`;
    const lines = texts(unwrap(page, "p.html").lines);
    expect(lines.join("")).toContain("着力打造综合立体交通网络");
    expect(lines.join("")).not.toContain("郑重声明");
    expect(lines[0]).toBe("交通网络建设提速");
  });
});
