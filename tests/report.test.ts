import { describe, expect, it } from "vitest";
import { message, removedParts } from "../src/model/messages.js";
import { RULE_NAMES, RULES } from "../src/model/rules.js";
import { cleaningReport } from "../src/render/report.js";
import { encodingName, WRAPPER_NAMES } from "../src/render/words.js";
import { removeChrome } from "../src/clean/chrome.js";
import { draft, makeArticle, paras } from "./helpers.js";

describe("what was taken out of a line", () => {
  it("is the run the kept text skips, at the start, inside or at the end", () => {
    expect(removedParts("(上接第一版)某县推进帮扶工作。", "某县推进帮扶工作。")).toEqual(["(上接第一版)"]);
    expect(removedParts("某县推进（下转第二版）帮扶工作。", "某县推进帮扶工作。")).toEqual(["（下转第二版）"]);
    expect(removedParts("某县推进帮扶工作。（完）", "某县推进帮扶工作。")).toEqual(["（完）"]);
    // A run that starts like the kept text: matched a few characters at a time, not one.
    expect(removedParts("(转第一版)第一版面刊登了通知。", "第一版面刊登了通知。")).toEqual(["(转第一版)"]);
  });

  it("is nothing when the kept text was rewritten rather than cut", () => {
    expect(removedParts("某县推进帮扶工作。", "某县推进扶贫工作。")).toEqual([]);
    expect(message("a.txt", RULES.pageMarker, 3, "某县推进帮扶工作。", "某县推进扶贫工作。")).not.toHaveProperty("removed");
  });

  it("is carried by the page marker a line keeps the rest of", () => {
    const out = removeChrome(draft(paras("(上接第一版)某县大力发展畜牧产业，经济增速位居全省前列。")));
    const m = out.messages.find((x) => x.ruleId === RULES.pageMarker.id)!;
    expect(m.removed).toEqual(["(上接第一版)"]);
    expect(m.text).toBe("(上接第一版)某县大力发展畜牧产业，经济增速位居全省前列。");
  });
});

describe("the cleaning report, in a reader's words", () => {
  it("heads each change by what happened to the line", () => {
    const a = makeArticle("d", { messages: [message("d", RULES.breaksOff, 7, "…某县推进帮扶措施精")] });
    expect(cleaningReport(a, "/raw/d/")).toContain('<li>段落在此中断<ul><li><a href="/raw/d/#L7">第 7 行</a>：…某县推进帮扶措施精</li>');
  });

  it("lists the part taken out of a line, not the whole line, when the rest stays", () => {
    const line = "(上接第一版)某县大力发展畜牧产业。";
    const a = makeArticle("d", { messages: [message("d", RULES.pageMarker, 9, line, "某县大力发展畜牧产业。")] });
    const html = cleaningReport(a, "/raw/d/");
    expect(html).toContain('第 9 行</a>：“(上接第一版)”<span class="note">（只删去这一部分，本行其余文字保留）</span>');
    expect(html).not.toContain("某县大力发展畜牧产业");
  });

  it("has a Chinese name for every rule", () => {
    for (const [id, name] of Object.entries(RULE_NAMES)) expect(name, id).toMatch(/^[\p{Script=Han}、，]+$/u);
  });

  it("names wrappers in Chinese and encodings by their proper names", () => {
    for (const name of Object.values(WRAPPER_NAMES)) expect(name).toMatch(/\p{Script=Han}/u);
    expect(WRAPPER_NAMES["html page"]).toBe("网页");
    expect(encodingName("utf-8")).toBe("UTF-8");
    expect(encodingName("gb18030")).toBe("GB18030");
    expect(encodingName("utf-8 (BOM)")).toBe("UTF-8（带字节顺序标记）");
  });
});
