// Measurements shared by the benchmarks: a command's time and memory, Pagefind's memory, and the
// bytes a reader downloads per query.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../../tests/serve.js";
import { phraseQuery, queryPhrases } from "../../src/search/tokens.js";
import { toSimplified } from "../../src/text/opencc.js";
import { seededRandom } from "./corpus.js";

const QUERIES = ["畜牧", "车头向前", "能力作风建设", "迁安"];

/** Resident memory of the Pagefind processes now, in bytes. */
export function pagefindRss(): number {
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

/** Bytes and files under a folder, but the entries named `skip`. */
export function folderSize(dir: string, skip?: string): { bytes: number; files: number } {
  return readdirSync(dir).reduce(
    (acc, name) => {
      const p = join(dir, name);
      if (name === skip) return acc;
      const sub = statSync(p).isDirectory() ? folderSize(p, skip) : { bytes: statSync(p).size, files: 1 };
      return { bytes: acc.bytes + sub.bytes, files: acc.files + sub.files };
    },
    { bytes: 0, files: 0 },
  );
}

/** The fragments Pagefind wrote under a bundle, its shards' included: one an article, gzip as written. */
export function fragmentSize(dir: string): { bytes: number; files: number } {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".pf_fragment"));
  return { bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0), files: files.length };
}

/**
 * One reader, one query, cold cache: every byte the server sends for the search page and its
 * first results. Text files count gzipped, as GitHub Pages sends them; Pagefind's are gzip already.
 */
export async function bytesPerQuery(dir: string): Promise<Record<string, string>> {
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
    const fragments = sent.filter((x) => x.path.endsWith(".pf_fragment"));
    out[q] =
      `${kb(sent)} (of it Pagefind ${kb(sent.filter((x) => x.path.includes("/pagefind/")))}, ` +
      `${fragments.length} fragments ${kb(fragments)}), ${shown} results shown`;
    await context.close();
  }
  await browser.close();
  await server.close();
  return out;
}

/**
 * Runs a command under GNU time: wall seconds, peak RSS of the largest process in it, output; and
 * the peak of Pagefind's processes summed (two index at once), sampled while it runs.
 */
export async function timed(
  cmd: string[],
  env: Record<string, string>,
): Promise<{ seconds: number; peakMB: number; pagefindMB: number; out: string }> {
  let pagefind = 0;
  const poll = setInterval(() => (pagefind = Math.max(pagefind, pagefindRss())), 200);
  const child = spawn("/usr/bin/time", ["-f", "TIME %e %M", ...cmd], { env: { ...process.env, ...env } });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(poll);
  const m = /TIME ([\d.]+) (\d+)/.exec(out)!;
  if (status !== 0) throw new Error(`${cmd.join(" ")} failed:\n${out.slice(-4000)}`);
  return { seconds: Number(m[1]), peakMB: Number(m[2]) / 1024, pagefindMB: pagefind / 2 ** 20, out };
}

/** Figures a build prints (src/site/load.ts, Eleventy, eleventy.config.ts), each the first group. */
export const LOGGED = {
  articles: /\[archive\] (\d+) articles built/,
  cleaning: /cleaned in ([\d.]+) s/,
  eleventy: /Wrote \d+ files in ([\d.]+) seconds/,
  indexed: /\[search\] (\d+) articles indexed/,
  search: /\[search\] \d+ articles indexed .* ([\d.]+) s/,
  // Indexing runs while Eleventy renders: what the build waited for it after the pages.
  searchWait: /\[search\] the pages waited ([\d.]+) s/,
};

/** One of those figures in a build's output; NaN when the build did not print it. */
export const figure = (out: string, what: keyof typeof LOGGED): number => Number(LOGGED[what].exec(out)?.[1] ?? NaN);

/**
 * Whether search finds what the archive holds and nothing it does not: `samples` random stretches
 * of two to six Han characters of the articles' text (each must find at least one article, and the
 * first result must hold it), and as many made of two pairs that stand nowhere side by side (each
 * must find none). Searched as the page does (each phrase quoted), over every shard.
 */
export async function searchRecall(dir: string, texts: string[], samples = 500): Promise<string> {
  const rnd = seededRandom(7);
  const runs = texts.flatMap((t) => toSimplified(t).match(/\p{Script=Han}{6,}/gu) ?? []);
  const whole = runs.join("\n");
  const present: string[] = [];
  while (present.length < samples) {
    const run = runs[Math.floor(rnd() * runs.length)]!;
    const len = 2 + Math.floor(rnd() * 5);
    const at = Math.floor(rnd() * (run.length - len + 1));
    present.push(run.slice(at, at + len));
  }
  const absent: string[] = [];
  for (let tries = 0; absent.length < samples && tries < samples * 50; tries++) {
    const a = present[Math.floor(rnd() * samples)]!.slice(0, 2);
    const b = present[Math.floor(rnd() * samples)]!.slice(-2);
    if (!whole.includes(a + b)) absent.push(a + b);
  }
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  const queries = [...present, ...absent].map((q) => queryPhrases(q).map(phraseQuery)[0]!);
  // A string, not a function: the page runs it as written (no build tool's helpers in it).
  const counts = (await page.evaluate(`(async () => {
    const bundle = new URL("/pagefind/", location.href);
    const pf = await import(new URL("pagefind.js", bundle).href);
    await pf.options({ baseUrl: "/" });
    const list = await (await fetch(new URL("shards.json", bundle))).json();
    for (const s of list.shards.slice(1)) await pf.mergeIndex(new URL(s.path, bundle).href, { baseUrl: "/" });
    const out = [];
    for (const q of ${JSON.stringify(queries)}) {
      const r = await pf.search(q);
      const first = r.results.length ? await r.results[0].data() : null;
      out.push([r.results.length, first ? [first.meta.title, first.content] : ["", ""]]);
    }
    return out;
  })()`)) as [number, [string, string]][];
  await browser.close();
  await server.close();
  // The first result's headline and readable body (its fragment, build/fragments.ts).
  const found = present.filter((q, i) => counts[i]![0] > 0 && counts[i]![1].some((t) => toSimplified(t).includes(q))).length;
  const none = absent.filter((_, i) => counts[present.length + i]![0] === 0).length;
  return `${found}/${present.length} stretches found (first result holds them), ${none}/${absent.length} absent phrases find nothing`;
}
