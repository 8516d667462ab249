import { describe, expect, it } from "vitest";
import type { Article, Block, Place } from "../src/model/types.js";
import { readOfficialTerms } from "../src/archive/load.js";
import { parsePeople } from "../src/archive/people.js";
import { findOfficials } from "../src/site/officials.js";
import { buildPeople } from "../src/site/people.js";
import { placeChain } from "../src/describe/places.js";
import { makeArticle } from "./helpers.js";
import { seedArticles } from "./fixtures/seeds.js";

const terms = readOfficialTerms("_data/officials.yaml");
const PINGYUAN: Place = { province: "山东省", prefecture: "德州市", county: "平原县" };
const JIXI: Place = { province: "黑龙江省", prefecture: "鸡西市", county: null };

const para = (text: string, line = 1, speaker?: string): Block => ({ kind: "paragraph", text, line, ...(speaker ? { speaker } : {}) });
const doc = (texts: string[], place: Place = PINGYUAN, fields: Partial<Article> = {}): Article =>
  makeArticle("a.txt", { place, blocks: texts.map((t, i) => para(t, i + 1)), ...fields });
/** What an article's officials read as: name, organ and post, place. */
const found = (a: Article) => findOfficials(a, terms).map((o) => `${o.name} ${o.organ}${o.post} ${placeChain(o.place).join("/")}`);

describe("officials an article names", () => {
  it("takes a post with its organ and place, then a name", () => {
    expect(found(doc(["会上，平原县委书记王建国说，要抓好落实。"]))).toEqual(["王建国 县委书记 山东省/德州市/平原县"]);
    // The short title of a county's committee is the article's county.
    expect(found(doc(["县委书记李卫东听说情况后，当即召开会议。"]))).toEqual(["李卫东 县委书记 山东省/德州市/平原县"]);
    // A bureau of no level named is the article's place; a 区 office under a city article is within the city.
    expect(found(doc(["这是县财政局副局长周丽华最关心的事。"]))).toEqual(["周丽华 县财政局副局长 山东省/德州市/平原县"]);
    expect(found(doc(["随行的区住房服务中心主任孙海涛告诉记者。"], JIXI))).toEqual(["孙海涛 区住房服务中心主任 黑龙江省/鸡西市"]);
    // 省委 is the article's province.
    expect(found(doc(["年初，省委书记陈志明多次强调作风建设。"], JIXI))).toEqual(["陈志明 省委书记 黑龙江省"]);
  });

  it("reads every post of a title of several, each at its place", () => {
    expect(found(doc(["平原县委副书记、县长赵立新介绍。"]))).toEqual([
      "赵立新 县委副书记 山东省/德州市/平原县",
      "赵立新 县长 山东省/德州市/平原县",
    ]);
    expect(found(doc(["”县委常委、宣传部长郑晓燕说。"]))).toEqual([
      "郑晓燕 县委常委 山东省/德州市/平原县",
      "郑晓燕 宣传部部长 山东省/德州市/平原县",
    ]);
    expect(found(doc(["刚刚上任的鸡西市交通运输局党组书记、局长刘振华，抓起了路网。"], JIXI))).toEqual([
      "刘振华 市交通运输局党组书记 黑龙江省/鸡西市",
      "刘振华 市交通运输局局长 黑龙江省/鸡西市",
    ]);
    expect(found(doc(["省委常委、常务副省长吴国栋到黑河市调研。"], JIXI))).toEqual([
      "吴国栋 省委常委 黑龙江省",
      "吴国栋 常务副省长 黑龙江省",
    ]);
  });

  it("reads a name, 同志 and then the title", () => {
    expect(found(doc(["王建国同志，县委书记，长期在基层工作。"]))).toEqual(["王建国 县委书记 山东省/德州市/平原县"]);
  });

  it("resolves a named place within the article's and keeps a town's organ whole", () => {
    expect(found(doc(["王庙镇党委书记钱伟民介绍。"]))).toEqual(["钱伟民 王庙镇党委书记 山东省/德州市/平原县"]);
    expect(found(doc(["鸡冠区委书记冯志远“闻鸡起早”。"], JIXI))).toEqual(["冯志远 区委书记 黑龙江省/鸡西市/鸡冠区"]);
  });

  it("leaves out a name alone, a role, posts without names and words after a post", () => {
    expect(found(doc(["王建国在会上讲话。记者张明采访了他。"]))).toEqual([]);
    expect(found(doc(["成立由县委书记和县长任组长的领导小组，由副书记任组长、两名常委任副组长。"]))).toEqual([]);
    expect(found(doc(["镇长向主管县长一天一汇报，主管县长向书记一周两汇报。"]))).toEqual([]);
    expect(found(doc(["区委书记和区长任双组长。"]))).toEqual([]);
    // A surname that is a word: 县长明天来; a one-character "name".
    expect(found(doc(["县长明天来。书记高，大家都知道。"]))).toEqual([]);
    // A title the text runs into other words ("作为一位县委书记") names no one.
    expect(found(doc(["记者：作为一位县委书记，您是如何领会的？"]))).toEqual([]);
    // 同志 with no title after it, or a title with more words after it.
    expect(found(doc(["王建国同志，现在在哪里？"]))).toEqual([]);
  });

  it("links an interview's speaker to the person the introduction names", () => {
    const a = makeArticle("a.txt", {
      place: PINGYUAN,
      subtitle: "平原县委书记王建国访谈",
      blocks: [para("今年有何打算？", 3, "记者"), para("我们要抓落实。还要抓作风。", 4, "王建国")],
    });
    const officials = findOfficials(a, terms);
    expect(officials.map((o) => [o.name, o.line, o.speaker ?? false, o.sentence])).toEqual([
      ["王建国", null, false, "平原县委书记王建国访谈"],
      ["王建国", 4, true, "我们要抓落实。"],
    ]);
  });
});

