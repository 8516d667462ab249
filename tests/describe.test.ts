import { describe, expect, it } from "vitest";
import { namesFrom, splitNames } from "../src/text/names.js";
import { estimateYear, findDate, statedDate } from "../src/text/dates.js";
import { httpUrl } from "../src/text/url.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";
import { newDraft, type Draft } from "../src/model/draft.js";
import { chooseAuthors, chooseDate, choosePublication, chooseTags, chooseTitle, editorsOf } from "../src/describe/index.js";
import type { Message } from "../src/model/types.js";
import { findPlaces } from "../src/describe/places.js";
import { findTags, truncated } from "../src/describe/tags.js";
import { slugFor } from "../src/describe/slug.js";

describe("names", () => {
  it("splits names run together at surnames", () => {
    expect(splitNames("张大伟曹伟")).toEqual(["张大伟", "曹伟"]);
    expect(splitNames("杨桂华孙伟民丁燕")).toEqual(["杨桂华", "孙伟民", "丁燕"]);
    expect(splitNames("欧阳明月李雷")).toEqual(["欧阳明月", "李雷"]);
  });

  it("splits at spaces and 、, dropping what is not a name", () => {
    expect(namesFrom("刘楠 李民峰")).toEqual(["刘楠", "李民峰"]);
    expect(namesFrom("王小明、赵丽，李四")).toEqual(["王小明", "赵丽", "李四"]);
  });
});

describe("dates", () => {
  it("finds written dates in the usual forms", () => {
    expect(findDate("2022年6月29日 星期三")).toBe("2022-06-29");
    expect(findDate("发布时间：2023-05-17 10:01:14")).toBe("2023-05-17");
    expect(findDate("2022/2/5")).toBe("2022-02-05");
    expect(findDate("2022年2月30日")).toBeNull();
  });

  it("estimates a year from the latest year the text names, not target years", () => {
    expect(estimateYear("2021年以来……2023年解放思想工作台账，到2035年基本实现")).toBe(2023);
    expect(estimateYear("力争2030年前完成。今年以来")).toBeNull();
    expect(estimateYear("没有年份")).toBeNull();
  });
});

describe("stated dates", () => {
  it("take a date without an offset as written: it is Beijing time", () => {
    expect(statedDate("2022-06-30")).toEqual({ date: "2022-06-30" });
    expect(statedDate("2022-06-30 23:59:59")).toEqual({ date: "2022-06-30" });
    expect(statedDate("发布时间：2022年6月30日 23:30")).toEqual({ date: "2022-06-30" });
    expect(statedDate("no date here")).toBeNull();
  });

  it("move a date with a time and an offset to Beijing before taking its day, either side of midnight", () => {
    expect(statedDate("2022-06-30T20:00:00-10:00")).toEqual({ date: "2022-07-01" });
    expect(statedDate("2022-06-30T15:59:59Z")).toEqual({ date: "2022-06-30" });
    expect(statedDate("2022-06-30T16:00:00.000Z")).toEqual({ date: "2022-07-01" });
    expect(statedDate("2022-07-01T00:30:00+08:00")).toEqual({ date: "2022-07-01" });
    expect(statedDate("2022-07-01 07:59:00 +0900")).toEqual({ date: "2022-07-01" });
    expect(statedDate("2022-07-01 06:59:00 +0900")).toEqual({ date: "2022-07-01" });
    expect(statedDate("2022-07-01T00:30:00+09:00")).toEqual({ date: "2022-06-30" });
  });

  it("say what is wrong with a date off the calendar or outside 1900–2100", () => {
    expect(statedDate("2022-02-30")).toEqual({ problem: "is not a calendar date" });
    expect(statedDate("2022-06-30T25:00:00Z")).toEqual({ problem: "is not a calendar date" });
    expect(statedDate("0001-01-01")).toEqual({ problem: "is outside 1900–2100" });
    expect(statedDate("2300-01-01")).toEqual({ problem: "is outside 1900–2100" });
    expect(statedDate("2100-12-31T20:00:00-10:00")).toEqual({ problem: "is outside 1900–2100" });
  });
});

