import * as OpenCC from "opencc-js";
import type { Article } from "../types.js";
import { renderBody } from "./article.js";

// OpenCC's phrase-level conversion to Traditional characters as used in Taiwan; vocabulary stays
// as written (no 软件 → 軟體), since this is an archive of what was printed.
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** An article's headline and body in Traditional characters, for the page's 繁體 switch. */
export function traditionalVersion(a: Article): string {
  const convert = (s: string) => toTraditional(s);
  return JSON.stringify({
    title: convert(a.title),
    subtitle: a.subtitle ? convert(a.subtitle) : null,
    body: renderBody(
      a.blocks.map((b) => ({
        ...b,
        text: convert(b.text),
        ...(b.speaker ? { speaker: convert(b.speaker) } : {}),
        ...(b.kicker ? { kicker: convert(b.kicker) } : {}),
      })),
    ),
  });
}