describe("the people of the archive", () => {
  const at = (source: string, date: string, text: string, place: Place) =>
    makeArticle(source, { date, place, blocks: [para(text)], slug: source.replace(".txt", "") });

  it("keeps one name at places apart two people, their slugs told apart by place", () => {
    const { people } = buildPeople(
      [at("a.txt", "2022-01-01", "平原县委书记王建国说。", PINGYUAN), at("b.txt", "2022-02-01", "鸡冠区委书记王建国说。", JIXI)],
      { terms, corrections: [] },
    );
    expect(people.map((p) => [p.name, p.slug])).toEqual([
      ["王建国", "wangjianguo-jiguan"],
      ["王建国", "wangjianguo-pingyuan"],
    ]);
  });

  it("takes mentions that fit two namesakes for one person of their own, however many, with a slug of its own", () => {
    const nowhere: Place = { province: null, prefecture: null, county: null };
    const { people } = buildPeople(
      [
        at("a.txt", "2022-01-01", "平原县委书记王建国说。", PINGYUAN),
        at("b.txt", "2022-02-01", "鸡冠区委书记王建国说。", JIXI),
        at("c.txt", "2022-03-01", "县委书记王建国说。", nowhere),
        at("d.txt", "2022-04-01", "县委书记王建国说。", nowhere),
      ],
      { terms, corrections: [] },
    );
    expect(people).toHaveLength(3);
    expect(new Set(people.map((p) => p.slug)).size).toBe(3);
  });

  it("keeps one person with a new post at the same place, the link marked as a guess", () => {
    const { people, byArticle } = buildPeople(
      [
        at("a.txt", "2021-01-01", "平原县委副书记、县长王建国说。", PINGYUAN),
        at("b.txt", "2023-05-01", "平原县委书记王建国说。", PINGYUAN),
      ],
      { terms, corrections: [] },
    );
    expect(people).toHaveLength(1);
    const [p] = people;
    expect(p!.slug).toBe("wangjianguo");
    expect(p!.posts.map((x) => [x.organ + x.post, x.first.source, x.last.source, x.guess])).toEqual([
      ["县委副书记", "a.txt", "a.txt", null],
      ["县长", "a.txt", "a.txt", null],
      ["县委书记", "b.txt", "b.txt", "same place"],
    ]);
    expect(byArticle.get("b.txt")!.map((x) => x.person)).toEqual([p]);
  });

  it("renames, drops, merges and splits as people.yaml says, and warns of a correction naming no one", () => {
    const articles = [at("a.txt", "2021-01-01", "鸡冠区委书记王建国说。", JIXI), at("b.txt", "2023-01-01", "省委书记王建国说。", JIXI)];
    expect(buildPeople(articles, { terms, corrections: [] }).people).toHaveLength(1);
    const read = (yaml: string) => {
      const { corrections, errors } = parsePeople(yaml);
      expect(errors).toEqual([]);
      return buildPeople(articles, { terms, corrections });
    };
    expect(read("- name: 王建国\n  place: 黑龙江省/鸡西市/鸡冠区\n  split: true\n").people).toHaveLength(2);
    expect(read("- name: 王建国\n  rename: 王建华\n").people.map((p) => p.name)).toEqual(["王建华"]);
    expect(read("- name: 王建国\n  drop: true\n").people).toEqual([]);
    const unmatched = read("- name: 李四光\n  drop: true\n");
    expect(unmatched.problems.map((m) => [m.ruleId, m.line])).toEqual([["override: people names no one", 1]]);
    // Two people of one name at places apart are merged by the archivist: no guess between them.
    const apart = [
      at("a.txt", "2021-01-01", "平原县委书记王建国说。", PINGYUAN),
      at("b.txt", "2023-01-01", "鸡冠区委书记王建国说。", JIXI),
    ];
    const { corrections } = parsePeople("- name: 王建国\n  place: 平原县\n  merge: 鸡冠区\n");
    const merged = buildPeople(apart, { terms, corrections }).people;
    expect(merged.map((p) => p.posts.map((x) => x.guess))).toEqual([[null, null]]);
  });

  it("refuses a people.yaml that does not check out, naming the line", () => {
    const errors = (yaml: string) => parsePeople(yaml).errors.map((m) => [m.ruleId, m.line, m.text]);
    expect(errors("name: 王建国\n")).toEqual([["override: people invalid", 1, 'expected a list of people, each starting with "- name:"']]);
    expect(errors("- name: 王建国\n  rename: 王建华\n- name: 李卫东\n  place: 火星\n  drop: true\n")[0]!.slice(0, 2)).toEqual([
      "override: people invalid",
      3,
    ]);
    expect(errors("- name: 王建国\n  drop: true\n  split: true\n")[0]![2]).toMatch(/exactly one of/);
    expect(errors("- name: 王建国\n  color: red\n")[0]![2]).toMatch(/unknown key/);
    expect(errors("- name: 王建国\n  merge: 火星\n")[0]![2]).toMatch(/not a known place/);
    expect(errors("- a: &a [x]\n  b: *a\n")[0]![2]).toMatch(/aliases/);
  });
});

