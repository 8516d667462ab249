import { describe, expect, it } from "vitest";
import { unwrap } from "../src/unwrap/index.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { renderBody } from "../src/render/article.js";
import { addressDate } from "../src/text/dates.js";
import type { Unwrapped } from "../src/unwrap/types.js";
import { RULES } from "../src/model/rules.js";
import { lostSentences } from "./helpers.js";

// Small documents written for these rules: no text, site or file name of a real capture.

const texts = (u: Unwrapped) => u.lines.map((l) => l.text).filter(Boolean);
const hinted = (u: Unwrapped) => u.lines.filter((l) => l.text).map((l) => [l.hint ?? "", l.text]);
const notes = (u: Unwrapped) => u.messages.map((m) => m.text);

/** A whole page: head, a navigation bar, the article's markup, a footer. */
const page = (head: string, article: string, { nav = true } = {}) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>
${nav ? `<div class="topnav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">社会</a> <a href="/c">新闻频道</a></div>` : ""}
${article}
<div class="footer"><p>版权所有 某某新闻网 未经授权禁止转载</p><p>某ICP备00000000号</p></div></body></html>`;

const paragraphs = (...ps: string[]) => ps.map((p) => `<p>${p}</p>`).join("\n");
const BODY = paragraphs(
  "本报讯 近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。",
  "会议指出，要压实各级责任，抓好良种供应、农资保障和技术指导，确保春播工作有序推进。",
  "会议要求，各乡镇要加强巡查，及时解决群众在生产中遇到的实际困难，切实把好事办好。",
);

describe("page metadata, the strongest evidence first", () => {
  it("takes JSON-LD's headline, date, authors and publisher, each saying where it came from", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "某县召开春耕生产推进会",
      datePublished: "2023-03-02T09:30:00+08:00",
      author: [{ "@type": "Person", name: "王小明" }],
      publisher: { "@type": "Organization", name: "某某日报" },
    });
    const u = unwrap(
      page(
        `<title>某县召开春耕生产推进会_某某日报</title><script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2023-03-05">`,
        `<h1>某县召开春耕生产推进会</h1>${BODY}`,
      ),
      "a.html",
    );
    expect(u.meta).toMatchObject({
      title: "某县召开春耕生产推进会",
      date: "2023-03-02T09:30:00+08:00",
      authors: ["王小明"],
      site: "某某日报",
    });
    expect(u.meta.from).toMatchObject({ date: "JSON-LD datePublished", authors: "JSON-LD author", site: "JSON-LD publisher" });
  });

  it("reads the CMS meta names: a date with a stray space, a source with its label, the site's name; not the re-render time", () => {
    const u = unwrap(
      page(
        `<title>某县召开春耕生产推进会</title><meta name="Maketime" content="2023-09-01 10:00"><meta name="PubDate" content=" 2023-03-02 09:30">
<meta name="ContentSource" content="来源：某某日报"><meta name="SiteName" content="某县人民政府网">`,
        `<h1>某县召开春耕生产推进会</h1>${BODY}`,
      ),
      "a.html",
    );
    expect(u.meta).toMatchObject({ date: "2023-03-02 09:30", publication: "某某日报", site: "某县人民政府网" });
    expect(u.meta.from).toMatchObject({ date: "meta pubdate", publication: "meta contentsource" });
  });

  it("takes no author from a meta author that is a numeric id, an editor, or a name the article never prints", () => {
    const withAuthor = (author: string, extra = "") =>
      unwrap(
        page(
          `<title>某县召开春耕生产推进会</title><meta name="author" content="${author}">`,
          `<h1>某县召开春耕生产推进会</h1>${BODY}${extra}`,
        ),
        "a.html",
      ).meta.authors;
    expect(withAuthor("10234")).toBeUndefined();
    expect(withAuthor("网站编辑李四", "<p>（责任编辑：李四）</p>")).toBeUndefined();
    expect(withAuthor("赵六")).toBeUndefined();
    expect(withAuthor("王小明", "<p>（记者 王小明）</p>")).toEqual(["王小明"]);
    // A channel the <title> names after the headline, printed on the page: the site's, not a writer.
    const channel = unwrap(
      page(
        `<title>某县召开春耕生产推进会|春耕_某某财经_某某网</title><meta name="author" content="某某财经">`,
        `<h1>某县召开春耕生产推进会</h1><p>某某财经讯 近日，某县召开春耕生产推进会。</p>${BODY}`,
      ),
      "a.html",
    );
    expect(channel.meta.authors).toBeUndefined();
  });

  it("reads a <time datetime> under the headline when no meta states the date", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<div class="related"><time datetime="2019-01-01">旧文</time></div><h1>某县召开春耕生产推进会</h1><p><time datetime="2023-03-02T08:00:00+08:00">3月2日</time></p>${BODY}`,
      ),
      "a.html",
    );
    expect(u.meta).toMatchObject({ date: "2023-03-02T08:00:00+08:00", from: { date: "<time datetime>" } });
  });

  it("reads the date line under the headline when no meta states a date", () => {
    const u = unwrap(
      page(
        "<title>某大桥下周起封闭施工_某平台</title>",
        `<h1>某大桥下周起封闭施工</h1><div class="info">2023-05-17·某某城市报道</div>${BODY}`,
      ),
      "a.html",
    );
    expect(u.meta).toMatchObject({ date: "2023-05-17", from: { date: "the date line under the headline" } });
  });

  it("reads a WeChat page's variables: its Unix time as a Beijing date, its account; its hidden text is still the article", () => {
    const u = unwrap(
      `<!DOCTYPE html><html><head><meta property="og:title" content="某县表彰一批优秀志愿者"><meta property="og:site_name" content="某平台"></head><body>
<div id="img-content"><h1 class="rich_media_title">某县表彰一批优秀志愿者</h1>
<div id="meta_content"><a id="js_name">某县发布</a><div style="display:none"><strong>某县发布</strong><p>功能介绍：与您一起关注本县的新闻与服务。</p></div></div>
<div id="js_content" style="visibility: hidden;">${BODY}</div></div>
<script>var nickname = "某县发布";\nvar ct = "1659274471";</script></body></html>`,
      "w.html",
    );
    expect(u.meta).toMatchObject({ date: "2022-07-31 21:34 +0800", account: "某县发布", title: "某县表彰一批优秀志愿者" });
    expect(u.meta.from).toMatchObject({ date: "WeChat page variable ct", account: "WeChat page variable nickname" });
    expect(texts(u)).toContain("会议指出，要压实各级责任，抓好良种供应、农资保障和技术指导，确保春播工作有序推进。");
    expect(texts(u).join("")).not.toMatch(/功能介绍|^某县发布/);
  });

  it("opens the text on the lines of prose between the headline and the region, not on a meta line or a player", () => {
    const u = unwrap(
      page(
        "<title>某县新闻速览</title>",
        `<h2>某县新闻速览</h2><div class="meta">2018-04-06 某县发布</div><div class="player"><p>Play Video</p><p>0:00</p></div>
<section><p><strong>不要总呆在自己的舒适圈里，</strong></p><p><strong>不走出去，</strong></p><p><strong>你很难发现自己的潜力</strong></p></section>
<div class="content">${BODY}</div>`,
      ),
      "a.html",
    );
    expect(texts(u).slice(0, 5)).toEqual([
      "某县新闻速览",
      "2018-04-06 某县发布",
      "不要总呆在自己的舒适圈里，",
      "不走出去，",
      "你很难发现自己的潜力",
    ]);
    expect(texts(u).join("")).not.toMatch(/Play Video|0:00/);
  });

  it("takes the paper for the company its copyright line names, and keeps another company's name whole", () => {
    const owned = (owner: string) =>
      unwrap(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县召开春耕生产推进会</title></head><body><h1>某县召开春耕生产推进会</h1>
<div class="content">${BODY}</div><div class="foot">版权所有：${owner} 某ICP备00000000号</div></body></html>`,
        "a.html",
      ).meta.site;
    expect(owned("某某晚报有限公司")).toBe("某某晚报");
    expect(owned("某某科技股份有限公司")).toBe("某某科技股份有限公司");
  });

  it("reads an institution's page whose <title> is only its name: the heading over the text, a calendar leaf's date, the owner as the site", () => {
    const u = unwrap(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某省淡水水产研究所</title></head><body>
<div class="news"><h5>某省淡水水产研究所召开干部职工大会</h5><div class="day">21</div><div class="year">2024年02月</div><div>分享</div>
<div class="doc">${BODY}</div></div><div class="foot">©2025 某省淡水水产研究所 某ICP备00000000号</div></body></html>`,
      "a.html",
    );
    expect(u.meta).toMatchObject({ title: "某省淡水水产研究所召开干部职工大会", date: "2024-02-21", site: "某省淡水水产研究所" });
    expect(u.meta.from).toMatchObject({ date: "the calendar leaf under the headline", site: "the copyright line" });
  });

  it("takes no label leading into a box ('关联稿件：') under the headline for its deck", () => {
    const u = unwrap(
      page("<title>某县统计公报</title>", `<div class="content"><h1>某县统计公报</h1><h3>关联稿件：</h3>${BODY}</div>`),
      "a.html",
    );
    expect(u.meta.subtitle).toBeUndefined();
  });

  it("takes the headline printed without the site's name over the whole <title> printed again at the foot", () => {
    const u = unwrap(
      page(
        "<title>某市的声音：有英勇的你，才有英雄的城！-某某网</title>",
        `<div class="h-title">某市的声音：有英勇的你，才有英雄的城！</div><div class="h-info">2020-02-19 20:29:58 来源：某某刊</div>
<div class="content">${BODY}</div><div class="foot">某市的声音：有英勇的你，才有英雄的城！-某某网</div>`,
      ),
      "a.html",
    );
    expect(u.meta).toMatchObject({ title: "某市的声音：有英勇的你，才有英雄的城！" });
    expect(texts(u)).toContain("2020-02-19 20:29:58 来源：某某刊");
  });

  it("takes the headline the <h1> prints over a gallery's caption that prints the whole <title>, its channel and domain too", () => {
    const title = "某市推出三款新车　瞄准年轻买家";
    const u = unwrap(
      page(
        `<title>${title} | 科技 | 某某新闻网 EXAMPLE.COM</title><meta property="og:title" content="${title} | 科技 | 某某新闻网 EXAMPLE.COM">`,
        `<h1>${title}</h1><div class="content"><p>记者王建国／台北报导</p>${BODY}</div>
<div class="modal"><div class="photo-title">${title} | 科技 | 某某新闻网 EXAMPLE.COM</div><div>※ 本网页已闲置超过5分钟，请点击右上关闭钮，即可关闭。</div></div>`,
      ),
      "a.html",
    );
    expect(u.meta.title).toBe(title.replace("　", ""));
    expect(texts(u).join("")).toContain("会议要求，各乡镇要加强巡查");
  });

  it("reads WeChat's author slot under the headline as the writer, though the text never prints the name", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县召开春耕生产推进会</title></head><body>
<h1 class="rich_media_title" id="activity-name">某县召开春耕生产推进会</h1>
<div id="meta_content"><span id="js_author_name">王建国</span> <a id="js_name">某县发布</a></div>
<div class="rich_media_content" id="js_content">${BODY}</div>
<script>var nickname = htmlDecode("某县发布"); var ct = "1677722400";</script></body></html>`;
    const a = cleanDocument("w.html", new TextEncoder().encode(html));
    expect(a.authors).toEqual(["王建国"]);
    expect(a.date).toBe("2023-03-02");
  });

  it("reads the account a platform shows beside its follow button", () => {
    const u = unwrap(
      page(
        "<title>某县表彰一批优秀志愿者_某平台</title>",
        `<h1>某县表彰一批优秀志愿者</h1><div class="author"><a href="/u/1">某县融媒</a><span>关注</span></div>${BODY}`,
      ),
      "a.html",
    );
    expect(u.meta).toMatchObject({ account: "某县融媒", from: { account: "the name beside a follow button" } });
    expect(texts(u)).not.toContain("关注");
  });

  it("reads the account in the author's slot under the headline, and no person's name there as one", () => {
    const posted = (name: string) =>
      unwrap(
        page(
          "<title>某县表彰一批优秀志愿者_某平台</title>",
          `<h2>某县表彰一批优秀志愿者</h2><div class="author-txt"><p class="author-name">${name}</p><span>发布时间：10-08</span></div>${BODY}`,
        ),
        "a.html",
      ).meta;
    expect(posted("某县生活圈")).toMatchObject({ account: "某县生活圈", from: { account: "the author's slot under the headline" } });
    expect(posted("王小明").account).toBeUndefined();
  });

  it("reads a government page's disclosure table as metadata, and leaves it out of the text", () => {
    const u = unwrap(
      page(
        "<title>某县关于做好春季防火工作的通知_某县人民政府</title>",
        `<table class="info"><tr><td>索引号：</td><td>000000000/2021-00012</td><td>分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>某县人民政府办公室</td><td>生成日期：</td><td>2021-03-02</td></tr>
<tr><td>文号：</td><td>某政办〔2021〕5号</td><td>公开方式：</td><td>主动公开</td></tr></table>
<h1>某县关于做好春季防火工作的通知</h1><div class="content">${paragraphs(
          "各乡镇人民政府，县直各部门：",
          "当前正值春季防火关键时期，为切实做好森林草原防火工作，确保人民群众生命财产安全，现将有关事项通知如下。",
          "一、提高思想认识，压实防火责任，各地要把防火工作摆上重要议事日程。",
          "某县人民政府办公室",
          "2021年3月1日",
        )}</div>`,
      ),
      "gov.html",
    );
    expect(u.meta).toMatchObject({
      publication: "某县人民政府办公室",
      date: "2021-03-02",
      from: { date: "the disclosure table's 生成日期" },
    });
    expect(texts(u).join("")).not.toMatch(/索引号|公开方式|主动公开/);
    // The notice's signature and date close the text.
    expect(texts(u).slice(-2)).toEqual(["某县人民政府办公室", "2021年3月1日"]);
    expect(notes(u)).toContainEqual(expect.stringMatching(/信息公开目录表读作元数据.*索引号 000000000\/2021-00012/));
  });
});

