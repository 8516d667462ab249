import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { parseByline, removeChrome } from "../src/clean/chrome.js";
import { markStructure } from "../src/clean/structure.js";
import { isPersonName } from "../src/text/names.js";
import { RULES } from "../src/model/rules.js";
import { draft, lostSentences, paras, textsOf } from "./helpers.js";

const clean = (name: string, text: string) => cleanDocument(name, new TextEncoder().encode(text));
const LEAD = "某某协会今日宣布，将在全市十个社区设立服务点，为长者免费提供健康检查和生活物资，首批物资已经运抵。";
const MORE = "协会负责人表示，服务点每天上午九时开放，市民可凭身份证明登记，工作人员会逐一核实身份后发放物资。";

describe("papers' own conventions", () => {
  it("reads an outlet's dispatch in brackets opening the lead, and the writer after its slash", () => {
    const out = removeChrome(draft(paras(`【某某报专讯】${LEAD}`, MORE)));
    expect(out.evidence.publication).toEqual({ value: "某某报", from: "text" });
    const signed = removeChrome(draft(paras(`【某某快报／王建国】${LEAD}`, MORE)));
    expect(signed.evidence.publication?.value).toBe("某某快报");
    expect(signed.evidence.authors.flatMap((a) => a.value)).toEqual(["王建国"]);
    // A sentence that runs a word ending like an outlet's name into 消息 is no dateline.
    expect(
      removeChrome(draft(paras("增加了软件源新闻消息功能。更新后，如有未读的新闻消息，会输出提示信息。", MORE))).evidence.publication,
    ).toBeUndefined();
    // An outlet's report on its day opens the lead; one it cites ("据某某网…报道") is another's.
    expect(removeChrome(draft(paras(`某某消息网7月15日报道外媒称，${LEAD}`, MORE))).evidence.publication?.value).toBe("某某消息网");
    expect(removeChrome(draft(paras(`据某某消息网7月15日报道，${LEAD}`, MORE))).evidence.publication).toBeUndefined();
    // A station's own dispatch (本台讯) names the writer, and no outlet: the page's own.
    const own = removeChrome(draft(paras(`本台讯（记者 王建国）${LEAD}`, MORE)));
    expect(own.evidence.authors.flatMap((a) => a.value)).toEqual(["王建国"]);
    expect(own.evidence.publication).toBeUndefined();
    // A bracketed label that names no outlet's dispatch is no source.
    expect(removeChrome(draft(paras(`【教育】${LEAD}`, MORE))).evidence.publication).toBeUndefined();
  });

  it("reads the writer's name after the post the byline gives first", () => {
    expect(parseByline("作者 | 某某大学某某研究中心研究员 吕德文")?.authors).toEqual(["吕德文"]);
    expect(parseByline("作者：某某大学教授 王建国")?.authors).toEqual(["王建国"]);
  });

  it("reads a CMS's line of the writer, the time the post was added and its source as a meta line; figures name nobody", () => {
    const out = removeChrome(draft(paras(LEAD, MORE, "作者：王建国 加入时间：2016/7/14 16:52:59 来源：某某日报")));
    expect(textsOf(out.paras)).toEqual([LEAD, MORE]);
    expect(out.evidence.authors.flatMap((a) => a.value)).toEqual(["王建国"]);
    expect(out.evidence.date?.value).toBe("2016-07-14");
    expect(isPersonName("2016")).toBe(false);
  });

  it("reads a page that writes every letter as a character reference as its letters, Traditional ones through the shadow", () => {
    const refs = (t: string) => [...t].map((c) => (c.charCodeAt(0) > 0x2fff ? `&#${c.codePointAt(0)};` : c)).join("");
    const lead = "某某協會今日宣布，將在全市十個社區設立服務點，為長者免費提供健康檢查和生活物資，首批物資已經運抵。";
    const more = "協會負責人表示，服務點每天上午九時開放，市民可憑身份證明登記，工作人員會逐一核實身份後發放物資。";
    const page = `<html><head><title>${refs("協會設立服務點")}</title></head><body><h1>${refs("協會設立服務點")}</h1><p>${refs(lead)}</p><p>${refs("報導•攝影╱王建國")}</p><p>${refs(more)}</p></body></html>`;
    const a = clean("r.html", page);
    expect(a.title).toBe("協會設立服務點");
    expect(a.authors).toEqual(["王建國"]);
    expect(a.blocks.map((b) => b.text)).toEqual([lead, more]);
    expect(a.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining([RULES.characterReferences.id, RULES.traditionalRead.id]));
  });

  it("reads an agency's dateline with its place and no day, and names in a source line as a paper's or a person's", () => {
    const wire = removeChrome(draft(paras(`据某某社拉萨电（记者 王建国）${LEAD}`, MORE)));
    expect(wire.evidence.publication?.value).toBe("某某社");
    expect(wire.evidence.authors.flatMap((a) => a.value)).toEqual(["王建国"]);
    const source = (line: string) => removeChrome(draft(paras(LEAD, MORE, line))).evidence;
    expect(source("2005-01-14 17:02:30来源: 某某经济报道　发表评论").publication?.value).toBe("某某经济报道");
    expect(source("2005-01-14 17:02:30来源: 某某日报报道").publication?.value).toBe("某某日报");
    expect(source("2005-04-28 11:13更新 来源：转载文章").publication).toBeUndefined();
    const person = source("编辑：某甲 来源: 王建国");
    expect(person.publication).toBeUndefined();
    expect(person.authors.flatMap((a) => a.value)).toEqual(["王建国"]);
  });

  it("reads an e-paper's properties in either edition of its CMS, and drops the stated deck printed under the headline", () => {
    const page = (props: string) =>
      `<html><head><title>某协会设立服务点</title></head><body><h2>某协会设立服务点</h2><p>首批物资已经运抵</p><p>${LEAD}</p><p>${MORE}</p>${props}</body></html>`;
    for (const props of [
      "<!--enpproperty <date>2022-02-13 00:00:00:0</date><author></author><subtitle>首批物资已经运抵</subtitle>/enpproperty-->",
      "<!--mpproperty <founder-date>2022-02-13</founder-date><founder-subtitle>首批物资已经运抵</founder-subtitle>/mpproperty-->",
    ]) {
      const a = clean("e.html", page(props));
      expect(a).toMatchObject({ title: "某协会设立服务点", subtitle: "首批物资已经运抵", date: "2022-02-13" });
      expect(a.blocks.map((b) => b.text)).toEqual([LEAD, MORE]);
    }
  });

  it("reads a labelled heading the markup sets over three lines as one, the label its kicker", () => {
    const heading = (text: string, line: number) => ({ text, line, gap: 1, hint: "heading" as const });
    const out = markStructure(
      draft([
        ...paras(LEAD),
        heading("【回应】", 2),
        heading("院方称当日值班医生仅一人", 3),
        heading("保安护士都是一人盯一岗", 4),
        ...paras(MORE).map((p) => ({ ...p, line: 5 })),
      ]),
    );
    expect(out.blocks.filter((b) => b.kind === "heading").map((b) => [b.kicker, b.text])).toEqual([
      ["【回应】", "院方称当日值班医生仅一人 保安护士都是一人盯一岗"],
    ]);
  });

  it("reads a senior reporter's byline, and a name whose given name ends as a station's does", () => {
    expect(parseByline("某某新闻资深记者 何念台")).toEqual({ authors: ["何念台"], publication: null });
    expect(isPersonName("王建社")).toBe(true);
    expect(isPersonName("电视台")).toBe(false);
    expect(isPersonName("出版社")).toBe(false);
    const a = clean(
      "b.html",
      `<html><head><title>某协会设立服务点</title></head><body><h1>某协会设立服务点</h1><p>${LEAD}</p><p>${MORE}</p><p>某某新闻资深记者 何念台</p></body></html>`,
    );
    expect(a.authors).toEqual(["何念台"]);
  });

  it("reads the writer's name over the credit of the copy closing the text: 某某（某某社供本报特稿）", () => {
    const a = clean(
      "c.html",
      `<html><head><title>某协会设立服务点</title></head><body><h1>某协会设立服务点</h1><div id="text"><p>${LEAD}</p><p>${MORE}</p><p>王建国（某某社供本报特稿）</p></div><div>${"<a href='/x'>栏目</a> ".repeat(12)}</div></body></html>`,
    );
    expect(a.authors).toEqual(["王建国"]);
    expect(a.blocks.map((b) => b.text)).toEqual([LEAD, MORE]);
  });

  it("takes a headline's picture flag before it off, and reads an outlet's name in the writer's slot as the source", () => {
    const a = clean(
      "f.html",
      `<html><head><title>[多图]某协会设立服务点</title></head><body><h1>[多图]某协会设立服务点</h1><p>${LEAD}</p><p>文/某某IT</p><p>${MORE}</p></body></html>`,
    );
    expect(a).toMatchObject({ title: "某协会设立服务点", publication: "某某IT", authors: [] });
    expect(removeChrome(draft(paras(LEAD, "文/Koko", MORE))).evidence.publication).toBeUndefined();
    expect(removeChrome(draft(paras(LEAD, "文/王建国", MORE))).evidence.authors.flatMap((x) => x.value)).toEqual(["王建国"]);
  });

  it("reads an interview with a Latin speaker's label, and the page's notes after it", () => {
    const page = `<html><head><title>专访某某：做编码的架构师</title></head><body><h1>专访某某：做编码的架构师</h1>
<div class="meta">发表于 2015-05-19 16:07| 次阅读|来源某某网| 0 条评论|作者王建国</div>
<div class="content"><p>${LEAD}</p><p style="text-align: center;"><img src="a.jpg"><br></p><p style="text-align: center;">李华</p>
<p><b>CSDN：你是从什么时候开始接触这门语言的？</b></p><p>李华：大学的时候，那时候它刚刚出来，大家都觉得很新鲜，我也跟着学了起来。</p>
<p><b>CSDN：你怎么看待它目前的现状？</b></p><p>李华：${MORE}</p>
<p>作者简介：李华，某某项目发起人，一个依然每天磨练自己技术的程序员。</p>
<p>本文选自某某电子版2015年5月刊，该期更多文章请查看这里。</p><p>本文为某某网原创文章，未经允许不得转载。</p></div></body></html>`;
    const a = clean("q.html", page);
    expect(a).toMatchObject({ date: "2015-05-19", publication: "某某网", authors: ["王建国"] });
    expect([...new Set(a.blocks.map((b) => b.speaker).filter(Boolean))]).toEqual(["CSDN", "李华"]);
    expect(a.blocks.filter((b) => b.kind === "caption").map((b) => b.text)).toEqual(["李华"]);
    expect(a.blocks.map((b) => b.text).join("")).not.toMatch(/作者简介|本文选自|未经允许/);
    expect(lostSentences(a)).toEqual([]);
  });

  it("shows in the report the whole of a note it took out that speaks in sentences, not its first words alone", () => {
    const bio =
      "作者简介：李华，某某项目发起人，一个依然每天磨练自己技术的程序员。他曾在多家公司任职，主持过多个开源项目的开发。业余时间，他喜欢写作，已出版两本关于软件工程的书。";
    const a = clean("b.md", ["# 某某项目发布新版本", "", LEAD, "", MORE, "", bio].join("\n"));
    expect(a.blocks.map((b) => b.text)).toEqual([LEAD, MORE]);
    expect(a.messages.map((m) => m.text)).toContain(bio);
  });

  it("takes a site's name without the motto after it", () => {
    const post = (source: string) =>
      clean("m.md", `---\ntitle: 某协会设立服务点\nsource: ${source}\n---\n\n${LEAD}\n\n${MORE}\n`).publication;
    expect(post("奇客某某–传递最新科技情报")).toBe("奇客某某");
    expect(post("某某报 | 好新闻，无止境")).toBe("某某报");
    expect(post("某某日报–某某网")).toBe("某某日报–某某网");
  });

  it("reads a byline whose label joins the reporting and the photographs, the slash a box-drawing one", () => {
    expect(parseByline("报导•摄影╱王建国")).toEqual({ authors: ["王建国"], publication: null });
    expect(parseByline("文•摄影/王建国")).toEqual({ authors: ["王建国"], publication: null });
    expect(parseByline("文/李华 摄影/王建国")).toEqual({ authors: ["李华"], publication: null });
  });

  it("drops a box of links to related pages set inside the article, and reads on below it", () => {
    const linked = (text: string) => ({ text, line: 0, gap: 1, linkRatio: 1 });
    const above = [LEAD, MORE, "首批服务点设在城东、城西两个社区，其余八个将在下周陆续开放，具体地址可在协会网站查询。"];
    const below = [
      "城东服务点由十名义工轮值，每天可服务约两百名长者，义工均已接受培训，熟悉登记和发放的流程。",
      "城西服务点设在街市旁边，方便长者买菜时顺道登记，协会还为行动不便的长者安排上门派送。",
      "协会呼吁市民把消息转告身边的长者，并欢迎有意参与的市民报名做义工，一起把服务做好做实。",
      "协会表示，物资由多家企业和市民捐赠，全部免费发放，任何人不得转售，发现转售将停止发放。",
    ];
    const box = [paras("【相关文章】")[0]!, linked("【某某专题】一文看清服务点分布"), linked("【某某专题】长者物资领取攻略")];
    expect(textsOf(removeChrome(draft([...paras(...above), ...box, ...paras(...below)])).paras)).toEqual([...above, ...below]);
    // At the foot of the text the label still ends it.
    expect(textsOf(removeChrome(draft([...paras(...above, ...below), ...box])).paras)).toEqual([...above, ...below]);
  });

  it("sets no update stamp or notice field as a heading, and takes no repeated field label for a speaker", () => {
    const out = markStructure(
      draft(
        paras(
          LEAD,
          "城东服务点开放",
          "【更新3月1日 18:59】",
          MORE,
          "时间：上午九时",
          "第一个服务点设在城东社区中心，由十名义工轮值，每天可服务约两百名长者。",
          "地址：某某路15号某某商场1楼",
          "第二个服务点设在城东街市旁边，方便长者买菜时顺道登记，领取物资。",
          "地址：某某街2号某某大厦地下",
          "城西服务点下周开放",
          "协会表示，城西服务点的物资将在下周运抵，届时会另行公布开放时间，请市民留意协会的通告。",
        ),
      ),
    );
    expect(out.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["城东服务点开放", "城西服务点下周开放"]);
    expect(out.blocks.some((b) => b.speaker)).toBe(false);
  });

  it("sets a head naming who says what as a heading, and a line of a notice's fields as none", () => {
    const head = "与某某事件相提并论  王建国：自主非借口";
    const out = markStructure(draft(paras(LEAD, head, MORE, "时间：三月一日上午 地点：某某广场", MORE)));
    expect(out.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([head]);
  });

  it("reads the day run into the channel's name as a meta line", () => {
    const out = removeChrome(draft(paras("2017-09-10港闻", LEAD, MORE)));
    expect(textsOf(out.paras)).toEqual([LEAD, MORE]);
    expect(out.evidence.date?.value).toBe("2017-09-10");
  });

  it("takes no channel's two words beside the stamp for the publication", () => {
    const a = clean(
      "c.html",
      `<html><head><title>某协会设立服务点</title></head><body><h1>某协会设立服务点</h1><div>金融经济 19:05 2023/03/01</div><p>${LEAD}</p><p>${MORE}</p></body></html>`,
    );
    expect(a.date).toBe("2023-03-01");
    expect(a.publication).not.toBe("金融经济");
    expect(lostSentences(a)).toEqual([]);
  });
});
