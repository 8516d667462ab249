// npm run add -- <files or folders>: copies raw documents into content/ byte for byte, cleans
// each, and says what was found, what was guessed or missing, and how to correct it. It never
// overwrites a file in content/.
import { createHash } from "node:crypto";
import { constants, copyFileSync, existsSync, lstatSync, readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { cleanDocument } from "../pipeline/index.js";
import { readCorrections } from "../archive/corrections.js";
import type { Article, Message } from "../model/types.js";
import { placeChain } from "../describe/places.js";
import { readOfficialTerms, readVocabulary } from "../archive/load.js";
import { findOfficials } from "../site/officials.js";
import { OVERRIDE_SUFFIX, readContent, readRegularFile } from "../read/files.js";
import { formatMessage, quoted } from "../text/quote.js";
import { readBuildConfig } from "../eleventy/config.js";

const CONTENT = readBuildConfig(process.env).contentDir;
const vocabulary = readVocabulary("_data/vocabulary.yaml");
const officialTerms = readOfficialTerms("_data/officials.yaml");
let failed = 0;
const refuse = (path: string, why: string, problems: Message[] = []) => {
  console.log(`✗ ${quoted(path)}: ${why}; not copied`);
  for (const m of problems) console.log(`  ${formatMessage(m)}`);
  failed++;
};

/** The files to add under a path; links are never followed, hidden files are left out. */
function collect(path: string): string[] {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${path}: no such file or folder`);
  if (stat.isSymbolicLink()) {
    refuse(path, "a symbolic link (copy the document itself)");
    return [];
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) {
    refuse(path, "not a regular file");
    return [];
  }
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

/** Copies a file into content/ under a name no file has; never over one (COPYFILE_EXCL). */
function place(path: string, name: string): void {
  copyFileSync(path, join(CONTENT, name), constants.COPYFILE_EXCL);
}

/** The officials a document names, each once: 林甸县委书记晋伟 (黑龙江省/大庆市/林甸县). */
const officials = (a: Article): string =>
  [
    ...new Set(
      findOfficials(a, officialTerms).map((o) => `${o.organ}${o.post}${o.name} (${placeChain(o.place).join("/") || "place unknown"})`),
    ),
  ].join("、");

function report(a: Article, name: string): string[] {
  const fix = `content/${name}${OVERRIDE_SUFFIX}`;
  const where = placeChain(a.place).join("/");
  const lines = [
    `  title        ${a.title}${a.subtitle ? ` —— ${a.subtitle}` : ""}`,
    `  date         ${a.date ? `${a.dateEstimated ? `about ${a.date.slice(0, 4)} (estimated)` : a.date} from ${a.found.date}` : "none stated"}`,
    `  place        ${where || "none found"}${where ? ` from ${a.found.place}` : ""}`,
    `  publication  ${a.publication ?? "none found"}${a.publication ? ` from ${a.found.publication}` : ""}`,
    `  authors      ${a.authors.join("、") || "none found"}`,
    `  tags         ${a.tags.join("、") || "none"}`,
    `  officials    ${officials(a) || "none found"}`,
  ];
  const missing: [boolean, string, string][] = [
    [!a.date || a.dateEstimated, "date", "2022-06-29"],
    [!a.place.province, "place", "黑龙江省/大庆市/林甸县"],
    [!a.publication, "publication", "黑龙江日报"],
    [!a.authors.length, "authors", "[张三, 李四]"],
  ];
  const todo = missing.filter(([m]) => m);
  if (todo.length) {
    lines.push(`  guessed or missing: ${todo.map(([, k]) => k).join(", ")}. To set them, write ${quoted(fix)}, e.g.:`);
    for (const [, key, example] of todo) lines.push(`      ${key}: ${example}`);
  }
  for (const m of a.messages.filter((m) => m.severity !== "info")) lines.push(`  ${formatMessage(m)}`);
  return lines;
}

const args = process.argv.slice(2);
if (!args.length) {
  console.error("usage: npm run add -- <files or folders>");
  process.exit(2);
}
// What the archive holds, by content: read once, not once per file added.
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const existing = readContent(CONTENT);
const held = new Map(existing.documents.map((d) => [sha(d.bytes), d.name]));
const paths = args.flatMap(collect);
const isCorrections = (p: string) => p.endsWith(OVERRIDE_SUFFIX);
// Where each document added (or found already held) now is in content/, by the path it came from:
// its corrections follow it there, renamed or not.
const landed = new Map<string, string>();
for (const path of paths.filter((p) => !isCorrections(p))) {
  const bytes = readRegularFile(path);
  const name = basename(path);
  const known = held.get(sha(bytes));
  if (known) {
    console.log(`= ${quoted(path)}: already in the archive as ${quoted(`content/${known}`)}; not copied`);
    landed.set(path, known);
    continue;
  }
  // Cleaned under the name it will have in content/, which its messages name.
  const target = freeName(name);
  let article: Article;
  try {
    article = cleanDocument(target, bytes, { vocabulary });
  } catch (e) {
    refuse(path, (e as Error).message);
    continue;
  }
  place(path, target);
  held.set(sha(bytes), target);
  landed.set(path, target);
  console.log(`+ ${quoted(path)} → ${quoted(`content/${target}`)} [${article.wrapper}, ${article.encoding}]`);
  for (const line of report(article, target)) console.log(line);
}
for (const path of paths.filter(isCorrections)) {
  const of = path.slice(0, -OVERRIDE_SUFFIX.length);
  const document = landed.get(of) ?? basename(of);
  const target = document + OVERRIDE_SUFFIX;
  const { errors } = readCorrections(document, () => readRegularFile(path));
  if (paths.includes(of) && !landed.has(of)) refuse(path, `its document ${quoted(of)} was not added`);
  else if (errors.length) refuse(path, "corrections that do not check out", errors);
  else if (existsSync(join(CONTENT, target)))
    refuse(path, `${quoted(`content/${target}`)} already holds corrections; merge the two by hand`);
  else if (!landed.has(of) && !existsSync(join(CONTENT, document)))
    refuse(path, `there is no document ${quoted(basename(of))} beside it or in content/ for these corrections`);
  else {
    place(path, target);
    console.log(`+ ${quoted(path)} → ${quoted(`content/${target}`)} (corrections of ${quoted(document)})`);
  }
}
console.log(
  failed ? `${failed} file(s) not added: see the ✗ lines.` : "Done. npm run build to publish, npm run build -- --strict to check.",
);
process.exitCode = failed ? 1 : 0;