describe("original addresses", () => {
  it("keep http(s) addresses and make protocol-relative ones https", () => {
    expect(httpUrl(" https://example.org/a?b=1 ")).toBe("https://example.org/a?b=1");
    expect(httpUrl("HTTP://example.org/")).toBe("HTTP://example.org/");
    expect(httpUrl("//x.org/a")).toBe("https://x.org/a");
  });

  it("drop every other scheme, relative paths and garbage", () => {
    for (const s of [
      "javascript:alert(1)",
      "JavaScript://%0aalert(1)",
      "data:text/html,<b>",
      "/2022/06/a.html",
      "a.html",
      "https://",
      "http://a b/",
      'https://x.org/"onmouseover=',
      undefined,
    ])
      expect(httpUrl(s)).toBeNull();
  });
});

describe("stated metadata in documents", () => {
  const body = "某县召开全体干部大会，部署能力作风建设工作，要求各部门抓好落实。\n";
  const clean = (name: string, text: string) => cleanDocument(name, new TextEncoder().encode(text));
  const warnings = (a: { messages: Message[] }) => a.messages.filter((m) => m.severity === "warning").map((m) => [m.ruleId, m.text]);

  it("take the Beijing day of a front-matter date with an offset", () => {
    const a = clean("a.md", `---\ntitle: 标题\ndate: 2022-06-30T20:00:00-10:00\n---\n${body}`);
    expect(a).toMatchObject({ date: "2022-07-01", found: { date: "front matter" } });
  });

  it("warn about a stated date outside 1900–2100 and state none from it", () => {
    for (const date of ["0001-01-01", "2300-01-01"]) {
      const a = clean("a.md", `---\ntitle: 标题\ndate: ${date}\n---\n${body}`);
      expect(a.date).toBeNull();
      expect(a.found.date).toBe("none");
      expect(warnings(a)).toEqual([[RULES.dateOutOfRange.id, `文件头信息所写日期“${date}”不是 1900—2100 年间的日历日期，未采用`]]);
    }
    const page = `<html><head><meta property="article:published_time" content="2022-02-30T08:00:00+08:00"></head><body><h1>标题</h1><p>${body}</p></body></html>`;
    expect(warnings(clean("p.html", page))).toContainEqual([
      RULES.dateOutOfRange.id,
      "网页元数据所写日期“2022-02-30T08:00:00+08:00”不是 1900—2100 年间的日历日期，未采用",
    ]);
  });

  it("refuse an alias bomb in front matter with a warning and still clean the article", () => {
    const bomb = ['a: &a ["lol","lol","lol","lol"]', "b: &b [*a,*a,*a,*a]", "c: &c [*b,*b,*b,*b]", "title: *c"].join("\n");
    const a = clean("bomb.md", `---\n${bomb}\n---\n${body}`);
    expect(a.messages).toContainEqual({
      source: "bomb.md",
      ruleId: RULES.wrapper.id,
      line: 3,
      severity: "warning",
      text: "文件头信息无法解析：aliases (*a) are not allowed",
    });
    expect(a.blocks.map((b) => b.text).join("")).toContain("部署能力作风建设工作");
  });

  it("keep only http(s) addresses as the original, noting the ones dropped", () => {
    const withUrl = (url: string) => clean("a.md", `---\ntitle: 标题\nurl: ${url}\n---\n${body}`);
    const dropped = withUrl("javascript:alert(1)");
    expect(dropped.originalUrl).toBeNull();
    expect(dropped.messages).toContainEqual(expect.objectContaining({ ruleId: RULES.addressDropped.id, severity: "info" }));
    expect(withUrl("//x.org/a").originalUrl).toBe("https://x.org/a");
    const page = (href: string) =>
      clean("p.html", `<html><head><link rel="canonical" href="${href}"></head><body><h1>标题</h1><p>${body}</p></body></html>`)
        .originalUrl;
    expect(page("javascript:alert(1)")).toBeNull();
    expect(page("//x.org/a")).toBe("https://x.org/a");
    expect(clean("x.json", JSON.stringify({ title: "标题", text: body, url: "data:text/html,x" })).originalUrl).toBeNull();
  });
});

