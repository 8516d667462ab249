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

  it("reports what it collapsed", () => {
    const out = collapseRepeats(
      draft(paras("第一句话在这里。第二句话也在这里。第三句话跟着来。", "第一句话在这里。第二句话也在这里。第三句话跟着来。")),
    );
    expect(out.messages.map((m) => [m.ruleId, m.line])).toEqual([[RULES.paragraphCollapsed.id, 2]]);
  });
});
