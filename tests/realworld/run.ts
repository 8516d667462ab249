import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../src/model/types.js";
import { cleanDocument } from "../../src/pipeline/index.js";
import { decode } from "../../src/read/decode.js";
import { readVocabulary } from "../../src/archive/load.js";
import { CAPTURES, checkCapture, expectations, type Check, type Expected } from "./check.js";

export interface CaptureResult {
  expected: Expected;
  article: Article | null;
  checks: Check[];
}

/** The text a capture holds: a JSON export's text fields one per line, any other file as decoded. */
function rawText(source: string, text: string): string {
  if (!source.endsWith(".json")) return text;
  const o = JSON.parse(text) as { parts?: { text?: string }[]; content?: string; text?: string };
  return o.parts ? o.parts.map((p) => p.text ?? "").join("\n") : (o.content ?? o.text ?? "");
}

/**
 * Each shared capture cleaned as the archive would clean it, and held to its expected file; or the
 * captures and expected files of a set kept outside the project (an editor's gold the cleaner's
 * authors have not seen).
 */
export function runCaptures(set?: { captures: string; expected: string }): CaptureResult[] {
  const vocabulary = readVocabulary("_data/vocabulary.yaml");
  return expectations(set?.expected).map((expected) => {
    const bytes = readFileSync(join(set?.captures ?? CAPTURES, expected.source));
    try {
      const article = cleanDocument(expected.source, bytes, { vocabulary });
      return { expected, article, checks: checkCapture(expected, article, rawText(expected.source, decode(bytes).text)) };
    } catch (e) {
      return { expected, article: null, checks: [{ name: "cleaned", ok: false, detail: (e as Error).message }] };
    }
  });
}

/** "19_mh_hebei_zunhua.html: title": a check's name across runs. */
export const checkId = (r: CaptureResult, c: Check): string => `${r.expected.source}: ${c.name}`;

export const BASELINE = join("tests", "realworld", "holding.json");