describe("choosing each field in the order evidence is trusted", () => {
  const body = [{ kind: "paragraph" as const, text: "2021年以来，全县召开会议，2022年再上台阶。", line: 3 }];
  const at = (fields: Partial<Draft>) => ({
    ...newDraft("a.md", new Uint8Array()),
    wrapper: "front matter" as const,
    blocks: body,
    ...fields,
  });
  const issueLine = { authors: [], tags: [], date: { value: "2022-06-29", from: "issue line" as const } };

  it("takes a date the wrapper states over one a removed line stated, and that over the latest year the text names", () => {
    expect(chooseDate(at({ stated: { date: "2022-06-30" }, evidence: issueLine }))).toMatchObject({
      value: "2022-06-30",
      from: "front matter",
    });
    expect(chooseDate(at({ evidence: issueLine }))).toMatchObject({ value: "2022-06-29", from: "issue line", messages: [] });
    const estimated = chooseDate(at({}));
    expect(estimated).toMatchObject({ value: "2022-01-01", from: "estimated" });
    expect(estimated.messages?.map((m) => [m.ruleId, m.line])).toEqual([[RULES.dateEstimated.id, 1]]);
  });

  it("takes the wrapper's publication and people over the text's, and says where each came from", () => {
    const evidence = {
      authors: [{ value: ["王小明"], from: "byline" as const }],
      tags: [],
      publication: { value: "某某日报全媒体", from: "credit line" as const },
    };
    expect(choosePublication(at({ evidence }))).toEqual({ value: "某某日报", from: "credit line" });
    expect(choosePublication(at({ evidence, stated: { publication: "大众日报" } }))).toEqual({ value: "大众日报", from: "front matter" });
    expect(choosePublication(at({ stated: { site: "某某通讯社 Some News Agency" } })).value).toBe("某某通讯社");
    expect(chooseAuthors(at({ evidence }))).toEqual({ value: ["王小明"], from: "byline" });
    // A site named as the author is not a person: the byline stands.
    expect(chooseAuthors(at({ evidence, stated: { authors: ["新华网"] } }))).toEqual({ value: ["王小明"], from: "byline" });
  });

  it("stands in the first sentence for a missing headline, estimated and with a warning", () => {
    const chosen = chooseTitle(at({}));
    expect(chosen).toMatchObject({ value: { title: "2021年以来，全县召开会议，2022年再上台阶", subtitle: null }, from: "estimated" });
    expect(chosen.messages?.map((m) => [m.ruleId, m.line])).toEqual([[RULES.noTitle.id, 3]]);
  });
});

