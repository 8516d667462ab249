// Measures search at scale: indexing time, the indexer's peak memory and the index's size for a
// synthetic archive of N articles, and the bytes a reader downloads for one query.
//   npx tsx scripts/bench-search.ts [N=1000] [shard size]
//   npx tsx scripts/bench-search.ts --site _site        (only the bytes per query, on a built site)
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { syntheticCorpus } from "./bench/corpus.js";
import { buildArchive } from "../src/archive.js";
import { buildSite } from "../src/site/model.js";
import { layout } from "../src/render/layout.js";
import { renderSearchPage } from "../src/render/search.js";
import { bundleSearchClient } from "../src/search/bundle.js";
import { writeSearchIndex } from "../src/search/indexer.js";
import { serve } from "../tests/serve.js";

const QUERIES = ["畜牧", "车头向前", "能力作风建设", "迁安"];

/** Resident memory of the Pagefind processes now, in bytes. */
function pagefindRss(): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      if (/^Name:\s*pagefind/m.test(status)) total += Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

function folderSize(dir: string): { bytes: number; files: number } {
  return readdirSync(dir).reduce(
    (acc, name) => {
      const p = join(dir, name);
      const sub = statSync(p).isDirectory() ? folderSize(p) : { bytes: statSync(p).size, files: 1 };
      return { bytes: acc.bytes + sub.bytes, files: acc.files + sub.files };
    },
    { bytes: 0, files: 0 },
  );
}

/**
 * One reader, one query, cold cache: every byte the server sends for the search page and its
 * first results. Text files count gzipped, as GitHub Pages sends them; Pagefind's are gzip already.
 */
async function bytesPerQuery(dir: string): Promise<Record<string, string>> {
  let sent: { path: string; bytes: number }[] = [];
  const compressible = (path: string) => /\.(html|js|css|json)$/.test(path) || path.endsWith("/");
  const server = await serve(dir, "/", (path, body) =>
    sent.push({ path, bytes: compressible(path) ? gzipSync(body).length : body.length }),
  );
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const out: Record<string, string> = {};
  const kb = (xs: typeof sent) => `${Math.round(xs.reduce((s, x) => s + x.bytes, 0) / 1024)} KB`;
  for (const q of QUERIES) {
    sent = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector("#search-status")?.textContent ?? ""), null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(500);
    const shown = await page.locator("#search-results > li").count();
    out[q] = `${kb(sent)} (of it Pagefind ${kb(sent.filter((x) => x.path.includes("/pagefind/")))}), ${shown} results shown`;
    await context.close();
  }
  await browser.close();
  await server.close();
  return out;
}

if (process.argv[2] === "--site") {
  const dir = process.argv[3] ?? "_site";
  console.log(JSON.stringify({ site: dir, perQuery: await bytesPerQuery(dir) }, null, 1));
} else {
  const n = Number(process.argv[2] ?? 1000);
  const shardSize = process.argv[3] ? Number(process.argv[3]) : undefined;
  const out = mkdtempSync(join(tmpdir(), "bench-search-"));
  let started = Date.now();
  const model = buildSite(buildArchive(syntheticCorpus(n, ["content", "../shared/realworld"]), []));
  const cleanSeconds = (Date.now() - started) / 1000;

  // The search page as the site has it, without the rest of the site.
  mkdirSync(join(out, "search"), { recursive: true });
  mkdirSync(join(out, "assets"), { recursive: true });
  const site = { title: "bench", description: "bench", url: "http://127.0.0.1" };
  writeFileSync(join(out, "search", "index.html"), layout({ site, title: "搜索", body: renderSearchPage() }));
  copyFileSync("src/assets/site.css", join(out, "assets", "site.css"));
  await bundleSearchClient(join(out, "assets", "search.js"));

  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, pagefindRss())), 100);
  started = Date.now();
  const stats = await writeSearchIndex(model.articles, { siteDir: out, ...(shardSize ? { shardSize } : {}) });
  const indexSeconds = (Date.now() - started) / 1000;
  clearInterval(poll);
  const size = folderSize(join(out, "pagefind"));
  const perQuery = await bytesPerQuery(out);
  rmSync(out, { recursive: true, force: true });
  console.log(
    JSON.stringify(
      {
        articles: stats.articles,
        shards: stats.shards,
        cleanSeconds,
        indexSeconds,
        pagefindPeakRss: `${(peak / 2 ** 30).toFixed(2)} GB`,
        index: `${(size.bytes / 2 ** 20).toFixed(1)} MB in ${size.files} files`,
        perQuery,
      },
      null,
      1,
    ),
  );
}
