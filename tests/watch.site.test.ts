import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { searchText } from "./helpers.js";
import { BUILT, SEARCHED, SERVING, watchSite } from "../scripts/bench/watch.js";

const JIXI = "004_736a2d626d106f43"; // the newest seed; its one neighbour by date is 003
const FAR = "002_f5d6362a3da3be2b"; // two articles away from it by date
const UNDATED = "001_563726c68da262f3"; // the only undated seed

const root = mkdtempSync(join(tmpdir(), "watch-"));
const content = join(root, "content");
const site = join(root, "_site");
cpSync("content", content, { recursive: true });
const eleventy = watchSite({ ARCHIVE_CONTENT: content, ARCHIVE_OUTPUT: site, ARCHIVE_CACHE: join(root, "cache"), SEARCH_SHARD_SIZE: "2" });
afterAll(eleventy.stop);
// The first build and search start with the test file, beside the other tests.
const logged = (re: RegExp, n: number) => eleventy.logged(re, n, 110_000);
const page = (path: string) => readFileSync(join(site, path, "index.html"), "utf8");

describe("rebuilding while serving (npm run serve, --incremental)", () => {
  it("renders an edited document's page and the indexes that list it at once, and its search a moment later", async () => {
    await logged(SERVING, 1);
    await logged(SEARCHED, 1);
    // The undated seed neither neighbours it nor lists it among its related articles.
    const untouched = statSync(join(site, "articles", UNDATED, "index.html")).mtimeMs;
    const file = join(content, `${JIXI}.txt`);
    writeFileSync(file, readFileSync(file, "utf8").replace("鸡西能力作风建设“实”字当头", "鸡西能力作风建设再出发"));
    await logged(BUILT, 2);
    // Its page, its neighbour's and the two that list it as related.
    expect(eleventy.log()).toMatch(/\[site\] watching: 4 of 5 article pages, \d+ of \d+ index pages and \d+ of \d+ feeds changed, 0 gone/);
    // The headline may break between its words (<wbr>).
    expect(page(`articles/${JIXI}`).replaceAll("<wbr>", "")).toMatch(/<h1[^>]*>[^<]*鸡西能力作风建设再出发/);
    for (const index of ["", "dates/2023", "dates/2023/05", "places/heilongjiang"]) {
      expect(page(index)).toContain("鸡西能力作风建设再出发");
      expect(page(index)).not.toContain("“实”字当头");
    }
    expect(readFileSync(join(site, "raw", `${JIXI}.bin`), "utf8")).toContain("再出发");
    expect(page(`raw/${JIXI}`)).toContain("再出发");
    // A page the edit does not show on is left as it was.
    expect(statSync(join(site, "articles", UNDATED, "index.html")).mtimeMs).toBe(untouched);
    await logged(SEARCHED, 2);
    expect(searchText(join(site, "pagefind"))).toContain('"title":"鸡西能力作风建设再出发"');
  }, 120_000);

  it("deletes the pages of a removed document and takes it off its indexes, at the next rebuild", async () => {
    expect(page("dates/undated")).toContain(`/articles/${UNDATED}/`);
    rmSync(join(content, `${UNDATED}.txt`));
    // Eleventy does not rebuild when a file is deleted; the next change anywhere does.
    const other = join(content, `${FAR}.txt`);
    writeFileSync(other, readFileSync(other));
    await logged(BUILT, 3);
    expect(eleventy.log()).toMatch(
      /\[site\] watching: \d+ of 4 article pages, \d+ of \d+ index pages and \d+ of \d+ feeds changed, [1-9]\d* gone/,
    );
    expect(existsSync(join(site, "articles", UNDATED, "index.html"))).toBe(false);
    expect(existsSync(join(site, "articles", UNDATED, "hant", "index.html"))).toBe(false);
    expect(existsSync(join(site, "raw", `${UNDATED}.bin`))).toBe(false);
    expect(existsSync(join(site, "raw", UNDATED, "index.html"))).toBe(false);
    expect(page("dates/undated")).not.toContain(`/articles/${UNDATED}/`);
    // Its province had no other article: the province's page and feed go with it.
    expect(existsSync(join(site, "places", "hebei", "index.html"))).toBe(false);
    expect(existsSync(join(site, "places", "hebei", "feed.xml"))).toBe(false);
    expect(page("")).not.toContain(`/articles/${UNDATED}/`);
  }, 120_000);
});