describe("the address a page was saved from", () => {
  it("reads a browser's saved-from note, and the day an address is built on when nothing else dates the page", () => {
    const html = `<!DOCTYPE html>\n<!-- saved from url=(0060)http://www.example.gov.cn/xxgk/202303/t20230302_4567.html -->\n${page("<title>某县召开春耕生产推进会</title>", `<h1>某县召开春耕生产推进会</h1><div class="content">${BODY}</div>`)}`;
    const a = cleanDocument("s.html", new TextEncoder().encode(html));
    expect(a.originalUrl).toBe("http://www.example.gov.cn/xxgk/202303/t20230302_4567.html");
    expect(a.date).toBe("2023-03-02");
    expect(a.found.date).toBe("address");
    for (const [url, day] of [
      ["http://www.example.com/2019-12/10/c_1125327345.htm", "2019-12-10"],
      ["http://example.cn/n1/2023/0302/c1001-123.html", "2023-03-02"],
      ["http://news.example.com/20120629/n346847753.shtml", "2012-06-29"],
      ["https://blog.example.com/2012/06/29/a-post/", "2012-06-29"],
      ["https://example.com/p/12345678/x.html", null],
      ["https://example.com/a/123.html", null],
    ] as const)
      expect(addressDate(url)).toBe(day);
  });
});

describe("a page saved as a web archive (MHTML)", () => {
  const html = page(
    "<title>某县召开春耕生产推进会_某某新闻网</title>",
    `<h1>某县召开春耕生产推进会</h1><div class="content">${BODY}</div>`,
  );
  const qp = [...new TextEncoder().encode(html)]
    .map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b)))
    .join("");
  const archive = (type: string, encoding: string, body: string) =>
    [
      "From: <Saved by Blink>",
      "Snapshot-Content-Location: https://news.example.com/1.html",
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; type="text/html"; boundary="----Boundary--x----"',
      "",
      "------Boundary--x----",
      `Content-Type: ${type}`,
      `Content-Transfer-Encoding: ${encoding}`,
      "Content-Location: https://news.example.com/1.html",
      "",
      body,
      "------Boundary--x------",
      "",
    ].join("\r\n");

  it("reads the page inside, quoted-printable or base64, with the address it was saved from", () => {
    for (const a of [archive("text/html", "quoted-printable", qp), archive("text/html", "base64", Buffer.from(html).toString("base64"))]) {
      const d = cleanDocument("p.mhtml", new TextEncoder().encode(a));
      expect(d.wrapper).toBe("web archive");
      expect(d.title).toBe("某县召开春耕生产推进会");
      expect(d.originalUrl).toBe("https://news.example.com/1.html");
      expect(d.blocks.map((b) => b.text).join("")).not.toMatch(/Boundary|Content-Type|=E6/);
    }
  });
});

