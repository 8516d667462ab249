import { describe, expect, it } from "vitest";
import { lostSentences } from "./helpers.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";
import { bylineNames } from "../src/text/names.js";
import { parseByline } from "../src/clean/chrome.js";

/** A self-media post as a web clipper exports it to Markdown: cover pictures, the summary, the credits as exporters write them, the account's trailer. */
const POST = [
  "某某公司获数千万元A轮融资｜某某首发",
  "======================",
  "",
  "[mp.weixin.qq.com](https://mp.weixin.qq.com/s/abc)某某Pro",
  "",
  "![图片](https://example.cn/cover.jpg)",
  "",
  "某某公司已服务近千家企业和约两百万名兼职人员。",
  "",
  "**文************\\|************** ********Koko********",
  "",
  "**封面来源************\\|************** ********某某图库********",
  "",
  "某某获悉，某某公司完成数千万元A轮融资，本轮由某某资本领投，老股东跟投。",
  "",
  "本轮融资将主要用于组建运营团队，提升平台的服务能力，并拓展新的行业。",
  "",
  "公司创始人表示，平台今年的营收保持了八成的增长，明年将进入更多城市。",
  "",
  "**了解更多信息，可点击某某创投平台小程序**",
  "",
  "![](https://example.cn/a.jpg) 某某创投平台 ， 交易担保 ， 放心买 ， 某某创投平台 ![](https://example.cn/b.jpg) 小程序",
  "",
  "**⭐星标某某见闻，好内容不错过**⭐****",
  "",
  "某某见闻",
  "",
  "某某见闻是国内领先的商业资讯提供商，为用户甄选国内和全球重要资讯。",
  "",
  "3020篇原创内容",
  "",
  "公众号",
  "",
  "，",
  "",
  "本文不构成个人投资建议，不代表平台观点，市场有风险，投资需谨慎。",
  "",
].join("\n");

describe("a post clipped to Markdown", () => {
  const a = cleanDocument("post.md", new TextEncoder().encode(POST));
  const body = a.blocks.map((b) => b.text);
  const removed = (rule: { id: string }) => a.messages.filter((m) => m.ruleId === rule.id).map((m) => m.text);

  it("reads the credits through the exporter's empty bold runs: the pen name is the writer, the cover's credit no text", () => {
    expect(a.authors).toEqual(["Koko"]);
    expect(body.join("\n")).not.toMatch(/\*|Koko|封面来源|某某图库/);
    expect(removed(RULES.photoNote).join("\n")).toContain("某某图库");
  });

  it("takes the opening sentence under the cover picture, over the byline, for the deck", () => {
    expect(a.subtitle).toBe("某某公司已服务近千家企业和约两百万名兼职人员。");
    expect(body[0]).toMatch(/^某某获悉/);
  });

  it("reads a release flag after the bar as the outlet's, no column", () => {
    expect([a.title, a.column]).toEqual(["某某公司获数千万元A轮融资", null]);
    expect(removed(RULES.releaseFlag)).toEqual([expect.stringContaining("某某首发")]);
  });

  it("ends the text before the account's trailer, and reports every line of it", () => {
    expect(body.at(-1)).toBe("公司创始人表示，平台今年的营收保持了八成的增长，明年将进入更多城市。");
    expect(body).toHaveLength(3);
    expect(removed(RULES.profileCard)).toEqual(
      expect.arrayContaining([expect.stringContaining("3020篇原创内容"), expect.stringContaining("国内领先")]),
    );
    expect(removed(RULES.copyright).join("\n")).toContain("不构成个人投资建议");
    expect(lostSentences(a)).toEqual([]);
  });
});

describe("an advert's call after the text", () => {
  const lines = [
    "# 某市出台稳就业十条措施",
    "",
    "近日，某市出台稳就业十条措施，对吸纳高校毕业生的企业给予补贴。",
    "",
    "措施明确，每吸纳一名高校毕业生，企业可获一千五百元补贴。",
    "",
    "市人社局表示，相关补贴将在三个月内发放到位，请企业及时申报。",
    "",
    "**点击下图报名9月21日线下大师课**",
    "",
    "**《银发时代的投资新方向》**",
    "",
    "抓住银发时代五大投资机遇，避开风险与陷阱！",
    "",
  ];
  it("ends the text there: the advert under it goes, reported", () => {
    const a = cleanDocument("a.md", new TextEncoder().encode(lines.join("\n")));
    expect(a.blocks.map((b) => b.text).at(-1)).toMatch(/^市人社局表示/);
    expect(a.messages.some((m) => m.ruleId === RULES.subscription.id && m.text.includes("点击下图报名"))).toBe(true);
    expect(lostSentences(a)).toEqual([]);
  });
});

