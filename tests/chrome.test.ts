import { describe, expect, it } from "vitest";
import { removeChrome } from "../src/clean/chrome.js";
import { RULES } from "../src/model/rules.js";
import { draft, paras, textsOf } from "./helpers.js";

const BODY = ["第一段正文，内容完整。", "第二段正文，继续叙述。", "第三段正文，到此为止。"];

describe("chrome", () => {
  it("drops a breadcrumb and a page meta line, keeping the date and source it states", () => {
    const out = removeChrome(draft(paras("您的当前位置：首页 > 要闻 > 正文", "• 2023-05-17 10:01:14 来源:黑龙江日报", ...BODY)));
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.date).toEqual({ value: "2023-05-17", from: "meta line" });
    expect(out.evidence.publication).toEqual({ value: "黑龙江日报", from: "meta line" });
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

  it("ends the article at a related-articles block, after reading the tag line", () => {
    const out = removeChrome(
      draft(paras(...BODY, "标签：营商环境、走流程", "推荐阅读", "别的新闻标题", "猜您喜欢", "【版权及免责声明】凡注明来源的作品……")),
    );
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.tags).toEqual(["营商环境", "走流程"]);
    expect(out.messages.some((m) => m.ruleId === RULES.tail.id && /and 3 lines/.test(m.text))).toBe(true);
  });

  it("does not end a short text at a 'related' line near its top", () => {
    const out = removeChrome(draft(paras("相关新闻", ...BODY)));
    expect(textsOf(out.paras)).toEqual(["相关新闻", ...BODY]);
  });

  it("drops copyright, share and print lines and bare links, keeping the first link as the original", () => {
    const out = removeChrome(
      draft(
        paras(
          ...BODY,
          "分享到：微信 微博",
          "【打印本页】【关闭窗口】",
          "<http://example.org/news/1.html>",
          "Copyright © 2020 某某网 版权所有",
        ),
      ),
    );
    expect(textsOf(out.paras)).toEqual(BODY);
    expect(out.evidence.url).toBe("http://example.org/news/1.html");
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