describe("a text dump's labelled fields", () => {
  it("reads the fields over the text as what the document states, and leaves each line out with a note", () => {
    for (const head of [
      "标题：某县召开春耕生产推进会\n来源：某某日报\n日期：2023-03-02\n作者：王建国 李华\n正文：",
      "【标题】某县召开春耕生产推进会\n【作者】王建国 李华\n【来源】某某日报\n【时间】2023-03-02\n【正文】",
    ]) {
      const a = cleanDocument(
        "d.txt",
        new TextEncoder().encode(`${head}\n近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。\n`),
      );
      expect(a).toMatchObject({
        title: "某县召开春耕生产推进会",
        date: "2023-03-02",
        publication: "某某日报",
        authors: ["王建国", "李华"],
      });
      expect(a.found.title).toBe("document fields");
      expect(a.blocks.map((b) => b.text)).toEqual(["近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。"]);
    }
    // A crawler's record: English labels, an institution in the author's field, a note and a rule over the text.
    const record = [
      "title: 某县召开春耕生产推进会",
      "url: http://www.example.gov.cn/a/1.htm",
      "author: 某县人民政府办公室",
      "content: ",
      "近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。",
    ].join("\n");
    expect(cleanDocument("r.txt", new TextEncoder().encode(record))).toMatchObject({
      title: "某县召开春耕生产推进会",
      publication: "某县人民政府办公室",
      authors: [],
      blocks: [{ text: "近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。" }],
    });
    const ruled = [
      "标题: 某县召开春耕生产推进会",
      "发布时间: 2023-03-02 15:32",
      "文号: ",
      "发布机构: 某县融媒体中心",
      "本地目录: a/202303/1_某县召开春耕生产推进会",
      "页面链接与图片详见 links.tsv(同目录)",
      "==================== 正文 ====================",
      "近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。",
    ].join("\n");
    const a = cleanDocument("s.txt", new TextEncoder().encode(ruled.replace("文号: ", "文号: \n栏目: 某县要闻")));
    expect(a).toMatchObject({ title: "某县召开春耕生产推进会", date: "2023-03-02", publication: "某县融媒体中心", column: null });
    expect(a.blocks.map((b) => b.text)).toEqual(["近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。"]);
    // One labelled line is a line of the text.
    const one = cleanDocument("e.txt", new TextEncoder().encode("某县召开会议\n\n时间：三月二日上午，会议在县城召开，部署各项工作。\n"));
    expect(one.blocks.map((b) => b.text).join("")).toContain("时间：三月二日上午");
  });
});

describe("JSON exports", () => {
  it("reads a feed's record whatever the case of its keys, its text in the description", () => {
    const item = {
      SUMMARY: { section: { SECTIONNAME: "要闻" } },
      TITLE: "某县召开春耕生产推进会",
      PUBDATE: "Thu, 02 Mar 2023 04:30:00  +0800",
      DESCRIPTION: "<p>【某某报专讯】近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。</p><p>会议要求各乡镇抓好落实。</p>",
    };
    const a = cleanDocument("f.json", new TextEncoder().encode(JSON.stringify(item)));
    expect(a).toMatchObject({ title: "某县召开春耕生产推进会", date: "2023-03-02", publication: "某某报", wrapper: "json" });
    expect(a.blocks.map((b) => b.text).join("")).toContain("会议要求各乡镇抓好落实。");
  });

  it("reads a CMS's list of body blocks: headers as headings, sub-heads, images' captions, embeds reported", () => {
    const story = {
      type: "story",
      headlines: { basic: "某县召开春耕生产推进会", web: "" },
      display_date: "2023-03-02T02:00:00.000Z",
      credits: { by: [{ name: "王建国" }] },
      taxonomy: { tags: [{ text: "春耕", slug: "chun-geng" }] },
      content_elements: [
        { type: "text", content: '近日，某县召开全县春耕生产推进会，<a href="/x">部署今年粮食生产</a>各项工作。' },
        { type: "header", content: "抓好春耕备耕" },
        { type: "image", caption: "会议现场。资料图片", subtitle: "某县-20230302" },
        { type: "text", content: "会议要求各乡镇抓好落实。" },
        { type: "raw_html", content: "<div>某某App大升级 立即下载体验</div>" },
      ],
    };
    const u = unwrap(JSON.stringify(story), "a.json");
    expect(u.meta).toMatchObject({ title: "某县召开春耕生产推进会", authors: ["王建国"], tags: ["春耕"] });
    expect(u.meta.date).toMatch(/^2023-03-02/);
    expect(hinted(u)).toEqual([
      ["", "近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。"],
      ["heading", "抓好春耕备耕"],
      ["caption", "会议现场。资料图片"],
      ["", "会议要求各乡镇抓好落实。"],
    ]);
    expect(notes(u)).toContainEqual(expect.stringMatching(/嵌入的raw_html内容，不属正文：某某App大升级/));
    // An envelope round a record whose blocks carry a sub-head and photos; a headline broken with <br/>.
    const app = {
      state: "success",
      content: {
        title: "某县春耕开局良好　<br/>种粮大户信心足",
        contentBlocks: [
          { content: "【本报讯】某县春耕生产全面展开。", subHead: "", photos: [{ caption: "■农民在田间劳作。" }] },
          { content: "24小时内补贴发到种粮大户手中。", subHead: "补贴及时到位", photos: [] },
        ],
      },
    };
    const v = unwrap(JSON.stringify(app), "b.json");
    expect(v.meta.title).toBe("某县春耕开局良好 种粮大户信心足");
    expect(hinted(v)).toEqual([
      ["", "【本报讯】某县春耕生产全面展开。"],
      ["caption", "■农民在田间劳作。"],
      ["heading", "补贴及时到位"],
      ["", "24小时内补贴发到种粮大户手中。"],
    ]);
    // No scan: a figure opening a line counts what follows.
    expect(cleanDocument("b.json", new TextEncoder().encode(JSON.stringify(app))).blocks.map((b) => b.text)).toContain(
      "24小时内补贴发到种粮大户手中。",
    );
  });

  it("reads a scraper's names for the fields, a Unix time in Beijing, and an article inside an envelope", () => {
    const text = "近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。";
    const flat = unwrap(
      JSON.stringify({ headline: "某县召开春耕生产推进会", text, publish_time: "1677722400", media: "某某日报" }),
      "a.json",
    );
    expect(flat.meta).toMatchObject({ title: "某县召开春耕生产推进会", publication: "某某日报" });
    expect(flat.meta.date).toMatch(/^2023-03-02/);
    const wrapped = unwrap(
      JSON.stringify({ code: 0, data: { title: "某县召开春耕生产推进会", body: `<p>${text}</p>`, ctime: 1677722400000 } }),
      "b.json",
    );
    expect(wrapped.meta.title).toBe("某县召开春耕生产推进会");
    expect(wrapped.meta.date).toMatch(/^2023-03-02/);
    expect(texts(wrapped)).toEqual([text]);
  });

  it("reads a dates field, an institution among the authors as the publication, and drops the title OCR printed again", () => {
    const u = unwrap(
      JSON.stringify({
        title: "关于做好春耕工作的通知",
        authors: ["某县革命委员会生产组"],
        dates: [{ year: 1972, month: 3, day: 5 }],
        parts: [
          { type: "paragraph", text: "关于做好春耕工作的涌知" },
          { type: "paragraph", text: "各公社、大队：当前春耕生产已经全面展开，各地要抓紧备耕。" },
        ],
      }),
      "ocr.json",
    );
    expect(u.meta).toMatchObject({ date: "1972-03-05", publication: "某县革命委员会生产组", from: { date: "JSON dates" } });
    expect(u.meta.authors).toBeUndefined();
    expect(texts(u)).toEqual(["各公社、大队：当前春耕生产已经全面展开，各地要抓紧备耕。"]);
    expect(notes(u)).toContainEqual(expect.stringMatching(/在正文开头又印了一遍，未收入：关于做好春耕工作的涌知/));
  });

  it("keeps what the print sets above its title as an epigraph, quoted, never a heading", () => {
    const u = unwrap(
      JSON.stringify({
        title: "关于做好春耕工作的通知",
        parts: [
          { type: "paragraph", text: "最高指示抓革命促生产" },
          { type: "paragraph", text: "备战、备荒、为人民。" },
          { type: "paragraph", text: "关于做好春耕工作的通知" },
          { type: "paragraph", text: "一、抓紧备耕" },
          { type: "paragraph", text: "各公社、大队：当前春耕生产已经全面展开，各地要抓紧备耕。" },
        ],
      }),
      "ocr.json",
    );
    expect(hinted(u)).toEqual([
      ["quote", "最高指示抓革命促生产"],
      ["quote", "备战、备荒、为人民。"],
      ["", "一、抓紧备耕"],
      ["", "各公社、大队：当前春耕生产已经全面展开，各地要抓紧备耕。"],
    ]);
    // With no title printed in the text, nothing is an epigraph.
    const plain = unwrap(JSON.stringify({ title: "别的标题", parts: ["最高指示抓革命促生产", "各地要抓紧备耕。"] }), "ocr.json");
    expect(hinted(plain).map(([h]) => h)).toEqual(["", ""]);
  });
});

