import { describe, expect, it } from "vitest";
import { latinWords } from "./latin.js";

describe("the Latin-word scan of a page's text", () => {
  it("finds English words among Chinese", () => {
    expect(latinWords("原始文本（plain，utf-8）")).toEqual(["plain"]);
    expect(latinWords("667 blocks of page navigation were left out")).toEqual([
      "blocks",
      "of",
      "page",
      "navigation",
      "were",
      "left",
      "out",
    ]);
  });

  it("spares proper names of formats and encodings, addresses, file names and digests", () => {
    const text = [
      "纯文本，UTF-8 编码；GB18030；UTF-16LE",
      "https://archive.example/articles/a-b/ 与 /raw/lin-dian/",
      "林甸 访谈.txt、2022/稿件.html、a_b.json",
      "SHA-256：9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "GB/T 7714—2015 [N/OL] [EB/OL] BibTeX 订阅（Atom） 数据接口（JSON）",
    ].join("\n");
    expect(latinWords(text)).toEqual([]);
  });

  it("lets a list allow the words a page's documents hold", () => {
    expect(latinWords("某某 APP 客户端", new Set(["app"]))).toEqual([]);
  });
});
