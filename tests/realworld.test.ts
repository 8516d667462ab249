import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BASELINE, checkId, runCaptures, runTwins } from "./realworld/run.js";
import { toTraditional } from "../src/text/opencc.js";
import { CAPTURES } from "./realworld/check.js";

// The real captures stay in ../shared/realworld; the checks that hold on them (npm run realworld --
// --write) must keep holding.
describe.skipIf(!existsSync(CAPTURES))("the shared real captures, held to an editor's expected files", () => {
  const results = runCaptures();
  const holding = new Set(JSON.parse(readFileSync(BASELINE, "utf8")) as string[]);
  for (const r of results)
    it(`${r.expected.source}: every check that held still holds`, () => {
      const broken = r.checks.filter((c) => !c.ok && holding.has(checkId(r, c))).map((c) => `${c.name}: ${c.detail}`);
      expect(broken).toEqual([]);
    });
});

// The same captures in Traditional characters: every check that holds on a capture holds on its twin.
describe.skipIf(!existsSync(CAPTURES))("the shared real captures turned Traditional", () => {
  const holding = new Set(JSON.parse(readFileSync(BASELINE, "utf8")) as string[]);
  const twins = runTwins(toTraditional);
  it("covers the captures written in UTF-8", () => expect(twins.length).toBeGreaterThanOrEqual(30));
  for (const r of twins)
    it(`${r.expected.source} in Traditional: every check that holds on the original holds`, () => {
      const broken = r.checks.filter((c) => !c.ok && holding.has(checkId(r, c))).map((c) => `${c.name}: ${c.detail}`);
      expect(broken).toEqual([]);
    });
});
