import { STEPS } from "../src/pipeline/index.js";
import { newDraft } from "../src/model/draft.js";
import { readFileSync } from "node:fs";
import { toTraditional } from "../src/text/opencc.js";
const src = readFileSync("tests/traditional.test.ts", "utf8");
const page = src.slice(src.indexOf("const page = `") + 14, src.indexOf("</html>`;") + 7);
for (const steps of [STEPS, STEPS.filter((s) => s.name !== "readTraditional")]) {
  const d = steps.reduce((x, s) => s(x), newDraft("a.html", new TextEncoder().encode(toTraditional(page)), {}));
  console.log(d.described.title, d.described.date, d.described.publication, "|", d.blocks.map((b) => b.text).join(" / ").slice(0, 400));
}
