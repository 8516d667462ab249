import { describe, expect, it } from "vitest";
import { normalisePunctuation } from "../src/clean/punctuation.js";

describe("full-width punctuation", () => {
  it("turns half-width marks inside Chinese text full-width", () => {
    expect(normalisePunctuation("记者:您好,请问?好!一;二")).toBe("记者：您好，请问？好！一；二");
  });

  it("turns brackets round Chinese text full-width", () => {
    expect(normalisePunctuation("乡镇(街道)和2022(呼兰)汽车")).toBe("乡镇（街道）和2022（呼兰）汽车");
  });

  it("leaves numbers, Latin text and URLs alone", () => {
    expect(normalisePunctuation("时间12:30,共1,000人")).toBe("时间12:30，共1,000人");
    expect(normalisePunctuation("Hello, world (test)!")).toBe("Hello, world (test)!");
    expect(normalisePunctuation("见http://a.cn/x?a=1,b=2:3")).toBe("见http://a.cn/x?a=1,b=2:3");
  });

  it("curls straight double quotes that pair up in Chinese text", () => {
    expect(normalisePunctuation('叫响"车头向前"口号,推进"走流程"')).toBe("叫响“车头向前”口号，推进“走流程”");
  });
});
