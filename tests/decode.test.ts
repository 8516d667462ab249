import { describe, expect, it } from "vitest";
import { decode, MAX_BYTES, UnreadableDocument } from "../src/read/decode.js";

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

describe("decode", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decode(utf8("新闻")).text).toBe("新闻");
    const bom = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("新闻")]));
    expect(bom).toEqual({ text: "新闻", encoding: "utf-8 (BOM)" });
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
    expect(d).toEqual({ text: "新闻报道：平原县召开会议。", encoding: "gb18030" });
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
