import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";
import { findPlaces } from "../src/describe/places.js";

// Small pages written for these rules: no text, site or file name of a real capture.

const clean = (html: string) => cleanDocument("a.html", new TextEncoder().encode(html));

/** A whole page: head, a navigation bar, the article's markup, what follows it, a footer. */
const page = (head: string, article: string, { after = "", footer = "" } = {}) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>
<div class="topnav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">社会</a> <a href="/c">新闻频道</a></div>
${article}
${after}
<div class="footer"><p>版权所有 某某网 未经授权禁止转载</p>${footer}<p>某ICP备00000000号</p></div></body></html>`;

const paragraphs = (...ps: string[]) => ps.map((p) => `<p>${p}</p>`).join("\n");

describe("a reprinted document's own date", () => {
  const resolution = (note: string, pubdate: string) =>
    page(
      `<title>某某市人民代表大会常务委员会关于某某事项的决定</title><meta name="pubdate" content="${pubdate}">`,
      `<h1>某某市人民代表大会常务委员会关于某某事项的决定</h1>
<div class="content">${paragraphs(
        note,
        "某某市第九届人民代表大会常务委员会第五次会议审议了市人民政府关于某某事项的议案，决定同意议案提出的各项安排，并要求认真组织实施。",
        "会议要求，有关部门要加强协调配合，按照决定确定的目标任务，切实做好各项工作，确保取得实效。",
      )}</div>`,
    );

  it("dates the document by its note under the headline, not by the later date the page was posted", () => {
    const a = clean(resolution("（2001年3月5日某某市第九届人民代表大会常务委员会第五次会议通过）", "2001-04-20 09:30"));
    expect(a.date).toBe("2001-03-05");
    expect(a.found.date).toBe("text");
    expect(a.messages.some((m) => m.ruleId === RULES.dateNote.id && m.text.includes("2001-04-20"))).toBe(true);
    // The note stays in the text.
    expect(a.blocks[0]!.text).toContain("会议通过");
  });

  it("keeps the page's date when the note says when the document takes effect, or dates it later", () => {
    expect(clean(resolution("（2001年5月1日起施行）", "2001-04-20 09:30")).date).toBe("2001-04-20");
    expect(clean(resolution("（2001年5月1日某某市第九届人民代表大会常务委员会第六次会议通过）", "2001-04-20")).date).toBe("2001-04-20");
  });
});

describe("header and closing lines a page prints around its article", () => {
  const story = paragraphs(
    "近日，某某镇组织农技人员深入田间地头，指导农户开展春播春管，帮助解决生产中遇到的实际问题。",
    "农技人员还现场演示了新型农机的操作方法，受到农户欢迎。当地将继续做好技术服务，助力农业生产。",
  );

  it("reads a source line labelled 来源于 as the source, and the site the <title> names although the keywords list it", () => {
    const a = clean(
      page(
        `<title>某某镇开展春播技术指导 某某办事处_某某网</title><meta name="keywords" content="某某网,某某办事处,新闻">`,
        `<div><b>某某镇开展春播技术指导</b><br><font>来源于：某某办事处</font></div><div class="content">${story}</div>`,
      ),
    );
    expect(a.publication).toBe("某某办事处");
    expect(a.blocks.map((b) => b.text).join("")).not.toContain("来源于");
    const site = clean(
      page(
        `<title>某某镇开展春播技术指导 某某办事处_某某网</title><meta name="keywords" content="某某网,某某办事处,新闻">`,
        `<div><b>某某镇开展春播技术指导</b></div><div class="content">${story}</div>`,
      ),
    );
    expect(site.publication).toBe("某某网");
  });

  it("takes the date the header prints over a later meta date, and no label for the empty source before it", () => {
    const a = clean(
      page(
        `<title>某某县2015年国民经济和社会发展统计公报</title><meta name="PubDate" content="2022-04-24 10:00:43"><meta name="SiteName" content="某某县人民政府">`,
        `<h1>某某县2015年国民经济和社会发展统计公报</h1><div class="info">来源：访问量：199 发布日期：2017-05-15 10:49:00</div><div class="content">${story}</div>`,
      ),
    );
    expect(a.date).toBe("2017-05-15");
    expect(a.messages.some((m) => m.ruleId === RULES.dateNote.id && m.text.includes("2022-04-24"))).toBe(true);
    expect(a.publication).not.toBe("访问量");
  });

  it("takes the author's label printed just after the article's element, past its pager", () => {
    const a = clean(
      page(
        `<title>某某镇开展春播技术指导_某某网</title>`,
        `<h1>某某镇开展春播技术指导</h1><div class="content">${story}<center class="pager"><a href="?p=1">1</a><a href="?p=2">2</a><a href="?p=2">下一页</a></center></div>`,
        { after: `<div class="editor">[作者: 张明远 　责任编辑: 李晓红 ]</div>` },
      ),
    );
    expect(a.authors).toEqual(["张明远"]);
    expect(a.blocks.map((b) => b.text).join("")).not.toContain("责任编辑");
  });
});

describe("where a story happens", () => {
  it("takes a short city name after a word of travel or distance for a place", () => {
    const text = "这艘货轮今日离港启运，将前往烟台。货轮抵达烟台后，将卸下首批设备。";
    expect(findPlaces(text, "某型货轮离港启运").place).toEqual({ province: "山东省", prefecture: "烟台市", county: null });
    // Without one, a short name alone is not surely a place.
    expect(findPlaces("这艘货轮今日离港启运。烟台设备厂的设备运到了。", "某型货轮离港启运").place.province).toBeNull();
  });

  const hospital = (headline: string) =>
    page(
      `<title>${headline}</title>`,
      `<h1>${headline}</h1><div class="content">${paragraphs(
        "为提升护理人员的专业水平，近日，院护理部举办了护理技能竞赛，各科室共有二十余名选手参赛。",
        "竞赛分为理论考试和操作考核两部分，选手们沉着应对，展示了扎实的基本功，赛后评委进行了点评。",
      )}</div>`,
      { footer: `<p>医院地址：江苏省扬州市某某路18号 　咨询电话：0000-00000000</p>` },
    );

  it("places an institution's news of itself where its page gives its address", () => {
    expect(clean(hospital("我院举办护理技能竞赛")).place).toEqual({ province: "江苏省", prefecture: "扬州市", county: null });
    // Another story on the same site is not placed by the site's address.
    expect(clean(hospital("某院举办护理技能竞赛")).place.province).toBeNull();
  });
});

describe("a day printed without its year", () => {
  const post = (modified: string) =>
    page(
      `<title>某地举办春季农产品展销会</title><meta itemprop="dateUpdate" content="${modified}">`,
      `<h1>某地举办春季农产品展销会</h1><div class="source"><span class="date">发布时间：04-12</span><span>09:30</span></div>
