import type { Message } from "./types.js";
import type { KnownRule } from "./rules.js";

/** A message from a rule, with the rule's severity. */
export const message = (source: string, rule: KnownRule, line: number | null, text: string): Message => ({
  source,
  ruleId: rule.id,
  line,
  severity: rule.severity,
  text,
});
