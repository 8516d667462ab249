import { describe, expect, it } from "vitest";
import { decode, MAX_BYTES, UnreadableDocument } from "../src/read/decode.js";

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

describe("decode", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decode(utf8("新闻")).text).toBe("新闻");
    const bom = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("新闻")]));
    expect(bom).toEqual({ text: "新闻", encoding: "utf-8 (BOM)", unreadable: [], stripped: [] });
  });

  it("reads UTF-16 with a BOM either way round, and little-endian without one", () => {
    expect(decode(Uint8Array.from([0xff, 0xfe, ...utf16le("中文新闻")])).text).toBe("中文新闻");
    expect(decode(Uint8Array.from([0xfe, 0xff, ...hex("4e2d6587")])).text).toBe("中文");
    const plain = decode(utf16le("平原县召开会议，研究部署工作。"));
    expect(plain).toMatchObject({ text: "平原县召开会议，研究部署工作。", encoding: "utf-16le" });
  });

  it("falls back to GB18030 for GBK bytes that are not UTF-8", () => {
    // "新闻报道：平原县召开会议。" encoded as GBK
    const d = decode(hex("d0c2cec5b1a8b5c0a3bac6bdd4adcfd8d5d9bfaabbe1d2e9a1a3"));
    expect(d).toEqual({ text: "新闻报道：平原县召开会议。", encoding: "gb18030", unreadable: [], stripped: [] });
  });

  it("prefers valid UTF-8 over a page that declares gb2312", () => {
    expect(decode(utf8('<meta charset="gb2312"><p>新闻</p>')).encoding).toBe("utf-8");
  });

  it("turns CRLF and CR line ends into LF", () => {
    expect(decode(utf8("一\r\n二\r三\n四")).text).toBe("一\n二\n三\n四");
  });

  it("refuses empty, binary and oversized files with a reason and advice", () => {
    expect(() => decode(new Uint8Array())).toThrow(/empty/);
    expect(() => decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4, 5, 6, 7]))).toThrow(
      UnreadableDocument,
    );
    expect(() => decode(new Uint8Array(MAX_BYTES + 1).fill(0x41))).toThrow(/split it/);
  });
});

describe("decode, UTF-16 without a BOM", () => {
  it("reads ASCII-heavy UTF-16 whose zero bytes would look binary", () => {
    expect(decode(utf16le("2022年6月29日\nAPP 12345")).text).toBe("2022年6月29日\nAPP 12345");
  });
});

/** GBK bytes of a text, from the decoder's own table. */
function gbk(s: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gbk");
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) table.set(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail]);
  return Uint8Array.from([...s].flatMap((c) => (c < "\x80" ? [c.charCodeAt(0)] : table.get(c)!)));
}

const ARTICLE = [
  "平原县召开全县经济工作会议",
  "会议总结了过去一年的工作，研究部署今年的重点任务。",
  "县委书记在讲话中指出，要持续优化营商环境，提高办事效率，让群众少跑腿、好办事。",
  "会议强调，各级干部要转变作风，深入基层，帮助企业解决实际困难。",
].join("\n");
/** Where a character first occurs in the UTF-8 bytes of ARTICLE. */
const at = (c: string) => utf8(ARTICLE.slice(0, ARTICLE.indexOf(c))).length;

describe("decode, damaged text", () => {
  it("reads a UTF-8 article cut off mid-character: all but the last character, a mark in its place", () => {
    const bytes = utf8(ARTICLE);
    const d = decode(bytes.subarray(0, bytes.length - 1));
    expect(d).toEqual({ text: ARTICLE.slice(0, -1) + "\ufffd", encoding: "utf-8", unreadable: [4], stripped: [] });
  });

  it("reads a UTF-8 article with one corrupt byte, marking where it was", () => {
    const bytes = utf8(ARTICLE);
    bytes[at("营")] = 0xff; // the lead byte: its two trailing bytes cannot be read either
    const d = decode(bytes);
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe(ARTICLE.replace("营", "\ufffd\ufffd\ufffd"));
    expect(d.unreadable).toEqual([3, 3, 3]);
  });

  it("reads a UTF-8 file with a BOM, cut off, still as UTF-8", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("新闻报道\n平原县召开会议。")]);
    expect(decode(bytes.subarray(0, bytes.length - 2))).toMatchObject({
      text: "新闻报道\n平原县召开会议\ufffd",
      encoding: "utf-8 (BOM)",
      unreadable: [2],
    });
  });

  it("reads a GBK article with one invalid byte pair as GB18030", () => {
    const bytes = gbk(ARTICLE);
    const pair = gbk(ARTICLE.slice(0, ARTICLE.indexOf("研"))).length;
    bytes[pair + 1] = 0xff; // no GBK character has this trailing byte
    const d = decode(bytes);
    expect(d).toEqual({ text: ARTICLE.replace("研", "\ufffd"), encoding: "gb18030", unreadable: [2], stripped: [] });
  });

  it("reads UTF-16 cut off after an odd byte or holding a lone surrogate, which XML could not carry", () => {
    const cut = Uint8Array.from([0xff, 0xfe, ...utf16le("平原县召开会议。"), 0x4e]);
    expect(decode(cut)).toMatchObject({ text: "平原县召开会议。\ufffd", encoding: "utf-16le", unreadable: [1] });
    const lone = Uint8Array.from([0xff, 0xfe, ...utf16le("平原县\n召开"), 0x00, 0xd8, ...utf16le("会议。")]);
    expect(decode(lone)).toMatchObject({ text: "平原县\n召开\ufffd会议。", unreadable: [2] });
  });

  it("reports nothing unreadable in a clean file that holds a mark itself", () => {
    expect(decode(utf8("原稿此处有\ufffd一个标记。"))).toMatchObject({ text: "原稿此处有\ufffd一个标记。", unreadable: [] });
  });

  it("refuses text that is mostly unreadable in every encoding, and random bytes", () => {
    const damaged = utf8(ARTICLE);
    for (let i = 0; i < damaged.length; i += 20) damaged[i] = 0xff;
    expect(() => decode(damaged)).toThrow(/none of UTF-8, GB18030 or UTF-16/);
    let seed = 7;
    const random = Uint8Array.from({ length: 4000 }, () => (seed = (seed * 48271) % 2147483647) & 0xff);
    expect(() => decode(random)).toThrow(UnreadableDocument);
  });
});

describe("decode, control characters", () => {
  it("strips what XML cannot carry, keeps tabs and line ends, and says on which lines", () => {
    const d = decode(utf8("第一行\t有制表符\r\n第二\u0000行\u0007\n\f第三页\u007f\uffff\n\f第四页\ufffe"));
    expect(d.text).toBe("第一行\t有制表符\n第二行\n第三页\n第四页");
    expect(d.stripped).toEqual([2, 2, 3, 3, 3, 4, 4]);
    expect(d.unreadable).toEqual([]);
  });

  it("still refuses a file full of control characters as binary", () => {
    expect(() => decode(utf8("正文\u0001\u0002\u0003\u0004的内容"))).toThrow(/binary/);
  });
});
