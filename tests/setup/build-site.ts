import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { writeWorkflowContent } from "./workflow-content.js";

declare module "vitest" {
  export interface ProvidedContext {
    site: { dir: string; log: string; content: string };
    /** The same archive built as a GitHub Pages project site under a path prefix, its search index in many shards. */
    prefixed: { dir: string; prefix: string };
    /** The archive built in two parts by year (2022; 2023 and undated), under /parts/2022/ and /parts/rest/. */
    parts: { dir: string; prefix: string };
    /** An archivist's folder: duplicates, corrections and bad input (tests/setup/workflow-content.ts). */
    workflow: { dir: string; log: string; content: string; strict: { status: number; output: string } };
  }
}

/** The public origin the test builds are made for (feed, sitemap and robots.txt carry it). */
export const SITE_ORIGIN = "https://archive.example";

/**
 * Builds the real site once for the end-to-end and browser tests: the seeds plus documents that
 * must not break the build (empty, binary, hostile HTML), into a temporary folder; and again with a
 * path prefix, as a project site.
 */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "archive-site-"));
  const content = join(root, "content");
  cpSync("content", content, { recursive: true });
  writeFileSync(join(content, "empty.txt"), "");
  writeFileSync(join(content, "扫描件 副本.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
  writeFileSync(
    join(content, "hostile.html"),
    `<h1>某县<script>alert("x")</script>召开会议</h1><p onclick="steal()">全县召开会议，部署今年的重点工作任务，要求各部门抓好落实。</p>
<style>body{display:none}</style><p>&lt;img src=x onerror=alert(1)&gt; 这段文字里的尖括号必须原样显示，不能成为标签。</p>`,
  );
  const build = (dir: string, env: Record<string, string>) =>
    execFileSync(
      process.execPath,
      ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${dir}`],
      {
        env: { ...process.env, ARCHIVE_CONTENT: content, SITE_URL: SITE_ORIGIN, ...env },
        encoding: "utf8",
      },
    );
  const dir = join(root, "_site");
  const log = build(dir, { PATH_PREFIX: "/" });
  const prefixed = { dir: join(root, "_site-prefixed"), prefix: "/news-archive/" };
  // One article per search shard, and only two searched until the reader asks for all.
  build(prefixed.dir, { PATH_PREFIX: prefixed.prefix, SEARCH_SHARD_SIZE: "1", SEARCH_FIRST_LOAD: "2" });
  project.provide("site", { dir, log, content });
  project.provide("prefixed", prefixed);
  // The same archive in two parts split by year, as two CI jobs would build it, each searching both.
  const parts = { dir: join(root, "_site-parts"), prefix: "/parts/" };
  build(join(parts.dir, "2022"), { PATH_PREFIX: "/parts/2022/", ARCHIVE_YEARS: "2022", SEARCH_PARTS: "/parts/rest/" });
  build(join(parts.dir, "rest"), { PATH_PREFIX: "/parts/rest/", ARCHIVE_YEARS: "2023,undated", SEARCH_PARTS: "/parts/2022/" });
  project.provide("parts", parts);

  const workflowContent = join(root, "workflow-content");
  mkdirSync(workflowContent);
  writeWorkflowContent("content", workflowContent);
  const workflowDir = join(root, "_site-workflow");
  const workflowEnv = { ARCHIVE_CONTENT: workflowContent, PATH_PREFIX: "/" };
  const workflowLog = build(workflowDir, workflowEnv);
  // The same folder with --strict: its warnings and errors must fail the build.
  const strictRun = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--strict"], {
    env: { ...process.env, ...workflowEnv, SITE_URL: SITE_ORIGIN, ARCHIVE_OUTPUT: join(root, "_site-strict") },
    encoding: "utf8",
  });
  project.provide("workflow", {
    dir: workflowDir,
    log: workflowLog,
    content: workflowContent,
    strict: { status: strictRun.status ?? -1, output: strictRun.stdout + strictRun.stderr },
  });
  return () => rmSync(root, { recursive: true, force: true });
}
