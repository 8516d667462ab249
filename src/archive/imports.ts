import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** What one module imports: the files its relative imports name, and the packages of its bare ones. */
export interface ModuleImports {
  files: string[];
  packages: string[];
}

// The module syntax Prettier writes: import and export statements start a line (their names may
// run over several lines); import() and require() with a literal, and worker entries (a new URL
// of a relative path and import.meta.url), may stand anywhere. Lines of comments are left out.
const STATEMENT =
  /^(?:import|export)(?:\s+type)?\s+(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)?\s*from\s*(["'])([^"']+)\1|^import\s*(["'])([^"']+)\3/gm;
const CALL = /\b(?:import|require)\(\s*(["'])([^"']+)\1\s*\)|\bnew URL\(\s*(["'])(\.\.?\/[^"']+\.[cm]?[jt]s)\3,\s*import\.meta\.url\s*\)/g;
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*).*$/gm;

/** The specifiers a module's source names, in order of appearance, each once. */
export function specifiers(source: string): string[] {
  const code = source.replace(COMMENT_LINE, "");
  const found = [...code.matchAll(STATEMENT), ...code.matchAll(CALL)].sort((a, b) => a.index - b.index);
  return [...new Set(found.map((m) => (m[2] ?? m[4])!))];
}

/** The imports of the module in `file`: relative specifiers resolved to files (`./x.js` is x.ts when that is what exists). */
export function importsOf(file: string): ModuleImports {
  const imports: ModuleImports = { files: [], packages: [] };
  for (const specifier of specifiers(readFileSync(file, "utf8"))) {
    if (specifier.startsWith(".")) imports.files.push(resolveFile(file, specifier));
    else if (!isBuiltin(specifier)) imports.packages.push(packageName(specifier));
  }
  imports.packages = [...new Set(imports.packages)];
  return imports;
}

function resolveFile(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier);
  const candidates = [path, path.replace(/\.js$/, ".ts"), path.replace(/\.mjs$/, ".mts"), path.replace(/\.cjs$/, ".cts")];
  const found = candidates.find((p) => existsSync(p) && statSync(p).isFile());
  if (!found) throw new Error(`${from} imports "${specifier}", which is no file`);
  return found;
}

/** "@scope/name/sub" → "@scope/name"; "name/sub" → "name". */
const packageName = (specifier: string): string =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/** Every file reachable from `entry` through relative imports (entry first), with what each imports. */
export function importGraph(entry: string | URL): Map<string, ModuleImports> {
  const graph = new Map<string, ModuleImports>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const imports = importsOf(file);
    graph.set(file, imports);
    imports.files.forEach(visit);
  };
  visit(typeof entry === "string" ? resolve(entry) : fileURLToPath(entry));
  return graph;
}

/**
 * The installed version of a package as the module in `from` finds it: the package.json of
 * node_modules/<name> in the nearest folder above that has one, as Node looks packages up (read
 * from disk, it needs no export of package.json).
 */
export function packageVersion(name: string, from: string | URL): string {
  const start = typeof from === "string" ? from : fileURLToPath(from);
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error(`${start} imports ${name}, which is not installed`);
  }
}

/**
 * A version of the code reachable from `entry`: the source of every file its relative imports
 * reach and the installed version of every package those files import. What the code imports
 * changes it; nothing else does, wherever files move.
 */
export function codeVersion(entry: string | URL): string {
  const graph = importGraph(entry);
  const root = dirname([...graph.keys()][0]!);
  const hash = createHash("sha256");
  const packages = new Map<string, string>();
  for (const file of [...graph.keys()].sort()) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    for (const name of graph.get(file)!.packages) if (!packages.has(name)) packages.set(name, packageVersion(name, file));
  }
  for (const name of [...packages.keys()].sort()) hash.update(`${name}@${packages.get(name)}\0`);
  return hash.digest("hex").slice(0, 16);
}
