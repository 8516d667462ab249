import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishRaw } from "../src/site/raw.js";

describe("publishing the raw documents", () => {
  it("copies new and changed files only, as received, and deletes copies of files that are gone", () => {
    const root = mkdtempSync(join(tmpdir(), "raw-"));
    const [content, raw] = [join(root, "content"), join(root, "_site", "raw")];
    mkdirSync(content);
    writeFileSync(join(content, "a.txt"), "甲");
    writeFileSync(join(content, "b 副本.html"), "<p>乙</p>");
    writeFileSync(join(content, "a.txt.meta.yaml"), "title: 甲\n");
    expect(publishRaw(content, raw)).toBe(3);
    expect(readFileSync(join(raw, "b 副本.html"), "utf8")).toBe("<p>乙</p>");
    expect(publishRaw(content, raw)).toBe(0);
    // An edit, even one that keeps the size, is copied; a deleted file's copy goes.
    writeFileSync(join(content, "a.txt"), "丙");
    utimesSync(join(content, "a.txt"), new Date(), new Date(Date.now() + 5000));
    rmSync(join(content, "b 副本.html"));
    expect(publishRaw(content, raw)).toBe(1);
    expect(readFileSync(join(raw, "a.txt"), "utf8")).toBe("丙");
    expect(() => statSync(join(raw, "b 副本.html"))).toThrow();
  });
});
