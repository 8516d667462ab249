import type { Article, Message } from "../model/types.js";
import { GROUPS, ruleOf, RULES } from "../model/rules.js";
import { esc } from "../text/html.js";

/** What the cleaner did, in the reader's words: the group of the message's rule. */
const kindOf = (m: Message) => GROUPS[ruleOf(m.ruleId).group];

/**
 * What the report can say of the article's sentences: that every one was kept, only when the
 * build's proof found each sentence of the document on the page or named in the report; else how
 * many are neither, and where they are listed.
 */
function keptClaim(a: Article): string {
  const lost = a.messages.filter((m) => m.ruleId === RULES.sentenceLost.id).length;
  if (!lost) return "正文的每一句都保留了下来。";
  return `原文有 ${lost} 句既不在本页、也未列入删除记录，逐句列在下面的“${GROUPS[RULES.sentenceLost.group]}”里，请对照原始文本。`;
}

/**
 * The cleaning report under an article: counts per kind of change and every change with its line
 * in the raw file (its text as the pass reported it, cut at 80 characters), so a reader can check
 * that nothing of substance was altered.
 */
export function cleaningReport(a: Article, sourceView: string): string {
  const groups = new Map<string, Message[]>();
  for (const m of a.messages) {
    const kind = kindOf(m);
    (groups.get(kind) ?? groups.set(kind, []).get(kind)!).push(m);
  }
  const summary = [...groups].map(([kind, ms]) => `${kind} ${ms.length} 处`).join("，") || "未作改动";
  const items = [...groups]
    .map(
      ([kind, ms]) =>
        `<li>${esc(kind)}<ul>${ms.map((m) => `<li>${m.line === null ? "" : `<a href="${sourceView}#L${m.line}">第 ${m.line} 行</a>：`}${esc(m.text)}</li>`).join("")}</ul></li>`,
    )
    .join("");
  return `<details class="report"><summary>清理记录：${esc(summary)}</summary>
<p>与<a href="${sourceView}">原始文本</a>相比，本页只做了以下改动；${esc(keptClaim(a))}</p>
<ul>${items}</ul></details>`;
}
