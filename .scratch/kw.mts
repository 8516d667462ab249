import { readFileSync } from "node:fs";
import { cut, tag, keywords } from "../src/text/segmenter.js";
const text = readFileSync("content/" + (await import("node:fs")).readdirSync("content")[0], "utf8").replace(/[\x00-\x7f]/g, "").slice(0, 800);
const time = (name: string, f: () => unknown) => { f(); const a = performance.now(); for (let i = 0; i < 2000; i++) f(); console.log(name, ((performance.now() - a) / 2000).toFixed(3), "ms"); };
time("cut", () => cut(text));
time("tag", () => tag(text));
time("keywords", () => keywords(text, 12));
time("keywords400", () => keywords(text.slice(0,400), 12));
console.log(text.length);
