import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article, buildFrom, writeContent } from "./build.js";
import { readContent } from "../src/read/files.js";
import { RULES } from "../src/model/rules.js";

// A file name that tries to forge a line of the build log.
const FORGED = "note\n[archive] 99 articles built, 0 warnings, 0 errors.txt";

const files = {
  "2022/林甸.txt": article("林甸县"),
  "2023/林甸.txt": article("肇源县"),
  "来稿/第二批/迁安.md": article("迁安市"),
  "secret.txt": { link: "../../../package.json" },
  "gone.txt": { link: "/nowhere/at/all.txt" },
  "folder-link": { link: ".." },
  ".hidden.txt": article("呼兰区"),
  ".git/config": "[remote]\n\turl = https://token@example.org/x.git\n",
  [FORGED]: article("鸡西市"),
};

describe("the content walk", () => {
  const site = buildFrom(files);
  const sources = () => site.manifest().map((a) => a.source);

  it("reads documents in subfolders, each with a permalink of its own", () => {
    expect(site.status).toBe(0);
    expect(sources()).toEqual(expect.arrayContaining(["2022/林甸.txt", "2023/林甸.txt", "来稿/第二批/迁安.md"]));
    const urls = site.manifest().map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(site.manifest().find((a) => a.source === "2023/林甸.txt")!.url).toBe("/articles/2023-lin-dian/");
    expect(site.read("articles/2023-lin-dian/index.html")).toContain("肇源县");
  });

  it("never follows a symbolic link: each is named and refused, and nothing outside content/ is published", () => {
    for (const name of ["secret.txt", "gone.txt", "folder-link"])
      expect(site.log).toMatch(new RegExp(`ERROR "${name.replace(".", "\\.")}": a symbolic link, never followed`));
    const published = readdirSync(site.dir, { recursive: true, encoding: "utf8" }).map((f) => join(site.dir, f));
    const outside = readFileSync("package.json");
    for (const f of published.filter((p) => p.endsWith(".bin"))) expect(readFileSync(f).equals(outside)).toBe(false);
    expect(sources()).not.toContain("secret.txt");
  });

  it("names hidden files and folders as skipped, and --strict fails on them", () => {
    expect(site.log).toMatch(/WARNING "\.hidden\.txt": a hidden file or folder, skipped/);
    expect(site.log).toMatch(/WARNING "\.git": a hidden file or folder, skipped/);
    expect(sources().some((s) => s.includes(".git") || s.includes(".hidden"))).toBe(false);
    const strict = buildFrom({ "a.txt": article("林甸县"), ".b.txt": article("肇源县") }, ["--strict"]);
    expect(strict.status).not.toBe(0);
    expect(strict.log).toMatch(/--strict: 1 problems in content\//);
  });

  it("quotes file names in the log, so that no name can forge a line", () => {
    expect(site.log).toContain(JSON.stringify(FORGED));
    expect(site.log.split("\n").filter((l) => l.startsWith("[archive] 99 articles built"))).toEqual([]);
    expect(site.log).toMatch(/^\[archive\] 4 articles built, \d+ warnings, 3 errors/m);
  });

  it("names a special file (a pipe) as skipped without opening it", () => {
    const { content } = writeContent({ "a.txt": article("林甸县") });
    execFileSync("mkfifo", [join(content, "pipe")]);
    const read = readContent(content);
    expect(read.documents.map((d) => d.name)).toEqual(["a.txt"]);
    expect(read.skipped).toEqual([
      expect.objectContaining({
        source: "pipe",
        ruleId: RULES.specialFile.id,
        line: null,
        text: expect.stringMatching(/not a regular file/),
      }),
    ]);
    expect(existsSync(join(content, "pipe"))).toBe(true);
  });
});
