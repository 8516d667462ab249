import { readFileSync, readdirSync } from "node:fs";
const dir = process.argv[2];
const p = JSON.parse(readFileSync(dir + "/" + readdirSync(dir)[0], "utf8"));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
const dt = new Map();
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
let total = 0;
for (const n of p.nodes) { const t = dt.get(n.id) ?? 0; total += t; const cf = n.callFrame; const k = `${cf.functionName || "(anon)"} ${cf.url.split("/").slice(-2).join("/")}:${cf.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 40));
for (const [k, t] of top) console.log((t / 1000).toFixed(0).padStart(7), "ms", (100 * t / total).toFixed(1).padStart(5) + "%", k);
// inclusive per file
const incl = new Map();
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const fileSelf = new Map();
for (const n of p.nodes) { const f = n.callFrame.url.split("/").slice(-2).join("/"); fileSelf.set(f, (fileSelf.get(f) ?? 0) + (dt.get(n.id) ?? 0)); }
console.log("--- self by file");
for (const [f, t] of [...fileSelf].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / 1000).toFixed(0).padStart(7), "ms", (100 * t / total).toFixed(1).padStart(5) + "%", f);
