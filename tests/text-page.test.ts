import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { unwrap } from "../src/unwrap/index.js";
import { lostSentences } from "./helpers.js";

const clean = (name: string, text: string) => cleanDocument(name, new TextEncoder().encode(text));
const bodyOf = (a: ReturnType<typeof clean>) => a.blocks.map((b) => b.text).join("\n");

const MENU = ["首页", "新闻", "时政", "社会", "财经", "图片", "视频", "专题", "评论", "English"];
const LEAD = "某某网5月13日讯 近日，某县出台促进婴幼儿照护服务发展的若干措施，对生育二孩、三孩的户籍家庭发放一次性育儿津贴。";
const TEXT = [
  LEAD,
  "一、降低家庭育儿成本。纳税人照护3岁以下婴幼儿子女的相关支出，按照每个婴幼儿每月2000元的标准定额扣除。",
  "二、降低购房成本。对符合住房公积金贷款条件的多子女家庭购买自住住房，在现行最高贷款额度的基础上上浮10%。",
  "三、加大家庭育儿支持。对依法生育子女的家庭，给予男方25天的护理假，在子女满3周岁前每年给予父母育儿假。",
];

/** A whole page saved as text: every menu item, tool and related headline a line of its own. */
const page = (text: string[]) =>
  [
    "登录 注册",
    ...MENU,
    "首页 > 新闻中心 > 正文",
    "某县对生育二孩三孩的家庭发放一次性育儿津贴",
    "2024-05-13 13:48",
    "来源：某某网",
    "分享到：",
    "打印",
    "字体：小 大",
    "",
    ...text.flatMap((t) => [t, ""]),
    "【编辑：王建国】",
    "扫一扫在手机打开",
    "分享到",
    "微信",
    "微博",
    "相关新闻",
    "某市召开全市安全生产工作会议",
    "某县举办第三届乡村文化旅游节",
    "关于我们 | 网站地图 | 联系我们",
    "版权所有 某某网 未经授权禁止复制",
  ].join("\n");

describe("a whole page saved as text", () => {
  it("keeps the article from its headline to its last line, and reports the menus around it by their lines", () => {
    const a = clean("page.txt", page(TEXT));
    expect(a.title).toBe("某县对生育二孩三孩的家庭发放一次性育儿津贴");
    expect(a.date).toBe("2024-05-13");
    const body = bodyOf(a);
    expect(body.startsWith("某某网5月13日讯")).toBe(true);
    expect(body).toContain("每年给予父母育儿假。");
    for (const furniture of ["登录", "English", "新闻中心", "相关新闻", "乡村文化旅游节", "网站地图", "版权所有"])
      expect(body).not.toContain(furniture);
    const notes = a.messages.map((m) => m.text);
    expect(notes).toContain("正文之前的网页导航和杂项共 12 行（第 1–12 行），未收入");
    expect(notes.some((n) => n.startsWith("正文之后的网页导航和杂项共"))).toBe(true);
  });

  it("keeps a list the article prints, short lines and all, inside its region", () => {
    const list = ["名单如下：", "张家村", "李家村", "王家庄", "赵家湾", "刘家沟"];
    const a = clean("list.txt", page([...TEXT.slice(0, 2), ...list, ...TEXT.slice(2)]));
    for (const village of list.slice(1)) expect(bodyOf(a)).toContain(village);
  });

  it("keeps a text whole when no run of prose stands out from menus, or it has no menus", () => {
    const plainText = ["某县召开会议", "", ...TEXT.flatMap((t) => [t, ""])].join("\n");
    expect(unwrap(plainText, "a.txt").lines.filter((l) => l.text).length).toBe(5);
    // Two articles of one newspaper page, with a short line or two between them: nothing is cut.
    const twoArticles = [...TEXT, "某乡", "某村", "某镇", "某街道", ...TEXT].join("\n");
    const u = unwrap(twoArticles, "b.txt");
    expect(u.lines.length).toBe(12);
    expect(u.messages).toEqual([]);
  });
});

