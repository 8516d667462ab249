import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "./serve.js";

/**
 * The system's Chromium, headless, offline: never a downloaded browser. Debian's /usr/bin/chromium
 * unless CHROMIUM_PATH names another (the GitHub runner's Chrome). Screenshots go to test-results/.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync("test-results", { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A Chromium and a server of a built site (under its path prefix) for one test file or block, started once and closed after. */
export function withReader(dir: string, prefix = "/"): { browser: Browser; server: Awaited<ReturnType<typeof serve>> } {
  const reader = {} as { browser: Browser; server: Awaited<ReturnType<typeof serve>> };
  beforeAll(async () => {
    reader.browser = await launchChromium();
    reader.server = await serve(dir, prefix);
  });
  afterAll(async () => {
    await reader.browser?.close();
    await reader.server?.close();
  });
  return reader;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What axe-core finds wrong on the page open in Chromium: each rule broken, with the first three elements breaking it. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run();
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  });
}
