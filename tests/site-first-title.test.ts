import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";

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
    expect(a.messages.filter((m) => m.ruleId === RULES.sentenceLost.id)).toEqual([]);
  });

  it("takes the paper's name before the headline over a news channel's after it", () => {
    const a = cleanDocument(
      "a.html",
      encode(doc("某某时报 | 某公司推出新款手机 | 某某编辑部 | 某某新闻", "某公司推出新款手机", "<h1>某公司推出新款手机</h1>")),
    );
    expect([a.title, a.publication]).toEqual(["某公司推出新款手机", "某某时报"]);
  });
});
