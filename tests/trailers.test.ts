import { describe, expect, it } from "vitest";
import { lostSentences } from "./helpers.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";

const encode = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  "某某新闻得悉，某某大学校委会最快周二将讨论修改学院院长遴选指引，将民选代表改由校长直接委任。",
  "某某学院前院长接受查询时形容，建议做法是对大学管治的重要改变，民选代表是沟通的重要桥梁。",
  "校友关注组副召集人表示，对校长集权非常忧虑，认为取消民选代表明显是在制度上消除持份者的声音。",
];
const md = (...tail: string[]) =>
  cleanDocument("a.md", encode(["# 某某大学拟修订院长遴选指引", "", ...[...TEXT, ...tail].flatMap((t) => [t, ""])].join("\n")));
const texts = (a: ReturnType<typeof cleanDocument>) => a.blocks.map((b) => b.text);

describe("what an outlet, a platform or an account sets after the text", () => {
  it("reads an outlet's opening 'X得悉' as the publication", () => {
    expect(md().publication).toBe("某某新闻");
  });

  it("reads the outlet an appeal to subscribe names as the publication", () => {
    const a = cleanDocument(
      "b.md",
      encode(
        ["# 某某大学拟修订院长遴选指引", "", ...TEXT.slice(1), "", "请加入成为某某传媒的月费订户，长期支持我们的工作。", ""].join("\n"),
      ),
    );
    expect(a.publication).toBe("某某传媒");
    expect(texts(a)).toEqual(TEXT.slice(1));
  });

  it("drops an appeal to support the work, a platform's call to join it, a 在看 prompt and its statement on the text", () => {
    const a = md(
      "请加入成为某某新闻的月费订户，长期支持我们的工作。所有订户都可以收到我们的通讯。",
      "看都看完了，点【在看】试试",
      "发送邮件至zhengwu@example.cn申请加入某某政务号或媒体团",
      "本文为政务等机构在某某新闻上传并发布，仅代表该机构观点，不代表某某新闻的观点或立场。",
    );
    expect(texts(a)).toEqual(TEXT);
    expect(lostSentences(a)).toEqual([]);
  });

  it("drops a self-media writer's pitch for followers over the text and the word to those it may wrong under it", () => {
    const a = cleanDocument(
      "a.md",
      encode(
        [
          "# 某某大学拟修订院长遴选指引",
          "",
          "关注我，带你解锁财富密码，开启好运buff！点赞关注，让你财运一路飙升！",
          "",
          ...TEXT.flatMap((t) => [t, ""]),
          "本文创作初衷在于传播正能量，无任何侵犯他人权益的意图。如有侵权，请联系我们，我们将积极配合处理。",
        ].join("\n"),
      ),
    );
    expect(texts(a)).toEqual(TEXT);
    expect(lostSentences(a)).toEqual([]);
  });

  it("ends the text at a list of hot topics, and drops a comment counter", () => {
    const a = md(
      "0评论(0)",
      "热话题",
      "我是某某大学某某中心负责人，关于电子烟对健康的影响，问吧！",
      "某某司机被刑拘，于情于理，他有何过错？",
    );
    expect(texts(a)).toEqual(TEXT);
    expect(a.messages.some((m) => m.ruleId === RULES.tail.id && m.text.startsWith("热话题"))).toBe(true);
  });
});

describe("a comment box after the text", () => {
  it("ends the text at its label and drops its prompts and rules", () => {
    const a = md(
      "文明上网理性发言，请遵守新闻评论服务协议",
      "请先登录后发表评论",
      "已显示所有评论",
      "某网友：说得好，支持这样的改革，希望早日落实。",
    );
    expect(texts(a)).toEqual(TEXT);
    expect(lostSentences(a)).toEqual([]);
  });

  it("drops a site's solemn statement however the site names itself", () => {
    expect(texts(md("本站郑重声明：所载文章、数据仅供参考，使用前务请仔细阅读法律申明，风险自负。"))).toEqual(TEXT);
  });
});

describe("a page's tools saved as text", () => {
  it("drops a pager, a like counter and a report link on lines of their own", () => {
    expect(texts(md("1234下一页", "已推荐0", "首赞", "内容举报", "网站地图"))).toEqual(TEXT);
  });
});

describe("a paper's commentator", () => {
  const essay = [
    "# 再驳某某论",
    "",
    "新能源产业的发展，离不开开放合作与公平竞争。",
    "",
    "中国新能源产业的底色更亮、成色更足。（某某日报评论员）",
    "",
  ];
  it("is no writer by name: the credit goes, run into the end or on its own line, and names the publication", () => {
    const run = cleanDocument("e.md", encode(essay.join("\n")));
    expect(texts(run).at(-1)).toBe("中国新能源产业的底色更亮、成色更足。");
    expect([run.publication, run.authors]).toEqual(["某某日报", []]);
    const own = cleanDocument(
      "f.md",
      encode([...essay.slice(0, 4), "中国新能源产业的底色更亮、成色更足。", "", "（某某日报评论员）", ""].join("\n")),
    );
    expect(texts(own).at(-1)).toBe("中国新能源产业的底色更亮、成色更足。");
    expect(own.publication).toBe("某某日报");
  });
});
