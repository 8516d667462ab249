import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishRaw } from "../src/site/raw.js";

describe("publishing the raw documents", () => {
  it("copies the files the archive holds as <slug>.bin, new and changed ones only, and deletes copies no longer held", () => {
    const root = mkdtempSync(join(tmpdir(), "raw-"));
    const [content, raw] = [join(root, "content"), join(root, "_site", "raw")];
    mkdirSync(join(content, "2022"), { recursive: true });
    writeFileSync(join(content, "a.txt"), "甲");
    writeFileSync(join(content, "2022", "b 副本.html"), "<script>alert(1)</script><p>乙</p>");
    const held = new Map([
      ["a.txt", "a"],
      ["2022/b 副本.html", "2022-b-fu-ben"],
    ]);
    expect(publishRaw(content, held, raw)).toBe(2);
    expect(readFileSync(join(raw, "2022-b-fu-ben.bin"), "utf8")).toBe("<script>alert(1)</script><p>乙</p>");
    expect(publishRaw(content, held, raw)).toBe(0);
    // An edit, even one that keeps the size, is copied; a file no longer held loses its copy.
    writeFileSync(join(content, "a.txt"), "丙");
    utimesSync(join(content, "a.txt"), new Date(), new Date(Date.now() + 5000));
    held.delete("2022/b 副本.html");
    expect(publishRaw(content, held, raw)).toBe(1);
    expect(readFileSync(join(raw, "a.bin"), "utf8")).toBe("丙");
    expect(() => statSync(join(raw, "2022-b-fu-ben.bin"))).toThrow();
  });

  it("never copies through a symbolic link, and says so", () => {
    const root = mkdtempSync(join(tmpdir(), "raw-"));
    const [content, raw] = [join(root, "content"), join(root, "_site", "raw")];
    mkdirSync(content);
    writeFileSync(join(root, "secret"), "token");
    symlinkSync(join(root, "secret"), join(content, "a.txt"));
    const logged: string[] = [];
    expect(publishRaw(content, new Map([["a.txt", "a"]]), raw, (l) => logged.push(l))).toBe(0);
    expect(logged).toEqual([expect.stringMatching(/^\[raw\] ERROR "a\.txt": not published/)]);
    expect(() => statSync(join(raw, "a.bin"))).toThrow();
    rmSync(root, { recursive: true, force: true });
  });
});
