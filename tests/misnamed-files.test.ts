import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";

const encode = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  "2月1日，网传某县一男子在社交软件上售卖虎肉，宣称一千元每斤，还展示了多张照片。",
  "当事人告诉记者，自己卖的其实是鹿肉，为了提高售价才谎称卖虎肉，当地森林公安已介入调查。",
];

describe("documents whose names or first lines mislead", () => {
  it("reads a whole page saved under a Markdown name as the page", () => {
    const page = `\n<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>某县森林公安介入调查网传售卖虎肉事件</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/x">学生服务</a> <a href="/y">教工服务</a></div>
<h1>某县森林公安介入调查网传售卖虎肉事件</h1><div class="article">${TEXT.map((t) => `<p>${t}</p>`).join("")}</div></body></html>`;
    const a = cleanDocument("a.md", encode(page));
    expect(a.wrapper).toBe("html page");
    expect(a.title).toBe("某县森林公安介入调查网传售卖虎肉事件");
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });

  it("reads front matter after blank lines, and an outlet in its author field as the publication, no writer", () => {
    const post = `\n---\ntitle: '1000元一斤卖老虎肉？警方已介入'\nauthor: 某某财经\ndate: Wed, 02 Feb 2022 09:42:18 GMT\n---\n\n${TEXT.join("\n\n")}\n`;
    const a = cleanDocument("b.md", encode(post));
    expect(a.wrapper).toBe("front matter");
    expect([a.title, a.date, a.publication, a.authors]).toEqual(["1000元一斤卖老虎肉？警方已介入", "2022-02-02", "某某财经", []]);
  });

  it("reads an author a mirror also files the post under (its category or tag) as the source, unless a surname opens it", () => {
    const post = (author: string) =>
      encode(
        `---\ntitle: 某县森林公安介入调查\nauthor: ${author}\ntags: [ ${author} ]\ncategories: [ news, ${author} ]\n---\n\n${TEXT.join("\n\n")}\n`,
      );
    const a = cleanDocument("c.md", post("法广"));
    expect([a.publication, a.authors]).toEqual(["法广", []]);
    // A blog that files posts by their writer: the name stays the writer's.
    expect(cleanDocument("d.md", post("王小明")).authors).toEqual(["王小明"]);
  });
});

describe("a post whose body is HTML, indented as HTML is", () => {
  const post = `---\ntitle: 某县森林公安介入调查网传售卖虎肉事件\n---\n\n<div>\n${TEXT.map((t) => `<p>${t}</p>`).join("\n")}\n</div>
            <!-- 文末二维码 start -->
            <style>
            .qr_wrap{border:1px solid #E6E6E6;}
            </style>
            <div class="qr_wrap">
                <div class="qr_txt">海量资讯、精准解读，尽在某某财经APP</div>
            </div>\n`;
  const a = cleanDocument("c.md", encode(post));

  it("reads the indented tags as HTML, not as code: no style, no markup on the page", () => {
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
    expect(a.messages.some((m) => m.text.includes("尽在某某财经APP"))).toBe(true);
  });
});

describe("a copyright line", () => {
  it("names the owner after the year and the words 版权所有", () => {
    const page = `<html><head><meta charset="utf-8"><title>某县森林公安介入调查网传售卖虎肉事件</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/x">学生服务</a></div><h1>某县森林公安介入调查网传售卖虎肉事件</h1>
<div class="article">${TEXT.map((t) => `<p>${t}</p>`).join("")}</div>
<p class="copyright"><span>© 2020 版权所有 某某大学信息化建设管理服务中心 All Rights Reserved</span></p></body></html>`;
    expect(cleanDocument("d.html", encode(page)).publication).toBe("某某大学信息化建设管理服务中心");
  });
});
