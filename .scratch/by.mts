import { parseByline } from "../src/clean/chrome.js";
for (const s of process.argv.slice(2)) console.log(s, JSON.stringify(parseByline(s)));
