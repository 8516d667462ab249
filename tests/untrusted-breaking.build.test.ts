import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article, buildFrom, writeContent } from "./build.js";
import { hashSuffix } from "../src/describe/slug.js";

// A YAML "billion laughs": nine levels of nine aliases each, 442 bytes that expand to ~400 million.
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 8 }, (_, i) => {
    const [from, to] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
    return `${to}: &${to} [${Array(9).fill(`*${from}`).join(",")}]`;
  }),
  "title: *i",
].join("\n");

/** A feed of one item for each place named, the article as its description. */
const feed = (places: string[]) =>
  `<rss version="2.0"><channel><title>某某日报</title>${places
    .map(
      (p) =>
        `<item><title>${p}召开工作会议</title><description><![CDATA[${article(p)
          .split("\n\n")
          .slice(1)
          .map((t) => `<p>${t.trim()}</p>`)
          .join("")}]]></description></item>`,
    )
    .join("")}</channel></rss>`;

const LONG = "关于进一步加强和改进新时代基层党组织建设全面提升组织力推动高质量发展的若干措施实施意见解读暨全县动员部署会议召开";

describe("inputs that once broke the whole build", () => {
  const site = buildFrom({
    "good.txt": article("林甸县"),
    // Corrections and front matter that would expand without end.
    "bomb.txt": article("肇源县"),
    "bomb.txt.meta.yaml": aliasBomb,
    "bomb front matter.md": `---\n${aliasBomb}\n---\n\n${article("杜尔伯特县")}`,
    // Three names crafted so that one spells another's suffixed slug.
    "A b.txt": article("迁安市"),
    "a-b.md": article("遵化市"),
    [`a-b${hashSuffix("a-b.md", 1)}.txt`]: article("滦州市"),
    // An ordinary headline as a file name: its pinyin is far over 255 bytes.
    [`${LONG}.txt`]: article("呼兰区"),
    "long tag.md": `---\ntitle: 某县召开会议\ntags: [${LONG}${LONG}]\n---\n\n${article("鸡西市")}`,
    // A feed's item, a feed of two (a list, refused), and a feed whose DTD defines entities that expand without end.
    "item.rss": feed(["密山市"]),
    "feed.xml": feed(["虎林市", "鸡东县"]),
    "laughs.xml": `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">${Array.from({ length: 8 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("")}]>${feed(["宝清县"]).replace("</description>", "&i;</description>")}`,
    // 100,000 elements nested in one another around a paragraph.
    "deep.html": `<html><body>${"<div>".repeat(100_000)}<p>${article("密山市").replace(/\n/g, "")}</p>${"</div>".repeat(100_000)}</body></html>`,
  });
  const record = (source: string) => site.manifest().find((a) => a.source === source);

  it("builds every document, each bad one with one message naming it", () => {
    expect(site.status).toBe(0);
    expect(site.log).not.toMatch(/Invalid string length|Output conflict|ENAMETOOLONG|Maximum call stack/);
    expect(site.log.length).toBeLessThan(200_000);
    expect(site.manifest()).toHaveLength(11);
    expect(record("item.rss")!.title).toBe("密山市召开工作会议");
    expect(site.log).toMatch(/"feed\.xml".*the feed holds 2 items, a list of articles; save each item as a file of its own/);
    expect(record("laughs.xml")!.title).toBe("宝清县召开工作会议");
    expect(site.log).toMatch(/ERROR "bomb\.txt\.meta\.yaml": line \d+: aliases .*builds without these corrections \[override: invalid\]/);
    expect(record("bomb.txt")!.title).toBe("肇源县召开工作会议");
    expect(site.log).toMatch(/WARNING "bomb front matter\.md": line 3: 文件头信息无法解析：aliases .* \[wrapper\]/);
    expect(record("bomb front matter.md")!.title).toBe("杜尔伯特县召开工作会议");
  });

  it("gives slugs unique by construction and capped in bytes", () => {
    const urls = site.manifest().map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(record(`a-b${hashSuffix("a-b.md", 1)}.txt`)!.url).toBe(`/articles/a-b${hashSuffix("a-b.md", 1)}/`);
    for (const url of urls) expect(Buffer.byteLength(url)).toBeLessThan(120);
    expect(site.read(join(record(`${LONG}.txt`)!.url, "index.html"))).toContain("呼兰区");
    expect(site.read("tags/index.html")).toContain(LONG);
  });

  it("reads deeply nested markup without a recursion limit", () => {
    expect(site.read(join(record("deep.html")!.url, "index.html"))).toContain("密山市日前召开全体干部大会");
  });

  it("lets two builds run at once in one folder, sharing one cache", async () => {
    const { root, content } = writeContent(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${i}.txt`, article(`第${i}县`)])));
    const env = { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_OUTPUT: join(root, "_site"), ARCHIVE_CACHE: join(root, "cache") };
    // Each build's outcome, with the end of its error output when it fails.
    const build = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts"], { env, stdio: ["ignore", "ignore", "pipe"] });
        let errors = "";
        child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
        child.on("exit", (code) => resolve(code === 0 ? "built" : `exit ${code}: ${errors.slice(-1500)}`));
      });
    expect(await Promise.all([build(), build(), build()])).toEqual(["built", "built", "built"]);
  }, 120_000);
});
