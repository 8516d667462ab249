import { describe, expect, it } from "vitest";
import { parseOverride } from "../src/archive/corrections.js";
import { RULES } from "../src/model/rules.js";
import type { Message } from "../src/model/types.js";

const FILE = "a.txt.meta.yaml";

/** Errors as "file:line: text". */
const lines = (errors: Message[]) => errors.map((e) => `${e.source}:${e.line}: ${e.text}`);

// Nine levels of nine aliases: 9^9 "lol"s, gigabytes once expanded, in under 500 bytes.
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ..."bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`),
  "title: *i",
].join("\n");

describe("corrections files: YAML", () => {
  it("refuse an alias bomb with one short error naming the file and the alias's line, at once", () => {
    expect(aliasBomb.length).toBeLessThan(500);
    const started = Date.now();
    const { override, errors } = parseOverride(FILE, aliasBomb);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(lines(errors)).toEqual([`${FILE}:2: aliases (*a) are not allowed`]);
    expect(override).toEqual({});
  });

  it("refuse a file over 64 KB and one nested deeper than metadata, without reading them", () => {
    expect(lines(parseOverride(FILE, `title: ${"长".repeat(30_000)}\n`).errors)).toEqual([`${FILE}:1: 88 KB is over the 64 KB allowed`]);
    // Deep enough to overflow the YAML composer's stack, which once crashed Node on the next file.
    for (let i = 0; i < 3; i++)
      expect(lines(parseOverride(FILE, `tags: ${"[".repeat(5000)}`).errors)).toEqual([`${FILE}:1: nested over 16 levels deep`]);
  });

  it("keep every value as the text written: numbers, .inf, yes/no and hex are not converted", () => {
    const { override, errors } = parseOverride(
      FILE,
      "title: 12345678901234567890123456789\nsubtitle: 0x1F\npublication: yes\ntags: [.inf, no, 2022, '1e3']\nauthors: [ 张三 ]\n",
    );
    expect(lines(errors)).toEqual([]);
    expect(override).toEqual({
      title: "12345678901234567890123456789",
      subtitle: "0x1F",
      publication: "yes",
      tags: [".inf", "no", "2022", "1e3"],
      authors: ["张三"],
    });
  });

  it("read null, ~ and nothing as none where a key allows none", () => {
    expect(parseOverride(FILE, "subtitle: null\npublication: ~\ndate:\n")).toEqual({
      override: { subtitle: null, publication: null, date: null },
      errors: [],
    });
    // Quoted, "null" is a text.
    expect(parseOverride(FILE, "subtitle: 'null'\n").override).toEqual({ subtitle: "null" });
  });

  it("refuse a null item in a list: it is none, not a tag, unless quoted", () => {
    expect(lines(parseOverride(FILE, "title: 甲\ntags: [.inf, null]\n").errors)).toEqual([
      `${FILE}:2: tags: item 2 is not a text (empty, null, a list or a "key: value"); quote it if text is meant`,
    ]);
    expect(parseOverride(FILE, "tags: [.inf, 'null']\n").override).toEqual({ tags: [".inf", "null"] });
  });

  it("check every value's type, naming the line of its key", () => {
    const { override, errors } = parseOverride(
      FILE,
      "# corrections\ntitle: [a]\n\nauthors: 3\nsubtitle: {a: b}\ntitle2: x\nplace:\n  - 黑龙江\n",
    );
    expect(lines(errors)).toEqual([
      `${FILE}:2: title: must be the headline as text`,
      `${FILE}:4: authors: must be a list of texts, one per line starting with '- '`,
      `${FILE}:5: subtitle: must be text, or null for none`,
      expect.stringMatching(new RegExp(`^${FILE}:6: title2: unknown key; use one of title, subtitle, date`)),
      `${FILE}:7: place: a list or map is not a known place; write it as 省/市/县, e.g. 黑龙江省/大庆市/林甸县`,
    ]);
    expect(override).toEqual({});
    expect(lines(parseOverride(FILE, "title: 甲\ntitle: 乙\n").errors)).toEqual([`${FILE}:2: not valid YAML (Map keys must be unique)`]);
    expect(lines(parseOverride(FILE, "- 甲\n").errors)).toEqual([`${FILE}:1: expected "key: value" lines`]);
  });
});

describe("corrections files: dates", () => {
  it("refuse dates outside 1900–2100 and off the calendar", () => {
    const why = "write YYYY-MM-DD between 1900 and 2100, or null for undated";
    for (const [date, problem] of [
      ["0001-01-01", "is outside 1900–2100"],
      ["2300-01-01", "is outside 1900–2100"],
      ["2022-02-30", "is not a calendar date"],
      ["June 2022", "is not a date"],
    ])
      expect(lines(parseOverride(FILE, `title: 甲\ndate: ${date}\n`).errors)).toEqual([`${FILE}:2: date: "${date}" ${problem}; ${why}`]);
    expect(lines(parseOverride(FILE, "date: [2022-06-30]\n").errors)).toEqual([`${FILE}:1: date: a list or map is not a date; ${why}`]);
  });

  it("take the Beijing day of a date with a time and an offset", () => {
    const date = (d: string) => parseOverride(FILE, `date: ${d}\n`).override.date;
    expect(date("2022-06-29")).toBe("2022-06-29");
    expect(date("2022-06-30T20:00:00-10:00")).toBe("2022-07-01");
    expect(date("2022-06-30T15:59:59Z")).toBe("2022-06-30");
    expect(date("2022-06-30T16:00:00Z")).toBe("2022-07-01");
    expect(date("2022-06-30T23:30:00+08:00")).toBe("2022-06-30");
  });
});

describe("corrections files: accepted warnings", () => {
  it("take a rule by its id or by its name without the group, as content/ writes them", () => {
    const { override, errors } = parseOverride(FILE, "accept:\n  - date estimated\n  - 'structure: paragraph breaks off'\n");
    expect(errors).toEqual([]);
    expect(override.accept).toEqual([RULES.dateEstimated.id, RULES.breaksOff.id]);
  });

  it("refuse a rule id written unquoted, which YAML reads as a key and value", () => {
    expect(lines(parseOverride(FILE, "accept: [describe: date estimated]\n").errors)).toEqual([
      `${FILE}:1: accept: item 1 is not a text (empty, null, a list or a "key: value"); quote it if text is meant`,
    ]);
  });

  it("refuse an entry that names no rule, on its line, with the ids spelt most like it", () => {
    const { override, errors } = parseOverride(FILE, "title: 甲\naccept:\n  - date estimated\n  - date estimate\n");
    expect(override).toEqual({});
    expect(errors).toEqual([
      {
        source: FILE,
        ruleId: RULES.correctionsInvalid.id,
        line: 4,
        severity: "error",
        text: expect.stringMatching(/^accept: "date estimate" names no rule; the nearest are "describe: date estimated", /),
      },
    ]);
  });
});