describe("titles reconciled", () => {
  it("takes the headline as the page prints it, not the <title>'s channel and site, nor a logo's <h1>", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会_新闻频道_某某新闻网</title>",
        `<h1><a href="/"><span>某某新闻网</span></a></h1><h2>某县召开春耕生产推进会</h2><div class="info">2023-03-02 09:30 来源：某某日报</div><div class="content">${BODY}</div>`,
      ),
      "a.html",
    );
    expect(u.meta).toMatchObject({ title: "某县召开春耕生产推进会", site: "某某新闻网" });
    expect(u.meta.from?.title).toBe("<h2> matching <title>");
    expect(texts(u).slice(0, 2)).toEqual(["某县召开春耕生产推进会", "2023-03-02 09:30 来源：某某日报"]);
  });

  it("joins a headline printed over several lines, and keeps a column before ｜ for the headline step", () => {
    const u = unwrap(
      page(
        "<title>专题｜关于批准某县调整行政区划的决定 - 某某网</title>",
        `<p align="center"><strong>专题｜关于批准某县<br>调整行政区划的决定</strong></p>${BODY}`,
      ),
      "a.html",
    );
    expect(u.meta.title).toBe("专题｜关于批准某县调整行政区划的决定");
    expect(hinted(u)[0]).toEqual(["title", "专题｜关于批准某县调整行政区划的决定"]);
  });

  it("cuts segments that name the site, its channels or its tags when no line prints the headline", () => {
    const u = unwrap(
      page(`<title>村里停车要交费？村民有话说|停车位|物业管理_某平台订阅</title><meta name="keywords" content="停车位,物业管理">`, BODY),
      "a.html",
    );
    expect(u.meta.title).toBe("村里停车要交费？村民有话说");
    expect(u.meta.from?.title).toBe("<title> less its site segments");
  });

  it("makes a headline cut short whole from the page's 本文原标题 line, which leaves the text", () => {
    const u = unwrap(
      page(
        "<title>定了！某港即将开通！地铁直达+免...</title>",
        `<h1>定了！某港即将开通！地铁直达+免...</h1><div class="txt">本文原标题：《定了！某港即将开通！地铁直达+免税购物......》${BODY}</div>`,
      ),
      "a.html",
    );
    expect(u.meta.title).toBe("定了！某港即将开通！地铁直达+免税购物......");
    expect(texts(u).join("")).not.toContain("本文原标题");
    expect(notes(u)).toContainEqual(expect.stringMatching(/重印的完整标题/));
  });

  it("takes a deck in a heading element under the headline, and a print headline block at the top of the text, as the subtitle", () => {
    const deck = unwrap(
      page("<title>某县召开春耕生产推进会</title>", `<h1>某县召开春耕生产推进会</h1><h3>全年粮食播种面积稳定在百万亩以上</h3>${BODY}`),
      "a.html",
    );
    expect(deck.meta.subtitle).toBe("全年粮食播种面积稳定在百万亩以上");
    expect(texts(deck)).not.toContain("全年粮食播种面积稳定在百万亩以上");
    const block = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1><div class="content"><p style="text-align:center"><strong>某县召开春耕生产推进会强调</strong></p>
<p style="text-align:center"><strong>抓好粮食生产不放松</strong></p>${BODY}</div>`,
      ),
      "a.html",
    );
    expect(block.meta.subtitle).toBe("抓好粮食生产不放松");
    expect(texts(block).join("")).not.toMatch(/强调|不放松/);
  });

  it("takes a print kicker a plain paragraph sets right above the headline as the subtitle, but not a channel's name", () => {
    const kicker = (p: string) =>
      unwrap(
        page(
          "<title>某县召开春耕生产推进会</title>",
          `<div class="left">${p}<p></p><h1><div>某县召开春耕生产推进会</div></h1>${BODY}</div>`,
        ),
        "a.html",
      ).meta.subtitle;
    expect(kicker('<p class="p1">某县全面部署今年粮食生产工作</p>')).toBe("某县全面部署今年粮食生产工作");
    expect(kicker('<p class="p1">本网要闻</p>')).toBeUndefined();
    expect(kicker('<p class="p1"><a href="/x">某县全面部署今年粮食生产工作</a></p>')).toBeUndefined();
  });
});

describe("a page's body saved without its head", () => {
  const links = Array.from({ length: 14 }, (_, i) => `<a href="/c${i}">栏目${i + 1}</a>`).join(" ");
  const body = `<div class="nav">${links}</div>
<div class="main"><h1>某县召开春耕生产推进会</h1><div class="info">2023-03-02 10:00 来源：某某日报</div>
<div class="content">${BODY}</div></div>
<div class="footer"><p>版权所有 某某新闻网 未经授权禁止转载</p><p><a href="/a">关于我们</a> <a href="/b">联系我们</a></p></div>`;

  it("is read as a page: its menus left out, its heading the headline, its meta line read", () => {
    const a = cleanDocument("b.html", new TextEncoder().encode(body));
    expect(a.wrapper).toBe("html page");
    expect(a.title).toBe("某县召开春耕生产推进会");
    expect(a.date).toBe("2023-03-02");
    expect(a.blocks.map((b) => b.text).join("")).not.toMatch(/栏目|版权所有|关于我们/);
  });
});

describe("a page a crawler saved inside an element of its own", () => {
  const links = Array.from({ length: 14 }, (_, i) => `<a href="/c${i}">栏目${i + 1}</a>`).join(" - ");
  const page = `<text id="http://www.example.com/2005/07/18/1.htm" title="某某网--汽车--某县召开春耕生产推进会" encoding="gb2312">
<table><tr><td>${links}</td></tr></table>
<table><tr><td><div class="Heading">某县召开春耕生产推进会</div><div class="Date">2005-07-18 13:03:17</div>
<table><tr><td class="Content">${BODY}</td></tr></table>
<table><tr><td>编辑：某甲</td><td>来源：某某经济报道</td><td>作者：王建国 李华</td></tr></table>
</td></tr></table>
<table><tr><td>&copy; 版权所有2000-2006，北京某某网络传播有限公司</td></tr></table></text>`;

  it("reads the element's title and address as the page's, and the row of credits after the text", () => {
    const a = cleanDocument("t.html", new TextEncoder().encode(page));
    expect(a).toMatchObject({
      title: "某县召开春耕生产推进会",
      date: "2005-07-18",
      publication: "某某经济报道",
      authors: ["王建国", "李华"],
      originalUrl: "http://www.example.com/2005/07/18/1.htm",
    });
    expect(a.blocks.map((b) => b.text).join("")).not.toMatch(/栏目|版权所有|编辑/);
  });

  it("takes no 版权所有 for the owner a copyright line names after its years", () => {
    const a = cleanDocument("o.html", new TextEncoder().encode(page.replace("<td>来源：某某经济报道</td>", "")));
    expect(a.publication).not.toBe("版权所有");
  });
});

describe("an e-paper's article page, in its CMS's own elements", () => {
  const epaper = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某日报数字报-某县推进乡村振兴见实效</title></head><body>
<div class="head"><a href="/">首页</a> <a href="node_1.htm">第01版：要闻</a> <a href="node_2.htm">第02版：综合</a></div>
<div class="paper-nav">上一版 下一版 <a href="#">返回目录</a> 2023年05月06日 星期六</div>
<div class="article"><founder-title>某县推进乡村振兴见实效</founder-title>
<founder-subtitle>全年新增特色产业基地十二个</founder-subtitle>
<founder-author>本报记者 王建国 通讯员 李明</founder-author>
<div id="ozoom"><founder-content>${BODY}</founder-content></div></div>
<div class="copyright">某某日报社版权所有 未经书面授权不得复制或建立镜像</div></body></html>`;

  it("reads the title, deck and byline elements apart, the headline last in a <title> that names the paper first", () => {
    const a = cleanDocument("e.html", new TextEncoder().encode(epaper));
    expect(a.title).toBe("某县推进乡村振兴见实效");
    expect(a.subtitle).toBe("全年新增特色产业基地十二个");
    expect(a.authors).toEqual(["王建国", "李明"]);
    expect(a.date).toBe("2023-05-06");
    expect(a.publication).toBe("某某日报社");
    expect(a.blocks.map((b) => b.text).join("")).not.toMatch(/版权所有|上一版|王建国/);
  });
});

