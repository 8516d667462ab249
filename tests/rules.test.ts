import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUPS, nearRules, ruleNamed, ruleOf, RULES } from "../src/model/rules.js";
import { message } from "../src/model/messages.js";
import { formatMessage } from "../src/text/quote.js";
import { parseOverride } from "../src/archive/corrections.js";
import type { Article } from "../src/model/types.js";

const ids = Object.values(RULES).map((r) => r.id);

describe("the registry of rules", () => {
  it("names each rule once, each in a group the cleaning report has words for", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of Object.values(RULES)) expect(GROUPS[r.group]).toBeTruthy();
  });

  it("holds every rule the seeds' fixtures report under", () => {
    const dir = join("tests", "fixtures");
    const used = readdirSync(dir)
      .filter((f) => f.endsWith(".expected.json"))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as Article).messages.map((m) => m.ruleId));
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(ids).toContain(id);
  });

  it("is how the tests name rules: no test writes a rule id out", () => {
    const written = readdirSync("tests")
      .filter((f) => f.endsWith(".ts") && f !== "rules.test.ts")
      .flatMap((f) => [...readFileSync(join("tests", f), "utf8").matchAll(/ruleId: "([^"]+)"/g)].map((m) => m[1]!));
    expect(written).toEqual([]);
  });

  it("reads the accept: lists of content/ without an error", () => {
    const corrections = readdirSync("content").filter((f) => f.endsWith(".meta.yaml"));
    expect(corrections.length).toBeGreaterThan(0);
    for (const f of corrections) {
      const { override, errors } = parseOverride(f, readFileSync(join("content", f), "utf8"));
      expect(errors).toEqual([]);
      for (const id of override.accept ?? []) expect(ruleOf(id).severity).toBe("warning");
    }
  });

  it("finds a rule by its id or its name without the group, and the ids near a misspelling", () => {
    expect(ruleNamed("describe: date estimated")).toBe(RULES.dateEstimated);
    expect(ruleNamed("date estimated")).toBe(RULES.dateEstimated);
    expect(ruleNamed("estimated")).toBeNull();
    expect(nearRules("chrome: bylines")).toEqual([RULES.byline.id, expect.any(String), expect.any(String)]);
  });
});

describe("messages", () => {
  it("print one way in the build log and npm run add: severity, quoted file, line, text, rule id", () => {
    expect(formatMessage(message("2022/林甸\n.txt", RULES.dateEstimated, 1, "no date stated"))).toBe(
      'WARNING "2022/林甸\\n.txt": line 1: no date stated [describe: date estimated]',
    );
    expect(formatMessage(message("a.txt", RULES.refused, null, "the file is empty"))).toBe(
      'ERROR "a.txt": the file is empty [read: refused]',
    );
  });
});
