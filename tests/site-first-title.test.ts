import { describe, expect, it } from "vitest";
import { lostSentences } from "./helpers.js";
import { cleanDocument } from "../src/pipeline/index.js";

const encode = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  "美国本周将公布零售销售数据，市场预期上月零售销售增长百分之零点四，连续第二个月上升。",
  "分析人士认为，劳工市场继续好转，通货膨胀仍然温和，消费者信心有望进一步回升。",
];

describe("a title that names its site first", () => {
  const head = (title: string, og: string) => `<meta property="og:title" content="${og}"><title>${title}</title>`;
  const doc = (title: string, og: string, heading: string) =>
    `<html><head><meta charset="utf-8">${head(title, og)}</head><body><div class="nav"><a href="/">首页</a> <a href="/c">财经</a></div>` +
    `<div class="list"><a href="/1">某地楼市成交回暖</a></div>${heading}<div class="article">${TEXT.map((t) => `<p>${t}</p>`).join("")}</div></body></html>`;

  it("finds the headline in an element that prints the time after it, and reads that time as the date", () => {
    const a = cleanDocument(
      "a.html",
      encode(
        doc(
          "某某新闻 - 财经 - 某公司推出新款手机 - example.com",
          "某某新闻 - 财经 - 某公司推出新款手机",
          '<h4>某公司推出新款手机<span class="time">　2014-12-08 06:49</span></h4>',
        ),
      ),
    );
    expect([a.title, a.date, a.publication]).toEqual(["某公司推出新款手机", "2014-12-08", "某某新闻"]);
    expect(lostSentences(a)).toEqual([]);
  });

  it("takes the paper's name before the headline over a news channel's after it", () => {
    const a = cleanDocument(
      "a.html",
      encode(doc("某某时报 | 某公司推出新款手机 | 某某编辑部 | 某某新闻", "某公司推出新款手机", "<h1>某公司推出新款手机</h1>")),
    );
    expect([a.title, a.publication]).toEqual(["某公司推出新款手机", "某某时报"]);
  });
});

describe("a title that names only the site and its channel", () => {
  const page = `<html><head><meta charset="utf-8"><title>某某新闻网_(新闻)</title></head><body>
<div class="nav"><a href="/">首页</a>&gt;&gt;<a href="/r">人物聚焦</a></div>
<table><tr><td class="bt_title">王建国——新外科运动向我们走来</td></tr></table>
<div>${TEXT.map((t) => `<p>${t}</p>`).join("")}<p>（李小明）</p></div>
<div class="foot">某某大学新闻中心</div></body></html>`;
  const a = cleanDocument("a.html", encode(page));

  it("takes the line above the text for the headline, whole though a name stands before its dash", () => {
    expect([a.title, a.subtitle]).toEqual(["王建国——新外科运动向我们走来", null]);
  });

  it("takes the site's name, not the channel's label in brackets, for the publication", () => {
    expect(a.publication).toBe("某某新闻网");
  });

  it("reads the writer's name alone in brackets closing the text as the byline", () => {
    expect(a.authors).toEqual(["李小明"]);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });
});

describe("a page with an empty <title> and no heading element", () => {
  it("takes the line over the date line for the headline, though it exclaims", () => {
    const page = `<html><head><meta charset="gb2312"><title></title></head><body><div class="logo"><img src="logo.png"></div>
<div class="newst">某公司新型绿色生产线项目开工仪式成功举行！</div>
<div class="newsd"> 发稿时间：2021/6/9 <span>【 字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> 】</span></div>
<div class="newsc">${TEXT.map((t) => `<p>${t}</p>`).join("")}</div></body></html>`;
    const a = cleanDocument("a.html", encode(page));
    expect([a.title, a.date]).toEqual(["某公司新型绿色生产线项目开工仪式成功举行！", "2021-06-09"]);
    expect(a.blocks.map((b) => b.text)).toEqual(TEXT);
  });
});

describe("a repost site's meta line and headline", () => {
  it("reads the poster before the date as no publication, and the headline printed again under itself as no deck", () => {
    const page = `<html><head><meta charset="utf-8"><title>某公司向开发者提供新原型机</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/m">手机</a> <a href="/t">通讯</a></div>
<h1>某公司向开发者提供新原型机</h1><h2>某公司向开发者提供新原型机</h2>
<div class="meta">网友甲发布于 2012-05-02 06:50:49</div>
<div class="article">${TEXT.map((t) => `<p>${t}</p>`).join("")}</div></body></html>`;
    const a = cleanDocument("a.html", encode(page));
    expect([a.title, a.subtitle, a.publication, a.date]).toEqual(["某公司向开发者提供新原型机", null, null, "2012-05-02"]);
  });

  it("takes a name before the bar that the page's copyright line prints for the site's, no column", () => {
    const page = (footer: string) =>
      cleanDocument(
        "a.html",
        encode(
          '<html><head><meta charset="utf-8"><meta property="og:site_name" content="XYZ"><title>某某观察 | 某国议会通过新预算案 - XYZ</title></head><body>' +
            `<h1>某某观察 | 某国议会通过新预算案</h1><div class="article">${TEXT.map((t) => `<p>${t}</p>`).join("")}</div><div class="footer">${footer}</div></body></html>`,
        ),
      );
    const a = page("© 2023 某某观察 XYZ 版权所有");
    expect([a.title, a.column, a.publication]).toEqual(["某国议会通过新预算案", null, "某某观察"]);
    // Printed nowhere else, the name is the column's.
    expect(page("© 2023 XYZ 版权所有").column).toBe("某某观察");
  });
});