describe("a digest whose items are headline elements", () => {
  const items = ["某县启动春耕备耕工作", "某镇便民服务中心投入使用", "某街道开展消防安全检查", "某村合作社带动百户增收"];
  const digest = page(
    "<title>某县要闻速览（第12期）</title>",
    `<h1 class="rich_media_title">某县要闻速览（第12期）</h1>
<div class="meta"><span>某县融媒体中心</span> <em>2023-03-02 18:00</em></div>
<div class="rich_media_content">${items
      .map((t, i) => `<h1>${t}</h1><p>近日，第${i + 1}项工作由有关部门召开会议部署，要求各单位认真落实责任，确保各项措施落地见效。</p>`)
      .join("\n")}</div>`,
  );

  it("keeps the first item's heading as a heading, not as the deck of the page's headline", () => {
    const a = cleanDocument("a.html", new TextEncoder().encode(digest));
    expect(a.title).toBe("某县要闻速览（第12期）");
    expect(a.subtitle).toBeNull();
    expect(a.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(items);
    // The county's media centre is the publisher itself, not a desk of a paper.
    expect(a.publication).toBe("某县融媒体中心");
  });
});

describe("the article region, chosen on the page's structure", () => {
  it("keeps a flat run of <br> lines beside <div><img></div> blocks, and leaves lines of lost emoji out", () => {
    const lines = [
      "搭地铁去看海！",
      "这个周末的好去处定了！",
      "近日，某市发布消息，新建的滨海公园将于下月正式开放，市民可乘地铁直达。",
      "目前",
      "公园主体工程",
      "已进入最后的验收阶段",
      "\ufffd\ufffd\ufffd",
      "据介绍，公园内设有步道、观景台和儿童游乐区，预计每天可接待游客两万人次。",
      "这么好的地方",
      "赶紧约起来吧！",
    ];
    const txt = `<div class="news_txt">${lines.slice(0, 2).join("<br>")}<div style="text-align:center"><img src="a.gif"></div>${lines
      .slice(2)
      .join("<br>")}<div style="text-align:center"><img src="b.jpg"></div>公园开放时间为每天早六点至晚十点，节假日延长一小时。</div>`;
    const u = unwrap(
      page("<title>某市滨海公园下月开放_某平台</title>", `<h1>某市滨海公园下月开放</h1><div>2023-05-01 来源：某市发布</div>${txt}`),
      "a.html",
    );
    const body = texts(u);
    for (const l of lines.filter((l) => !l.includes("\ufffd"))) expect(body).toContain(l);
    expect(body.join("")).not.toContain("\ufffd");
    expect(body.at(-1)).toBe("公园开放时间为每天早六点至晚十点，节假日延长一小时。");
    expect(notes(u)).toContainEqual(expect.stringMatching(/1 行全是无法识读的字符/));
    // Any wrapper: a clipper's Markdown of the same post.
    const md = unwrap(`${lines.join("  \n")}\n\n公园开放时间为每天早六点至晚十点。\n`, "a.md");
    expect(texts(md).join("")).not.toContain("\ufffd");
    expect(notes(md)).toContainEqual(expect.stringMatching(/1 行全是无法识读的字符/));
  });

  it("keeps a lead set one phrase a line, and drops the tool bar between the headline and the text", () => {
    const lead = ["下周一，", "某大桥维修就将进入第二阶段，", "也是对市民出行影响最大的一段。"];
    const u = unwrap(
      page(
        "<title>某大桥下周起封闭施工_某平台</title>",
        `<h1>某大桥下周起封闭施工</h1><div class="info">2023-05-17 来源：某市交警</div><ul class="tools"><li>字号</li><li>超大</li><li>标准</li><li>小</li></ul>
<div class="content">${paragraphs(...lead)}${BODY}</div>`,
      ),
      "a.html",
    );
    expect(texts(u).slice(0, 5)).toEqual(["某大桥下周起封闭施工", "2023-05-17 来源：某市交警", ...lead]);
    // A deck the markup names as one stays for the headline step.
    const deck = unwrap(
      page(
        "<title>某大桥下周起封闭施工</title>",
        `<h1>某大桥下周起封闭施工</h1><div class="subtitle">市民出行请提前规划路线</div><div class="tools">分享</div>${BODY}`,
      ),
      "a.html",
    );
    expect(texts(deck).slice(0, 2)).toEqual(["某大桥下周起封闭施工", "市民出行请提前规划路线"]);
    expect(texts(u)).not.toContain("超大");
  });

  it("ends the text at a run of desk credits, before the account's trailer", () => {
    const u = unwrap(
      page(
        "<title>某市滨海公园下月开放</title>",
        `<h1>某市滨海公园下月开放</h1><div class="txt">${BODY}<p>编辑|张三</p><p>校对|李四</p><p>扫描下方二维码关注我们！</p><p>回复【公园】查看更多消息。</p></div>`,
      ),
      "a.html",
    );
    expect(texts(u).at(-1)).toBe("会议要求，各乡镇要加强巡查，及时解决群众在生产中遇到的实际困难，切实把好事办好。");
  });

  it("keeps the body that signs the text in brackets on its last line", () => {
    const u = unwrap(
      page(
        "<title>某县统计公报</title>",
        `<h1>某县统计公报</h1><div class="txt">${BODY}<p>（某某县统计局）</p></div><div class="share">分享到</div>`,
      ),
      "a.html",
    );
    expect(texts(u).at(-1)).toBe("（某某县统计局）");
  });

  it("ends the text at its closing credits, a byline and a desk's among them, before the teaser of another story", () => {
    const u = unwrap(
      page(
        "<title>某市滨海公园下月开放</title>",
        `<h1>某市滨海公园下月开放</h1><div class="txt">${BODY}<p>采写：某某报记者 王小明 李海</p><p>作者：王小明 李海<a href="/">返回首页，查看更多</a></p><p>责任编辑：<span></span></p>
<blockquote><p>别处的新闻标题：某地发生的另一件事</p><p>另一篇报道的开头写得像正文，某部门负责人表示，此事已经处理完毕，后续将继续跟进，相关情况将及时向社会公布…</p></blockquote></div>`,
      ),
      "a.html",
    );
    expect(texts(u).slice(-2)).toEqual(["采写：某某报记者 王小明 李海", "作者：王小明 李海返回首页，查看更多"]);
    expect(texts(u).join("")).not.toMatch(/另一篇报道|别处的新闻/);
  });

  it("keeps a one-paragraph story and its closing byline, not the footer's notices", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1><div class="content"><p>据消息，某县日前召开春耕生产推进会，部署今年的粮食生产和农田水利建设各项工作，要求各部门抓好落实。</p><p>（记者 王小明）</p></div>
<div class="hot"><h3>热门文章</h3><p><a href="/x">别的文章标题一二三四五</a></p></div><p>本站郑重声明：所载文章、数据仅供参考，使用前请核实，风险自负。</p>`,
      ),
      "a.html",
    );
    expect(texts(u)).toEqual([
      "某县召开春耕生产推进会",
      "据消息，某县日前召开春耕生产推进会，部署今年的粮食生产和农田水利建设各项工作，要求各部门抓好落实。",
      "（记者 王小明）",
    ]);
  });
});

describe("what the markup says of a block", () => {
  it("hints a short line under an image as its caption, a centred one in bold too, but not a section number", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1><div class="content">${BODY}<p><img src="1.jpg"></p><p>农民在田间播种</p>
<center><strong></strong></center><center><strong>技术员现场指导</strong></center><p><img src="2.jpg"></p><p>01</p>${BODY}</div>`,
      ),
      "a.html",
    );
    const h = hinted(u);
    expect(h).toContainEqual(["caption", "农民在田间播种"]);
    expect(h).toContainEqual(["caption", "技术员现场指导"]);
    expect(h).toContainEqual(["", "01"]);
  });

  it("takes a sentence or two centred under a picture for its caption, but not a paragraph a centred table holds", () => {
    const bio = "王建国1943年出生，1966年获得医学博士学位，现任某某医学院教授。";
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1><div id="text"><div align="center"><div align="center"><img src="a.jpg"></div>${bio}</div>${BODY}</div>
<table align="center"><tr><td><p><img src="b.jpg"></p><p>会后，与会人员还参观了县农业科技示范园，了解新品种的种植情况。</p></td></tr></table>`,
      ),
      "a.html",
    );
    expect(hinted(u)).toContainEqual(["caption", bio]);
    expect(hinted(u)).toContainEqual(["", "会后，与会人员还参观了县农业科技示范园，了解新品种的种植情况。"]);
  });

  it("takes an empty paragraph inside a centred table for a spacer, not for where an image stood", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<table align="center"><tr><td><h1>某县召开春耕生产推进会</h1>${BODY}<p> </p><p>第一次引进新品种</p><p> </p>${BODY}</td></tr></table>`,
      ),
      "a.html",
    );
    expect(hinted(u)).toContainEqual(["", "第一次引进新品种"]);
  });

  it("takes a centred line in bold that closes on a full stop for a cross-head, after a centred spacer too", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1>${BODY}<div align="center"><b></b>&nbsp;</div><div align="center"><b>神奇，偶然落在田间。</b></div><div align="center"><br></div>${BODY}`,
      ),
      "a.html",
    );
    expect(hinted(u)).toContainEqual(["heading", "神奇，偶然落在田间。"]);
  });

  it("hints the text an image opens its block with as the image's caption", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1><div class="content">${BODY}<div class="pic"><img src="1.jpg"><span>农民在田间播种（视频截图）</span></div>
<p><img src="icon.png" width="16" height="16">会议要求</p>${BODY}</div>`,
      ),
      "a.html",
    );
    const h = hinted(u);
    expect(h).toContainEqual(["caption", "农民在田间播种（视频截图）"]);
    // An icon before a line is no photo over a caption.
    expect(h).toContainEqual(["", "会议要求"]);
  });

  it("hints the line under an image that repeats its alt text as its caption, sentences and all, and no other line of sentences", () => {
    const caption = "自2007年起，某地已经陆续修建了400多座“老年人运动场”。（某台）";
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1><div class="content">${BODY}<p><img src="1.jpg" alt="${caption}"></p><p>${caption}</p>
<p><img src="2.jpg" alt="运动场"></p><p>据介绍，这些运动场都建在居民区旁边，老人出门几分钟就能走到。</p>${BODY}</div>`,
      ),
      "a.html",
    );
    const h = hinted(u);
    expect(h).toContainEqual(["caption", caption]);
    expect(h).toContainEqual(["", "据介绍，这些运动场都建在居民区旁边，老人出门几分钟就能走到。"]);
  });

  it("hints a short paragraph wholly in bold as a heading, and two short questions so, but not a bold phrase that goes on, a bold lead-in to a colon, a question, or a quoted notice's items", () => {
    const u = unwrap(
      `<p>会议部署了今年的重点工作。</p><p><strong>抓好粮食生产，稳住基本盘</strong></p><p>全县粮食播种面积保持稳定。</p>
<p><strong>简单说就是</strong></p><p><strong>大桥往北方向全封闭，</strong></p><p>往南方向不受影响。</p>
<p><strong>另据当地媒体报道：</strong></p><p>工程将于年底完工。</p><p><strong>为何要建新桥？建在哪里？</strong></p><p>新桥建在老桥下游两公里处。</p>
<p><strong>你知道这座桥为什么要封闭施工吗？</strong></p><p>原因是桥面老化。</p><p><strong>谁来管？ 怎么管？</strong></p><p>由县交通局统一管理。</p><blockquote><p><strong>一、工作要求</strong></p><p>各地要高度重视。</p></blockquote>`,
      "x.html",
    );
    const h = hinted(u);
    expect(h).toContainEqual(["heading", "抓好粮食生产，稳住基本盘"]);
    expect(h).toContainEqual(["", "简单说就是"]);
    expect(h).toContainEqual(["", "另据当地媒体报道："]);
    // Two short questions head a section; one long one is a sentence set in bold.
    expect(h).toContainEqual(["heading", "为何要建新桥？建在哪里？"]);
    expect(h).toContainEqual(["heading", "谁来管？ 怎么管？"]);
    expect(h).toContainEqual(["", "你知道这座桥为什么要封闭施工吗？"]);
    expect(h).toContainEqual(["quote", "一、工作要求"]);
  });

  it("takes a heading set over two lines for one: a heading element broken by <br>, two bold lines alone the first a clause", () => {
    const u = unwrap(
      `<p>近日，某某工程进入主体施工阶段，工地上一片繁忙景象，数百名工人正在加紧作业。</p><h5>政府：曾审视棚网<br>称符合标准</h5>
<p>政府发言人表示，有关部门已经审视过工地使用的棚网，认为其符合标准，市民无须担心。</p><p><strong>骗局曝光后，</strong></p><p><strong>涉事高校紧张气氛弥漫</strong></p>
<p>距离事件被曝光已有几天，在某某大学校门外，安保人员仔细盘问每一位进出的人员。</p>`,
      "x.html",
    );
    const h = hinted(u).filter(([hint]) => hint === "heading");
    expect(h).toEqual([
      ["heading", "政府：曾审视棚网 称符合标准"],
      ["heading", "骗局曝光后，涉事高校紧张气氛弥漫"],
    ]);
  });

  it("hints the first line of a section's opening over a divider as its heading, in a post set one phrase a line", () => {
    // A title, lead-in lines and a thin image drawn as a rule; "某某港" / "位于…" is one sentence
    // broken at line ends, "重点来了" only a lead-in, and a line pointing on (↓) ends the text before.
    const rule = `<div style="text-align:center"><img src="rule.gif" height="12" width="120"></div>`;
    const photo = `<div style="text-align:center"><img src="p.jpg" height="600" width="900"></div>`;
    const u = unwrap(
      page(
        "<title>某市滨海公园下月开放</title>",
        `<h1>某市滨海公园下月开放</h1><div class="txt">近日，某市发布消息，新建的滨海公园将于下月正式开放，市民可乘地铁直达。<br>来看看公园现在的样子↓↓↓<br>下月开园，可同时接待两万游客<br>目前<br>公园主体工程<br>已进入最后的验收阶段${rule}据介绍，公园内设有步道、观景台和儿童游乐区，每天可接待游客两万人次。${photo}▲公园的观景台。<br>某市滨海公园<br>位于城市东部海湾<br>规划面积三百公顷${rule}目前建设的一期工程面积一百公顷，设有三个出入口，与地铁站相连。${photo}重点来了<br>怎样坐地铁去公园？<br>公园入园路线抢先看${rule}从地铁站出站后，沿指示牌步行五分钟即可到达公园东门。</div>`,
      ),
      "a.html",
    );
    const h = hinted(u);
    expect(h.filter(([k]) => k === "heading").map(([, t]) => t)).toEqual(["下月开园，可同时接待两万游客"]);
    expect(h).toContainEqual(["", "某市滨海公园"]);
    expect(h).toContainEqual(["", "来看看公园现在的样子↓↓↓"]);
    // A big photo is no divider, and one divider makes no sections.
    const opening = `近日，某市发布消息，公园将于下月开放，市民可乘地铁直达。<br>下月开园，可同时接待两万游客<br>目前<br>已进入验收阶段`;
    const after = `据介绍，公园内设有步道、观景台和儿童游乐区，每天可接待游客两万人次。`;
    for (const [one, two] of [
      [photo, photo],
      [rule, photo],
    ]) {
      const other = unwrap(
        page(
          "<title>某市滨海公园下月开放</title>",
          `<h1>某市滨海公园下月开放</h1><div class="txt">${opening}${one}${after}<br>${opening}${two}${after}</div>`,
        ),
        "a.html",
      );
      expect(hinted(other).filter(([k]) => k === "heading")).toEqual([]);
    }
  });

  it("reads a dated line printed just after the article's element as its date line", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<table><tr><td><h1>某县召开春耕生产推进会</h1></td></tr><tr><td class="content">${BODY}</td></tr>
<tr><td>发布日期：2023-03-02 责任编辑：李四</td></tr></table>`,
      ),
      "a.html",
    );
    expect(texts(u).at(-1)).toBe("发布日期：2023-03-02 责任编辑：李四");
  });

  it("drops a pull quote that repeats a sentence of the text, and says so", () => {
    const u = unwrap(
      "> 如何对待一座老桥，考验的是一座城市对历史的态度。\n\n近日，某市决定拆除一座百年老桥，引发争议。\n\n说到底，如何对待一座老桥，考验的是一座城市对于历史的态度，不能草率。\n",
      "a.md",
    );
    expect(texts(u)).toEqual([
      "近日，某市决定拆除一座百年老桥，引发争议。",
      "说到底，如何对待一座老桥，考验的是一座城市对于历史的态度，不能草率。",
    ]);
    expect(notes(u)).toContainEqual(expect.stringMatching(/重复正文一句话的摘句/));
  });

  it("keeps the numbers of an ordered list, a loose one's too, and a table's rows as lines", () => {
    expect(texts(unwrap("通知如下：\n\n1. 各地要高度重视。\n\n2. 各校要认真组织。\n", "a.md"))).toEqual([
      "通知如下：",
      "1. 各地要高度重视。",
      "2. 各校要认真组织。",
    ]);
    const u = unwrap(
      `<p>全县今年将办好以下实事：</p><ol><li>新建村级卫生室十所；</li><li>改造农村公路五十公里。</li></ol>
<table><tr><th>乡镇</th><th>面积（亩）</th></tr><tr><td>东镇</td><td>12000</td></tr></table>`,
      "x.html",
    );
    expect(texts(u)).toEqual([
      "全县今年将办好以下实事：",
      "1. 新建村级卫生室十所；",
      "2. 改造农村公路五十公里。",
      "乡镇\u3000面积（亩）",
      "东镇\u300012000",
    ]);
    expect(
      hinted(u)
        .slice(-2)
        .map(([hint]) => hint),
    ).toEqual(["row", "row"]);
  });

  it("reads a word processor's table, each cell's text in a <p> of its own, as rows under their title", () => {
    const cell = (t: string) => `<td valign="top"><p class="x"><span style="font-size:14pt">${t}</span></p></td>`;
    const table = `<p>主要产品产量</p><table><tr>${["产品", "单位", "产量"].map(cell).join("")}</tr><tr>${["饮料", "千升", "15767"].map(cell).join("")}</tr></table>`;
    const a = cleanDocument(
      "t.html",
      new TextEncoder().encode(
        page(
          "<title>某县统计公报</title>",
          `<h1>某县统计公报</h1><div class="txt">${BODY}${table}<p>全县工业生产保持平稳增长，主要产品产量稳中有升。</p></div>`,
        ),
      ),
    );
    expect(a.blocks.filter((b) => b.kind !== "paragraph").map((b) => [b.kind, b.text])).toEqual([
      ["caption", "主要产品产量"],
      ["row", "产品\u3000单位\u3000产量"],
      ["row", "饮料\u3000千升\u300015767"],
    ]);
    const html = renderBody(a.blocks);
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).toContain("<tr><td>饮料</td><td>千升</td><td>15767</td></tr>");
  });

  it("takes a bracketed section label under a picture for a heading, not its caption", () => {
    const u = unwrap(
      `<div><p><img src="a.jpg"></p><p>【最佳留言】</p><p>读者某某说：这条新闻写得很好，我们全家都很关心这件事情。</p></div>`,
      "x.html",
    );
    expect(hinted(u)[0]![0]).not.toBe("caption");
  });

  it("keeps words apart that a short line sets each in an element of its own, white space between them", () => {
    const u = unwrap(
      `<div><p>\n<b>记者</b>\n<b>王小明</b>\n<b>李华</b>\n<b>责编 张三</b>\n</p><p><span>促进</span>\n<span>某某</span>\n<span>发展</span>。</p></div>`,
      "x.html",
    );
    expect(texts(u)).toEqual(["记者 王小明 李华 责编 张三", "促进某某发展。"]);
  });

  it("parts runs of text that markup separates: a date against a source, an icon, white space between elements", () => {
    const u = unwrap(
      `<div><span>来源：<a href="/">某某日报</a></span><span>2024-05-13 08:49</span></div><div><span>2024-05-13 10:56:28</span>
  <a href="/s">某某时报网</a></div><div>来源: <a href="/m">某某网-某某晚报</a><img src="loc.svg">北京\n&nbsp;<a href="/r">举报</a></div><p>促进<span>某某</span>市婴幼儿照护服务发展。</p>`,
      "x.html",
    );
    expect(texts(u)).toEqual([
      "来源：某某日报 2024-05-13 08:49",
      "2024-05-13 10:56:28 某某时报网",
      "来源: 某某网-某某晚报 北京 举报",
      "促进某某市婴幼儿照护服务发展。",
    ]);
  });
});

