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
});
