import { describe, expect, it } from "vitest";
import { unwrap } from "../src/unwrap/index.js";
import { flattenDeep } from "../src/unwrap/html.js";
import { splitFrontMatter } from "../src/unwrap/frontMatter.js";
import type { Unwrapped } from "../src/unwrap/types.js";
import { RULES } from "../src/model/rules.js";

const texts = (lines: { text: string }[]) => lines.map((l) => l.text).filter(Boolean);
/** The wrapper's problems, each with its line. */
const notes = (u: Unwrapped) => u.messages.map((m) => [m.line, m.text]);

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

  it("maps a WeChat exporter's keys: the account's nickname, a create_time in Unix seconds read in Beijing", () => {
    const fm = splitFrontMatter(
      "---\ntitle: 标题\nnickname: 某县发布\ncreate_time: 1677722400\nlink: https://mp.weixin.qq.com/s/abc\n---\n正文。\n",
    )!;
    expect(fm.meta).toMatchObject({ title: "标题", account: "某县发布", url: "https://mp.weixin.qq.com/s/abc" });
    expect(fm.meta.date).toMatch(/^2023-03-02/);
  });

  it("keeps a date as written rather than shifting it through a time zone", () => {
    expect(splitFrontMatter("---\ndate: 2022-02-15 09:45:39 +0800\n---\n")!.meta.date).toBe("2022-02-15 09:45:39 +0800");
  });

  it("takes a source that is a URL as the original link", () => {
    expect(splitFrontMatter("---\nsource: https://example.org/a.html\n---\n")!.meta).toEqual({ url: "https://example.org/a.html" });
  });

  it("reports front matter that does not parse, and keeps the body", () => {
    const u = unwrap("---\ntitle: [broken\n---\n第一段。\n", "a.md");
    expect(u.messages[0]).toMatchObject({
      source: "a.md",
      ruleId: RULES.wrapper.id,
      line: 2,
      text: expect.stringMatching(/文件头信息无法解析/),
    });
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
    const u = unwrap("<p>第一\n段。</p><p>第二段。<br>第三段。</p><div>第四段。</div>", "x");
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

describe("front matter from untrusted documents", () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ..."bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`),
    "title: *i",
  ].join("\n");

  it("refuses an alias bomb with a note naming its line, and keeps the body", () => {
    const u = unwrap(`---\n${bomb}\n---\n第一段。\n`, "bomb.md");
    expect(u.wrapper).toBe("front matter");
    expect(u.meta).toEqual({});
    expect(notes(u)).toEqual([[3, "文件头信息无法解析：aliases (*a) are not allowed"]]);
    expect(texts(u.lines)).toEqual(["第一段。"]);
  });

  it("refuses front matter over 64 KB with a note", () => {
    const fm = splitFrontMatter(`---\ntitle: 标题\nnote: ${"长".repeat(30_000)}\n---\n正文。\n`)!;
    expect(fm.error).toEqual({ line: 2, text: "文件头信息无法解析：88 KB is over the 64 KB allowed" });
    expect(fm.body).toBe("正文。\n");
  });

  it("keeps scalars as written and reads null, ~ and nothing as absent", () => {
    const fm = splitFrontMatter(
      "---\ntitle: 12345678901234567890123456789\nsubtitle: ~\ndate: 2022-06-30T20:00:00-10:00\nauthor: null\nbyline: 王小明\ntags: [.inf, null, yes, 0x1F]\n---\n",
    )!;
    expect(fm.error).toBeUndefined();
    expect(fm.meta).toEqual({
      title: "12345678901234567890123456789",
      date: "2022-06-30T20:00:00-10:00",
      authors: ["王小明"],
      tags: [".inf", "yes", "0x1F"],
    });
  });

  it("takes the first address a reader may follow, and passes on a bad one for describe to drop", () => {
    expect(splitFrontMatter("---\nurl: /2022/06/30/post.html\nsource: https://example.org/a\n---\n")!.meta.url).toBe(
      "https://example.org/a",
    );
    expect(splitFrontMatter("---\nurl: javascript:alert(1)\n---\n")!.meta.url).toBe("javascript:alert(1)");
  });

  it("leaves prose between two horizontal rules in the text: it is not front matter", () => {
    expect(splitFrontMatter("---\n第一段写了很多。\n\n第二段也是。\n---\n第三段。\n")).toBeNull();
    expect(texts(unwrap("---\n第一段写了很多。\n---\n第三段。\n", "a.txt").lines).join("")).toContain("第一段写了很多。");
  });
});