describe("web-clipper Markdown", () => {
  it("takes an address line and a clipper's notice as the page's address, and drops rule lines", () => {
    const u = unwrap(
      "> 本文由 [某剪藏工具](https://clipper.example/) 转码， 原文地址 [news.example.com](https://news.example.com/a/1.html)\n\n某县召开春耕生产推进会\n=====\n\n网址：https://news.example.com/a/1.html\n\n=========\n\n近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。\n",
      "a.md",
    );
    expect(u.meta.url).toBe("https://news.example.com/a/1.html");
    expect(hinted(u)).toEqual([
      ["title", "某县召开春耕生产推进会"],
      ["", "近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。"],
    ]);
    expect(notes(u)).toContainEqual(expect.stringMatching(/保存网页时记下的地址行/));
  });

  it("reads a paper's page dump: the page code off the headline, the kicker before the slash its deck, the closing link line in Traditional characters the address", () => {
    const doc = [
      "# 【A7 某某苑火災 維修調查❶/揭開維修棚架背後的問題】",
      "",
      "**來源：** 某某報  ",
      "**日期：** 2025-11-28",
      "",
      "---",
      "",
      "某某苑火災造成大量傷亡。翻查紀錄，今年至今已有多宗棚架起火事故，外牆維修的安全問題引發公眾關注。",
      "",
      "業界人士表示，維修工程的投標一直欠缺透明度，監管部門應加強巡查，嚴查違規操作，這樣才會讓業主與居民安心。",
      "",
      "這場火災的慘烈，背後是城市治理能力的考驗。據了解，這類工程過去曾經發生過類似問題。",
      "",
      "---",
      "",
      "**原文連結：** <https://social.example.com/photo/?fbid=1>",
      "",
    ].join("\n");
    const a = cleanDocument("a.md", new TextEncoder().encode(doc));
    expect([a.title, a.subtitle, a.column]).toEqual(["揭開維修棚架背後的問題", "某某苑火災 維修調查❶", null]);
    expect(a.originalUrl).toBe("https://social.example.com/photo/?fbid=1");
    expect(a.blocks.map((b) => b.text).join("\n")).not.toMatch(/連結|social\.example/);
    expect(a.messages.filter((m) => m.ruleId === RULES.printPage.id).map((m) => m.text)).toEqual([expect.stringContaining("【A7 ")]);
    expect(lostSentences(a)).toEqual([]);
  });

  it("drops a box of related links set inside the text, however they read, and a static site's template tag", () => {
    const text = [
      "某县今年起为全县老人免费接种流感疫苗，接种点设在各乡镇卫生院。",
      "县卫生健康局表示，接种后如有不适，应及时到医院就诊，并告知医生接种情况。",
      "专家提醒，患有慢性病的老人接种前应先咨询医生，衡量自己的风险。",
    ];
    const doc = [
      "# 某县为老人免费接种流感疫苗",
      "",
      text[0],
      "",
      "**相关报道：**",
      "",
      "[【健康】某县去年接种人数创新高，专家称接种后反应轻微](https://news.example.com/a/2.html)",
      "",
      '{{< video src="https://video.example.com/embed/abc" >}}',
      "",
      ...text.slice(1).flatMap((t) => [t, ""]),
    ].join("\n");
    const a = cleanDocument("a.md", new TextEncoder().encode(doc));
    expect(a.blocks.map((b) => b.text)).toEqual(text);
    expect(a.messages.filter((m) => m.ruleId === RULES.relatedList.id).map((m) => m.text)).toEqual([
      expect.stringContaining("去年接种人数创新高"),
    ]);
    expect(lostSentences(a)).toEqual([]);
  });

  it("drops a clipper's excerpt quoted above the text, and reads bold CommonMark leaves next to CJK punctuation", () => {
    const u = unwrap("> ## Excerpt\n> 某县召开推进会。\n\n---\n\n在很多人看来，**这次会议“来得正是时候”。**一位村干部说。\n", "a.md");
    expect(texts(u)).toEqual(["在很多人看来，这次会议“来得正是时候”。一位村干部说。"]);
  });

  it("reads a clipper's front matter: its own date and tags are not the article's, a linked author is a name", () => {
    const u = unwrap(
      '---\ntitle: "某县召开春耕生产推进会_某某新闻网"\nsource: "https://news.example.com/a/1.html"\nauthor:\n  - "[[王小明]]"\npublished: 2023-03-02\ncreated: 2023-04-10\ntags:\n  - "clippings"\n---\n# 某县召开春耕生产推进会\n\n近日，某县召开全县春耕生产推进会。\n',
      "a.md",
    );
    expect(u.meta).toMatchObject({
      title: "某县召开春耕生产推进会",
      date: "2023-03-02",
      authors: ["王小明"],
      url: "https://news.example.com/a/1.html",
      site: "某某新闻网",
    });
    expect(u.meta.tags).toBeUndefined();
  });

  it("cuts a clipped <title>'s site and section segments, the text printing the headline or not, keeping a title's second half", () => {
    const clip = (title: string) =>
      unwrap(`---\ntitle: "${title}"\ncreated: 2023-04-10\n---\n近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。\n`, "a.md")
        .meta;
    expect(clip("某县召开春耕生产推进会-某某网")).toMatchObject({ title: "某县召开春耕生产推进会", site: "某某网" });
    expect(clip("某县召开春耕生产推进会 - 某某中文网 - 两岸三地")).toMatchObject({ title: "某县召开春耕生产推进会", site: "某某中文网" });
    expect(clip("某县召开春耕生产推进会_政务_某某新闻-The Paper").title).toBe("某县召开春耕生产推进会");
    expect(clip("某县召开春耕生产推进会_某某财经").title).toBe("某县召开春耕生产推进会");
    // A space parts a title from its second half as often as from a site: only named segments go.
    expect(clip("某县春耕开局良好 “一粒种”带动全产业链_新闻频道_某某网").title).toBe("某县春耕开局良好 “一粒种”带动全产业链");
    // A column or a series after the bar is no site.
    expect(clip("某县召开春耕生产推进会｜某某快评").title).toBe("某县召开春耕生产推进会｜某某快评");
    // The text printing the headline over three lines: that is the title.
    const broken = unwrap(
      '---\ntitle: "某某委员会关于某县春耕生产的决定__2023年第5号公报_某某政府网"\n---\n**某某委员会  \n关于某县春耕生产的  \n决定**\n\n近日，某县召开全县春耕生产推进会。\n',
      "a.md",
    ).meta;
    expect(broken).toMatchObject({ title: "某某委员会关于某县春耕生产的决定", site: "某某政府网" });
    // The text printing the headline: the site's segment is read as when it does not, a channel after it no site.
    const printed = unwrap(
      '---\ntitle: "某县召开春耕生产推进会 - 某某中文网 - 两岸三地"\n---\n# 某县召开春耕生产推进会\n\n近日，某县召开全县春耕生产推进会。\n',
      "a.md",
    ).meta;
    expect(printed).toMatchObject({ title: "某县召开春耕生产推进会", site: "某某中文网" });
  });

  it("reads a line set in bold the way exporters write it, the space or doubled marks inside", () => {
    const u = unwrap(
      "近日，某县召开春耕生产推进会。\n\n**部署 **\n\n会议部署了今年的工作。\n\n****落实\u00a0****\n\n各乡镇抓好落实。\n",
      "a.md",
    );
    expect(hinted(u).filter(([h]) => h === "heading")).toEqual([
      ["heading", "部署"],
      ["heading", "落实"],
    ]);
  });

  it("takes an outlet in front matter's author field for the publication", () => {
    const a = cleanDocument(
      "a.md",
      new TextEncoder().encode(
        '---\ntitle: 某县召开春耕生产推进会\nauthor: "某某新闻"\n---\n近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。\n',
      ),
    );
    expect(a).toMatchObject({ publication: "某某新闻", authors: [] });
  });

  it("takes no author from a byline slot holding a notice in place of a name", () => {
    const doc = (author: string) =>
      cleanDocument(
        "a.md",
        new TextEncoder().encode(
          `---\ntitle: 某县召开春耕生产推进会\nauthor:\n  - "[[${author}]]"\n---\n近日，某县召开全县春耕生产推进会，部署今年粮食生产各项工作。\n`,
        ),
      );
    expect(doc("我已授权").authors).toEqual([]);
    expect(doc("版权声明、来源某某、时间").authors).toEqual([]);
    expect(doc("王小明").authors).toEqual(["王小明"]);
  });

  it("takes a title from a file named after the page when the text has no headline, never from a hash-like name", () => {
    const prose = "近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。\n\n会议要求各乡镇抓好落实。\n";
    expect(unwrap(prose, "某县召开春耕生产推进会_某某新闻网.md").meta).toMatchObject({
      title: "某县召开春耕生产推进会",
      from: { title: "file name" },
    });
    expect(unwrap(prose, "某县召开春耕生产推进会 - 某某网.txt").meta.title).toBe("某县召开春耕生产推进会");
    expect(unwrap(prose, "3f9a0c1d2e.md").meta.title).toBeUndefined();
    expect(unwrap(`县里开会了\n\n${prose}`, "某县召开春耕生产推进会_某某新闻网.md").meta.title).toBeUndefined();
  });
});

