// Measures search at scale: indexing time, the indexer's peak memory and the index's size for a
// synthetic archive of N articles, and the bytes a reader downloads for one query.
//   npx tsx scripts/bench-search.ts [N=1000] [shard size]
//   npx tsx scripts/bench-search.ts --site _site        (only the bytes per query, on a built site)
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticCorpus } from "./bench/corpus.js";
import { buildArchive } from "../src/archive/index.js";
import { buildSite } from "../src/site/model.js";
import { layout } from "../src/render/layout.js";
import { renderSearchPage } from "../src/render/search.js";
import { bundleSearchClient } from "../src/search/build/bundle.js";
import { writeSearchIndex } from "../src/search/build/indexer.js";
import { bytesPerQuery, folderSize, pagefindRss } from "./bench/measure.js";

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
