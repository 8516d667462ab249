import { Composer, isNode, isScalar, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node } from "yaml";

/** The most YAML read from one raw file (corrections, a document's front matter): metadata is never this long. */
const MAX_YAML_BYTES = 64 * 1024;

// Metadata nests two or three levels; far deeper nesting overflows the composer's stack.
const MAX_DEPTH = 16;

export interface Yaml {
  /** The top node; null for a text with no value (empty, or comments only). */
  root: Node | null;
  /** The 1-based line a node starts on. */
  line: (node: unknown) => number;
}

export interface YamlProblem {
  error: string;
  line: number;
}

/**
 * Parses YAML from a raw file without trusting it: every scalar stays the text written (the
 * failsafe schema makes no numbers, booleans, nulls or timestamps); aliases are refused (a few
 * hundred bytes of nested aliases expand to gigabytes); a text over MAX_YAML_BYTES, or nested far
 * deeper than metadata (it overflows the composer's stack, after which Node can crash), is refused
 * before it is composed.
 */
export function readYaml(text: string): Yaml | YamlProblem {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_YAML_BYTES) return { error: `${Math.ceil(bytes / 1024)} KB is over the ${MAX_YAML_BYTES / 1024} KB allowed`, line: 1 };
  const lines = new LineCounter();
  const lineAt = (offset: number) => lines.linePos(offset).line;
  // The parser's tokens are walked in the text's order with a stack: no recursion to overflow.
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const todo = tokens.map((t): [CST.Token, number] => [t, 0]).reverse();
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [token, depth] = next;
    if (token.type === "alias") return { error: `aliases (${token.source}) are not allowed`, line: lineAt(token.offset) };
    if (depth > MAX_DEPTH) return { error: `nested over ${MAX_DEPTH} levels deep`, line: lineAt(token.offset) };
    if (token.type === "document" && token.value) todo.push([token.value, depth]);
    if ("items" in token) for (const t of token.items.flatMap((i) => [i.key, i.value]).reverse()) if (t) todo.push([t, depth + 1]);
  }
  const doc = composeFirst(tokens, text.length);
  const bad = doc.errors[0];
  if (bad) return { error: `not valid YAML (${bad.message})`, line: lineAt(bad.pos[0]) };
  return { root: doc.contents, line: (node) => lineAt(isNode(node) && node.range ? node.range[0] : 0) };
}

/**
 * What yaml's parseDocument(text, { schema: "failsafe", prettyErrors: false }) returns, composed from
 * the tokens readYaml has parsed already: parseDocument would parse the text a second time.
 */
function composeFirst(tokens: CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | null = null;
  for (const next of new Composer({ schema: "failsafe", prettyErrors: false }).compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      const message = "Source contains multiple documents; please use YAML.parseAllDocuments()";
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", message));
      break;
    }
  }
  // compose() with forceDoc always yields a document.
  return doc!;
}

/**
 * A value's text as written. Null for what YAML writes as "none" (a plain null, ~ or nothing; a
 * quoted "null" is text), undefined for a list or map.
 */
export function textOf(node: unknown): string | null | undefined {
  if (node === null || node === undefined) return null;
  if (!isScalar(node)) return undefined;
  const text = String(node.value);
  return node.type === "PLAIN" && /^(|~|null|Null|NULL)$/.test(text) ? null : text;
}
