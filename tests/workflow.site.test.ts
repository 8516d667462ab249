import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseOverride } from "../src/archive/corrections.js";
import { RULES } from "../src/model/rules.js";
import { formatMessage } from "../src/text/quote.js";
import { resolvePlace } from "../src/describe/places.js";
import { buildArchive } from "../src/archive/index.js";

const wf = inject("workflow");
const read = (p: string) => readFileSync(join(wf.dir, p), "utf8");
interface Record {
  source: string;
  url: string;
  title: string;
  date: string | null;
  publication: string | null;
  authors: string[];
  tags: string[];
  sources: string[];
  files: { source: string; raw: string; view: string }[];
  seeAlso: string[];
  found: { [k: string]: string };
}
const manifest = () => (JSON.parse(read("api/articles.json")) as { articles: Record[] }).articles;
const bySource = (s: string) => manifest().find((a) => a.source === s || a.sources.includes(s))!;
const page = (a: Record) => read(join(a.url, "index.html"));

describe("corrections files", () => {
  it("check keys, dates and places, naming the file and line", () => {
    const { errors } = parseOverride("a.txt.meta.yaml", "title: 甲\ndatum: 2022-01-01\ndate: 2022-02-30\nplace: 火星省\nauthors: 张三\n");
    expect(errors.map(formatMessage)).toEqual([
      expect.stringMatching(/^ERROR "a\.txt\.meta\.yaml": line 2: datum: unknown key; use one of title, subtitle, date/),
      expect.stringMatching(/^ERROR "a\.txt\.meta\.yaml": line 3: date: "2022-02-30" is not a calendar date/),
      expect.stringMatching(/^ERROR "a\.txt\.meta\.yaml": line 4: place: "火星省" is not a known place/),
      expect.stringMatching(/^ERROR "a\.txt\.meta\.yaml": line 5: authors: must be a list/),
    ]);
    expect(parseOverride("b.meta.yaml", "title: [unclosed\n").errors[0]).toMatchObject({
      source: "b.meta.yaml",
      ruleId: RULES.correctionsInvalid.id,
      text: expect.stringMatching(/^not valid YAML/),
    });
  });

  it("read places in full or short names, and refuse a name several places share", () => {
    expect(resolvePlace(["黑龙江", "大庆", "林甸县"])).toEqual({ province: "黑龙江省", prefecture: "大庆市", county: "林甸县" });
    expect(resolvePlace(["迁安市"])).toEqual({ province: "河北省", prefecture: "唐山市", county: "迁安市" });
    expect(resolvePlace(["鼓楼区"])).toBeNull();
    expect(resolvePlace(["福州市", "鼓楼区"])).toMatchObject({ county: "鼓楼区", prefecture: "福州市" });
  });

  it("correct an article's metadata and drop a paragraph without touching the raw file", () => {
    const a = bySource("迁安.txt");
    expect(a).toMatchObject({ date: "2022-03-01", publication: "河北日报", authors: ["王五"], tags: ["作风纪律"] });
    expect(a.found).toMatchObject({ date: "override", publication: "override", authors: "override" });
    const html = page(a);
    const body = html.slice(html.indexOf("data-pagefind-body"), html.indexOf('<footer class="article-foot">'));
    expect(body).not.toContain("中央和省、市高度重视作风建设");
    // The cleaning report says what the correction left out.
    expect(html).toMatch(/按更正文件删去<ul><li><a href="\/raw\/qian-an\/#L\d+">第 \d+ 行<\/a>：中央和省、市高度重视作风建设/);
    expect(read("dates/2022/03/index.html")).toContain(a.url);
    expect(readFileSync(join(wf.content, "迁安.txt"), "utf8")).toContain("中央和省、市高度重视作风建设");
  });

  it("keep a line the cleaner would take for page furniture when the archivist says it belongs", () => {
    const doc = new TextEncoder().encode(
      "某县召开会议\n\n全县召开会议，部署今年的重点工作任务。会议要求各部门抓好落实。\n\n（相关资料图）\n\n会后，各乡镇连夜传达会议精神，逐项分解任务。\n",
    );
    const build = (override: string) =>
      buildArchive([{ name: "a.txt", bytes: doc }], [], new Map([["a.txt", new TextEncoder().encode(override)]])).articles[0]!.blocks.map(
        (b) => b.text,
      );
    expect(build("title: 某县召开会议\n").join("")).not.toContain("相关资料图");
    expect(build("keep: [（相关资料图）]\n")).toContain("（相关资料图）");
  });

  it("report a bad corrections file and build the document without it", () => {
    expect(wf.log).toMatch(
      /ERROR "呼兰\.txt\.meta\.yaml": line 2: datum: unknown key.*builds without these corrections \[override: invalid\]/,
    );
    expect(wf.log).toMatch(/ERROR "呼兰\.txt\.meta\.yaml": line 3: date: "2023-02-30" is not a calendar date/);
    expect(wf.log).toMatch(/WARNING "不存在\.txt\.meta\.yaml": there is no raw file "不存在\.txt" in content\//);
    expect(bySource("呼兰.txt").title).toBe("“五劲”齐发激活力 勇毅前行谱新篇");
  });
});

describe("duplicate documents", () => {
  it("build one page for the same article in three wrappers and encodings, listing every source", () => {
    const a = bySource("平原 原稿.txt");
    expect([...a.sources].sort()).toEqual(["平原 utf16.txt", "平原 原稿.txt", "平原-网页版.html"].sort());
    expect(manifest().filter((x) => x.title === a.title)).toHaveLength(1);
    // The copy that states its date and paper is the one kept.
    expect(a.source).toBe("平原 原稿.txt");
    expect(a.date).toBe("2022-02-15");
    const html = page(a);
    expect(a.files.map((f) => f.source)).toEqual(a.sources);
    for (const f of a.files) {
      expect(html).toContain(`href="${f.view}"`);
      expect(readFileSync(join(wf.dir, f.raw)).equals(readFileSync(join(wf.content, f.source)))).toBe(true);
    }
    expect(wf.log).toMatch(/MERGED "平原-网页版\.html": the same article as "平原 原稿\.txt"/);
  });

  it("keep a version that differs in substance as its own page, linked both ways as 另见", () => {
    const first = bySource("呼兰.txt");
    const revised = bySource("呼兰 修订稿.txt");
    expect(first.url).not.toBe(revised.url);
    expect(first.seeAlso).toEqual(["呼兰 修订稿.txt"]);
    expect(revised.seeAlso).toEqual(["呼兰.txt"]);
    expect(page(first)).toMatch(new RegExp(`另见：<a href="${revised.url}">`));
    expect(page(revised)).toContain("修订稿：呼兰区召开专题会议");
  });
});

describe("bad input", () => {
  it("gets one clear message per file while everything else builds", () => {
    expect(wf.log).toMatch(
      /ERROR "huge dump\.txt": the file is 20\.0 MB, over the 5 MB limit for one article; split it into one file per article/,
    );
    expect(wf.log).toMatch(
      /ERROR "unknown encoding\.txt": the bytes read as text in none of UTF-8, GB18030 or UTF-16 \(an unknown encoding\)/,
    );
    expect(wf.log).toMatch(/WARNING "坏的 front matter\.md": line 3: 文件头信息无法解析：not valid YAML.* \[wrapper\]/);
    expect(bySource("坏的 front matter.md").title).toBe("某乡召开务虚会");
    expect(wf.log).toMatch(/\[archive\] 5 articles built, \d+ warnings, 5 errors, 2 duplicates merged/);
    for (const a of manifest()) expect(existsSync(join(wf.dir, a.url, "index.html"))).toBe(true);
  });

  it("fails a --strict build on the same folder, after naming every problem", () => {
    expect(wf.strict.status).not.toBe(0);
    expect(wf.strict.output).toMatch(/--strict: \d+ problems in content\//);
    expect(wf.strict.output).toMatch(/ERROR "huge dump\.txt"/);
  });
});
