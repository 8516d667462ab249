import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";

/**
 * `eleventy --serve --incremental` (`npm run serve`), and its log. Wait for SERVING before editing:
 * the dev server starts once the watcher is ready, and an edit before that goes unseen.
 */
export function watchSite(env: Record<string, string>) {
  // The dev server takes the next free port when this one is taken.
  const port = String(8100 + (process.pid % 800));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", "--incremental", `--port=${port}`],
    { env: { ...process.env, ...env } },
  );
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const count = (re: RegExp) => (log.match(new RegExp(re, "g")) ?? []).length;
  return {
    log: () => log,
    /** Waits until the log holds `n` lines matching `re` and returns the time then. */
    async logged(re: RegExp, n: number, timeoutMs = 600_000): Promise<number> {
      for (const started = performance.now(); count(re) < n; await new Promise((r) => setTimeout(r, 20)))
        if (child.exitCode !== null || performance.now() - started > timeoutMs)
          throw new Error(`no ${n}× ${re} in the log of eleventy --watch:\n${log.slice(-3000)}`);
      return performance.now();
    },
    stop: () => void child.kill(),
  };
}

/** The server up, a build's end ("Wrote N files"), and the end of a search run, in the log. */
export const SERVING = /Server at http/;
export const BUILT = /Wrote \d+ files/;
export const SEARCHED = /\[search\] \d+ articles indexed/;

/**
 * Seconds from saving one document while watching to the end of the rebuild that renders it
 * (when the dev server reloads the page) and to its search index being replaced in the background.
 */
export async function watchedEdit(
  env: Record<string, string>,
  file: string,
): Promise<{ rebuilt: number; searchable: number; log: string }> {
  const site = watchSite(env);
  try {
    // The first build renders everything and re-links the cached search shards.
    await site.logged(SERVING, 1);
    await site.logged(SEARCHED, 1);
    const saved = performance.now();
    appendFileSync(file, "\n\n本报讯 这是监视构建时补充的一段文字。\n");
    const rebuilt = await site.logged(BUILT, 2);
    const searchable = await site.logged(SEARCHED, 2);
    return { rebuilt: (rebuilt - saved) / 1000, searchable: (searchable - saved) / 1000, log: site.log() };
  } finally {
    site.stop();
  }
}
