import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/pipeline/index.js";
import { unwrap } from "../src/unwrap/index.js";
import { ocrExport, scraperExport, TEXT } from "./ocr.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
describe("a text machine-read off a scan", () => {
  it("is known by the OCR export's typed parts or its pages", () => {
    expect(unwrap(ocrExport("某县召开春耕会议"), "a.json").meta.scanned).toBe(true);
    expect(unwrap(JSON.stringify({ title: "某县召开春耕会议", text: TEXT.join("\n"), page_start: 3 }), "a.json").meta.scanned).toBe(true);
    expect(unwrap(scraperExport("某县召开春耕会议"), "a.json").meta.scanned).toBeUndefined();
    expect(unwrap(JSON.stringify({ title: "某县召开春耕会议", parts: TEXT }), "a.json").meta.scanned).toBeUndefined();
  });

  it("is marked so on its article, and no other is", () => {
    expect(cleanDocument("scan.json", utf8(ocrExport("某县召开春耕会议"))).scanned).toBe(true);
    expect(cleanDocument("export.json", utf8(scraperExport("某县召开春耕会议")))).not.toHaveProperty("scanned");
    expect(cleanDocument("plain.txt", utf8(`某县召开春耕会议\n\n${TEXT.join("\n\n")}\n`))).not.toHaveProperty("scanned");
  });
});
