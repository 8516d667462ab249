import { createHash } from "node:crypto";
import type { Article, Block } from "../model/types.js";
import { decode } from "../read/decode.js";
import { unwrap } from "../unwrap/index.js";
import { toParagraphs } from "../clean/paragraphs.js";
import { CleanContext, type Pass } from "../clean/context.js";
import { removeChrome } from "../clean/chrome.js";
import { takeHeadline } from "../clean/headline.js";
import { collapseRepeats } from "../clean/dedupe.js";
import { joinBroken } from "../clean/join.js";
import { fullWidthPunctuation } from "../clean/punctuation.js";
import { markStructure } from "../clean/structure.js";
import { describe } from "../describe/index.js";
import { slugFor } from "../describe/slug.js";
import { hanCount } from "../text/chars.js";

export interface PipelineOptions {
  /** The archive's topic phrases, for tags. */
  vocabulary?: string[];
  /** Starts of lines to keep although they look like page furniture (an archivist's override). */
  keep?: string[];
  /** Starts of paragraphs to leave out (an archivist's override). */
  drop?: string[];
}

/** The cleaning passes after the headline is taken off, in order. */
export const PASSES: [string, Pass][] = [
  ["collapse repeats", collapseRepeats],
  ["join broken lines", joinBroken],
  ["full-width punctuation", fullWidthPunctuation],
];

export class NoArticleText extends Error {}

/** "lines 3, 17, 20, …": the first few distinct lines, as many as a message has room for. */
function lineList(lines: number[]): string {
  const distinct = [...new Set(lines)];
  return `line${distinct.length > 1 ? "s" : ""} ${distinct.slice(0, 3).join(", ")}${distinct.length > 3 ? ", …" : ""}`;
}

/** Raw bytes of one document → one typed Article. Pure apart from hashing: no disk, no Eleventy. */
export function cleanDocument(fileName: string, bytes: Uint8Array, options: PipelineOptions = {}): Article {
  const { text, encoding, unreadable, stripped } = decode(bytes);
  const unwrapped = unwrap(text, fileName);
  const ctx = new CleanContext(options.keep);
  if (unreadable.length)
    ctx.report(
      "read: unreadable bytes",
      unreadable[0]!,
      `${unreadable.length} unreadable byte${unreadable.length > 1 ? "s" : ""} shown as � on ${lineList(unreadable)}; compare with the original`,
      "warning",
    );
  if (stripped.length)
    ctx.report(
      "read: control characters",
      stripped[0]!,
      `${stripped.length} control character${stripped.length > 1 ? "s" : ""} removed on ${lineList(stripped)}`,
    );
  for (const note of unwrapped.notes) ctx.report("wrapper", 1, note, "warning");
  let paras = removeChrome(toParagraphs(unwrapped.lines), ctx);
  paras = takeHeadline(paras, ctx, unwrapped.meta.title);
  for (const [, pass] of PASSES) paras = pass(paras, ctx);
  const drop = options.drop ?? [];
  const blocks: Block[] = markStructure(paras, ctx).filter((b) => {
    const dropped = drop.some((d) => b.text.startsWith(d) || `${b.speaker ?? ""}：${b.text}`.startsWith(d));
    if (dropped) ctx.report("override: dropped", b.line, b.text);
    return !dropped;
  });
  // Fewer than ten Chinese characters of running text is a menu or a stub, not an article.
  if (
    hanCount(
      blocks
        .filter((b) => b.kind !== "heading")
        .map((b) => b.text)
        .join(""),
      10,
    ) < 10
  )
    throw new NoArticleText("no article text found after removing page furniture");
  const meta = describe({
    blocks,
    wrapper: unwrapped.meta,
    gleaned: ctx.gleaned,
    ctx,
    vocabulary: options.vocabulary ?? [],
    wrapperKind: unwrapped.wrapper,
  });
  return {
    source: fileName,
    slug: slugFor(fileName),
    ...meta,
    blocks,
    messages: ctx.messages,
    wrapper: unwrapped.wrapper,
    encoding,
    hash: createHash("sha256").update(bytes).digest("hex"),
    duplicates: [],
    seeAlso: [],
  };
}
