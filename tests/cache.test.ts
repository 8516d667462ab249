import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive, cleanJobs } from "../src/archive/index.js";
import { warmCache } from "../src/archive/pool.js";
import { CleanCache, pipelineVersion } from "../src/archive/cache.js";
import { traditionalPage } from "../src/render/hant.js";

const doc = (title: string) => ({
  name: "a.txt",
  bytes: new TextEncoder().encode(`${title}\n\n2021年5月1日，全县召开会议，部署今年的${title}任务。会议要求各部门抓好落实。\n`),
});

describe("the cleaning cache", () => {
  it("cleans an unchanged document once, and again when its bytes or the pipeline version change", () => {
    const dir = mkdtempSync(join(tmpdir(), "cache-"));
    const v1 = new CleanCache(dir, "v1");
    expect(buildArchive([doc("甲")], [], new Map(), v1).articles[0]!.title).toBe("甲");
    const [entry] = readdirSync(dir);
    expect(entry).toMatch(/^[0-9a-f]{64}\.json$/);
    // Tamper with the cached article: a build that reads it back shows the tampered title.
    const cached = JSON.parse(readFileSync(join(dir, entry!), "utf8"));
    v1.set(entry!.replace(".json", ""), { ...cached, title: "从缓存读出" });
    expect(buildArchive([doc("甲")], [], new Map(), v1).articles[0]!.title).toBe("从缓存读出");
    // Other bytes, another pipeline version or other options: cleaned afresh.
    expect(buildArchive([doc("乙")], [], new Map(), v1).articles[0]!.title).toBe("乙");
    expect(buildArchive([doc("甲")], [], new Map(), new CleanCache(dir, "v2")).articles[0]!.title).toBe("甲");
    expect(buildArchive([doc("甲")], ["全县"], new Map(), v1).articles[0]!.title).toBe("甲");
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it("while kept in memory, reads a file on disk again only when its size or time changed", async () => {
    const root = mkdtempSync(join(tmpdir(), "cache-"));
    const cache = new CleanCache(join(root, "cache"), "v1", true);
    const path = join(root, "a.txt");
    writeFileSync(path, doc("甲").bytes);
    let reads = 0;
    const file = {
      name: "a.txt",
      path,
      get bytes() {
        reads++;
        return readFileSync(path);
      },
    };
    const first = buildArchive([file], [], new Map(), cache).articles[0]!;
    expect([first.title, reads]).toEqual(["甲", 1]);
    expect(buildArchive([file], [], new Map(), cache).articles[0]!.title).toBe("甲");
    expect(reads).toBe(1);
    writeFileSync(path, doc("乙").bytes);
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(buildArchive([file], [], new Map(), cache).articles[0]!.title).toBe("乙");
    expect(reads).toBe(2);
    // A new build (a new cache) reads (and hashes) the file again, once: cleaning ahead on other
    // cores and the build that follows share the key.
    const plain = new CleanCache(join(root, "cache"), "v1");
    await warmCache(cleanJobs([file], [], new Map()), plain);
    buildArchive([file], [], new Map(), plain);
    expect(reads).toBe(3);
  });

  it("versions the pipeline by its code and libraries", () => {
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(pipelineVersion()).toBe(pipelineVersion());
  });
});

describe("cleaning on every core", () => {
  it("cleans many new documents in worker threads into the cache the build then reads", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pool-"));
    const cache = new CleanCache(dir, "v1");
    const files = Array.from({ length: 320 }, (_, i) => ({
      name: `n${i}.txt`,
      bytes: new TextEncoder().encode(
        `第${i}号通知\n\n2021年5月1日，第${i}片区召开会议，部署今年的第${i}项重点任务。会议要求各部门抓好落实。\n`,
      ),
    }));
    const cleaned = await warmCache(cleanJobs(files, [], new Map()), cache);
    expect(cleaned).toBe(320);
    expect(readdirSync(dir).filter((f) => f.endsWith(".json"))).toHaveLength(320);
    const archive = buildArchive(files, [], new Map(), cache);
    expect(archive.articles.map((a) => a.title).sort()).toEqual(files.map((_, i) => `第${i}号通知`).sort());
    // A second pass finds nothing left to clean.
    expect(await warmCache(cleanJobs(files, [], new Map()), cache)).toBe(0);
  });
});

describe("the Traditional-character cache", () => {
  it("converts a page once, and again when the page changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "hant-"));
    const page = "<h1>发展乡村旅游</h1><p>县里发展乡村旅游。</p>";
    expect(traditionalPage(page, dir)).toBe("<h1>發展鄉村旅遊</h1><p>縣裡發展鄉村旅遊。</p>");
    // Tamper with the cached conversion: a second render reads it back instead of converting.
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), JSON.stringify({ html: "<h1>從快取讀出</h1>" }));
    expect(traditionalPage(page, dir)).toBe("<h1>從快取讀出</h1>");
    expect(traditionalPage("<h1>发展现代农业</h1>", dir)).toBe("<h1>發展現代農業</h1>");
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
