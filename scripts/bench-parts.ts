// npx tsx scripts/bench-parts.ts [--n 50000] [--years 2021,2022]: an archive built in parts by year
// (ARCHIVE_YEARS), each part its own build: time, peak memory of the build and of Pagefind, per
// part. The first part cleans the whole corpus (cold cache), the next ones read it from the cache.
// Appends the run to BENCHMARKS.md.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBuildConfig } from "../src/eleventy/config.js";
import { syntheticCorpus } from "./bench/corpus.js";
import { figure, LOGGED, timed } from "./bench/measure.js";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const n = Number(arg("n", "50000"));
const years = arg("years", "2021,2022").split(",");
const root = mkdtempSync(join(tmpdir(), `bench-parts-${n}-`));
const content = join(root, "content");
mkdirSync(content);
for (const f of syntheticCorpus(n, ["content", "../shared/realworld"])) writeFileSync(join(content, f.name), f.bytes);

const lines: string[] = [];
for (const year of years) {
  const env = { ARCHIVE_CONTENT: content, ARCHIVE_OUTPUT: join(root, year), ARCHIVE_CACHE: join(root, "cache"), ARCHIVE_YEARS: year };
  const run = await timed([process.execPath, "--import", "tsx", "src/cli/build.ts"], env);
  const step = (what: keyof typeof LOGGED) => figure(run.out, what);
  const line =
    `part ${year}: reads ${step("articles")} articles, renders and indexes ${step("indexed")}; ${run.seconds.toFixed(1)} s ` +
    `(reading and cleaning ${step("cleaning")} s, search ${step("search")} s), ` +
    `peak ${run.peakMB.toFixed(0)} MB in one process, Pagefind ${run.pagefindMB.toFixed(0)} MB summed`;
  console.log(line);
  lines.push(line);
}
appendFileSync(
  "BENCHMARKS.md",
  `\n## ${n.toLocaleString("en")} documents in parts by year — ${new Date().toISOString().slice(0, 10)}\n\n` +
    `\`scripts/bench-parts.ts\`; shards of at most ${readBuildConfig(process.env).search.shardSize ?? "300 (the default)"} articles.\n\n` +
    lines.map((l) => `- ${l}`).join("\n") +
    "\n",
);
rmSync(root, { recursive: true, force: true });
