import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive, logLine } from "../src/archive/index.js";
import { MAX_BYTES } from "../src/read/decode.js";
import { readContent } from "../src/read/files.js";
import { CleanCache } from "../src/archive/cache.js";
import { writeWorkflowContent } from "./setup/workflow-content.js";
import { RULES } from "../src/model/rules.js";
import { message } from "../src/model/messages.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const good = (title: string) =>
  utf8(`${title}\n\n2021年5月1日，${title}召开会议，部署今年的重点工作任务。会议要求${title}各部门抓好落实。\n`);

describe("archive", () => {
  it("names each bad file with its reason while the good ones build", () => {
    const { articles, problems } = buildArchive(
      [
        { name: "good one.txt", bytes: good("第一篇") },
        { name: "empty.txt", bytes: new Uint8Array() },
        {
          name: "image.png",
          bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
        },
        { name: "huge.txt", bytes: new Uint8Array(MAX_BYTES + 10).fill(0x41) },
        { name: "menu.html", bytes: utf8("<ul><li><a href='/'>首页</a></li><li><a href='/b'>新闻</a></li></ul><p>推荐阅读</p>") },
        { name: "第二篇.md", bytes: good("第二篇") },
      ],
      [],
    );
    expect(articles.map((a) => a.source).sort()).toEqual(["good one.txt", "第二篇.md"]);
    const errors = Object.fromEntries(problems.filter((p) => p.severity === "error").map((p) => [p.source, p.text]));
    expect(errors["empty.txt"]).toMatch(/empty/);
    expect(errors["image.png"]).toMatch(/binary|none of UTF-8/);
    expect(errors["huge.txt"]).toMatch(/MB.*split it/);
    expect(errors["menu.html"]).toMatch(/no article text/);
  });

  it("builds a document that arrives twice once, listing both files, and says so", () => {
    const { articles, merged } = buildArchive(
      [
        { name: "a.txt", bytes: good("同一篇") },
        { name: "b.txt", bytes: good("同一篇") },
      ],
      [],
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]!.duplicates).toEqual(["b.txt"]);
    expect(merged).toEqual([{ source: "b.txt", into: "a.txt", why: "the same bytes" }]);
  });

  it("finds the same duplicates and 另见 when the articles of other parts are held as stubs without text", () => {
    const root = mkdtempSync(join(tmpdir(), "stubs-"));
    mkdirSync(join(root, "content"));
    writeWorkflowContent("content", join(root, "content"));
    const { documents, overrides } = readContent(join(root, "content"));
    const cache = new CleanCache(join(root, "cache"), "test");
    const build = (hold?: (a: { source: string }) => boolean) => buildArchive(documents, [], overrides, cache, hold);
    const whole = build();
    // Hold only one copy of the article that arrived three times, and no copy of the 另见 pair.
    const held = build((a) => a.source === "平原 utf16.txt");
    const links = (as: typeof whole.articles) => as.map((a) => [a.source, a.duplicates, a.seeAlso]);
    expect(whole.merged.length).toBeGreaterThanOrEqual(2);
    expect(whole.articles.some((a) => a.seeAlso.length)).toBe(true);
    expect(held.merged).toEqual(whole.merged);
    expect(links(held.articles)).toEqual(links(whole.articles));
    const stubs = held.articles.filter((a) => a.source !== "平原 utf16.txt");
    expect(stubs.length).toBeGreaterThan(3);
    expect(stubs.every((a) => a.blocks.length === 0)).toBe(true);
  });

  it("keeps slugs unique when file names slug alike", () => {
    const { articles } = buildArchive(
      [
        { name: "A b.txt", bytes: good("甲") },
        { name: "a-b.md", bytes: good("乙") },
      ],
      [],
    );
    expect(new Set(articles.map((a) => a.slug)).size).toBe(2);
  });

  it("logs one line per article saying what was found and what is missing", () => {
    const { articles } = buildArchive([{ name: "x.txt", bytes: good("某县召开会议") }], []);
    const line = logLine(articles[0]!);
    expect(line).toContain("《某县召开会议》");
    expect(line).toMatch(/2021-01-01 \(estimated\)|2021-05-01/);
    expect(line).toMatch(/no publication/);
    expect(line).toContain("every sentence on the page or reported");
    const lost = {
      ...articles[0]!,
      messages: [message("x.txt", RULES.sentenceLost, 3, "既不在本页、也未列入记录：某句。")],
    };
    expect(logLine(lost)).toContain("1 sentences neither on the page nor reported");
  });
});
