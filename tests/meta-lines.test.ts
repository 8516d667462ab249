import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { newDraft } from "../src/model/draft.js";
import { chooseAuthors } from "../src/describe/index.js";
import { bylineNames, isPersonName, namesFrom } from "../src/text/names.js";

// Small documents written for these rules: no text, site or name of a real capture.

const clean = (html: string, name = "a.html") => cleanDocument(name, new TextEncoder().encode(html));

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">社会</a> <a href="/c">通知公告</a></div>
${body}
<div class="footer"><p>版权所有 某某网 未经授权禁止转载</p></div></body></html>`;

const TEXT = [
  "近日，某县召开全县春耕生产推进会，部署今年粮食生产和农田水利建设各项工作。",
  "会议指出，要压实各级责任，抓好良种供应、农资保障和技术指导，确保春播工作有序推进。",
  "会议要求，各乡镇要加强巡查，及时解决群众在生产中遇到的实际困难，切实把好事办好。",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");

const headings = (a: ReturnType<typeof clean>) => a.blocks.filter((b) => b.kind === "heading").map((b) => b.text);

describe("bylines as names", () => {
  it("reads the writers of a byline line: pen names, & between them, the outlet run into the role", () => {
    expect(namesFrom("执笔/小灰灰、王大刀&李小锤")).toEqual(["小灰灰", "王大刀", "李小锤"]);
    expect(bylineNames("执笔/小灰灰、王大刀&李小锤")).toEqual(["小灰灰", "王大刀", "李小锤"]);
    expect(bylineNames("某某新闻记者 王小明 李华")).toEqual(["王小明", "李华"]);
    expect(bylineNames("采写：某都记者王小伟李大华")).toEqual(["王小伟", "李大华"]);
    // Two outlets joined by "·", and a compiler's word before them.
    expect(bylineNames("某报·某网记者 王小明")).toEqual(["王小明"]);
    expect(bylineNames("整合 某某日报·某某客户端记者 王小明")).toEqual(["王小明"]);
    // Interns write too; run into the first name, a surname must open it.
    expect(bylineNames("实习生 王小明")).toEqual(["王小明"]);
    expect(bylineNames("实习王小明 李华")).toEqual(["王小明", "李华"]);
    expect(bylineNames("实习基地建设")).toBeNull();
    expect(bylineNames("文丨某某特约评论员 赵刚")).toEqual(["赵刚"]);
    expect(bylineNames("某某工程新闻发言人 钱平")).toEqual(["钱平"]);
  });

  it("takes no word, no line of text and no headline for a byline", () => {
    expect(bylineNames("记者手记")).toBeNull();
    expect(bylineNames("散文 张三")).toBeNull();
    expect(bylineNames("记者走进田间地头，了解春耕情况")).toBeNull();
    expect(bylineNames("某县春耕生产推进会召开")).toBeNull();
  });

  it("takes a paper's name for no person: 某某消息 is a paper", () => {
    expect(isPersonName("晨光消息")).toBe(false);
    expect(isPersonName("李小锤")).toBe(true);
  });
});

describe("a subtitle is never a byline, a date, source or count line", () => {
  it("leaves a byline set in bold under the headline to the byline, not the deck", () => {
    const a = clean(
      page(
        "<title>某县召开春耕生产推进会_某某网</title>",
        `<div class="article"><h1>某县召开春耕生产推进会</h1><p><strong>某某新闻记者 王小明 李华</strong></p>${TEXT}</div>`,
      ),
    );
    expect(a.title).toBe("某县召开春耕生产推进会");
    expect(a.subtitle).toBeNull();
    expect(a.authors).toEqual(["王小明", "李华"]);
  });

  it("takes a line of date, site and view counts under the headline for no deck", () => {
    const a = clean(
      page(
        "<title>某县召开春耕生产推进会-某某传媒</title>",
        `<div class="article"><h2>某县召开春耕生产推进会</h2><h6>2021年03月04日某某传媒要闻 1234 0</h6>${TEXT}</div>`,
      ),
    );
    expect(a.subtitle).toBeNull();
    expect(a.date).toBe("2021-03-04");
  });

  it("reads the writers of a byline the text keeps at its head, and makes no heading of it", () => {
    const a = clean(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<div class="article"><h1>某县召开春耕生产推进会</h1><p><strong>执笔/小灰灰、王大刀&amp;李小锤</strong></p>${TEXT}</div>`,
      ),
    );
    expect(a.authors).toEqual(["小灰灰", "王大刀", "李小锤"]);
    expect(headings(a)).toEqual([]);
  });
});

