import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeVersion, importGraph, importsOf, packageVersion, specifiers } from "../src/archive/imports.js";

/** A folder of the files named, made as needed. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "imports-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const pkg = (name: string, version: string) => JSON.stringify({ name, version, exports: { ".": "./index.js" } });

describe("the import-graph reader", () => {
  it("reads every form of import Prettier writes, and nothing else", () => {
    const source = `import { a, type B } from "./a.js";
import type { C } from "../c.js";
import {
  d,
  e,
} from "pkg";
import * as ns from "@scope/name/sub";
import def, { f } from "./f.js";
import "./side-effect.js";
export { g } from "./g.js";
export * from "./h.js";
// Text that reads like an import: import x from "nowhere" is no import, nor "from" in a sentence,
// nor new URL("./comment.ts", import.meta.url) in a comment,
/* nor require("block") */
/**
 * nor await import("./doc.js") in documentation.
 */
const lazy = await import("./lazy.js");
const data = require("data/file.json");
const worker = new URL("./worker.ts", import.meta.url);
const folder = new URL("../", import.meta.url);
`;
    expect(specifiers(source)).toEqual([
      "./a.js",
      "../c.js",
      "pkg",
      "@scope/name/sub",
      "./f.js",
      "./side-effect.js",
      "./g.js",
      "./h.js",
      "./lazy.js",
      "data/file.json",
      "./worker.ts",
    ]);
  });

  it("resolves ./x.js to the x.ts that exists, names packages without their subpaths and leaves out Node's own", () => {
    const root = tree({
      "a.ts": `import { b } from "./b.js";\nimport { c } from "./c.mjs";\nimport { readFileSync } from "node:fs";\nimport { join } from "path";\nimport x from "@scope/name/sub";\nimport y from "pkg/deep/file.js";\n`,
      "b.ts": "",
      "c.mjs": "",
    });
    expect(importsOf(join(root, "a.ts"))).toEqual({ files: [join(root, "b.ts"), join(root, "c.mjs")], packages: ["@scope/name", "pkg"] });
    writeFileSync(join(root, "d.ts"), `import { gone } from "./gone.js";\n`);
    expect(() => importsOf(join(root, "d.ts"))).toThrow(/d\.ts imports "\.\/gone\.js", which is no file/);
  });

  it("follows relative imports from the entry through cycles, each file once", () => {
    const root = tree({
      "entry.ts": `import "./a.js";\nimport "./b.js";\n`,
      "a.ts": `import "./b.js";\n`,
      "b.ts": `import "./a.js";\n`,
      "unused.ts": `import "./entry.js";\n`,
    });
    expect([...importGraph(join(root, "entry.ts")).keys()]).toEqual(["entry.ts", "a.ts", "b.ts"].map((f) => join(root, f)));
  });

  it("finds a package's version in the nearest node_modules above the importing file, exported or not", () => {
    const root = tree({
      "node_modules/pkg/package.json": pkg("pkg", "1.2.3"),
      "node_modules/@scope/name/package.json": pkg("@scope/name", "4.5.6"),
      "app/node_modules/pkg/package.json": pkg("pkg", "2.0.0"),
      "app/deep/file.ts": "",
      "other.ts": "",
    });
    expect(packageVersion("pkg", join(root, "app/deep/file.ts"))).toBe("2.0.0");
    expect(packageVersion("pkg", join(root, "other.ts"))).toBe("1.2.3");
    expect(packageVersion("@scope/name", join(root, "app/deep/file.ts"))).toBe("4.5.6");
    expect(() => packageVersion("missing", join(root, "other.ts"))).toThrow(/missing, which is not installed/);
  });

  it("versions code by what its entry reaches: the files' source and the packages' versions", () => {
    const root = tree({
      "src/entry.ts": `import { a } from "./lib/a.js";\n`,
      "src/lib/a.ts": `import p from "pkg";\nexport const a = 1;\n`,
      "src/unused.ts": "export const u = 1;\n",
      "node_modules/pkg/package.json": pkg("pkg", "1.0.0"),
    });
    const entry = join(root, "src/entry.ts");
    const version = codeVersion(entry);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(join(root, "src/unused.ts"), "export const u = 2;\n");
    expect(codeVersion(entry)).toBe(version);
    // The same code elsewhere (another clone, another machine) has the same version.
    const moved = mkdtempSync(join(tmpdir(), "imports-moved-"));
    cpSync(root, moved, { recursive: true });
    expect(codeVersion(join(moved, "src/entry.ts"))).toBe(version);
    writeFileSync(join(root, "node_modules/pkg/package.json"), pkg("pkg", "1.0.1"));
    const upgraded = codeVersion(entry);
    expect(upgraded).not.toBe(version);
    writeFileSync(join(root, "src/lib/a.ts"), `import p from "pkg";\nexport const a = 2;\n`);
    expect(codeVersion(entry)).not.toBe(upgraded);
  });
});
