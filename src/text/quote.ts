import type { Message } from "../model/types.js";

/**
 * A file name as the build log prints it: in quotes, with line breaks, control and bidirectional
 * characters escaped, so that no name can forge a line of the log or turn one around.
 */
export const quoted = (name: string): string =>
  JSON.stringify(name).replace(
    /[\u0085\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/**
 * One message as the build log and `npm run add` print it: `WARNING "a.txt": line 3: what
 * happened [rule id]`, the rule id being what an `accept:` list names.
 */
export const formatMessage = (m: Message): string =>
  `${m.severity.toUpperCase()} ${quoted(m.source)}: ${m.line === null ? "" : `line ${m.line}: `}${m.text} [${m.ruleId}]`;
