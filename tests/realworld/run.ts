import { readFileSync } from "node:fs";
import { decodeHTML } from "entities";
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

/**
 * The text a capture holds: a JSON export's strings one per line, in the file's order; any other file
 * as decoded, a page's letters written as character references ("&#24037;") read as the letters.
 */
function rawText(source: string, text: string): string {
  if (!source.endsWith(".json"))
    return text.replace(/&#(?:x[\da-f]+|\d+);/gi, (ref) => {
      const letter = decodeHTML(ref);
      return letter.codePointAt(0)! >= 0x80 ? letter : ref;
    });
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === "object"
          ? Object.values(v).flatMap(strings)
          : [];
  return strings(JSON.parse(text)).join("\n");
}

/**
 * Each shared capture cleaned as the archive would clean it, and held to its expected file; or the
 * captures and expected files of a set kept outside the project (an editor's gold the cleaner's
 * authors have not seen).
 */
export function runCaptures(set?: { captures: string; expected: string }): CaptureResult[] {
  return expectations(set?.expected).map((expected) => run(expected, readFileSync(join(set?.captures ?? CAPTURES, expected.source))));
}

const vocabulary = readVocabulary("_data/vocabulary.yaml");

function run(expected: Expected, bytes: Uint8Array): CaptureResult {
  try {
    const article = cleanDocument(expected.source, bytes, { vocabulary });
    return { expected, article, checks: checkCapture(expected, article, rawText(expected.source, decode(bytes).text)) };
  } catch (e) {
    return { expected, article: null, checks: [{ name: "cleaned", ok: false, detail: (e as Error).message }] };
  }
}

/** Fields of an expected file that name no text: places are the gazetteer's, in Simplified forms. */
const KEPT = new Set(["source", "kind", "page", "date", "dateEstimated", "place", "notes"]);

const turned = (v: unknown, turn: (s: string) => string, key = ""): unknown =>
  KEPT.has(key)
    ? v
    : typeof v === "string"
      ? turn(v)
      : Array.isArray(v)
        ? v.map((x) => turned(x, turn))
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, turned(x, turn, k)]))
          : v;

/**
 * The shared captures written in UTF-8, each turned by `turn` (Simplified → Traditional) with its
 * expected file: a twin the rules must clean as they clean the original.
 */
export function runTwins(turn: (s: string) => string): CaptureResult[] {
  return expectations().flatMap((expected) => {
    const read = decode(readFileSync(join(CAPTURES, expected.source)));
    if (read.encoding !== "utf-8") return [];
    return [run(turned(expected, turn) as Expected, new TextEncoder().encode(turn(read.text)))];
  });
}

/** "19_mh_hebei_zunhua.html: title": a check's name across runs. */
export const checkId = (r: CaptureResult, c: Check): string => `${r.expected.source}: ${c.name}`;

export const BASELINE = join("tests", "realworld", "holding.json");
