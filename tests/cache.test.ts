import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../src/archive.js";
import { CleanCache, pipelineVersion } from "../src/cache.js";

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

  it("versions the pipeline by its code and libraries", () => {
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(pipelineVersion()).toBe(pipelineVersion());
  });
});
