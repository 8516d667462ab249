// npm run realworld [-- --write]: cleans every capture of ../shared/realworld/, holds it to its
// expected file in tests/realworld/, and prints what fails and a table of what holds per kind of
// page. --write records the checks that hold in tests/realworld/holding.json, which the test keeps
// holding (a change that breaks one fails the tests; one that mends more is recorded with --write).
// -- --captures DIR --expected DIR holds a set kept outside the project to its own expected files
// (nothing is recorded for it).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { BASELINE, checkId, runCaptures } from "../tests/realworld/run.js";

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const captures = option("captures");
const expected = option("expected");
if (!captures !== !expected) throw new Error("--captures and --expected go together: a folder of captures and one of their expected files");
const set = captures && expected ? { captures, expected } : undefined;
const results = runCaptures(set);
const before = new Set<string>(!set && existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, "utf8")) as string[]) : []);
const holding: string[] = [];
const kinds = new Map<string, { held: number; all: number; captures: number }>();
for (const r of results) {
  const kind = kinds.get(r.expected.kind) ?? kinds.set(r.expected.kind, { held: 0, all: 0, captures: 0 }).get(r.expected.kind)!;
  kind.captures++;
  for (const c of r.checks) {
    kind.all++;
    const id = checkId(r, c);
    if (c.ok) {
      kind.held++;
      holding.push(id);
      if (!before.has(id) && before.size) console.log(`+ ${id}`);
    } else console.log(`${before.has(id) ? "✗ NOW FAILS" : "✗"} ${id}: ${c.detail}`);
  }
}
const all = results.reduce((n, r) => n + r.checks.length, 0);
console.log(`\n| kind of page | captures | checks that hold |\n| --- | --- | --- |`);
for (const [kind, k] of [...kinds].sort()) console.log(`| ${kind} | ${k.captures} | ${k.held}/${k.all} |`);
console.log(`\n${holding.length}/${all} checks hold (${((100 * holding.length) / all).toFixed(1)}%) over ${results.length} captures.`);
if (process.argv.includes("--write") && !set) {
  writeFileSync(BASELINE, `${JSON.stringify(holding.sort(), null, 1)}\n`);
  console.log(`recorded in ${BASELINE}`);
}
