import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { indexShard } from "../src/search/build/pagefind-run.js";
import { searchFragment } from "../src/search/build/records.js";
import { makeArticle } from "./helpers.js";

// Fragments are rewritten in Pagefind's own undocumented form (build/fragments.ts): if a Pagefind
// release writes them otherwise, indexing fails or this does.

const articles = [
  makeArticle("a", {
    title: "能力作风建设没有休止符",
    blocks: [
      { kind: "paragraph", text: "作為一位縣委書記，您如何看？", speaker: "记者", line: 1 },
      { kind: "heading", text: "踏石留印 抓铁有痕", line: 2 },
      { kind: "paragraph", text: "能力作风建设取得实效。", line: 3 },
    ],
  }),
  makeArticle("b", { title: "鸡西", blocks: [{ kind: "paragraph", text: "五月的鸡西，微风和煦。", line: 1 }] }),
];
const out = mkdtempSync(join(tmpdir(), "fragments-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the search index's fragments", () => {
  it("hold each article's readable body and its headings beside Pagefind's own fields", async () => {
    await indexShard(articles, out);
    const pages = readdirSync(join(out, "fragment")).map((name) => {
      const bytes = gunzipSync(readFileSync(join(out, "fragment", name)));
      expect(bytes.subarray(0, 12).toString()).toBe("pagefind_dcd");
      return JSON.parse(bytes.subarray(12).toString()) as Record<string, unknown>;
    });
    expect(pages.map((p) => p.url).sort()).toEqual(["/articles/a/", "/articles/b/"]);
    for (const a of articles) {
      const page = pages.find((p) => p.url === `/articles/${a.slug}/`)!;
      expect({ content: page.content, headings: page.headings }).toEqual(searchFragment(a));
      expect((page.meta as Record<string, string>).title).toBe(a.title);
    }
    expect(pages.find((p) => p.url === "/articles/a/")!.content).toBe(
      "作为一位县委书记，您如何看？\n踏石留印 抓铁有痕\n能力作风建设取得实效。",
    );
  }, 60_000);
});