describe("markup that holds or sets apart the article", () => {
  it("reads an article a CMS wraps in a <form>, and leaves out only the form's controls", () => {
    const u = unwrap(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<h1>某县召开春耕生产推进会</h1><form name="content">${BODY}<input value="提交"><button>打印本页</button></form>`,
      ),
      "a.html",
    );
    expect(texts(u)).toContain("会议要求，各乡镇要加强巡查，及时解决群众在生产中遇到的实际困难，切实把好事办好。");
    expect(texts(u).join("")).not.toMatch(/打印本页|提交/);
  });

  it("leaves out a form that is a widget: a poll's notice is no article", () => {
    const poll = `<form id="vote"><p>投票正在载入，请稍候。若长时间没有反应，请刷新本页。</p></form>`;
    const u = unwrap(page("<title>某县召开春耕生产推进会</title>", `<h1>某县召开春耕生产推进会</h1>${poll}${BODY}`), "a.html");
    expect(texts(u).join("")).not.toContain("投票正在载入");
    expect(texts(u)).toContain("会议要求，各乡镇要加强巡查，及时解决群众在生产中遇到的实际困难，切实把好事办好。");
  });

  it("takes a byline closing the article's element, after the text, for the writer", () => {
    const html = page(
      "<title>某县召开春耕生产推进会</title>",
      `<h1>某县召开春耕生产推进会</h1><div class="art">${BODY}<p>整合 某某日报·某某客户端记者 王小明</p><p>素材来源 各乡镇官方发布</p></div><div class="rel"><a href="/1">某市召开防汛工作会议</a><a href="/2">某区开展植树活动</a></div>`,
    );
    const a = cleanDocument("a.html", new TextEncoder().encode(html));
    expect(a.authors).toEqual(["王小明"]);
    expect(a.blocks.map((b) => b.text).join("")).not.toContain("王小明");
  });

  it("names in the report the sentences a sidebar holds, which it leaves out", () => {
    const aside = "<aside><p>相关新闻：某市召开防汛工作会议，部署今年汛期各项准备工作，要求各地提前落实。</p></aside>";
    const u = unwrap(page("<title>某县召开春耕生产推进会</title>", `<h1>某县召开春耕生产推进会</h1>${BODY}${aside}`), "a.html");
    expect(texts(u).join("")).not.toContain("防汛");
    expect(notes(u).find((n) => n.startsWith("边栏里的文字"))).toContain("某市召开防汛工作会议");
  });
});
