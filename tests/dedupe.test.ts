import { describe, expect, it } from "vitest";
import { collapseRepeats, sentences } from "../src/clean/dedupe.js";
import { draft, paras, textsOf } from "./helpers.js";
import { RULES } from "../src/model/rules.js";

describe("repeated text", () => {
  it("splits sentences keeping closing quotes, with a trailing fragment", () => {
    expect(sentences("“好。”他说。然后")).toEqual(["“好。”", "他说。", "然后"]);
  });

  it("collapses paragraphs printed twice even when the copy is paragraphed differently", () => {
    const out = collapseRepeats(
      draft(
        paras(
          "这件事不是偶然的。",
          "“养牛的事，在县里再小也是大事。”他深有体会。",
          "老张是牧场的老板，想扩大规模。",
          "“这件事不是偶然的。养牛的事，在县里再小也是大事。”他深有体会。",
          "老张是牧场的老板，想扩大规模。",
          "后来的新段落。",
        ),
      ),
    ).paras;
    expect(textsOf(out)).toEqual([
      "这件事不是偶然的。",
      "“养牛的事，在县里再小也是大事。”他深有体会。",
      "老张是牧场的老板，想扩大规模。",
      "后来的新段落。",
    ]);
  });

  it("removes a copy that breaks off mid-word, keeping what follows it", () => {
    const out = collapseRepeats(
      draft(
        paras(
          "付出如愿换来了回报。",
          "目前，全县奶牛规模牧场发展到33处，存栏奶牛9万头。",
          "付出如愿换来了回报。目前，全县奶牛规模牧场发展到33处，存栏奶",
          "种完了。等到干渠接通之后，情况就更乐观了。",
        ),
      ),
    ).paras;
    expect(textsOf(out)).toEqual([
      "付出如愿换来了回报。",
      "目前，全县奶牛规模牧场发展到33处，存栏奶牛9万头。",
      "种完了。等到干渠接通之后，情况就更乐观了。",
    ]);
  });

  it("keeps a single sentence quoted again later", () => {
    const input = paras(
      "书记说：能力作风建设没有休止符，永远在路上。",
      "中间的一段话。",
      "“能力作风建设没有休止符，永远在路上。”这句话大家都记住了。",
    );
    expect(collapseRepeats(draft(input)).paras).toEqual(input);
  });

  it("takes out of a picture's caption the sentence of the text it repeats, the text keeping it where it stands", () => {
    const sentence = "据估计，全县每年在储存、运输、加工等环节损失的粮食达到七百万斤以上。";
    const out = collapseRepeats(
      draft([
        ...paras("第一段正文，内容完整。"),
        { text: `${sentence}图为一名工人在仓库里查看稻谷。`, line: 2, gap: 1, hint: "caption" },
        ...paras("第二段正文，继续叙述。", `粮食产后储运不善也备受关注。${sentence}`).map((p, i) => ({ ...p, line: 3 + i })),
      ]),
    );
    expect(textsOf(out.paras)).toEqual([
      "第一段正文，内容完整。",
      "图为一名工人在仓库里查看稻谷。",
      "第二段正文，继续叙述。",
      `粮食产后储运不善也备受关注。${sentence}`,
    ]);
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.sentencesCollapsed.id]);
  });

  it("reports what it collapsed", () => {
    const out = collapseRepeats(
      draft(paras("第一句话在这里。第二句话也在这里。第三句话跟着来。", "第一句话在这里。第二句话也在这里。第三句话跟着来。")),
    );
    expect(out.messages.map((m) => [m.ruleId, m.line])).toEqual([[RULES.paragraphCollapsed.id, 2]]);
  });
});

describe("repeats however many times they are printed", () => {
  it("collapses a one-sentence paragraph printed three times to one", () => {
    const P = "会议指出，拥军优属是这里的优良传统。";
    const out = collapseRepeats(draft(paras("开头一段，介绍背景情况。", P, P, P, "结尾一段，表达祝福。")));
    expect(textsOf(out.paras)).toEqual(["开头一段，介绍背景情况。", P, "结尾一段，表达祝福。"]);
    expect(out.messages.map((m) => [m.ruleId, m.line])).toEqual([
      [RULES.paragraphCollapsed.id, 3],
      [RULES.paragraphCollapsed.id, 4],
    ]);
  });

  it("collapses a paragraph printed thousands of times, and a sentence repeated between others, to what the text says once", () => {
    const P = "会议强调，要坚持问题导向。各部门要各司其职，形成合力。";
    const copies = collapseRepeats(draft(paras(...Array.from({ length: 5000 }, () => P))));
    expect(textsOf(copies.paras)).toEqual([P]);
    expect(copies.messages).toHaveLength(4999);
    // One short sentence between different ones is a refrain, not a reprint: every paragraph stays.
    const refrain = paras(...Array.from({ length: 3000 }, (_, i) => `好。第${i}段说的是另一件事情。`));
    expect(textsOf(collapseRepeats(draft(refrain)).paras)).toEqual(textsOf(refrain));
  });

  it("keeps two similar sentences that differ in substance", () => {
    const input = paras(
      "有关部门人士表示，一项规划通过评审会，仅仅是从技术上对可行性进行的探讨。",
      "中间的一段话，说明别的情况。",
      "另一部门人士表示，一项规划通过评审会，仅仅是从技术上对可行性进行的探讨。",
    );
    expect(textsOf(collapseRepeats(draft(input)).paras)).toEqual(textsOf(input));
  });

  it("drops a pull quote that repeats, nearly word for word, a sentence printed later", () => {
    const quote = { text: "如何对待书籍，考验的是一个社会对知识的态度，绝不容随意。", line: 1, gap: 1, hint: "quote" as const };
    const later = "但即便如此，此事引发关注也并非小题大做。如何对待书籍，考验的是一个社会对于知识的态度，绝不容随意，它必须经得起考量。";
    const out = collapseRepeats(draft([quote, ...paras("正文第一段，交代事情经过。", later)]));
    expect(textsOf(out.paras)).toEqual(["正文第一段，交代事情经过。", later]);
    expect(out.messages.map((m) => m.ruleId)).toEqual([RULES.pullQuote.id]);
    // A quotation the text does not print again stays.
    const alone = { ...quote, text: "读书使人明智，这句话大家都记得。" };
    expect(collapseRepeats(draft([alone, ...paras("正文第一段，交代事情经过。", later)])).paras).toHaveLength(3);
  });
});
