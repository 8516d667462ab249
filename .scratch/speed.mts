import { syntheticCorpus } from "../scripts/bench/corpus.js";
import { buildArchive } from "../src/archive/index.js";
const n = Number(process.argv[2] ?? 1000);
const files = syntheticCorpus(n, ["content", "../shared/realworld"]);
const mb = files.reduce((s, f) => s + f.bytes.length, 0) / 2 ** 20;
buildArchive(files.slice(0, 20), []);
for (let r = 0; r < 2; r++) {
  const c0 = process.cpuUsage(); const t0 = Date.now();
  buildArchive(files, []);
  const c = process.cpuUsage(c0); const cpu = (c.user + c.system) / 1e6;
  console.log(`${mb.toFixed(1)} MB: wall ${((Date.now()-t0)/1000).toFixed(1)} s, cpu ${cpu.toFixed(1)} s, ${(mb/cpu).toFixed(2)} MB/cpu-s`);
}