describe("metadata from the strongest evidence first", () => {
  const page = (fields: Partial<Draft>, text = "") => ({
    ...newDraft("a.html", new Uint8Array()),
    wrapper: "html page" as const,
    text,
    blocks: [{ kind: "paragraph" as const, text: "全县召开会议，部署今年的重点工作，要求各部门抓好落实。", line: 3 }],
    ...fields,
  });
  const none = { authors: [], tags: [] };

  it("never takes a bare year for a date: a year alone is an estimate, flagged as one", () => {
    const blocks = [{ kind: "paragraph" as const, text: "某院举办2019年技能大赛，选手们同场竞技。", line: 3 }];
    const yearOnly = page({ stated: { date: "2018" }, blocks });
    expect(chooseDate(yearOnly)).toMatchObject({ value: "2018-01-01", from: "estimated" });
    expect(chooseDate(yearOnly).messages?.map((m) => [m.ruleId, m.text])).toEqual([
      [RULES.dateEstimated.id, "网页元数据所写日期“2018”只有年份，没有月日"],
    ]);
    // A year in the title or the text is an estimate too, never a date.
    expect(chooseDate(page({ blocks }))).toMatchObject({ value: "2019-01-01", from: "estimated" });
  });

  it("dates a text by a date line it keeps at its foot, in Chinese numerals too, before estimating", () => {
    const blocks = [
      { kind: "paragraph" as const, text: "各单位要认真学习，1970年以来的经验要总结。", line: 3 },
      { kind: "paragraph" as const, text: "一九七一年三月五日", line: 9 },
    ];
    expect(chooseDate(page({ blocks }))).toMatchObject({ value: "1971-03-05", from: "text" });
    // A stated date and a removed line's date still come first.
    expect(chooseDate(page({ blocks, evidence: { ...none, date: { value: "1971-03-08", from: "meta line" } } })).value).toBe("1971-03-08");
  });

  it("keeps no label in a publication's name and takes no platform for one: the account that posted is the publication", () => {
    expect(choosePublication(page({ stated: { publication: "来源：某某日报" } }))).toEqual({ value: "某某日报", from: "html meta" });
    expect(choosePublication(page({ stated: { publication: "微信公众平台", account: "某县融媒" } }))).toEqual({
      value: "某县融媒",
      from: "html meta",
    });
    const platformLine = { ...none, publication: { value: "某某新闻·某某号·政务", from: "meta line" as const } };
    expect(choosePublication(page({ evidence: platformLine, stated: { account: "某区发布" } })).value).toBe("某区发布");
    // A source line beats the site that reposts it; the site stands when nothing else names one.
    const sourceLine = { ...none, publication: { value: "某某日报", from: "source line" as const } };
    expect(choosePublication(page({ evidence: sourceLine, stated: { site: "某某网" } })).value).toBe("某某日报");
    expect(choosePublication(page({ stated: { site: "某某网" } })).value).toBe("某某网");
  });

  it("takes the paper a text names as its own when nothing else names one", () => {
    const blocks = [
      { kind: "paragraph" as const, text: "一位专家对《某某周报》记者表示，政策会继续。", line: 1 },
      { kind: "paragraph" as const, text: "另一位研究员也对《某某周报》记者说，要看落实。", line: 3 },
    ];
    expect(choosePublication(page({ blocks }))).toEqual({ value: "某某周报", from: "text" });
    expect(choosePublication(page({ blocks: blocks.slice(0, 1) })).value).toBeNull();
  });

  it("takes no editor for an author: a page's author meta names a person only when its text shows the name too", () => {
    const credits = "<p>正文。</p><div class='editor'>【责任编辑：王某某】</div><span>编辑/李某</span>";
    expect([...editorsOf(credits)].sort()).toEqual(["李某", "王某某"].sort());
    // The meta names the editor; the byline names the writer.
    const byline = { ...none, authors: [{ value: ["张某某"], from: "byline" as const }] };
    expect(chooseAuthors(page({ stated: { authors: ["王某某"] }, evidence: byline }, credits))).toEqual({
      value: ["张某某"],
      from: "byline",
    });
    // No byline: the meta's editor is no author, nor an uploader the page never shows.
    expect(chooseAuthors(page({ stated: { authors: ["王某某"] } }, credits)).value).toEqual([]);
    expect(chooseAuthors(page({ stated: { authors: ["赵某某"] } }, "<p>正文。</p>")).value).toEqual([]);
    // Shown in the text, the meta's person stands.
    const shown = page({ stated: { authors: ["赵某某"] }, lines: [{ text: "文/赵某某", line: 2 }] }, "<p>文/赵某某</p>");
    expect(chooseAuthors(shown)).toEqual({ value: ["赵某某"], from: "html meta" });
    // An agency's credit is no person.
    const agency = { ...none, authors: [{ value: ["新华社发"], from: "credit line" as const }] };
    expect(chooseAuthors(page({ evidence: agency })).value).toEqual([]);
  });
});