describe("the headline as the page prints it", () => {
  it("takes the heading over the text, not a <title> that names only the channel", () => {
    const a = clean(
      page(
        "<title>通知公告--某某学会官网</title>",
        `<div class="crumb"><h3>首页 - 通知公告</h3></div>
<div class="news"><h5>某某学会2021年学术年会在某地召开</h5><div class="ly"><b>发布时间：2021-05-18</b> <i>来源：某某学会</i></div>
<div class="text">${TEXT}</div></div>`,
      ),
    );
    expect(a.title).toBe("某某学会2021年学术年会在某地召开");
    expect(a.date).toBe("2021-05-18");
    expect(a.dateEstimated).toBe(false);
  });

  it("takes the title element over the text, not a <title> that names only the site and a channel of its menu", () => {
    const a = clean(
      page(
        `<title>某某科普-答疑文章</title><meta name="keywords" content="某某科普,科学答疑">`,
        `<ul class="menu"><li><a href="/q">答疑文章</a></li><li><a href="/v">视频</a></li></ul>
<div class="qa"><div class="qa-title">雷雨天能不能在树下躲雨？</div><div class="qa-info">时间：2021-07-02 09:10</div>
<div class="qa-text">${TEXT}</div></div>`,
      ),
    );
    expect(a.title).toBe("雷雨天能不能在树下躲雨？");
    expect(a.date).toBe("2021-07-02");
  });

  it("leaves out a tag in brackets the page also prints the headline without; a label printed everywhere stays", () => {
    const tagged = clean(
      page(
        "<title>[某某商城]某县召开春耕生产推进会-某某传媒</title>",
        `<div class="article"><h2>[某某商城]某县召开春耕生产推进会</h2><p style="display:none">原标题：某县召开春耕生产推进会</p>${TEXT}</div>`,
      ),
    );
    expect(tagged.title).toBe("某县召开春耕生产推进会");
    expect(tagged.messages.some((m) => m.text.includes("[某某商城]"))).toBe(true);
    const label = clean(
      page(
        "<title>【新春走基层】某县召开春耕生产推进会-某某传媒</title>",
        `<div class="article"><h2>【新春走基层】某县召开春耕生产推进会</h2>${TEXT}</div>`,
      ),
    );
    expect(label.title).toBe("【新春走基层】某县召开春耕生产推进会");
  });

  it("reads a headline behind a platform's badge, and the account and date line under it", () => {
    const a = clean(
      page(
        "<title>某县召开春耕生产推进会</title>",
        `<div class="gallery"><h2><span>原创</span>某县召开春耕生产推进会</h2><div><a href="/u/1"><span>某某乡情</span></a></div><div><span>关注</span></div>
<div class="time">2021-03-04 11:42:03</div><div class="abstract">${TEXT}</div></div>`,
      ),
    );
    expect(a.title).toBe("某县召开春耕生产推进会");
    expect(a.publication).toBe("某某乡情");
    expect(a.date).toBe("2021-03-04");
  });

  it("reads the source a page's script configuration names, less the platform its account is on", () => {
    const a = clean(
      page(
        `<title>某县召开春耕生产推进会</title><script>window.global = {\n  id: 'x1',\n  source: '某某观察微信公号', // 来源\n  type: 1\n}</script>`,
        `<div class="article"><h1>某县召开春耕生产推进会</h1>${TEXT}</div>`,
      ),
    );
    expect(a.publication).toBe("某某观察");
  });
});

describe("authors are people", () => {
  it("takes no name the page gives as its source or site for an author", () => {
    const d = {
      ...newDraft("a.html", new Uint8Array()),
      wrapper: "html page" as const,
      stated: { site: "某某新闻" },
      evidence: {
        authors: [{ value: ["晨光时讯"], from: "meta line" as const }],
        tags: [],
        publication: { value: "晨光时讯", from: "meta line" as const },
      },
    };
    expect(chooseAuthors(d).value).toEqual([]);
  });
});
