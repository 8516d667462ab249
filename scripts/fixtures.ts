// npm run fixtures: writes tests/fixtures/<seed>.expected.json, the whole cleaned Article of each
// document in content/ (corrections applied) with its messages, and prints what changed. The
// fixtures test holds the cleaner to these files: a change in cleaning shows as a diff here.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { fixtureFile, seedArticles } from "../tests/fixtures/seeds.js";

let changed = 0;
for (const article of seedArticles()) {
  const file = fixtureFile(article.source);
  const next = `${JSON.stringify(article, null, 1)}\n`;
  const before = existsSync(file) ? file : "/dev/null";
  const diff = spawnSync("diff", ["-u", before, "-"], { input: next, encoding: "utf8" });
  if (diff.status === 0) continue;
  changed++;
  console.log(diff.stdout.replace(/^\+\+\+ -/m, `+++ ${file} (new)`));
  writeFileSync(file, next);
}
console.log(
  changed ? `${changed} fixture(s) written; review the diff above and commit it with the change.` : "every fixture is as before.",
);
