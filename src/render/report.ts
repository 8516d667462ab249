import type { Article, Message } from "../model/types.js";
import { GROUPS, RULE_NAMES, ruleOf, RULES, type Group, type RuleId } from "../model/rules.js";
import { esc } from "../text/html.js";

const groupOrder = Object.keys(GROUPS) as Group[];
const ruleOrder = Object.keys(RULE_NAMES) as RuleId[];
/** Where a rule's heading stands: its group's place in the report, then its place in the registry. */
const rank = (id: RuleId): number => groupOrder.indexOf(ruleOf(id).group) * ruleOrder.length + ruleOrder.indexOf(id);

/**
 * What the report can say of the article's sentences: that every one was kept, only when the
 * build's proof found each sentence of the document on the page or named in the report; else how
 * many are neither, and where they are listed.
 */
function keptClaim(a: Article): string {
  const lost = a.messages.filter((m) => m.ruleId === RULES.sentenceLost.id).length;
  if (!lost) return "正文的每一句都保留了下来。";
  return `原文有 ${lost} 句既不在本页、也未列入删除记录，逐句列在下面的“${RULE_NAMES[RULES.sentenceLost.id]}”里，请对照原始文本。`;
}

/** One change: its line in the raw file, and what was taken out of it when the rest of the line stays. */
function item(m: Message, sourceView: string): string {
  const where = m.line === null ? "" : `<a href="${sourceView}#L${m.line}">第 ${m.line} 行</a>：`;
  const what = m.removed
    ? `${m.removed.map((r) => `“${esc(r)}”`).join("")}<span class="note">（只删去这一部分，本行其余文字保留）</span>`
    : esc(m.text);
  return `<li>${where}${what}</li>`;
}

/**
 * The cleaning report under an article: counts per kind of change, then every change under what
 * happened to it, with its line in the raw file (its text as the pass reported it, cut at 80
 * characters), so a reader can check that nothing of substance was altered.
 */
export function cleaningReport(a: Article, sourceView: string): string {
  const kinds = new Map<string, number>();
  const byRule = new Map<RuleId, Message[]>();
  for (const m of [...a.messages].sort((x, y) => rank(x.ruleId) - rank(y.ruleId))) {
    const kind = GROUPS[ruleOf(m.ruleId).group];
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    (byRule.get(m.ruleId) ?? byRule.set(m.ruleId, []).get(m.ruleId)!).push(m);
  }
  const summary = [...kinds].map(([kind, n]) => `${kind} ${n} 处`).join("，") || "未作改动";
  const items = [...byRule]
    .map(([id, ms]) => `<li>${esc(RULE_NAMES[id])}<ul>${ms.map((m) => item(m, sourceView)).join("")}</ul></li>`)
    .join("");
  return `<details class="report"><summary>清理记录：${esc(summary)}</summary>
<p>与<a href="${sourceView}">原始文本</a>相比，本页只做了以下改动；${esc(keptClaim(a))}</p>
<ul>${items}</ul></details>`;
}