describe("places", () => {
  it("places an article in its county when the county dominates", () => {
    const text = "林甸县召开会议。林甸的畜牧业发展很快。林甸县委书记说。大庆市领导出席。";
    expect(findPlaces(text, "林甸县委书记访谈").place).toEqual({ province: "黑龙江省", prefecture: "大庆市", county: "林甸县" });
  });

  it("places it in the prefecture when its counties are only mentioned", () => {
    const text = "鸡西市深入开展活动。鸡西人幸福。鸡西市委书记说。鸡冠区委书记于君。项目坐落在鸡东县。鸡西速度。";
    const { place, mentioned } = findPlaces(text, "鸡西能力作风建设");
    expect(place).toEqual({ province: "黑龙江省", prefecture: "鸡西市", county: null });
    expect(mentioned.map((p) => p.county)).toEqual(expect.arrayContaining(["鸡冠区", "鸡东县"]));
  });

  it("counts a short name that is also a common noun only when the full name appears", () => {
    expect(findPlaces("华北平原上，平原地区的农业。平原广阔。", "").place.county).toBeNull();
    expect(findPlaces("平原县召开会议。平原的干部。平原好干部。", "平原：激活发展原动力").place).toEqual({
      province: "山东省",
      prefecture: "德州市",
      county: "平原县",
    });
  });

  it("resolves a name shared by several counties through the prefecture the text names", () => {
    expect(findPlaces("南京市鼓楼区召开会议。鼓楼区干部。鼓楼区群众。", "").place).toEqual({
      province: "江苏省",
      prefecture: "南京市",
      county: "鼓楼区",
    });
    expect(findPlaces("鼓楼区召开会议。鼓楼区干部。鼓楼区群众。", "").place.county).toBeNull();
  });

  it("ignores two-character county names inside ordinary words", () => {
    expect(findPlaces("县委书记和县长出席。示范县建设。", "").place).toEqual({ province: null, prefecture: null, county: null });
  });

  it("places a district of a municipality under its province", () => {
    expect(findPlaces("北京市朝阳区召开会议。朝阳区干部。朝阳区居民。", "").place).toEqual({
      province: "北京市",
      prefecture: null,
      county: "朝阳区",
    });
  });

  it("files a story naming one district of a municipality at the district", () => {
    const text = "一位老人住在上海虹口区的一条弄堂里，家门被封。上海有关部门回应称已发过通报。上海的居民议论纷纷。";
    expect(findPlaces(text, "上海老人只能翻窗回家").place).toEqual({ province: "上海市", prefecture: null, county: "虹口区" });
  });

  it("files a story in one of Taiwan's cities or counties there, in a district it names most there, and a word holding a short name under none", () => {
    const text = "一名客运司机在台南市永康区住处身亡。台南市警方到场了解。台南市检察官相验后认定系自杀。";
    expect(findPlaces(text, "客运司机身亡").place).toEqual({ province: "台湾省", prefecture: "台南市", county: null });
    const district = "台北市万华区一处公寓将被法拍。万华区居民议论纷纷。台北市地院表示，万华区这处房产下月拍卖。";
    expect(findPlaces(district, "凶宅法拍").place).toEqual({ province: "台湾省", prefecture: "台北市", county: "万华区" });
    // A city's short name twice, with the province named; a county's and a township's, chained ("澎湖马公").
    expect(findPlaces("台湾检方进入立法院搜索。台北地检署侦办两案。被告移送台北地检署。", "").place).toEqual({
      province: "台湾省",
      prefecture: "台北市",
      county: null,
    });
    expect(findPlaces("澎湖马公一名男子陈尸空屋。马公分局已封锁现场。", "澎湖男子陈尸马公").place).toEqual({
      province: "台湾省",
      prefecture: "澎湖县",
      county: "马公市",
    });
    // A township's short name unchained is a word: "万里" is no place of 新北市.
    expect(findPlaces("鹏程万里，前途无量。万里长城万里长。", "").place.province).toBeNull();
    const stage = "演员们走到舞台中央谢幕。某县剧团在某县大剧院演出。观众掌声不断。";
    expect(findPlaces(stage, "").place.province).not.toBe("台湾省");
  });

  it("reads 本港 as Hong Kong, as its press writes it, but not in a port's report on its business", () => {
    const hk = "两款疫苗开始在本港接种，接种人数逐日上升。专家说，本港市民应尽快接种，时间还有。";
    expect(findPlaces(hk, "专家谈疫苗").place).toEqual({ province: "香港特别行政区", prefecture: null, county: null });
    // Written from there, though it names the countries whose variants it reports.
    const variants = "本港今日起接种疫苗。专家说，南非、巴西和英国出现的变种病毒传播力更强，德国生产的疫苗仍有保护力。巴西的疫情仍然严重。";
    expect(findPlaces(variants, "专家谈疫苗").place.province).toBe("香港特别行政区");
    const port = "本港今年集装箱吞吐量再创新高。本港新开三条航线，本港泊位全部投入使用。";
    expect(findPlaces(port, "吞吐量创新高").place.province).toBeNull();
  });

  it("reads Hong Kong's and Macau's districts as mentions of them, where no other unit has the name", () => {
    const court = "一名男子昨日在沙田一商场涉嫌纵火被捕，今日在沙田裁判法院提堂。案件押后至下月在九龙城裁判法院再讯。";
    expect(findPlaces(court, "男子涉嫌纵火被捕").place).toEqual({ province: "香港特别行政区", prefecture: null, county: null });
    expect(findPlaces("氹仔的酒店入住率回升，路环的游客也多了。", "").place.province).toBe("澳门特别行政区");
    // 大埔 is a county of Guangdong too, 大堂 a hall: neither is Hong Kong's or Macau's.
    expect(findPlaces("大埔县今年粮食丰收，大埔的茶叶远销海外。", "").place.county).toBe("大埔县");
    expect(findPlaces("他在大堂等候，大堂经理迎了上来。", "").place.province).toBeNull();
  });

  it("takes a place inside a stance, a street's name or a delegation's home for no place", () => {
    const hk = "香港特首就违建道歉。香港立法会议员质询，亲北京阵营也有批评。香港市民关注此事。";
    expect(findPlaces(hk, "特首道歉").place).toEqual({ province: "香港特别行政区", prefecture: null, county: null });
    const street = "广州市北京路步行街今天人流如织。广州市民在北京路购物。广州的商家很忙。";
    expect(findPlaces(street, "").place.province).toBe("广东省");
    const visit = "佛山市顺德区某街道党工委委员某某一行到中山市某金融街调研。中山市有关部门介绍了金融街的情况。双方进行了座谈。";
    expect(findPlaces(visit, "顺德区某街道党工委委员某某一行到某金融街调研").place).toEqual({
      province: "广东省",
      prefecture: "中山市",
      county: null,
    });
  });

  it("takes a short name for a place when a unit above is written before it or the publisher's home names it", () => {
    expect(findPlaces("一艘船从山东青岛离港。船上的人说青岛的天气很好。", "").place).toEqual({
      province: "山东省",
      prefecture: "青岛市",
      county: null,
    });
    const local = "市民在中山的公园散步。中山的夜景很美，游客纷纷拍照。";
    expect(findPlaces(local, "").place.prefecture).toBeNull();
    expect(findPlaces(local, "", { home: ["中山网"] }).place).toEqual({ province: "广东省", prefecture: "中山市", county: null });
    // A site named like a district is no home: 新华 (网), 光明 (网).
    expect(findPlaces("记者从会上获悉，新华社报道了此事，影响很大。", "", { home: ["新华网"] }).place.province).toBeNull();
  });

  it("takes no common word in a headline for a county: 公安 is no 公安县", () => {
    const text = "某自治区公安系统近来风波不断。公安系统的干部说，要严肃纪律。";
    expect(findPlaces(text, "某自治区公安系统还能好吗").place.county).toBeNull();
  });

  it("gives a national story no place: places spread over provinces, or a national headline naming none", () => {
    const spread = "济南警方破获一案。湖北通城警方破获一案。长沙警方破获一案。北京警方也通报了案件。山东济南的案件最早。";
    expect(findPlaces(spread, "证监会通报扰乱信息传播秩序案件").place.province).toBeNull();
    const two = "上海某大学开设养老专业。山东某学院也开设了养老专业，上海和山东的毕业生都很抢手。";
    expect(findPlaces(two, "我国首届养老专业本科生毕业").place.province).toBeNull();
    // A digest names its items' places in its headline, not its own.
    const digest = "甲省某市警方破获一案。广西某部门警告某公司。四川某地发生一事。北京某单位召开会议。";
    expect(findPlaces(digest, "周报：某案告破；广西某部门警告某公司；四川某地发生一事").place.province).toBeNull();
  });

  it("keeps a story about a province at the province when its cities are only where things happened", () => {
    const text = "内蒙古公安系统持续地震。呼和浩特市公安局原局长落马。赤峰市也有干部被查。内蒙古自治区公安厅通报。内蒙古的干部说。";
    expect(findPlaces(text, "内蒙古公安系统还能好吗").place).toEqual({ province: "内蒙古自治区", prefecture: null, county: null });
  });
});

