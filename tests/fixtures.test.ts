import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixtureFile, seedArticles } from "./fixtures/seeds.js";

describe("the seeds, cleaned", () => {
  // npm run fixtures writes these files anew and prints the diff.
  for (const article of seedArticles())
    it(`${article.source} is cleaned as its fixture says, every field and message`, () => {
      expect(article).toEqual(JSON.parse(readFileSync(fixtureFile(article.source), "utf8")));
    });
});
