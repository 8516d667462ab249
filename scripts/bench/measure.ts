// Measurements shared by the benchmarks: a command's time and memory, Pagefind's memory, and the
// bytes a reader downloads per query.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../../tests/serve.js";

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
    out[q] = `${kb(sent)} (of it Pagefind ${kb(sent.filter((x) => x.path.includes("/pagefind/")))}), ${shown} results shown`;
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
  search: /\[search\] .* ([\d.]+) s/,
};

/** One of those figures in a build's output; NaN when the build did not print it. */
export const figure = (out: string, what: keyof typeof LOGGED): number => Number(LOGGED[what].exec(out)?.[1] ?? NaN);
