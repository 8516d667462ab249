// npm run add -- <files or folders>: copies raw documents into content/ byte for byte, cleans
// each, and says what was found, what was guessed or missing, and how to correct it.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import * as yaml from "js-yaml";
import { cleanDocument } from "../pipeline.js";
import { OVERRIDE_SUFFIX } from "../overrides.js";
import type { Article } from "../types.js";
import { placeChain } from "../describe/places.js";
import { readVocabulary } from "../site/load.js";

const CONTENT = process.env.ARCHIVE_CONTENT ?? "content";
const vocabulary = readVocabulary("_data/vocabulary.yaml");

function collect(path: string): string[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => !n.startsWith("."))
    .sort()
    .flatMap((n) => collect(join(path, n)));
}

/** A free name in content/: the file's own, or "name (2).ext" when another file has it. */
function freeName(name: string): string {
  const ext = extname(name);
  let candidate = name;
  for (let i = 2; existsSync(join(CONTENT, candidate)); i++) candidate = `${basename(name, ext)} (${i})${ext}`;
  return candidate;
}

function report(a: Article, name: string): string[] {
  const fix = `content/${name}${OVERRIDE_SUFFIX}`;
  const place = placeChain(a.place).join("/");
  const lines = [
    `  title        ${a.title}${a.subtitle ? ` —— ${a.subtitle}` : ""}`,
    `  date         ${a.date ? `${a.dateEstimated ? `about ${a.date.slice(0, 4)} (estimated)` : a.date} from ${a.found.date}` : "none stated"}`,
    `  place        ${place || "none found"}${place ? ` from ${a.found.place}` : ""}`,
    `  publication  ${a.publication ?? "none found"}${a.publication ? ` from ${a.found.publication}` : ""}`,
    `  authors      ${a.authors.join("、") || "none found"}`,
    `  tags         ${a.tags.join("、") || "none"}`,
  ];
  const missing: [boolean, string, string][] = [
    [!a.date || a.dateEstimated, "date", "2022-06-29"],
    [!a.place.province, "place", "黑龙江省/大庆市/林甸县"],
    [!a.publication, "publication", "黑龙江日报"],
    [!a.authors.length, "authors", "[张三, 李四]"],
  ];
  const todo = missing.filter(([m]) => m);
  if (todo.length) {
    lines.push(`  guessed or missing: ${todo.map(([, k]) => k).join(", ")}. To set them, write ${fix}, e.g.:`);
    for (const [, key, example] of todo) lines.push(`      ${key}: ${example}`);
  }
  for (const m of a.messages.filter((m) => m.severity !== "info")) lines.push(`  ${m.severity}: line ${m.line}: ${m.rule}: ${m.text}`);
  return lines;
}

const args = process.argv.slice(2);
if (!args.length) {
  console.error("usage: npm run add -- <files or folders>");
  process.exit(2);
}
// What the archive holds, by content: read once, not once per file added.
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const held = new Map(
  readdirSync(CONTENT)
    .filter((n) => statSync(join(CONTENT, n)).isFile())
    .map((n) => [sha(readFileSync(join(CONTENT, n))), n]),
);
let failed = 0;
for (const path of args.flatMap(collect)) {
  const bytes = readFileSync(path);
  const name = basename(path);
  const existing = held.get(sha(bytes));
  if (existing) {
    console.log(`= ${path}: already in the archive as content/${existing}; not copied`);
    continue;
  }
  if (name.endsWith(OVERRIDE_SUFFIX)) {
    try {
      yaml.load(bytes.toString("utf8"));
    } catch (e) {
      console.log(`✗ ${path}: corrections that are not valid YAML (${(e as Error).message.split("\n")[0]}); not copied`);
      failed++;
      continue;
    }
    copyFileSync(path, join(CONTENT, name));
    held.set(sha(bytes), name);
    console.log(`+ ${path} → content/${name} (corrections; checked at the next build)`);
    continue;
  }
  let article: Article;
  try {
    article = cleanDocument(name, bytes, { vocabulary });
  } catch (e) {
    console.log(`✗ ${path}: ${(e as Error).message}; not copied`);
    failed++;
    continue;
  }
  const target = freeName(name);
  copyFileSync(path, join(CONTENT, target));
  held.set(sha(bytes), target);
  console.log(`+ ${path} → content/${target} [${article.wrapper}, ${article.encoding}]`);
  for (const line of report(article, target)) console.log(line);
}
console.log(
  failed ? `${failed} file(s) not added: see the ✗ lines.` : "Done. npm run build to publish, npm run build -- --strict to check.",
);
process.exitCode = failed ? 1 : 0;
