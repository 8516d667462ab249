import type { Message } from "./types.js";
import type { KnownRule } from "./rules.js";

/**
 * What was taken out of a line to leave `kept`: the runs of the line that `kept` skips, matched a
 * few characters at a time so that a run is not taken for text that merely starts alike. Empty when
 * `kept` is not the line with runs taken out (it was rewritten, not cut).
 */
export function removedParts(line: string, kept: string): string[] {
  const parts: string[] = [];
  let i = 0;
  for (let j = 0; j < kept.length;) {
    if (line[i] === kept[j]) {
      i++;
      j++;
      continue;
    }
    const at = line.indexOf(kept.slice(j, j + 8), i);
    if (at < 0) return [];
    parts.push(line.slice(i, at));
    i = at;
  }
  parts.push(line.slice(i));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** A message from a rule, with the rule's severity; `kept`, what stays of the line when only a part of it was taken out. */
export function message(source: string, rule: KnownRule, line: number | null, text: string, kept?: string): Message {
  const removed = kept ? removedParts(text, kept) : [];
  return { source, ruleId: rule.id, line, severity: rule.severity, text, ...(removed.length ? { removed } : {}) };
}
