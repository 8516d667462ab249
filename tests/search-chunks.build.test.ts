import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indexShard, INDEX_CHUNK_SIZE } from "../src/search/build/pagefind-run.js";
import { makeArticle } from "./helpers.js";

// The index's chunk size is an undocumented Pagefind setting (pagefind-run.ts): if a Pagefind
// release stops reading it, chunks fall back to Pagefind's default and this fails.

const HAN =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";
const text = (i: number) => Array.from({ length: 400 }, (_, j) => HAN[(i * 7 + j * 13 + ((j * j) % 17)) % HAN.length]).join("");
const articles = Array.from({ length: 60 }, (_, i) =>
  makeArticle(`a${i}`, { title: `第${i}篇`, blocks: [{ kind: "paragraph", text: text(i), line: 1 }] }),
);
const out = mkdtempSync(join(tmpdir(), "chunks-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const chunks = async (dir: string, size: number) => {
  await indexShard(articles, join(out, dir), size);
  return readdirSync(join(out, dir, "index")).length;
};

describe("the search index's chunks", () => {
  it("are cut at the archive's chunk size, smaller than Pagefind's default", async () => {
    const small = await chunks("small", INDEX_CHUNK_SIZE / 10);
    const archive = await chunks("archive", INDEX_CHUNK_SIZE);
    const large = await chunks("large", INDEX_CHUNK_SIZE * 4);
    expect(small).toBeGreaterThan(archive);
    expect(archive).toBeGreaterThan(large);
  }, 120_000);
});