describe("a pen name in Latin letters", () => {
  it("is a writer only after the label of the writing, never an agency's capitals", () => {
    expect(bylineNames("文｜Koko")).toEqual(["Koko"]);
    expect(bylineNames("作者：Tina Li")).toEqual(["Tina Li"]);
    expect(parseByline("文| Koko")?.authors).toEqual(["Koko"]);
    expect(bylineNames("文｜AFP")).toBeNull();
    expect(parseByline("作者：AFP")).toBeNull();
    expect(bylineNames("Koko")).toBeNull();
  });
});

describe("a note under a picture that says how it was made", () => {
  it("is its caption, no deck", () => {
    const md = [
      "# 某某央行宣布降息",
      "",
      "![](https://example.cn/cover.png)",
      "(图片由某某AI生成 提示词:美元 燃烧)",
      "",
      "某某央行周三宣布降息五十个基点，这是四年来的首次降息。",
      "",
      "分析人士认为，此次降息幅度超出市场预期，年内或还将继续降息。",
      "",
    ].join("\n");
    const a = cleanDocument("a.md", new TextEncoder().encode(md));
    expect(a.subtitle).toBeNull();
    expect(a.blocks.find((b) => b.text.includes("AI生成"))?.kind).toBe("caption");
  });
});

/** A whole news page turned to Markdown by a converter: the page's menus and link lists stay, as lines of links; its bar on top prints the headline too. */
const PAGE = [
  "---",
  'title: "某市启用三条新的公交线路_某某网"',
  "source: https://www.example.cn/news/2024/0513/a.html",
  "---",
  "",
  "# 某市启用三条新的公交线路",
  "",
  "分享到：",
  "",
  "## 报纸",
  "",
  "[某某日报](https://paper.example.cn/1/)[某某晚报](https://paper.example.cn/2/)[某某都市报](https://paper.example.cn/3/)[某某农村报](https://paper.example.cn/4/)",
  "",
  "## 网站",
  "",
  "[某某省人民政府网](https://gov.example.cn/)[某某市人民政府网](https://city.example.cn/)[某某区门户网](https://qu.example.cn/)[某某县门户网](https://xian.example.cn/)",
  "",
  "## 移动端",
  "",
  "[某某新闻客户端](https://app.example.cn/)[某某视频客户端](https://v.example.cn/)",
  "",
  "[首页](https://www.example.cn/)\\> [新闻中心](https://www.example.cn/news/)\\>",
  "",
  "# 某市启用三条新的公交线路",
  "",
  "2024-05-13 10:20 来源：某某网",
  "",
  "分享到：",
  "",
  "5月13日起，某市新开通的三条公交线路正式运营，覆盖城区东部的六个居民小区和两所学校。",
  "",
  "市交通运输局相关负责人介绍，新线路采用新能源车辆，首末班时间与地铁衔接，方便市民换乘出行。",
  "",
  "据了解，今年以来该市已优化调整公交线路十余条，下一步还将根据客流情况继续完善线网。",
  "",
  "## 相关新闻",
  "",
  "*   [某市地铁三号线开通运营](https://www.example.cn/news/1.html)",
  "*   [某市公交推出夜间线路](https://www.example.cn/news/2.html)",
  "*   [某市新增公共自行车站点](https://www.example.cn/news/3.html)",
  "",
  "## 回到首页 回到顶部",
  "",
  "[关于我们](https://www.example.cn/about/)- [联系我们](https://www.example.cn/contact/)- [网站地图](https://www.example.cn/map/)- [友情链接](https://www.example.cn/links/)",
  "",
  "Copyright © 2024 某某网 版权所有",
  "",
].join("\n");

describe("a whole page turned to Markdown", () => {
  const a = cleanDocument("page.md", new TextEncoder().encode(PAGE));
  const body = a.blocks.map((b) => b.text).join("\n");

  it("keeps the article's region: the menus under the page's own headings and its link lists are left out", () => {
    expect(a.title).toBe("某市启用三条新的公交线路");
    expect(a.date).toBe("2024-05-13");
    expect(a.blocks[0]!.text).toMatch(/^5月13日起/);
    expect(a.blocks.at(-1)!.text).toMatch(/继续完善线网。$/);
    expect(body).not.toMatch(/报纸|某某晚报|门户网|移动端|客户端|首页|相关新闻|地铁三号线|回到顶部|关于我们/);
    expect(lostSentences(a)).toEqual([]);
  });

  it("names the lines it left out in the report", () => {
    const cut = a.messages.filter((m) => /正文(?:之前|之后)的网页导航和杂项/.test(m.text)).map((m) => m.text);
    expect(cut).toHaveLength(2);
  });
});
