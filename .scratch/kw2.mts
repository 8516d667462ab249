import { syntheticCorpus } from "../scripts/bench/corpus.js";
import * as seg from "../src/text/segmenter.js";
import { buildArchive } from "../src/archive/index.js";
const files = syntheticCorpus(1000, ["content", "../shared/realworld"]);
buildArchive(files.slice(0, 20), []);
const texts: string[] = [];
const orig = seg.keywords;
// measure by re-running keywords on what the pipeline passes
const arts = buildArchive(files, []).articles;
for (const a of arts) texts.push(a.blocks.map((b) => b.text).join("\n").slice(0, 800));
let t = performance.now(); for (const x of texts) orig(x, 12); console.log("keywords", ((performance.now() - t) / texts.length).toFixed(3), "ms/doc");
t = performance.now(); for (const x of texts) seg.cut(x); console.log("cut", ((performance.now() - t) / texts.length).toFixed(3));
t = performance.now(); for (const x of texts) seg.tag(x); console.log("tag", ((performance.now() - t) / texts.length).toFixed(3));
