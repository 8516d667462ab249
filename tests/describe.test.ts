import { describe, expect, it } from "vitest";
import { namesFrom, splitNames } from "../src/describe/names.js";
import { estimateYear, findDate } from "../src/describe/date.js";
import { findPlaces } from "../src/describe/places.js";
import { findTags } from "../src/describe/tags.js";
import { slugFor } from "../src/describe/slug.js";

describe("names", () => {
  it("splits names run together at surnames", () => {
    expect(splitNames("张大伟曹伟")).toEqual(["张大伟", "曹伟"]);
    expect(splitNames("杨桂华孙伟民丁燕")).toEqual(["杨桂华", "孙伟民", "丁燕"]);
    expect(splitNames("欧阳明月李雷")).toEqual(["欧阳明月", "李雷"]);
  });

  it("splits at spaces and 、, dropping what is not a name", () => {
    expect(namesFrom("刘楠 李民峰")).toEqual(["刘楠", "李民峰"]);
    expect(namesFrom("王小明、赵丽，李四")).toEqual(["王小明", "赵丽", "李四"]);
  });
});

describe("dates", () => {
  it("finds written dates in the usual forms", () => {
    expect(findDate("2022年6月29日 星期三")).toBe("2022-06-29");
    expect(findDate("发布时间：2023-05-17 10:01:14")).toBe("2023-05-17");
    expect(findDate("2022/2/5")).toBe("2022-02-05");
    expect(findDate("2022年2月30日")).toBeNull();
  });

  it("estimates a year from the latest year the text names, not target years", () => {
    expect(estimateYear("2021年以来……2023年解放思想工作台账，到2035年基本实现")).toBe(2023);
    expect(estimateYear("力争2030年前完成。今年以来")).toBeNull();
    expect(estimateYear("没有年份")).toBeNull();
  });
});

describe("places", () => {
  it("places an article in its county when the county dominates", () => {
    const text = "林甸县召开会议。林甸的畜牧业发展很快。林甸县委书记说。大庆市领导出席。";
    expect(findPlaces(text, "林甸县委书记访谈").place).toEqual({ province: "黑龙江省", prefecture: "大庆市", county: "林甸县" });
  });

  it("places it in the prefecture when its counties are only mentioned", () => {
    const text = "鸡西市深入开展活动。鸡西人幸福。鸡西市委书记说。鸡冠区委书记于君。项目坐落在鸡东县。鸡西速度。";
    const { place, mentioned } = findPlaces(text, "鸡西能力作风建设");
    expect(place).toEqual({ province: "黑龙江省", prefecture: "鸡西市", county: null });
    expect(mentioned.map((p) => p.county)).toEqual(expect.arrayContaining(["鸡冠区", "鸡东县"]));
  });

  it("counts a short name that is also a common noun only when the full name appears", () => {
    expect(findPlaces("华北平原上，平原地区的农业。平原广阔。", "").place.county).toBeNull();
    expect(findPlaces("平原县召开会议。平原的干部。平原好干部。", "平原：激活发展原动力").place).toEqual({
      province: "山东省",
      prefecture: "德州市",
      county: "平原县",
    });
  });

  it("resolves a name shared by several counties through the prefecture the text names", () => {
    expect(findPlaces("南京市鼓楼区召开会议。鼓楼区干部。鼓楼区群众。", "").place).toEqual({
      province: "江苏省",
      prefecture: "南京市",
      county: "鼓楼区",
    });
    expect(findPlaces("鼓楼区召开会议。鼓楼区干部。鼓楼区群众。", "").place.county).toBeNull();
  });

  it("ignores two-character county names inside ordinary words", () => {
    expect(findPlaces("县委书记和县长出席。示范县建设。", "").place).toEqual({ province: null, prefecture: null, county: null });
  });

  it("places a district of a municipality under its province", () => {
    expect(findPlaces("北京市朝阳区召开会议。朝阳区干部。朝阳区居民。", "").place).toEqual({
      province: "北京市",
      prefecture: null,
      county: "朝阳区",
    });
  });
});

describe("tags", () => {
  const base = { headline: "", stated: [], vocabulary: ["能力作风建设", "作风建设", "营商环境"], places: new Set<string>() };

  it("tags the archive's topic phrases used twice or in the headline, not the shorter phrase inside", () => {
    const { tags } = findTags({ ...base, text: "能力作风建设很重要。深化能力作风建设。优化营商环境。" });
    expect(tags).toContain("能力作风建设");
    expect(tags).not.toContain("作风建设");
    expect(tags).not.toContain("营商环境");
    expect(findTags({ ...base, text: "优化营商环境。", headline: "营商环境持续向好" }).tags).toContain("营商环境");
  });

  it("keeps stated tags first, normalised, and ranks segmenter keywords apart, without places", () => {
    const { tags, keywords } = findTags({
      ...base,
      stated: ["ＡＢＣ"],
      places: new Set(["林甸"]),
      text: "林甸奶牛养殖。林甸奶牛养殖规模扩大，奶牛存栏增加，牧场增多。",
    });
    expect(tags[0]).toBe("ABC");
    expect(keywords).toContain("奶牛");
    expect(keywords).not.toContain("林甸");
    expect(tags).not.toContain("奶牛");
  });
});

describe("slugs", () => {
  it("makes stable URL-safe slugs from file names, pinyin for Han characters", () => {
    expect(slugFor("000_d4019421061fcf21.txt")).toBe("000_d4019421061fcf21");
    expect(slugFor("林甸 访谈 (1).HTML")).toBe("lin-dian-fang-tan-1");
  });
});
