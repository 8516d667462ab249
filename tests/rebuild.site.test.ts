import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { searchText } from "./helpers.js";

const JIXI = "004_736a2d626d106f43";

describe("rebuilding after an edit, from the caches", () => {
  it("shows the edited article on its page, in the indexes that list it and in search, re-indexing only its shard", () => {
    const root = mkdtempSync(join(tmpdir(), "rebuild-"));
    const content = join(root, "content");
    cpSync("content", content, { recursive: true });
    const build = () =>
      execFileSync(process.execPath, ["--import", "tsx", "src/cli/build.ts"], {
        env: {
          ...process.env,
          ARCHIVE_CONTENT: content,
          ARCHIVE_OUTPUT: join(root, "_site"),
          ARCHIVE_CACHE: join(root, "cache"),
          SEARCH_SHARD_SIZE: "2",
        },
        encoding: "utf8",
      });
    const first = build();
    const shards = Number(/(\d+) shard\(s\), \1 indexed anew/.exec(first)?.[1]);
    expect(shards).toBeGreaterThanOrEqual(3);
    // The headline changes and a sentence is added.
    const file = join(content, `${JIXI}.txt`);
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("鸡西能力作风建设“实”字当头", "鸡西能力作风建设再出发")
        .replace("五月的鸡西,微风和煦、芬芳正浓。", "五月的鸡西,微风和煦、芬芳正浓。鸡西新建了一座湿地候鸟观测站。"),
    );
    const second = build();
    expect(second).toMatch(new RegExp(`${shards} shard\\(s\\), 1 indexed anew`));
    const page = (path: string) => readFileSync(join(root, "_site", path, "index.html"), "utf8");
    // The headline may break between its words (<wbr>).
    expect(page(`articles/${JIXI}`).replaceAll("<wbr>", "")).toMatch(/<h1[^>]*>[^<]*鸡西能力作风建设再出发/);
    expect(page(`articles/${JIXI}`)).toContain("湿地候鸟观测站");
    for (const index of ["", "dates/2023", "places/heilongjiang"]) {
      expect(page(index)).toContain("鸡西能力作风建设再出发");
      expect(page(index)).not.toContain("“实”字当头");
    }
    // The new sentence is in its re-indexed shard, where results read their excerpts.
    expect(searchText(join(root, "_site", "pagefind"))).toContain("鸡西新建了一座湿地候鸟观测站。");
  });
});
