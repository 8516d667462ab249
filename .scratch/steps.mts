import { syntheticCorpus } from "../scripts/bench/corpus.js";
import { STEPS } from "../src/pipeline/index.js";
import { newDraft } from "../src/model/draft.js";
const n = Number(process.argv[2] ?? 1000);
const files = syntheticCorpus(n, ["content", "../shared/realworld"]);
const mb = files.reduce((s, f) => s + f.bytes.length, 0) / 2 ** 20;
const t = new Map<string, number>();
for (let r = 0; r < 3; r++) {
  if (r === 1) t.clear();
  for (const f of files) {
    let d = newDraft(f.name, f.bytes, {});
    for (const s of STEPS) { const a = performance.now(); d = s(d); t.set(s.name, (t.get(s.name) ?? 0) + performance.now() - a); }
  }
}
const tot = [...t.values()].reduce((a, b) => a + b, 0) / 2;
for (const [k, v] of t) console.log(k.padEnd(22), (v / 2).toFixed(0).padStart(6), "ms", ((100 * v) / 2 / tot).toFixed(1).padStart(5), "%");
console.log(`total ${tot.toFixed(0)} ms for ${mb.toFixed(1)} MB: ${(mb / (tot / 1000)).toFixed(2)} MB/s (steps only)`);
