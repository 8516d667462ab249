import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf } from "../src/archive/imports.js";

/**
 * The layering of src/: each file's layer is its folder. From the bottom, the stages from bytes to
 * the site model; then two branches made from it that never import each other, the pages' HTML
 * and the search (its shared root, then the browser's code, then the build's, which bundles the
 * browser's); then what wires them up. A file imports only from its own layer or lower ones.
 */
const TRUNK = ["src/model", "src/text", "src/read", "src/unwrap", "src/clean", "src/describe", "src/pipeline", "src/archive", "src/site"];
const BRANCHES = [["src/render"], ["src/search", "src/search/browser", "src/search/build"]];
const TOP = ["src/pages", "src/eleventy", "src/cli"];

interface Layer {
  folder: string;
  /** 0 for the trunk, 1 + its index for a branch, -1 for the top. */
  branch: number;
  index: number;
}

const LAYERS: Layer[] = [
  ...TRUNK.map((folder, index) => ({ folder, branch: 0, index })),
  ...BRANCHES.flatMap((folders, b) => folders.map((folder, index) => ({ folder, branch: b + 1, index }))),
  ...TOP.map((folder, index) => ({ folder, branch: -1, index })),
];

const root = fileURLToPath(new URL("..", import.meta.url));
const path = (file: string) => relative(root, file);

/** Files outside src/ in the graph, by the layer they belong to. */
const OUTSIDE: Record<string, string> = { "eleventy.config.ts": "src/eleventy" };

/** The innermost layer holding a file. */
function layerOf(file: string): Layer | null {
  const folder = OUTSIDE[path(file)];
  if (folder) return LAYERS.find((l) => l.folder === folder)!;
  return LAYERS.filter((l) => path(file).startsWith(`${l.folder}/`)).sort((a, b) => b.folder.length - a.folder.length)[0] ?? null;
}

function mayImport(from: Layer, to: Layer): boolean {
  if (from === to) return true;
  if (to.branch === 0) return from.branch !== 0 || from.index > to.index;
  if (to.branch > 0) return from.branch === -1 || (from.branch === to.branch && from.index > to.index);
  return from.branch === -1 && from.index > to.index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|mts|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const files = [...sourceFiles(join(root, "src")), ...Object.keys(OUTSIDE).map((f) => join(root, f))];
const graph = new Map(files.map((f) => [f, importsOf(f).files]));

/** Every import cycle, as the files along it (Tarjan's strongly connected components). */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.indexOf(v));
    if (component.length > 1 || edges.get(v)?.includes(v)) found.push(component.map(path).sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("the layering of src/", () => {
  it("orders the stages and keeps the two branches apart", () => {
    const may = (from: string, to: string) => mayImport(layerOf(join(root, from, "x.ts"))!, layerOf(join(root, to, "x.ts"))!);
    expect(may("src/describe", "src/clean")).toBe(true);
    expect(may("src/clean", "src/describe")).toBe(false);
    expect(may("src/render", "src/site")).toBe(true);
    expect(may("src/site", "src/render")).toBe(false);
    expect(may("src/search/build", "src/render")).toBe(false);
    expect(may("src/render", "src/search")).toBe(false);
    expect(may("src/search/build", "src/search/browser")).toBe(true);
    expect(may("src/search/browser", "src/search/build")).toBe(false);
    expect(may("src/search", "src/search/browser")).toBe(false);
    expect(may("src/pages", "src/search/build")).toBe(true);
    expect(may("src/eleventy", "src/cli")).toBe(false);
  });

  it("puts every file in a layer", () => {
    expect([...graph.keys()].filter((f) => !layerOf(f)).map(path)).toEqual([]);
  });

  it("has every file import only from its own layer or lower ones", () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => {
          const [from, to] = [layerOf(file), layerOf(target)];
          return from && to && !mayImport(from, to);
        })
        .map((target) => `${path(file)} → ${path(target)}`),
    );
    expect(wrong).toEqual([]);
  });

  it("has no import cycles", () => {
    expect(cycles(graph)).toEqual([]);
  });
});