describe("tags", () => {
  const base = { headline: "", stated: [], vocabulary: ["能力作风建设", "作风建设", "营商环境"], places: new Set<string>() };

  it("tags the archive's topic phrases used twice or in the headline, not the shorter phrase inside", () => {
    const { tags } = findTags({ ...base, text: "能力作风建设很重要。深化能力作风建设。优化营商环境。" });
    expect(tags).toContain("能力作风建设");
    expect(tags).not.toContain("作风建设");
    expect(tags).not.toContain("营商环境");
    expect(findTags({ ...base, text: "优化营商环境。", headline: "营商环境持续向好" }).tags).toContain("营商环境");
  });

  it("keeps stated tags first, normalised, and ranks segmenter keywords apart, without places", () => {
    const { tags, keywords } = findTags({
      ...base,
      stated: ["ＡＢＣ"],
      places: new Set(["林甸"]),
      text: "林甸奶牛养殖。林甸奶牛养殖规模扩大，奶牛存栏增加，牧场增多。",
    });
    expect(tags[0]).toBe("ABC");
    expect(keywords).toContain("奶牛");
    expect(keywords).not.toContain("林甸");
    expect(tags).not.toContain("奶牛");
  });
});

describe("tags from the archive's vocabulary and shared keywords", () => {
  const base = { headline: "", stated: [], vocabulary: ["营商环境"], places: new Set<string>() };

  it("makes a page's meta keywords candidates that its text uses, never its site, a stock word, a unit or markup", () => {
    const { tags, keywords } = findTags({
      ...base,
      text: "某县投资完成12亿元，数字农机服务覆盖全县，数字农机让农民省了力气。",
      suggested: ["某县网", "专题报道", "完成", "亿元", "数字农机", "<meta", "无关的词"],
      carriers: ["某县网"],
    });
    expect(tags).toEqual([]);
    expect(keywords).toContain("数字农机");
    for (const k of ["某县网", "专题报道", "完成", "亿元", "<meta", "无关的词"]) expect(keywords).not.toContain(k);
  });

  it("takes no word cut out of a longer one", () => {
    expect(truncated("运输部", "交通运输部发布通知。交通运输部要求各地落实。")).toBe(true);
    expect(truncated("太平", "太平湾临港经济区开工。太平湾规划获批。")).toBe(true);
    expect(truncated("农机", "农机服务到田间。无人机和农机一起作业。")).toBe(false);
  });

  it("drops a stated tag that names the paper or the site, keeps the others", () => {
    const { tags } = findTags({
      ...base,
      text: "正文。",
      stated: ["某某日报新闻", "乡村旅游", "某某网"],
      carriers: ["某某日报", "某某网"],
    });
    expect(tags).toEqual(["乡村旅游"]);
  });

  it("takes a page's meta keywords for keywords, not tags; front matter's tags stay tags", () => {
    const draft = (wrapper: "html page" | "front matter") => ({
      ...newDraft("a", new Uint8Array()),
      wrapper,
      stated: { tags: ["营商环境", "乡村旅游"] },
      blocks: [{ kind: "paragraph" as const, text: "某县发展乡村旅游，优化营商环境，乡村旅游红红火火。", line: 1 }],
      options: { vocabulary: ["营商环境"], keep: [], drop: [] },
    });
    const none = { place: { province: null, prefecture: null, county: null }, mentioned: [] };
    expect(chooseTags(draft("html page"), "", none).value.tags).toEqual([]);
    expect(chooseTags(draft("html page"), "", none).value.keywords).toContain("乡村旅游");
    expect(chooseTags(draft("front matter"), "", none).value.tags).toEqual(["营商环境", "乡村旅游"]);
  });
});

describe("slugs", () => {
  it("makes stable URL-safe slugs from file names, pinyin for Han characters", () => {
    expect(slugFor("000_d4019421061fcf21.txt")).toBe("000_d4019421061fcf21");
    expect(slugFor("林甸 访谈 (1).HTML")).toBe("lin-dian-fang-tan-1");
  });
});