describe("the extension decides the wrapper", () => {
  it("reads a .txt as plain text, whatever markup its text mentions", () => {
    const text = "标题\n\n<p>第一段，原稿里的标记。</p>\n<div>第二段。</div><br>\n若 x<y 且 y<z，则 x<z。\n<img src=a.png>图为会场。";
    const u = unwrap(text, "a.txt");
    expect(u.wrapper).toBe("plain");
    expect(u.lines.map((l) => l.text)).toEqual(text.split("\n"));
    expect(unwrap("网页源码如下：\n<html><head><title>标题</title></head><body><p>正文。</p></body></html>", "b.txt").wrapper).toBe(
      "plain",
    );
  });

  it("reads a .txt as HTML only when it is a whole HTML document", () => {
    const page =
      "\ufeff <!-- saved from url=(0042)https://example.org/ -->\n<!DOCTYPE html>\n<html><body><h1>标题</h1><p>正文一段。</p></body></html>";
    const u = unwrap(page, "saved.txt");
    expect(u.wrapper).toBe("html page");
    expect(texts(u.lines)).toEqual(["标题", "正文一段。"]);
    expect(unwrap("<HTML lang=zh>\n<p>正文一段。</p>", "c.txt").wrapper).toBe("html page");
  });

  it("keeps markup in a JSON document's text fields as text", () => {
    const doc = { title: "标题", content: "第一段<p>第二段</p>\n<img src=x.png>图为会场。\n若 x<y 则 y>x。" };
    for (const name of ["a.json", "a"]) {
      const u = unwrap(JSON.stringify(doc), name);
      expect(u.wrapper).toBe("json");
      expect(texts(u.lines)).toEqual(["第一段<p>第二段</p>", "<img src=x.png>图为会场。", "若 x<y 则 y>x。"]);
    }
    // A text that opens on a block's tag is a scraper's copy of the markup: its paragraphs are its blocks.
    const markup = { title: "标题", content: "<p>第一段。</p><p>若 x<y 则 y>x。</p><div>第三段。</div>" };
    expect(texts(unwrap(JSON.stringify(markup), "a.json").lines)).toEqual(["第一段。", "若 x<y 则 y>x。", "第三段。"]);
  });

  it("reads a .json that does not parse, or has no text, as plain text with a note", () => {
    const broken = unwrap('{"title": "标题", "content": "正文<p>一段。"', "a.json");
    expect(broken.wrapper).toBe("plain");
    expect(notes(broken)).toEqual([[1, expect.stringMatching(/不是可以解析的 JSON 对象/)]]);
    expect(texts(broken.lines)).toEqual(['{"title": "标题", "content": "正文<p>一段。"']);
    expect(notes(unwrap('{"a": 1}', "x.json"))).toEqual([[1, expect.stringMatching(/没有正文字段/)]]);
  });

  it("reads a .md as Markdown, even with no Markdown signs", () => {
    expect(unwrap("第一段。\n\n第二段。", "a.md")).toMatchObject({ wrapper: "markdown", messages: [] });
  });
});

describe("control characters made by escapes", () => {
  it("strips them from JSON strings and HTML character references, as the decoder does from raw text", () => {
    const json = unwrap(
      JSON.stringify({ title: "某市召开\u0001会议", source: "某某\u007f日报", content: "会议\u0002部署\t工作。" }),
      "a.json",
    );
    expect(json.meta).toMatchObject({ title: "某市召开会议", publication: "某某日报" });
    expect(texts(json.lines)).toEqual(["会议部署\t工作。"]);
    expect(texts(unwrap("<p>会议&#1;部署&#xffff;工作&#12;。</p>", "a.html").lines)).toEqual(["会议部署工作。"]);
  });
});