describe("a page saved as text with a short head", () => {
  it("opens on the headline over its date line when only the site's links stand above it", () => {
    const text = [
      "某省人民政府|某某政务服务网",
      "简体|繁体|无障碍",
      "当前位置： 首页",
      "> 工作动态 > 项目推进",
      "1-10月某县固定资产投资结构趋稳趋优",
      "发布日期：2016-11-22 信息来源：某县发改局",
      ...TEXT,
    ].join("\n");
    const a = clean("short.txt", text);
    expect(a.title).toBe("1-10月某县固定资产投资结构趋稳趋优");
    expect(bodyOf(a)).not.toContain("无障碍");
    expect(a.messages.map((m) => m.text)).toContain("正文之前的网页导航和杂项共 4 行（第 1–4 行），未收入");
  });
});

describe("the trailer of a page saved as text", () => {
  it("goes from its first menu line when nothing after it reads as prose, though it holds no run of menus", () => {
    const text = [
      ...MENU,
      "某县对生育二孩三孩的家庭发放一次性育儿津贴",
      "2024-05-13 13:48 来源：某某网",
      ...TEXT,
      "举报",
      "评论 0 请文明上网理性发言",
      "已显示所有评论",
      "关于我们 | 联系我们 | 招聘",
      "Copyright © 2024 某某网",
    ].join("\n");
    const a = clean("trailer.txt", text);
    expect(bodyOf(a).endsWith("每年给予父母育儿假。")).toBe(true);
    expect(a.messages.map((m) => m.text)).toContain("正文之后的网页导航和杂项共 5 行（第 17–21 行），未收入");
  });

  it("keeps a sentence after a menu line, cutting only the menus after it", () => {
    const closing = "据了解，上述措施自今年6月1日起施行。";
    const text = [
      ...MENU,
      "某县对生育二孩三孩的家庭发放一次性育儿津贴",
      "2024-05-13 13:48 来源：某某网",
      ...TEXT,
      "分享",
      closing,
      "打印",
      "关闭",
      "返回顶部",
    ].join("\n");
    const a = clean("closing.txt", text);
    expect(bodyOf(a)).toContain(closing);
    expect(bodyOf(a)).not.toContain("返回顶部");
  });
});

describe("a share bar under the date line of a page saved as text", () => {
  it("goes, and the headline and the date line over it stay", () => {
    // A share bar, one of its buttons named at some length.
    const share = ["Facebook", "Twitter", "微博", "某某网站书签收藏夹", "微信", "QQ空间", "人人网"];
    const text = [...MENU, "某县对生育二孩三孩的家庭发放一次性育儿津贴", "更新时间 2024年5月13日 13:48", ...share, ...TEXT].join("\n");
    const a = clean("share.txt", text);
    expect(a.title).toBe("某县对生育二孩三孩的家庭发放一次性育儿津贴");
    expect(a.date).toBe("2024-05-13");
    expect(a.subtitle).toBeNull();
    expect(bodyOf(a)).not.toContain("Twitter");
    expect(a.messages.map((m) => m.text)).toContain("正文之前的网页导航和杂项共 17 行（第 1–10 行、第 13–19 行），未收入");
  });
});

describe("the headline of a page saved as text", () => {
  it("may exclaim, as the line over the date line", () => {
    const title = "定了！某县至某市高速公路6月1日起封闭施工！";
    const a = clean("exclaim.txt", [...MENU, title, "2024-05-13 13:48 来源：某某网", ...TEXT].join("\n"));
    expect(a.title).toBe(title);
    expect(bodyOf(a)).not.toContain("定了！");
  });

  it("is made whole from the text's 本文原标题 line when the page cut it short", () => {
    const full = "定了！某港即将开通！地铁直达+免税购物城";
    const a = clean(
      "cut.txt",
      [...MENU, "定了！某港即将开通！地铁直达+免...", "2019-08-13 14:07 来源：某某号", `本文原标题：《${full}》`, ...TEXT].join("\n"),
    );
    expect(a.title).toBe(full);
  });
});

