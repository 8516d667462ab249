import { describe, expect, it } from "vitest";
import { publicationOf, removeChrome } from "../src/clean/chrome.js";
import { isPersonName, nameAfterTitle, namesFrom } from "../src/text/names.js";
import { findChineseDate } from "../src/text/dates.js";
import { RULES } from "../src/model/rules.js";
import { draft, paras, textsOf } from "./helpers.js";

const BODY = ["第一段正文，内容完整。", "第二段正文，继续叙述。", "第三段正文，到此为止。"];

describe("chrome", () => {
  it("drops a breadcrumb and a page meta line, keeping the date and source it states", () => {
    const out = removeChrome(draft(paras("您的当前位置：首页 > 要闻 > 正文", "• 2023-05-17 10:01:14 来源:黑龙江日报", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(textsOf(removeChrome(draft(paras("您当前的位置 ：某某网 > 要闻 > 看某地", ...BODY))).paras)).toEqual(BODY);
    expect(out.evidence.date).toEqual({ value: "2023-05-17", from: "meta line" });
    expect(out.evidence.publication).toEqual({ value: "黑龙江日报", from: "meta line" });
  });

  it("drops an unlabelled line of the date, the site and its counts, keeping the date", () => {
    const out = removeChrome(draft(paras("2019年09月11日某某传媒时政新闻 1665 0", ...BODY, "2019年9月11日，全县共有1665人参加了培训 0")));
    expect(textsOf(out.paras)).toEqual([...BODY, "2019年9月11日，全县共有1665人参加了培训 0"]);
    expect(out.evidence.date).toEqual({ value: "2019-09-11", from: "meta line" });
  });

  it("ends the article at an end mark run into a line with less text after it, and keeps a digest going", () => {
    const ended = removeChrome(
      draft(
        paras(...BODY, "最后一段正文，到此结束。（完）", "更多细节，请点选某某网站( 此处", "发稿 某甲; 审校 某乙", "我们的标准：某某原则"),
      ),
    );
    expect(textsOf(ended.paras)).toEqual([...BODY, "最后一段正文，到此结束。"]);
    expect(ended.messages.some((m) => m.ruleId === RULES.endMark.id && m.text.includes("（及其后 2 行）"))).toBe(true);
    const digest = [
      "第一则消息，内容完整，到此为止。（完）",
      "第二则消息，内容完整，继续叙述下去，篇幅更长一些。（完）",
      "第三则消息，内容完整，继续叙述。（完）",
    ];
    expect(textsOf(removeChrome(draft(paras(...digest))).paras)).toEqual(digest.map((t) => t.replace("（完）", "")));
  });

  it("drops a desk's credits separated by a semicolon, 发稿 among the roles", () => {
    const out = removeChrome(draft(paras(...BODY, "发稿 某甲; 审校 某乙")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.creditLine.id]);
  });

  it("reads a platform's line of the day, the writer and the account printed twice; a prompt in the writer's slot names nobody", () => {
    const out = removeChrome(draft(paras("2018-04-06 某某君 某某报 某某报", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.date?.value).toBe("2018-04-06");
    expect(out.evidence.publication?.value).toBe("某某报");
    expect(out.evidence.authors.flatMap((a) => a.value)).toEqual(["某某君"]);
    const prompt = removeChrome(draft(paras("2018-03-19 读某某关注☞ 某某报 某某报", ...BODY)));
    expect(prompt.evidence.authors).toEqual([]);
  });

  it("reads a name opening on a role's character as a name, past the role (记者 文某某)", () => {
    const out = removeChrome(draft(paras(...BODY, "记者 文海欣 刘少风 责编 胡力汉")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors.flatMap((a) => a.value)).toEqual(["文海欣", "刘少风"]);
  });

  it("takes off a link to read on, run into an item's last sentence", () => {
    const out = removeChrome(draft(paras("◇某县作家某某昨日离世，享年83岁。详情>>>", ...BODY)));
    expect(textsOf(out.paras)).toEqual(["◇某县作家某某昨日离世，享年83岁。", ...BODY]);
  });

  it("drops a site's bracketed appeal for members after the text, though it reads as prose", () => {
    const appeal = "【诚征会员】溪流能够汇成大海。我们向读者诚意征集会员：每位会员每年只需支付一份订阅费用，就可以支持我们继续报道。";
    expect(textsOf(removeChrome(draft(paras(...BODY, appeal))).paras)).toEqual(BODY);
    // However much of the page's own follows it.
    const trailer = ["手机上长按并复制下列链接分享本文章：", "https://example.org/a.md", "首页 | 专题", "一键下载 | 更多"];
    expect(textsOf(removeChrome(draft(paras(...BODY, appeal, ...trailer))).paras)).not.toContain(appeal);
    // At the top it is no trailer: it stays.
    expect(textsOf(removeChrome(draft(paras(appeal, ...BODY))).paras)).toEqual([appeal, ...BODY]);
  });

  it("drops a call to read the original, in quotes or brackets", () => {
    for (const line of ["点击“阅读原文”查看更多", "点击【阅读原文】，马上报名吧！"])
      expect(textsOf(removeChrome(draft(paras(...BODY, line))).paras)).toEqual(BODY);
  });

  it("reads the outlet of a dateline with no byline after it, never 本报", () => {
    const lead = "某某网消息（某某栏目）：5月1日，某县召开作风建设会议，部署了今年的重点任务。";
    const out = removeChrome(draft(paras(lead, ...BODY)));
    expect(textsOf(out.paras)).toEqual([lead, ...BODY]);
    expect(out.evidence.publication).toEqual({ value: "某某网", from: "text" });
    expect(removeChrome(draft(paras("本报讯 某县召开会议，部署今年的重点任务。", ...BODY))).evidence.publication).toBeUndefined();
    // The paper's own word with the place it filed from ("本报某地讯") is no outlet's name either.
    expect(removeChrome(draft(paras("本报湘潭讯　站在楼房前，老人伤心得哭了起来。", ...BODY))).evidence.publication).toBeUndefined();
  });

  it("reads bylines whose role and names a bar parts: '某某新闻记者 | 王小明', '文 | 王小明  图 | 李华'", () => {
    for (const line of ["某某新闻记者 | 王小明", "文 | 王小明  图 | 李华", "文丨王小明"]) {
      const out = removeChrome(draft(paras(line, ...BODY)));
      expect(textsOf(out.paras)).toEqual(BODY);
      expect(out.evidence.authors.flatMap((a) => a.value)).toEqual(["王小明"]);
    }
  });

  it("reads a meta line's date written in Chinese numerals", () => {
    const out = removeChrome(draft(paras("发布时间：二〇二三年三月二日", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.date).toEqual({ value: "2023-03-02", from: "meta line" });
  });

  it("takes the date from a newspaper's issue line and drops its e-mail line", () => {
    const out = removeChrome(draft(paras("2021年3月5日 星期五", "E-mail:desk@example.com", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.date?.value).toBe("2021-03-05");
  });

  it("reads authors and paper from a credit line, and drops photo credits", () => {
    const out = removeChrome(draft(paras(...BODY, "本版稿件均由某某日报全媒体记者 王小明 赵丽采写", "图片由某县委宣传部提供")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors[0]!.value).toEqual(["王小明", "赵丽"]);
    expect(out.evidence.publication?.value).toBe("某某日报");
  });

  it("reads bylines, splitting names run together", () => {
    const out = removeChrome(draft(paras("□本报记者 杨小华 孙大民", "□张大伟曹伟", ...BODY)));
    expect(out.evidence.authors.map((a) => a.value)).toEqual([
      ["杨小华", "孙大民"],
      ["张大伟", "曹伟"],
    ]);
  });

  it("keeps a speaker's turn that starts with 记者", () => {
    const out = removeChrome(draft(paras("记者：您如何看待今年的工作？请谈谈具体的做法。", ...BODY)));
    expect(out.paras).toHaveLength(4);
  });

  it("takes the publication from a source line and drops photo notes", () => {
    const out = removeChrome(draft(paras("(相关资料图)", ...BODY, "（文章来源：大众日报）")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.publication?.value).toBe("大众日报");
  });

  it("drops a wire story's header over its title, taking the agency as the publication, and a publication's leading dot", () => {
    const out = removeChrome(draft(paras("某某社南京3月2日电 题：某市开出首趟中欧班列——一季度外贸开局良好", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.publication?.value).toBe("某某社");
    const stamped = removeChrome(draft(paras("2024-03-02 22:30·某某社", ...BODY)));
    expect(stamped.evidence.publication?.value).toBe("某某社");
  });

  it("leaves out a reposter's quoted preface down to the note of where the text came from, whose source is the publication", () => {
    const quote = (text: string, line: number) => ({ text, line, gap: 1, hint: "quote" as const });
    const preface = [quote("十年前的一篇采访，今天读来仍有意思。", 1), quote("本文转载自某某的博客，已存档于某档案馆。", 2)];
    const out = removeChrome(draft([...preface, ...paras(...BODY)]));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.publication).toEqual({ value: "某某的博客", from: "source line" });
    expect(out.messages.filter((m) => m.ruleId === RULES.repostNote.id)).toHaveLength(2);
    // An archivist who keeps a line of it keeps the preface.
    const kept = removeChrome(draft([...preface, ...paras(...BODY)], { options: { ...draft([]).options, keep: ["十年前"] } }));
    expect(textsOf(kept.paras)[0]).toBe("十年前的一篇采访，今天读来仍有意思。");
    // A quote that opens a text with no such note is the text's.
    const quoted = removeChrome(draft([quote("十年前的一篇采访，今天读来仍有意思。", 1), ...paras(...BODY)]));
    expect(textsOf(quoted.paras)).toEqual(["十年前的一篇采访，今天读来仍有意思。", ...BODY]);
  });

  it("drops a closing run of credits naming who took the photos, compiled and helped", () => {
    const out = removeChrome(draft(paras(...BODY, "图片｜王小明 张大伟 存胥", "整理｜李红", "感谢｜周玺")));
    expect(textsOf(out.paras)).toEqual(BODY);
    // A sentence that opens on such a word is text.
    expect(textsOf(removeChrome(draft(paras("感谢大家的支持", ...BODY))).paras)).toEqual(["感谢大家的支持", ...BODY]);
  });

  it("drops a site's terms for reprinting, and keeps a sentence that reports a reprint", () => {
    const report = "记者了解到，该公司未经作者授权就转载了这篇文章，被判赔偿五万元。";
    const out = removeChrome(
      draft(paras(...BODY, report, "某某网专稿，未经书面授权请勿转载。", "本作品为某某网原创，转载时务请注明出处。")),
    );
    expect(textsOf(out.paras)).toEqual([...BODY, report]);
    expect(out.messages.filter((m) => m.ruleId === RULES.copyright.id).map((m) => m.text)).toEqual([
      "某某网专稿，未经书面授权请勿转载。（及其后 1 行）",
    ]);
  });

  it("reads a Taiwan paper's byline, the role run into the name and where it was filed after a slash", () => {
    for (const line of [
      "記者王建國／台北報導".replace(/記/g, "记").replace(/國/g, "国").replace(/報導/g, "报导"),
      "〔记者李明／台北报导〕",
    ]) {
      const out = removeChrome(draft(paras(line, ...BODY)));
      expect(textsOf(out.paras)).toEqual(BODY);
      expect(out.evidence.authors?.[0]?.value).toHaveLength(1);
    }
  });

  it("drops the site's contact lines in its footer, and keeps the one number an article gives", () => {
    const hotline = "咨询电话：0123-4567890";
    const footer = ["医院地址：某省某市某路58号 24小时急救电话：0123-1234567", "传真：0123-7654321 联系邮箱：news@example.com"];
    const out = removeChrome(draft(paras(...BODY, hotline, ...footer)));
    expect(textsOf(out.paras)).toEqual([...BODY, hotline]);
  });

  it("drops a paper's line for readers' tips, addresses and numbers after its label", () => {
    const out = removeChrome(
      draft(paras(...BODY, "■某某报报料热线﹕tips@example.com / 1234 5678", "新闻热线：0123-1234567", "【晨报爆料热线：0123-7654321】")),
    );
    expect(textsOf(out.paras)).toEqual(BODY);
  });

  it("drops a reposter's credit of the desk it took the text from, and takes the desk as the source", () => {
    const out = removeChrome(draft(paras(...BODY, "（稿件转自：某某新闻）")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.publication?.value).toBe("某某新闻");
  });

  it("ends the article at a 【相关报道】 label", () => {
    const out = removeChrome(draft(paras(...BODY, "【相关报道】", "别的新闻标题一", "别的新闻标题二")));
    expect(textsOf(out.paras)).toEqual(BODY);
  });

  it("ends the article at a 【延伸阅读】 label run into another article's headline, however long that article, and drops a gallery's prompt", () => {
    const other = Array.from(
      { length: 6 },
      (_, i) => `另一篇报道的第${i + 1}段写的是别的事情，某某公司当天发布了新产品，业内人士认为意义重大，市场反应积极。`,
    );
    const out = removeChrome(draft(paras(...BODY, "点击图片进入下一页", "【延伸阅读】大动作！某某迎来重大突破", ...other)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.messages.some((m) => m.ruleId === RULES.tail.id && m.text.includes("延伸阅读"))).toBe(true);
  });

  it("ends the article at a related-articles block, after reading the tag line", () => {
    const out = removeChrome(
      draft(paras(...BODY, "标签：营商环境、走流程", "推荐阅读", "别的新闻标题", "猜您喜欢", "【版权及免责声明】凡注明来源的作品……")),
    );
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.tags).toEqual(["营商环境", "走流程"]);
    expect(out.messages.some((m) => m.ruleId === RULES.tail.id && /及其后 3 行/.test(m.text))).toBe(true);
  });

  it("ends a one-paragraph digest at a related heading, and drops the site's notice above it", () => {
    const digest =
      "某某讯，甲公司：拟以五千万元竞得某市工业用地，用于建设新材料产业基地。乙公司：获得高管增持。丙公司：中标某风电场设备采购项目，中标价三亿元。丁公司：收到监管措施决定书。戊公司：拟收购控股子公司少数股权，交易完成后持股比例升至百分之百。己公司：控股股东拟转让部分股份，转让完成后公司控制权不变。庚公司：与某地政府签订投资协议，拟建设智能制造产业园。";
    const out = removeChrome(
      draft(
        paras(
          digest,
          "声明：某某网力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
          "为你推荐",
          "别的文章的标题一二三四五",
          "别的文章的摘要，写得也像一句正文，读起来像是文章的一部分。",
        ),
      ),
    );
    expect(textsOf(out.paras)).toEqual([digest]);
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.copyright.id, RULES.tail.id]);
  });

  it("keeps a notice that is the article's own text, not a site's disclaimer", () => {
    const notice = "声明：本公司从未授权任何个人以本公司名义收取费用，请广大客户提高警惕，谨防上当受骗。";
    const out = removeChrome(draft(paras(notice, ...BODY)));
    expect(textsOf(out.paras)).toEqual([notice, ...BODY]);
  });

  it("drops a 'related' label over another page's dated headline near the top, and the headline, and reads on", () => {
    const out = removeChrome(draft(paras("关联稿件：", "图文解读：《某县2022年统计公报》 2023-07-12", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.tail.id, RULES.relatedList.id]);
  });

  it("does not end a short text at a 'related' line near its top", () => {
    const out = removeChrome(draft(paras("相关新闻", ...BODY)));
    expect(textsOf(out.paras)).toEqual(["相关新闻", ...BODY]);
  });

  it("ends one caption's text at a related heading when less text follows it than stands above", () => {
    const caption = "当许多地方都在想办法吸引游客的时候，这座草原小城一脸淡定，游客来不来都一样，城里的人照旧放牧过日子。";
    const out = removeChrome(draft(paras(caption, "相关推荐", "转发了。某地的海军司令")));
    expect(textsOf(out.paras)).toEqual([caption]);
    expect(out.messages.some((m) => m.ruleId === RULES.tail.id && /及其后 1 行/.test(m.text))).toBe(true);
  });

  it("ends the article at the site's reprint terms: the site's profile under them is the site's", () => {
    const profile = "某某健康网是专业的医疗保健信息平台，于二〇〇〇年开通，在健康资讯、名医问答等方面持续领先。";
    const text = [...BODY, "熬粥的时间短，营养成分就会保存得多一些，所以最好采用高压锅，定好时间，一键搞定，又省时又省力。"];
    const out = removeChrome(draft(paras(...text, "某某健康网专稿，未经书面授权请勿转载。", "某某健康网", profile)));
    expect(textsOf(out.paras)).toEqual(text);
    expect(out.messages.some((m) => m.ruleId === RULES.copyright.id && /及其后 2 行/.test(m.text))).toBe(true);
    // Where more text follows the terms than stands above them, they end nothing.
    const early = removeChrome(draft(paras(BODY[0]!, "本文为某某网原创，转载请注明出处。", ...BODY.slice(1), profile)));
    expect(textsOf(early.paras)).toEqual([...BODY, profile]);
  });

  it("drops copyright, share and print lines and bare links, keeping the first link as the original", () => {
    const out = removeChrome(
      draft(
        paras(
          ...BODY,
          "分享到：微信 微博",
          "【打印本页】【关闭窗口】",
          "<http://example.org/news/1.html>",
          "链接：http://example.org/news/2.html",
          "Copyright © 2020 某某网 版权所有",
        ),
      ),
    );
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.url).toBe("http://example.org/news/1.html");
  });

  it("drops a label set one character a line", () => {
    expect(textsOf(removeChrome(draft(paras("今", "日", "推", "荐", ...BODY))).paras)).toEqual(BODY);
  });

  it("ends the text at an end mark set off by slashes", () => {
    expect(textsOf(removeChrome(draft(paras(...BODY, "/END/", "推荐阅读某某文章"))).paras)).toEqual(BODY);
  });

  it("drops a button to read on inside the text, set off by dashes", () => {
    const out = removeChrome(draft(paras(BODY[0]!, "- 阅读更多 -", BODY[1]!, "—阅读更多—", BODY[2]!)));
    expect(textsOf(out.paras)).toEqual(BODY);
  });

  it("strips a page-jump marker but keeps the paragraph", () => {
    const out = removeChrome(draft(paras("(上接第一版)近年来，全县大力发展畜牧业。", "全县经济稳步增长（下转第三版）")));
    expect(textsOf(out.paras)).toEqual(["近年来，全县大力发展畜牧业。", "全县经济稳步增长"]);
  });

  it("keeps the first date and publication stated, and every byline", () => {
    const out = removeChrome(
      draft(paras("2021年3月5日 星期五", "发布时间：2021-03-06 来源：某某日报", "□本报记者 杨小华", ...BODY, "（文章来源：大众日报）")),
    );
    expect(out.evidence).toMatchObject({
      date: { value: "2021-03-05", from: "issue line" },
      publication: { value: "某某日报", from: "meta line" },
      authors: [{ value: ["杨小华"], from: "byline" }],
    });
    expect(out.messages.map((m) => [m.ruleId, m.line])).toEqual([
      [RULES.issueDateLine.id, 1],
      [RULES.metaLine.id, 2],
      [RULES.byline.id, 3],
      [RULES.metaLine.id, 7],
    ]);
  });

  it("leaves a line an archivist said to keep, saying so", () => {
    const out = removeChrome(draft(paras("（相关资料图）", ...BODY), { options: { vocabulary: [], keep: ["（相关资料图）"], drop: [] } }));
    expect(textsOf(out.paras)).toEqual(["（相关资料图）", ...BODY]);
    expect(out.messages).toEqual([{ source: "a.txt", ruleId: RULES.kept.id, line: 1, severity: "info", text: "（相关资料图）" }]);
  });

  it("drops link-dense navigation from HTML input", () => {
    const out = removeChrome(draft([{ text: "返回新闻列表｜返回首页", line: 1, gap: 1, linkRatio: 0.95 }, ...paras(...BODY)]));
    expect(textsOf(out.paras)).toEqual(BODY);
  });
});

describe("chrome, more wrappers", () => {
  it("takes a ▲ line for a photo caption, never a byline", () => {
    const out = removeChrome(draft(paras(...BODY, "▲景云里大门")));
    expect(textsOf(out.paras)).toContain("▲景云里大门");
    expect(out.evidence.authors).toEqual([]);
  });

  it("reads a WeChat header line with a date and clock time as a meta line", () => {
    const out = removeChrome(draft(paras("原创 管窥蠡测 安在 2024-12-14 08:25", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.date?.value).toBe("2024-12-14");
  });

  it("reads an unlabelled update line", () => {
    const out = removeChrome(draft(paras("更新时间2012年12月10日， 格林尼治标准时间10:41", ...BODY)));
    expect(out.evidence.date?.value).toBe("2012-12-10");
  });

  it("drops a platform's disclaimer", () => {
    expect(
      textsOf(removeChrome(draft(paras(...BODY, "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。"))).paras),
    ).toEqual(BODY);
  });
});

describe("bylines, credits and sources as evidence", () => {
  const authorsOf = (...lines: string[]) => removeChrome(draft(paras(...lines, ...BODY))).evidence.authors.flatMap((a) => a.value);

  it("reads a two-character name spaced out to line up with three-character ones as one name", () => {
    expect(namesFrom("王大明  李  平")).toEqual(["王大明", "李平"]);
    expect(authorsOf("本报记者  王大明  李  平")).toEqual(["王大明", "李平"]);
  });

  it("reads bylines with the outlet before the role, a writer's mark, brackets, and what follows the names", () => {
    const out = removeChrome(draft(paras(...BODY, "某某报·某某网记者 张晓红 来源：某某青年报")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors[0]!.value).toEqual(["张晓红"]);
    expect(out.evidence.publication?.value).toBe("某某青年报");
    expect(authorsOf("文/王小川")).toEqual(["王小川"]);
    expect(authorsOf("文：刘一鸣")).toEqual(["刘一鸣"]);
    expect(authorsOf("（记者孙小梅 整合）")).toEqual(["孙小梅"]);
    expect(authorsOf("（职工通讯员 周明明 吴芳）")).toEqual(["周明明", "吴芳"]);
    // The photographer and the dispatch place are no authors.
    expect(authorsOf("某某新闻记者 赵一 钱二三 摄影 孙四 发自杭州")).toEqual(["赵一", "钱二三"]);
  });

  it("reads bylines in all their forms, and takes each out of the text", () => {
    const bylines: [string, string[]][] = [
      ["执笔/阿花姐、周一刀&吴小飞", ["阿花姐", "周一刀", "吴小飞"]],
      ["采写：某某报记者 王小明 李海", ["王小明", "李海"]],
      ["采写：记者 赵大勇 通讯员 钱小红", ["赵大勇", "钱小红"]],
      ["文/孙一鸣 图/周晓", ["孙一鸣"]],
      ["钱多多/文", ["钱多多"]],
      ["吴小天/文 郑大为/图", ["吴小天"]],
    ];
    for (const [line, names] of bylines) {
      const out = removeChrome(draft(paras(line, ...BODY)));
      expect(textsOf(out.paras)).toEqual(BODY);
      expect(out.evidence.authors.flatMap((a) => a.value)).toEqual(names);
    }
    // A word before "/文" is no name: only names that start with a surname stand before their role.
    expect(textsOf(removeChrome(draft(paras("学习/文", ...BODY))).paras)).toContain("学习/文");
  });

  it("takes no word run into a role for a name", () => {
    const out = removeChrome(draft(paras("记者手记", ...BODY)));
    expect(textsOf(out.paras)).toContain("记者手记");
    expect(out.evidence.authors).toEqual([]);
  });

  it("reads the byline of a dateline opening the lead, and leaves the lead as it is", () => {
    const lead = "新华社南京3月2日电（记者赵一平、钱大勇）全省春耕工作全面展开，各地抢抓农时。";
    const out = removeChrome(draft(paras(lead, ...BODY)));
    expect(textsOf(out.paras)).toEqual([lead, ...BODY]);
    expect(out.evidence.authors[0]!.value).toEqual(["赵一平", "钱大勇"]);
    expect(out.evidence.publication?.value).toBe("新华社");
    expect(out.messages.map((m) => [m.ruleId, m.text])).toEqual([[RULES.datelineByline.id, "新华社南京3月2日电（记者赵一平、钱大勇）"]]);
  });

  it("ends a crawler's record at the machine values it closes on: address, host, flag, label, count", () => {
    const tail = [
      "http://news.example.com/20161122/n473832447.shtml",
      "news.example.com",
      "false",
      "封面",
      "report",
      "2795",
      `${BODY[0]}${BODY[1]}`,
    ];
    const out = removeChrome(draft(paras(...BODY, ...tail)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.messages.map((m) => m.text)).toEqual([`${tail[0]}（及其后 6 行）`]);
    // An address the text gives on a line of its own, words after it, stays the text's business.
    const cited = removeChrome(draft(paras(...BODY, "http://news.example.com/a.html", "详情请见上述网址中的公告全文。", BODY[2]!)));
    expect(textsOf(cited.paras)).toContain("详情请见上述网址中的公告全文。");
    // A report's list of addresses, no flag or count among them, is the report's.
    const listed = ["a.example.com", "b.example.net", "c.example.org"];
    expect(textsOf(removeChrome(draft(paras(...BODY, ...listed, BODY[2]!))).paras)).toEqual(expect.arrayContaining(listed));
  });

  it("reads writers run into a dateline and the text, their roles parting the names", () => {
    const lead = "某某网讯记者王一平通讯员李华12月21日，某县法院公开审理了一起纵火案。";
    const out = removeChrome(draft(paras(lead, ...BODY)));
    expect(textsOf(out.paras)).toEqual([lead, ...BODY]);
    expect(out.evidence.authors[0]!.value).toEqual(["王一平", "李华"]);
    expect(out.evidence.publication?.value).toBe("某某网");
    // Words after a role that are no name make no byline.
    const told = removeChrome(draft(paras("某某网讯记者从市政府获悉12月21日起实行新规。", ...BODY)));
    expect(told.evidence.authors).toEqual([]);
  });

  it("takes a dateline on a line of its own over the lead for where the story was filed, no heading", () => {
    const out = removeChrome(draft(paras("香港 —", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.filedFrom).toBe("香港");
    expect(out.messages.map((m) => [m.ruleId, m.text])).toEqual([[RULES.datelineLine.id, "香港 —"]]);
    // A kicker ending on a dash that is no place's name leads into what follows.
    expect(textsOf(removeChrome(draft(paras("聚焦两会——", ...BODY))).paras)).toContain("聚焦两会——");
  });

  it("drops a note below the text that it speaks for its writer alone, bracketed or starred", () => {
    for (const note of ["（文章只代表特约评论员个人的立场和观点）", "*文章为作者独立观点，不代表某某网立场"])
      expect(textsOf(removeChrome(draft(paras(...BODY, note))).paras)).toEqual(BODY);
  });

  it("drops an app's prompts under each picture: open the app, see the pictures", () => {
    const out = removeChrome(draft(paras(BODY[0]!, "打开某某新闻 查看精彩图片", BODY[1]!, "查看更多视频", BODY[2]!)));
    expect(textsOf(out.paras)).toEqual(BODY);
  });

  it("reads a byline set off by spaces after a dateline, closed by 报道, with no brackets", () => {
    const lead = "某某晚报讯　记者　王一平　实习生　李华　通讯员　赵刚　报道　施工不当损伤树木的，将被处以罚款。";
    const out = removeChrome(draft(paras(lead, ...BODY)));
    expect(textsOf(out.paras)).toEqual([lead, ...BODY]);
    expect(out.evidence.authors[0]!.value).toEqual(["王一平", "李华", "赵刚"]);
    expect(out.evidence.publication?.value).toBe("某某晚报");
    // A lead that only reports what a paper said names no writer.
    const said = removeChrome(draft(paras("某某晚报讯　昨日多家媒体报道　施工不当损伤树木的，将被处以罚款。", ...BODY)));
    expect(said.evidence.authors).toEqual([]);
  });

  it("reads an outlet naming itself with its address at a paragraph's start as the publication, and keeps the line", () => {
    const line = "某某新闻（www.example.cn）刚刚从市中院相关人士处证实了该消息。";
    const out = removeChrome(draft(paras(BODY[0]!, line, ...BODY.slice(1))));
    expect(out.evidence.publication?.value).toBe("某某新闻");
    expect(textsOf(out.paras)).toContain(line);
    const cited = removeChrome(draft(paras(BODY[0]!, `据${line}`, ...BODY.slice(1))));
    expect(cited.evidence.publication).toBeUndefined();
  });

  it("reads a correspondent's name alone in the brackets after a dateline, but no place's name there", () => {
    const lead = (who: string) =>
      removeChrome(draft(paras(`某某网南昌1月1日电 （${who}）一批文物日前集中在省博物院展出，市民纷纷前往参观。`, ...BODY)));
    expect(lead("王昊阳").evidence.authors[0]!.value).toEqual(["王昊阳"]);
    expect(lead("南昌").evidence.authors).toEqual([]);
  });

  it("takes the person at the end of a job title in a credit, and the source without its label", () => {
    const out = removeChrome(draft(paras(...BODY, "（本文来源：某某日报 作者：某某大学经济学院院长、研究员林志远）")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors[0]!.value).toEqual(["林志远"]);
    expect(out.evidence.publication?.value).toBe("某某日报");
  });

  it("drops editors' credits of every form and never takes an editor for an author", () => {
    const credits = [
      "编辑/何小丽",
      "责编|陈小燕",
      "校对：马一鸣",
      "【编辑：黄立新】",
      "责任编辑：",
      "（责任编辑：AB123）",
      "编辑：吴小红丨版式：吴小红",
    ];
    const out = removeChrome(draft(paras(...BODY, ...credits)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors).toEqual([]);
    expect(out.messages.map((m) => m.ruleId)).toEqual(credits.map(() => RULES.creditLine.id));
  });

  it("separates an author from an editor's credit run into it", () => {
    const out = removeChrome(draft(paras(...BODY, "来源：某某经营报 作者：王小明责任编辑：XY123")));
    expect(out.evidence.authors[0]!.value).toEqual(["王小明"]);
    expect(out.evidence.publication?.value).toBe("某某经营报");
  });

  it("takes an account's handle in the author field for no writer", () => {
    const out = removeChrome(draft(paras("2015-12-31 07:54:54 来源：理财18 作者：理财18", ...BODY)));
    expect(out.evidence.authors ?? []).toEqual([]);
  });

  it("takes no office or desk a credit names for a person", () => {
    expect(isPersonName("医技药剂党支部")).toBe(false);
    expect(isPersonName("某某日报评论员")).toBe(false);
    expect(isPersonName("媒体人")).toBe(false);
    expect(isPersonName("王小明")).toBe(true);
    expect(nameAfterTitle("某某中心研究部部长、研究员徐小川")).toBe("徐小川");
  });

  it("cleans a source field: the label, buttons, words and a date glued after it, a host before its paper, the site itself", () => {
    expect(publicationOf("来源：某某网-某某日报北京举报")).toBe("某某日报");
    expect(publicationOf("某某晚报")).toBe("某某晚报");
    expect(publicationOf("某某网-《某某日报》")).toBe("某某日报");
    expect(publicationOf("来源：某某日报2024-05-13 08:49")).toBe("某某日报");
    expect(publicationOf("某某时报网")).toBe("某某时报网");
    expect(publicationOf("某某日报(北京)")).toBe("某某日报");
    expect(publicationOf("本站原创")).toBeNull();
    expect(publicationOf("某某新闻·百家号")).toBeNull();
  });

  it("reads a repost's source and the original headline it restates", () => {
    const out = removeChrome(draft(paras("原文来自「某某晚报」：一篇文章的标题", "本文原标题：《一篇文章的完整标题》", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.publication?.value).toBe("某某晚报");
    expect(out.evidence.headline?.title).toBe("一篇文章的完整标题");
    expect(removeChrome(draft(paras("原文链接：某某网「一篇文章」", ...BODY))).evidence.publication?.value).toBe("某某网");
    expect(removeChrome(draft(paras("原文来自订阅号「某某说」：标题", ...BODY))).evidence.publication?.value).toBe("某某说");
    const bracketed = removeChrome(draft(paras("（原标题：某国确诊病例超过两百万例）", ...BODY)));
    expect([textsOf(bracketed.paras), bracketed.evidence.headline?.title]).toEqual([BODY, "某国确诊病例超过两百万例"]);
  });

  it("reads header lines stamped with a date and a time, labelled or not", () => {
    expect(removeChrome(draft(paras("2023-12-01 14:43", ...BODY))).evidence.date?.value).toBe("2023-12-01");
    expect(removeChrome(draft(paras("时间：2019年10月31日 23:00", ...BODY))).evidence.date?.value).toBe("2019-10-31");
    const glued = removeChrome(draft(paras("2024-03-05 10:20:30某某时报网", ...BODY)));
    expect(glued.evidence.publication?.value).toBe("某某时报网");
    const account = removeChrome(draft(paras("2024-03-05 06:16发布于上海某某日报官方账号", ...BODY)));
    expect(account.evidence.publication?.value).toBe("某某日报");
    const wechat = removeChrome(draft(paras("原创 某笔名 某公众号 2024-12-14 08:25", ...BODY)));
    expect(wechat.evidence).toMatchObject({ publication: { value: "某公众号" }, authors: [{ value: ["某笔名"] }] });
  });

  it("reads the date a document closes with, in Chinese numerals, and keeps the line", () => {
    expect(findChineseDate("二〇二一年三月五日")).toBe("2021-03-05");
    expect(findChineseDate("一九七一年十二月三十一日")).toBe("1971-12-31");
    expect(findChineseDate("二〇二一年二月三十日")).toBeNull();
    const out = removeChrome(draft(paras(...BODY, "某某县人民政府", "二〇二一年三月五日")));
    expect(textsOf(out.paras)).toEqual([...BODY, "某某县人民政府", "二〇二一年三月五日"]);
    expect(out.evidence.date?.value).toBe("2021-03-05");
  });

  it("reads the date of a note under the headline saying when a document was adopted", () => {
    const note = "（2020年5月1日某某县第三次代表大会通过）";
    const out = removeChrome(draft(paras(note, ...BODY)));
    expect(textsOf(out.paras)).toEqual([note, ...BODY]);
    expect(out.evidence.date?.value).toBe("2020-05-01");
  });
});

describe("page furniture by kind", () => {
  it("reads a writer's label set apart from the name as one byline, and a picture's source as no source of the text", () => {
    const out = removeChrome(draft(paras("图片来源：Tinru", "文/", "Agnes Poe", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors[0]!.value).toEqual(["Agnes Poe"]);
    expect(out.evidence.publication).toBeUndefined();
    expect(out.messages.filter((m) => m.ruleId === RULES.photoNote.id).map((m) => m.text)).toEqual(["图片来源：Tinru"]);
  });

  it("drops a heading that closes the text: it heads nothing of it", () => {
    const ps = paras(...BODY, "冒个泡吧！");
    ps[3]!.hint = "heading";
    const out = removeChrome(draft(ps));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.messages.filter((m) => m.ruleId === RULES.tail.id).map((m) => m.text)).toEqual(["冒个泡吧！"]);
  });

  it("drops tool bars, buttons and counters above and under the text", () => {
    const tools = [
      "图集",
      "字号 大 中 小",
      "调整字体",
      "小字号",
      "复制链接",
      "发布于：上海市",
      "+关注",
      "用微信扫码二维码",
      "扫二维码上移动某某网",
      "分享至好友和朋友圈",
      "浏览次数：1234",
      "阅读(5万)",
      "321",
    ];
    const out = removeChrome(draft(paras(...tools, ...BODY, "超大", "标准")));
    expect(textsOf(out.paras)).toEqual(BODY);
  });

  it("keeps a lone word that could be the text's among the paragraphs", () => {
    const out = removeChrome(draft(paras(BODY[0]!, "关注", BODY[1]!, BODY[2]!)));
    expect(textsOf(out.paras)).toEqual([BODY[0], "关注", BODY[1], BODY[2]]);
  });

  it("drops a search box and navigation labels", () => {
    const out = removeChrome(draft(paras("热门搜索：招商 旅游 投资", ">要闻", "某某网>>经济", "新闻中心>", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
  });

  it("drops a WeChat profile card, taking the account's name for the publication", () => {
    const card = ["某某县发布", "微信号 abcdXY", "功能介绍 与您一起关注某某，分享身边的新闻和故事", "发表于", "收录于合集 #某某新闻"];
    const out = removeChrome(draft(paras(...card, ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.publication).toEqual({ value: "某某县发布", from: "meta line" });
  });

  it("drops the calls to follow, share and scan that open and close a post, but not a sentence about a code", () => {
    const prompts = [
      "点击上方蓝字关注我们",
      "长按二维码识别关注",
      "认同请转发分享！",
      "RECOMMEND",
      "阅读原文",
      "查看全部文章，请关注后，",
      "特别推荐：以防失联，请长按下图二维码关注“某某”公号",
      "☉ 本文长约2000字，阅读需时5分钟",
      "1、回复【公租房】查看最新消息",
      "2、回复【社保】查询社保缴纳记录",
      "点击菜单栏【便民服务】解锁更多服务！",
      "看都看完了，点【在看】试试",
      "商务合作/转载请留言我们",
    ];
    const sentence = "市民可扫描二维码进行预约登记。";
    const out = removeChrome(draft(paras(prompts[0]!, ...BODY, sentence, ...prompts.slice(1))));
    expect(textsOf(out.paras)).toEqual([...BODY, sentence]);
  });

  it("drops a series' slogan over the text", () => {
    const out = removeChrome(draft(paras("要闻、政策、活动，尽在「某某周报」。与您同步，天天见。", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
  });

  it("drops other articles' headlines with their dates glued on, but not a signature's date", () => {
    const related = ["某某措施促进发展2015/07/03", "[专题]某某会议召开2015/07/02", "某某项目获批2015-07-01"];
    expect(textsOf(removeChrome(draft(paras(...BODY, ...related))).paras)).toEqual(BODY);
    const signed = [...BODY, "某某县人民政府 2023年5月1日"];
    expect(textsOf(removeChrome(draft(paras(...signed))).paras)).toEqual(signed);
  });

  it("keeps a digest's numbered linked headlines over their summaries, saying so, and drops a list of links with its label", () => {
    const link = (text: string) => ({ text, line: 1, gap: 1, linkRatio: 1 });
    const summary = (text: string) => ({ text, line: 1, gap: 1 });
    const out = removeChrome(
      draft([
        link("1、某某市开展安全检查"),
        summary("近日，某某市组织开展安全检查，发现隐患十余处。"),
        link("2、某某县发布新规"),
        summary("某某县发布新规定，明确了工作要求和责任分工。"),
        summary("某某有声"),
        link("某某专栏｜一篇别的文章"),
        link("某某专栏｜另一篇文章"),
      ]),
    );
    expect(textsOf(out.paras)).toEqual([
      "1、某某市开展安全检查",
      "近日，某某市组织开展安全检查，发现隐患十余处。",
      "2、某某县发布新规",
      "某某县发布新规定，明确了工作要求和责任分工。",
    ]);
    expect(out.messages.filter((m) => m.ruleId === RULES.linkedTextKept.id)).toHaveLength(2);
    expect(out.messages.find((m) => m.text === "某某有声")?.ruleId).toBe(RULES.relatedList.id);
  });

  it("keeps a linked line that reads as article text, and flags it", () => {
    const text = "全县今年新建农村公路一百二十公里，群众出行更方便了。";
    const out = removeChrome(draft([{ text, line: 1, gap: 1, linkRatio: 0.9 }, ...paras(...BODY)]));
    expect(textsOf(out.paras)).toEqual([text, ...BODY]);
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.linkedTextKept.id]);
  });

  it("reads a signature under the text, never a photo credit, for the author", () => {
    const out = removeChrome(draft(paras(...BODY, "张小明（媒体人）")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors[0]!.value).toEqual(["张小明"]);
    expect(removeChrome(draft(paras(...BODY, "新华社发（王小明摄）"))).evidence.authors).toEqual([]);
  });

  it("drops an instruction for an image that is not there", () => {
    expect(textsOf(removeChrome(draft(paras(BODY[0]!, "（点击看清晰大图）", BODY[1]!))).paras)).toEqual([BODY[0], BODY[1]]);
  });

  it("strips the end mark run into the last line", () => {
    const out = removeChrome(draft(paras(BODY[0]!, "最后一段正文到此结束。—完—")));
    expect(textsOf(out.paras)).toEqual([BODY[0], "最后一段正文到此结束。"]);
  });
});

describe("chrome, more kinds", () => {
  it("takes no button glued after a credit for a name or a source", () => {
    const out = removeChrome(draft(paras(...BODY, "（本文来源：某某日报 作者：某某中心研究部部长、研究员周小川）返回搜狐，查看更多")));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.authors[0]!.value).toEqual(["周小川"]);
    expect(out.evidence.publication?.value).toBe("某某日报");
  });

  it("strips the print's page numbers run into the lines of a scan", () => {
    const scanned = (...texts: string[]) => removeChrome(draft(paras(...texts), { wrapper: "json", stated: { scanned: true } })).paras;
    expect(
      textsOf(scanned("·2对我们的亲切关怀", "04*人，经过群众讨论同意。", "3通货膨胀越严重，群众生活越困难。", "5月1日，会议召开。")),
    ).toEqual(["对我们的亲切关怀", "人，经过群众讨论同意。", "通货膨胀越严重，群众生活越困难。", "5月1日，会议召开。"]);
    // Figures at the start of a typed line are the text's.
    expect(textsOf(removeChrome(draft(paras("3通道同时开放，办事更快了。"))).paras)).toEqual(["3通道同时开放，办事更快了。"]);
    // So are they in an export of typed text.
    expect(textsOf(removeChrome(draft(paras("3通道同时开放，办事更快了。"), { wrapper: "json" })).paras)).toEqual([
      "3通道同时开放，办事更快了。",
    ]);
  });
});
