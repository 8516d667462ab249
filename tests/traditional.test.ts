import { describe, expect, it } from "vitest";
import { lostSentences } from "./helpers.js";
import { cleanDocument } from "../src/pipeline/index.js";
import { RULES } from "../src/model/rules.js";
import { toSimplified, toTraditional } from "../src/text/opencc.js";
import { isTraditional, restorePrinted, simplifiedShadow, SIMPLIFIED_FORMS, TRADITIONAL_FORMS } from "../src/text/script.js";

// A page written for these rules, and its twin in Traditional characters: no capture's text.

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县举办乡村振兴产业对接会_某某新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">社会</a></div>
<h1>某某县举办乡村振兴产业对接会</h1>
<div class="info">发布时间：2023年05月06日 10:20　来源：某某日报　浏览次数：1024</div>
<div class="content">
<p>本报讯 5月5日，某某县在县城会展中心举办乡村振兴产业对接会，来自省内外的一百多家企业与当地合作社面对面洽谈，现场签约项目十二个。</p>
<p>对接会上，县里介绍了特色农业、乡村旅游和农产品加工等方面的发展情况。与会企业代表表示，将把更多项目放到乡村，带动农民增收。</p>
<p>县委有关负责人说，县里还将为签约企业开通服务专线，后续跟踪项目进展，帮助解决用地、用工等实际问题。</p>
<p>编辑：某甲　校对：某乙</p>
</div>
<div class="share">分享到：微信 微博　【打印本页】【关闭窗口】</div>
<div class="footer">版权所有 某某新闻网 未经授权禁止转载</div></body></html>`;

const clean = (html: string) => cleanDocument("a.html", new TextEncoder().encode(html));
const body = (a: ReturnType<typeof clean>) => a.blocks.map((b) => b.text).join("\n");

describe("a document in Traditional characters", () => {
  const simplified = clean(page);
  const traditional = clean(toTraditional(page));

  it("is cleaned as its Simplified twin is: the same furniture goes, the same metadata is read", () => {
    expect(body(simplified)).not.toMatch(/编辑|打印|浏览次数/);
    expect(body(traditional)).not.toMatch(/編輯|編辑|打印|瀏覽次數/);
    expect(toSimplified(body(traditional))).toBe(body(simplified));
    expect(traditional.date).toBe(simplified.date);
    expect(traditional.date).toBe("2023-05-06");
    expect(traditional.publication).toBe(toTraditional(simplified.publication!));
    expect(traditional.place).toEqual(simplified.place);
    expect(traditional.blocks.length).toBe(simplified.blocks.length);
  });

  it("keeps the characters it printed on the page and says it was read through Simplified forms", () => {
    expect(traditional.title).toBe(toTraditional(simplified.title));
    expect(body(traditional)).toContain("來自省內外的一百多家企業");
    expect(body(traditional)).toContain("後續跟蹤項目進展");
    expect(traditional.messages.some((m) => m.ruleId === RULES.traditionalRead.id)).toBe(true);
    expect(simplified.messages.some((m) => m.ruleId === RULES.traditionalRead.id)).toBe(false);
    // The proof holds the page to the lines as printed: nothing went missing on the way back.
    expect(lostSentences(traditional)).toEqual([]);
  });

  it("keeps the report's own words in Simplified, and what it quotes as printed", () => {
    // The document prints 條 and 對 ("一條服務專線", "對接會"); the report's words "各条规则…比对" are the archive's.
    const twin = clean(toTraditional(page.replace("开通服务专线", "开通一条服务专线")));
    expect(twin.messages.find((m) => m.ruleId === RULES.traditionalRead.id)?.text).toBe(
      "正文为繁体字：各条规则按简体字形比对，页面上保留原文的字形",
    );
    expect(twin.messages.find((m) => m.ruleId === RULES.metaLine.id)?.text).toBe(
      toTraditional("发布时间：2023年05月06日 10:20　来源：某某日报　浏览次数：1024"),
    );
  });

  it("tells Traditional from Simplified by its common characters, not by a quotation", () => {
    expect(isTraditional(toTraditional(page))).toBe(true);
    expect(isTraditional(page)).toBe(false);
    // A Simplified page quoting one Traditional sentence stays Simplified.
    expect(isTraditional(page + "<p>他說：「這個會議對我們來說很重要。」</p>")).toBe(false);
    // A brief too short to tell by the commonest characters is told by all of its own.
    expect(isTraditional("某某公司擴大投資。記者某甲報導。")).toBe(true);
    expect(isTraditional("某某公司扩大投资。记者某甲报道。")).toBe(false);
  });

  it("reads a short brief in Traditional characters, which holds only a few common forms, as Traditional", () => {
    const brief = "某某公司擴大投資\n\n2024年3月5日\n\n記者某甲／台北報導\n\n某某公司今天宣布增設廠房，預計明年量產。\n\n來源：某某社\n";
    const a = cleanDocument("a.txt", new TextEncoder().encode(brief));
    expect([a.publication, a.authors, a.subtitle]).toEqual(["某某社", ["某甲"], null]);
    expect(body(a)).toBe("某某公司今天宣布增設廠房，預計明年量產。");
  });

  it("pairs each Traditional form with its Simplified form", () => {
    expect([...TRADITIONAL_FORMS].length).toBe([...SIMPLIFIED_FORMS].length);
    expect(toSimplified(TRADITIONAL_FORMS)).toBe(SIMPLIFIED_FORMS);
  });
});

describe("the Simplified shadow", () => {
  it("keeps every offset: one character for one", () => {
    const printed = "縣委書記說，後來這裡變了。\n皇后鎮的鐘聲";
    const shadow = simplifiedShadow(printed);
    expect(shadow).toBe("县委书记说，后来这里变了。\n皇后镇的钟声");
    expect(shadow.length).toBe(printed.length);
  });

  it("brings back the printed character, by its neighbours where one Simplified form stands for two", () => {
    const printed = "以後再說。皇后鎮的後山，皇后鎮的居民。";
    const back = restorePrinted(printed, simplifiedShadow(printed));
    expect(back("皇后镇的后山")).toBe("皇后鎮的後山");
    expect(back("以后")).toBe("以後");
    // Where the next neighbours agree, the wider ones decide.
    const wider = "以公有制為基礎，不以私人佔有製為基礎。";
    expect(restorePrinted(wider, simplifiedShadow(wider))(simplifiedShadow(wider))).toBe(wider);
    // The archive's own words, never printed by the document, stay as written.
    expect(back("原文此处不全")).toBe("原文此处不全");
  });
});
