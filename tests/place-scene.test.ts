import { describe, expect, it } from "vitest";
import { findPlaces } from "../src/describe/places.js";

// Small texts written for these rules: no sentence of a real capture.

describe("places: where the story happens", () => {
  it("takes the country's clock for no mention of its capital", () => {
    const text = "北京时间6月24日12时，飞船与空间站再次成功对接。航天员状态良好，试验取得圆满成功。";
    expect(findPlaces(text, "飞船再次成功对接").place.province).toBeNull();
  });

  it("files a story told across provinces under the one its headline names, when the text weighs it enough; a digest's headline names none", () => {
    const text =
      "某某在江苏省镇江市一所高校任职多年，镇江的同事都说他为人低调。江苏省有关部门已介入调查。江苏多所高校表示将核查人员履历。" +
      "江苏省教育厅通报，镇江市另两所高校也在核查。江苏省纪委表示将严肃处理。" +
      "记者来到他的老家江西省吉安市永丰县，永丰县的村民说他高中毕业后就外出打工。江西老家的新房多年未装修。" +
      "他曾在陕西省西安市注册公司，西安的合作方称已多年未联系。";
    expect(findPlaces(text, "某某的双面人生：江西小镇高中毕业").place.province).toBe("江西省");
    expect(findPlaces(text, "周报：某某履历造假；江西一地通报；高校核查").place.province).not.toBe("江西省");
  });

  it("keeps a round-up of a province's cities at the province, and a city's story in its city", () => {
    const meetings = ["南京", "苏州", "无锡", "常州", "南通"]
      .map((c) => `${c}召开新春第一会。${c}市委书记讲话，要求${c}全市上下抓落实。`)
      .join("");
    expect(findPlaces(`江苏各地新春第一会密集召开。江苏省委要求各地加油干。${meetings}`, "奋马扬鞭开新局").place).toEqual({
      province: "江苏省",
      prefecture: null,
      county: null,
    });
    const one = "苏州召开新春第一会。苏州市委书记讲话，要求苏州全市上下抓落实。苏州各区县表态发言。南京、无锡的代表列席。";
    expect(findPlaces(one, "苏州开新局").place.prefecture).toBe("苏州市");
  });

  it("places a meeting where its headline says it was held, however many provinces its guests came from", () => {
    const text =
      "年会在重庆召开。重庆市科协领导致辞。浙江大学、南京大学、北京大学、中山大学的学者作报告。浙江省代表发言。江苏南京的学者与吉林、安徽的学者交流。下届年会在浙江举行。";
    expect(findPlaces(text, "某学术年会在重庆成功举行").place).toEqual({ province: "重庆市", prefecture: null, county: null });
    // A digest naming several provinces in its headline stays national.
    const digest = "甲省某市警方破获一案。广西某部门警告某公司。四川某地发生一事。北京某单位召开会议。";
    expect(findPlaces(digest, "周报：某案告破；广西某部门警告某公司；四川某地发生一事").place.province).toBeNull();
  });

  it("gives a story told abroad no place: its headline names none in China, its text more countries than places", () => {
    const text =
      "来自美国、英国、德国、日本、加拿大的议员组成了一个联盟。美国方面是两名参议员，英国方面是一名前党魁。他们谈到香港问题。德国议员也表态。香港回归后的情况被他们歪曲。";
    expect(findPlaces(text, "别笑！十几个人的联盟今天成立了").place.province).toBeNull();
    // The headline naming a place in China keeps it.
    expect(findPlaces(text, "香港问题上的联盟").place.province).toBe("香港特别行政区");
  });

  it("places a Hong Kong story that names the city only by 港 in words of its own", () => {
    const text = "港府昨日宣布，港铁沿线将增设多个检测站，港人可免费接受检测。有议员批评港独标语出现在校园。";
    expect(findPlaces(text, "增设检测站").place.province).toBe("香港特别行政区");
    expect(findPlaces("今年前十个月，本港集装箱吞吐量同比增长百分之五，港口生产保持平稳。", "港口生产平稳").place.province).toBeNull();
  });

  it("places a story at a county whose short name the headline and the publishing site's name both hold", () => {
    const text = "近日，林甸公安局巡警大队与消防救援大队紧密协作，成功解救两名被困湿地的游客。当日20时许，巡警大队接到群众紧急报警。";
    expect(findPlaces(text, "游客被困湿地 林甸警方紧急救援", { home: ["林甸网"] }).place.county).toBe("林甸县");
    expect(findPlaces(text, "游客被困湿地 林甸警方紧急救援").place.county).toBeNull();
  });

  it("places a story at the one district it writes out in full, its name no other unit's; not at a word", () => {
    const text = "我是一名普通本科生。这家保安公司为海淀区各大高校提供保安服务，却拖欠工资。我们去公司讨说法。";
    expect(findPlaces(text, "我与保安公司的那些事").place).toEqual({ province: "北京市", prefecture: null, county: "海淀区" });
    expect(findPlaces("政务服务中心搬迁至老城区，群众办事更加便捷高效。", "").place.province).toBeNull();
  });

  it("gives a national story filed from the capital no place, but keeps a Beijing story that the headline or a district names", () => {
    const text = "某某社北京8月31日电 中国外汇交易中心周五称，将于下周推出新的报价业务，为金融机构交易提供便利。";
    expect(findPlaces(text, "中国下周推出新的报价业务").place.province).toBeNull();
    expect(findPlaces(text, "北京下周推出新的报价业务").place.province).toBe("北京市");
  });

  it("places a county's own bulletin at the county its headline writes out in full, though its text says only 全县", () => {
    const text = "2015年，全县人民在县委、县政府的正确领导下，国民经济继续健康稳定发展。全县实现生产总值110亿元。";
    expect(findPlaces(text, "林甸县2015年国民经济和社会发展统计公报").place).toEqual({
      province: "黑龙江省",
      prefecture: "大庆市",
      county: "林甸县",
    });
  });
});
