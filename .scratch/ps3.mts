import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { cleanDocument } from "../src/pipeline/index.js";
import { placeScores } from "../src/describe/places.js";
const f = process.argv[2]!;
const a = cleanDocument(basename(f), readFileSync(f));
const text = a.blocks.map((b) => b.text).join("\n");
let lo = 0, hi = text.length;
const ok = (n: number) => placeScores({ text: text.slice(0, n), headline: a.title }).some((p) => p.place.endsWith("万载县"));
console.log(ok(0), ok(text.length));
while (hi - lo > 1) { const m = (lo + hi) >> 1; if (ok(m)) lo = m; else hi = m; }
console.log(lo, JSON.stringify(text.slice(Math.max(0, lo - 60), lo + 5)));