<div class="content">${paragraphs(
        "近日，某地举办春季农产品展销会，来自各乡镇的一百多家合作社带来了本地特色农产品。",
        "展销会持续三天，吸引了大批市民前来选购，不少摊位的货品在第一天就销售一空。",
        "主办方表示，今后将每季举办一次，帮助农户拓宽销路，增加收入。",
      )}</div>`,
    );

  it("takes its year from the date the page was last changed, when the two name the same day, and leaves the line out", () => {
    const a = clean(post("2021-04-12 09:31:05"));
    expect(a.date).toBe("2021-04-12");
    expect(a.blocks.map((b) => b.text).join("")).not.toContain("发布时间");
  });

  it("takes no date from a last change on another day", () => {
    expect(clean(post("2021-06-30 18:00:00")).date).toBeNull();
  });
});

describe("a portal's reprint of a paper's commentary", () => {
  const text = [
    "某县有关部门昨天公布了大火事故的遇难者名单，与此同时，网络上质疑死亡人数的声音没有减少。",
    "火灾发生以来，县政府以通常的方式进行善后，一方面公布伤亡数字，一方面当地媒体低调报道此事。",
    "希望这次大火给政府和社会都带来有益的反思。▲（作者是《某某时报》评论员）",
  ];
  const a = clean(
    page(
      "<title>某某时报：大火后续风波显公信力不足_新闻_某某网</title>",
      `<h1>某某时报：大火后续风波显公信力不足</h1>
<div class="info"><span class="pubTime">2012年07月07日09:47</span><span class="infoCol"><span class="where"><a href="/x">某某时报</a></span><span class="auth">王小明</span></span><span class="infoComm"><a href="#">我要评论(0)</a></span></div>
<div class="content">${paragraphs(...text)}</div>`,
      { after: `<ul class="related"><li><span class="source">某某晚报</span><span class="author">李四</span> 另一篇报道</li></ul>` },
    ),
  );

  it("reads the source and the author from the info line's slots under the headline, not the related list's", () => {
    expect([a.publication, a.authors]).toEqual(["某某时报", ["王小明"]]);
  });

  it("takes the paper's name and colon off the headline, and the note on the writer off the text", () => {
    expect(a.title).toBe("大火后续风波显公信力不足");
    expect(a.blocks.map((b) => b.text).at(-1)).toBe("希望这次大火给政府和社会都带来有益的反思。");
    expect(a.messages.filter((m) => m.ruleId === RULES.bioNote.id)).toHaveLength(1);
  });
});