describe("Markdown that would lose text", () => {
  it("keeps the text after an HTML comment that is never closed, with a note naming its line", () => {
    const u = unwrap("# 标题\n\n第一段。\n\n<!-- 编者注：\n\n第二段。\n\n第三段 <!-- 又一处。\n", "a.md");
    expect(texts(u.lines)).toEqual(["标题", "第一段。", "<!-- 编者注：", "第二段。", "第三段 <!-- 又一处。"]);
    expect(u.lines.find((l) => l.text === "第二段。")!.line).toBe(7);
    expect(notes(u)).toEqual([[5, expect.stringMatching(/注释没有结束/)]]);
  });

  it("counts the line of an unclosed comment in a front-matter body from the top of the file", () => {
    const u = unwrap("---\ntitle: 标题\n---\n第一段。\n\n<!--\n第二段。\n", "post.md");
    expect(texts(u.lines)).toEqual(["第一段。", "<!--", "第二段。"]);
    expect(notes(u)).toEqual([[6, expect.stringMatching(/注释没有结束/)]]);
  });

  it("still drops closed comments, and leaves a comment opened in code alone", () => {
    const u = unwrap("第一段。\n\n<!-- 排版备注 -->\n\n第二段。\n\n    <!-- 代码\n\n第三段。", "a.md");
    expect(texts(u.lines)).toEqual(["第一段。", "第二段。", "<!-- 代码", "第三段。"]);
    expect(u.messages).toEqual([]);
  });

  it("reads a quote written without a space after > as a quote, its text kept without the mark", () => {
    const u = unwrap("引文如下：\n\n> 某某局关于做好春耕工作的通知\n>\n>各乡镇人民政府：\n>\n> 现将有关事项通知如下。\n", "a.md");
    expect(u.lines.filter((l) => l.text).map((l) => [l.hint ?? "", l.text])).toEqual([
      ["", "引文如下："],
      ["quote", "某某局关于做好春耕工作的通知"],
      ["quote", "各乡镇人民政府："],
      ["quote", "现将有关事项通知如下。"],
    ]);
  });

  it("names an image's alt text in words in the report, as the page prints no image", () => {
    const u = unwrap("第一段。\n\n![村民在田间插秧](https://img/a.jpg)\n\n![5b8b57f1a4](https://img/b.jpg)\n\n第二段。\n", "a.md");
    expect(texts(u.lines)).toEqual(["第一段。", "第二段。"]);
    expect(notes(u)).toEqual([[3, "图片的替代文字，不属正文：村民在田间插秧"]]);
  });

  it("prints nothing of Kramdown's attribute lists, and takes a line in italics beside an image for its caption", () => {
    const u = unwrap(
      '第一段，讲了演出的经过。\n\n*演员与老师合影*\n\n![](https://img/a.jpg){: loading="lazy" class="clickable" }\n\n见[某某的博客](https://blog.example/1){: target="_blank" }。\n\n*这一句强调了全文*，下面接着说。\n',
      "a.md",
    );
    expect(u.lines.filter((l) => l.text).map((l) => [l.hint ?? "", l.text])).toEqual([
      ["", "第一段，讲了演出的经过。"],
      ["caption", "演员与老师合影"],
      ["", "见某某的博客。"],
      ["", "这一句强调了全文，下面接着说。"],
    ]);
  });

  it("reads Markdown nested past markdown-it's limit as plain text, with a note", () => {
    const text = `${">".repeat(150)} 深层引用里的正文。\n\n后面的段落。`;
    const u = unwrap(text, "a.md");
    expect(u.wrapper).toBe("markdown");
    expect(texts(u.lines)).toEqual([`${">".repeat(150)} 深层引用里的正文。`, "后面的段落。"]);
    expect(notes(u)).toEqual([[1, expect.stringMatching(/嵌套超过 100 层/)]]);
  });
});

describe("deeply nested HTML", () => {
  const nested = (n: number) => `${"<div>".repeat(n)}<p>深层嵌套的段落里有正文。</p><a href="/">链接</a>${"</div>".repeat(n)}`;

  it("reads the elements of markup nested as deep as real pages go, without a recursion limit", () => {
    const u = unwrap(nested(900), "deep.html");
    expect(u.messages).toEqual([]);
    expect(u.lines.filter((l) => l.text)).toEqual([
      { text: "深层嵌套的段落里有正文。", line: 1 },
      { text: "链接", line: 1, linkRatio: 1 },
    ]);
  });

  it("keeps the text inside 100,000 nested elements, ignoring the tags below level 1,000, and says so", () => {
    const u = unwrap(nested(100_000), "deep.html");
    expect(u.lines.filter((l) => l.text).map((l) => l.text)).toEqual(["深层嵌套的段落里有正文。 链接"]);
    expect(notes(u)).toEqual([[1, expect.stringMatching(/嵌套 100001 层：第 1000 层以下的标记不再解析，其中文字保留/)]]);
  });

  it("keeps every position when it blanks tags out, so lines stay true to the source", () => {
    const html = `${"<b>".repeat(1001)}\n甲<i\nclass="x">乙</i>${"</b>".repeat(1001)}`;
    const flat = flattenDeep(html);
    expect(flat.html).toHaveLength(html.length);
    expect(flat.html.split("\n")).toHaveLength(3);
    expect(flat.depth).toBe(1002);
  });
});

describe("what the wrapper step says", () => {
  it("notes what it left out as information, and warns only of what needs a look", () => {
    const page = `<html><body><nav><a href="/">首页</a><a href="/n">新闻</a></nav><h1>某县召开会议</h1>
<p>某县日前召开全体干部大会，部署今年的重点工作任务，要求各部门抓好落实，确保取得实效。</p>
<p>会议强调，要坚持问题导向，真抓实干，推动各项工作落地见效，让群众满意。</p><footer>版权所有</footer></body></html>`;
    const left = unwrap(page, "a.html").messages;
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((m) => m.severity === "info" && m.ruleId === RULES.wrapperNote.id)).toBe(true);
    const broken = unwrap("---\ntitle: [没有闭合\n---\n某县召开会议，部署今年的重点工作任务。\n", "b.md").messages;
    expect(broken).toEqual([expect.objectContaining({ ruleId: RULES.wrapper.id, severity: "warning" })]);
  });
});
