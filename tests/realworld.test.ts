import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BASELINE, checkId, runCaptures } from "./realworld/run.js";
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
