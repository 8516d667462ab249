import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { cleanDocument } from "../src/pipeline/index.js";
import { placeScores } from "../src/describe/places.js";
const f = process.argv[2]!;
const a = cleanDocument(basename(f), readFileSync(f));
const text = a.blocks.map((b) => b.text).join("\n");
console.log(a.place, placeScores({ text, headline: a.title }).slice(0, 10));
