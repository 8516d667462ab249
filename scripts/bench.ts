// npm run bench [-- --n 1000]: the whole build at archive scale, against a plain-Markdown Eleventy
// baseline of the same articles. Appends the run to BENCHMARKS.md.
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { syntheticCorpus } from "./bench/corpus.js";
import { buildArchive } from "../src/archive/index.js";
import { bytesPerQuery, figure, folderSize, fragmentSize, LOGGED, searchRecall, timed } from "./bench/measure.js";
import { watchedEdit } from "./bench/watch.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const n = arg("n", 10_000);
const root = mkdtempSync(join(tmpdir(), `bench-${n}-`));
const content = join(root, "content");
mkdirSync(content);

// 1. The corpus, the same for every run of the same size.
const files = syntheticCorpus(n, ["content", "../shared/realworld"]);
for (const f of files) writeFileSync(join(content, f.name), f.bytes);
const rawMB = files.reduce((s, f) => s + f.bytes.length, 0) / 2 ** 20;

// 2. Cleaning alone, in this process, one core: first the one-time start (jieba's dictionaries,
// the gazetteer, compiling the code) on a few documents, then the throughput over all of them,
// twice: the first pass still compiles the hot code (a cold build's rate), the second is the steady
// rate (a long build's, or the watcher's).
let t = Date.now();
buildArchive(files.slice(0, 20), []);
const startSeconds = (Date.now() - t) / 1000;
t = Date.now();
const archive = buildArchive(files, []);
const cleanSeconds = (Date.now() - t) / 1000;
t = Date.now();
buildArchive(files, []);
const steadySeconds = (Date.now() - t) / 1000;

// 3. The real build: cleaning, Eleventy, search; cold (empty cache), then warm after one edit, as
// a new build and while watching.
const out = join(root, "_site");
const env = { ARCHIVE_CONTENT: content, ARCHIVE_OUTPUT: out, ARCHIVE_CACHE: join(root, "cache") };
const cold = await timed([process.execPath, "--import", "tsx", "src/cli/build.ts"], env);
const eleventySeconds = figure(cold.out, "eleventy");
const searchSeconds = figure(cold.out, "search");
const searchWait = figure(cold.out, "searchWait");
const coldClean = figure(cold.out, "cleaning");
const articles = archive.articles.length;
const htmlBytes = folderSize(out, "pagefind").bytes / articles;
const searchBytes = folderSize(join(out, "pagefind")).bytes / articles;
const fragments = fragmentSize(join(out, "pagefind"));
const perQuery = await bytesPerQuery(out);
const recall = await searchRecall(
  out,
  archive.articles.map((a) => [a.title, ...a.blocks.map((b) => b.text)].join("\n")),
);
// The warm rebuild is the 1,000-article target; above 10,000 it would only repeat the rendering.
let warmBuild = "not measured above 10,000 documents";
let watchRebuild = warmBuild;
if (n <= 10_000) {
  const edited = join(content, files[0]!.name);
  writeFileSync(edited, Buffer.concat([files[0]!.bytes, Buffer.from("\n\n本报讯 这是编辑后补充的一段文字，用来测量增量构建。\n")]));
  const warm = await timed([process.execPath, "--import", "tsx", "src/cli/build.ts"], env);
  const step = (what: keyof typeof LOGGED) => figure(warm.out, what);
  warmBuild = `${warm.seconds.toFixed(1)} s (cleaning ${step("cleaning")} s, Eleventy ${step("eleventy")} s, search ${step("search")} s)`;
  const edit = await watchedEdit(env, join(content, files[1]!.name));
  const changed = /\[site\] watching: (.*) changed/g.exec(edit.log.split("Wrote")[1] ?? "")?.[1];
  watchRebuild = `page and indexes rebuilt ${edit.rebuilt.toFixed(2)} s after saving (${changed}), searchable after ${edit.searchable.toFixed(1)} s`;
}

// 4. The baseline: the same articles as plain Markdown, one layout, no indexes.
const base = join(root, "baseline");
mkdirSync(join(base, "_includes"), { recursive: true });
writeFileSync(
  join(base, "_includes", "base.njk"),
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n',
);
writeFileSync(join(base, "base.11tydata.json"), JSON.stringify({ layout: "base.njk" }));
for (const a of archive.articles)
  writeFileSync(join(base, `${a.slug}.md`), `---\ntitle: ${JSON.stringify(a.title)}\n---\n\n${a.blocks.map((b) => b.text).join("\n\n")}\n`);
writeFileSync(
  join(base, "eleventy.config.cjs"),
  "module.exports = () => ({ templateFormats: ['md'], dir: { input: '.', output: '_out' } });\n",
);
const eleventyCli = join(process.cwd(), "node_modules/@11ty/eleventy/cmd.cjs");
const baseline = await timed(
  [process.execPath, eleventyCli, `--config=${join(base, "eleventy.config.cjs")}`, `--input=${base}`, `--output=${join(base, "_out")}`],
  {},
);

const versions = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
};
const row = {
  n,
  articles,
  rawMB: rawMB.toFixed(1),
  cleaning: `${cleanSeconds.toFixed(1)} s, ${(rawMB / cleanSeconds).toFixed(2)} MB/s, ${Math.round(n / cleanSeconds)} documents/s (one core), after a start of ${startSeconds.toFixed(1)} s; a second pass ${steadySeconds.toFixed(1)} s, ${(rawMB / steadySeconds).toFixed(2)} MB/s`,
  coldBuild: `${cold.seconds.toFixed(1)} s (cleaning ${coldClean} s, Eleventy ${eleventySeconds} s incl. cleaning, search ${searchSeconds} s while the pages render, ${searchWait} s of it after them), peak ${cold.peakMB.toFixed(0)} MB in one process, Pagefind ${cold.pagefindMB.toFixed(0)} MB summed`,
  warmBuildAfterOneEdit: warmBuild,
  watchingRebuildAfterOneEdit: watchRebuild,
  baseline: `${baseline.seconds.toFixed(1)} s, peak ${baseline.peakMB.toFixed(0)} MB`,
  // Eleventy's own count includes the cleaning (global data) and the wait for the index after the pages.
  eleventyRenderVsBaseline: `${(eleventySeconds - coldClean - searchWait).toFixed(1)} s, ${((eleventySeconds - coldClean - searchWait) / baseline.seconds).toFixed(2)}×`,
  wholeBuildVsBaseline: (cold.seconds / baseline.seconds).toFixed(2),
  perArticle: `${(htmlBytes / 1024).toFixed(1)} KB pages + ${(searchBytes / 1024).toFixed(1)} KB search index, of it a fragment of ${(fragments.bytes / fragments.files / 1024).toFixed(1)} KB (gzip)`,
  bytesPerQuery: Object.entries(perQuery)
    .map(([q, v]) => `${q}: ${v}`)
    .join("; "),
  searchRecall: recall,
};
console.log(JSON.stringify(row, null, 1));
if (!existsSync("BENCHMARKS.md")) writeFileSync("BENCHMARKS.md", "# Benchmarks\n\nRuns of `npm run bench`, newest last.\n");
appendFileSync(
  "BENCHMARKS.md",
  `\n## ${n.toLocaleString("en")} documents — ${new Date().toISOString().slice(0, 10)}\n\n` +
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; ` +
    `Eleventy ${versions("@11ty/eleventy")}, Pagefind ${versions("pagefind")}.\n\n` +
    Object.entries(row)
      .map(([k, v]) => `- ${k}: ${v}`)
      .join("\n") +
    "\n",
);
rmSync(root, { recursive: true, force: true });