describe("lists under a page saved as text", () => {
  const header = [...MENU, "某县对生育二孩三孩的家庭发放一次性育儿津贴", "2024-05-13 13:48 来源：某某网"];
  const related = [
    "热搜",
    "某地举办第三届乡村文化旅游节 游客...",
    "某市一小区业主自发组织义卖",
    "排行",
    "1 某县今年将新建农村公路百公里",
    "2 某市地铁三号线开通试运营",
  ];

  it("go, related headlines and rankings, with everything after them", () => {
    // The site's notice under them reads as a sentence, far shorter than the article.
    const notice = "本网站版权所有，未经授权禁止转载。";
    const a = clean("lists.txt", [...header, ...TEXT, ...related, notice].join("\n"));
    expect(bodyOf(a).endsWith("每年给予父母育儿假。")).toBe(true);
    // The notice is named in the report: no sentence goes unseen.
    expect(a.messages.map((m) => m.text)).toContain(
      "正文之后的网页导航和杂项共 7 行（第 17–23 行），未收入；其中 1 行读来像句子，如第 23 行：本网站版权所有，未经授权禁止转载。",
    );
  });

  it("stay behind the lines that state the article's facts", () => {
    const credits = ["（记者 王建国）", "责任编辑：李明"];
    const a = clean("credits.txt", [...header, ...TEXT, ...credits, ...related].join("\n"));
    expect(a.authors).toEqual(["王建国"]);
  });
});

describe("a page copied as text with its markup's indentation and its scripts", () => {
  const script = [
    "SITE_PAGE_INFO['videoDatas0']=[",
    "{",
    "ad_state:'1',",
    "title:'外卖员往食物里吐口水',\t//标题",
    "source:'',\t//视频发布来源。如：某某网。",
    "}];",
    "SitePage.loadWidget({",
    "onAfterLoad:function(){",
    "});",
  ];
  const lead = "10月17日，一条视频被曝光，内容是一名外卖员往食物上吐口水，原因是买家不愿意下楼取餐。";
  const rest = "买家薛女士表示，平台方已与她接触并协调解决，陪同她去医院做过检查，事情已过去。";
  const text = [script.join("\t\t\t\t"), `来源：某某晨报记者：王小明李大民${lead}${rest}`].join("\t\t\t\t\t");
  const a = clean("a.txt", `${text}\n`);

  it("parts the pieces the tabs set apart, reports the script's pieces, and reads the credit run into the lead", () => {
    expect(a.blocks.map((b) => b.text)).toEqual([lead + rest]);
    expect(a.messages.filter((m) => m.text.includes("网页脚本的代码"))).toHaveLength(script.length);
    expect([a.publication, a.authors]).toEqual(["某某晨报", ["王小明", "李大民"]]);
    expect(lostSentences(a)).toEqual([]);
  });
});

describe("a copy that runs the headline and the byline into its text", () => {
  it("takes the original headline and the byline off the lead, where the outlet's name opens it again", () => {
    const lead =
      "某某报记者调查发现，目前应用商店中存在多个与某某App相似的应用，打着走路赚钱、看新闻赚钱的旗号吸引用户。业内人士表示，这类应用依靠给用户甜头的方式获客，后期再融资扩张。";
    const a = clean("a.txt", `原标题：某某涉嫌传销被查，“躺赚”App真的可以躺赚吗？某某报记者王小明李大民${lead}\n`);
    expect([a.title, a.publication, a.authors]).toEqual(["某某涉嫌传销被查，“躺赚”App真的可以躺赚吗？", "某某报", ["王小明", "李大民"]]);
    expect(a.blocks.map((b) => b.text)).toEqual([lead]);
    expect(lostSentences(a)).toEqual([]);
  });
});
