// Lighthouse scores for the built site's pages, with the system Chromium (never a downloaded one).
//   npm run build && npx tsx scripts/lighthouse.ts [path ...]
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { serve } from "../tests/serve.js";

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/articles/000_d4019421061fcf21/", "/", "/places/", "/search/?q=%E7%95%9C%E7%89%A7"];
const port = 9333;
const server = await serve(`${process.cwd()}/_site`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", `--remote-debugging-port=${port}`],
});
const rows: string[] = [];
for (const path of paths) {
  const result = await lighthouse(`${server.url}${path}`, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  const c = result!.lhr.categories;
  const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
  rows.push(`| ${path} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} |`);
  const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
  for (const a of failing) console.error(`  ${path}: ${a.id} — ${a.title}`);
}
await browser.close();
await server.close();
console.log("| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |\n" + rows.join("\n"));