describe("the officials the seeds name", () => {
  it("are these people, each with their posts, and no word that is not a person", () => {
    const { people } = buildPeople(seedArticles(), { terms, corrections: [] });
    const listed = people.map((p) => `${p.name} ${p.posts.map((x) => x.organ + x.post).join("、")} ${placeChain(p.place).join("/")}`);
    expect(listed.sort()).toEqual(
      [
        "于君 区委书记 黑龙江省/鸡西市/鸡冠区",
        "卢明鹏 县委副书记、县长 山东省/德州市/平原县",
        "宋丽娜 乡村振兴局副局长 黑龙江省/大庆市/林甸县",
        "战明秀 市委常委、组织部部长 黑龙江省/鸡西市",
        "晋伟 县委书记 黑龙江省/大庆市/林甸县",
        "杨晓明 县委副书记 黑龙江省/大庆市/林甸县",
        "杨登雷 县委常委、组织部部长 山东省/德州市/平原县",
        "林鹏 市就业服务中心主任 黑龙江省/鸡西市",
        "潘吉兵 县发改局局长 山东省/德州市/平原县",
        "王玉东 县委书记 山东省/德州市/平原县",
        "许勤 省委书记 黑龙江省",
        "韩冰 区房产服务中心主任 黑龙江省/鸡西市",
        "韩国强 市委书记 河北省/唐山市/迁安市",
        "马惠文 市交通运输局党组书记、市交通运输局局长 黑龙江省/鸡西市",
        "高谦 县综合行政执法局局长 山东省/德州市/平原县",
        "魏长峰 王庙镇党委书记 山东省/德州市/平原县",
        "齐强 县委副书记 山东省/德州市/平原县",
      ].sort(),
    );
    expect(people.find((p) => p.name === "晋伟")!.mentions.some((m) => m.official.speaker)).toBe(true);
  });
});
