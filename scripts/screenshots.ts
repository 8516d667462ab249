// Screenshots of the built site for the README, at phone and desktop widths, light and dark.
//   npm run build && npx tsx scripts/screenshots.ts
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { serve } from "../tests/serve.js";

const shots: [name: string, path: string][] = [
  ["home", "/"],
  ["article", "/articles/000_d4019421061fcf21/"],
  ["article-hant", "/articles/000_d4019421061fcf21/hant/"],
  // The timeline of articles per month, and the tile map of provinces.
  ["dates", "/dates/"],
  ["places", "/places/"],
  // Two of its results list sections of their articles.
  ["search", `/search/?q=${encodeURIComponent("能力作风建设")}`],
];
const out = "docs/screenshots";
mkdirSync(out, { recursive: true });
const server = await serve(`${process.cwd()}/_site`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [width, height, label, scheme] of [
  [1280, 860, "desktop", "light"],
  [390, 844, "phone", "dark"],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  for (const [name, path] of shots) {
    await page.goto(server.url + path);
    if (name === "search") await page.waitForFunction(() => /找到/.test(document.querySelector("#search-status")?.textContent ?? ""));
    await page.screenshot({ path: `${out}/${name}-${label}.png` });
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);
