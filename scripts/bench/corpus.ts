import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanDocument } from "../../src/pipeline/index.js";

/** Numbers in [0, 1) from a seed, the same for the same seed (mulberry32: exact in 32-bit integer arithmetic). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A synthetic archive for measuring speed and size: N raw documents in the seeds' genre and
 * wrappers (newspaper page dumps, front-matter Markdown, scraped web pages), each a headline, a
 * date and ~4,500 characters of paragraphs drawn from the sentences of real documents (the seeds
 * and the real-world captures), with their noise: half-width punctuation, a section printed twice,
 * page-turn markers, navigation and "related articles". Places, dates and papers vary; the same
 * seed gives the same corpus. Sentences repeat across documents, so it says nothing about search
 * quality.
 */
export function syntheticCorpus(n: number, sources: string[], seed = 1): { name: string; bytes: Uint8Array }[] {
  const sentences = sentencePool(sources);
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const places = [
    "黑龙江省大庆市林甸县",
    "河北省唐山市迁安市",
    "山东省德州市平原县",
    "黑龙江省哈尔滨市呼兰区",
    "黑龙江省鸡西市",
    "吉林省延边朝鲜族自治州",
    "浙江省湖州市安吉县",
    "四川省成都市",
  ];
  const papers = ["黑龙江日报", "大众日报", "河北日报", "人民日报", "浙江日报"];
  const enc = new TextEncoder();
  return Array.from({ length: n }, (_, i) => {
    const year = 2015 + Math.floor(rnd() * 10);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const paras: string[] = [];
    for (let len = 0; len < 4500;) {
      const p = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => pick(sentences)).join("");
      paras.push(p);
      len += p.length;
    }
    const place = pick(places);
    const paper = pick(papers);
    const title = `${place}深化能力作风建设纪实（${i + 1}）`;
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const name = `bench-${String(i).padStart(5, "0")}`;
    const kind = i % 5;
    if (kind === 3) {
      const body = paras.map((p) => `<p>${p}</p>`).join("\n");
      const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}_${paper}</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/n">新闻</a> &gt; 正文</div>
<h1>${title}</h1><div class="info">${date} 来源：${paper}</div>
<div class="content">${body}</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/a">${pick(sentences).slice(0, 20)}</a></li></ul></div>
<div class="copyright">版权所有 未经授权禁止转载</div></body></html>`;
      return { name: `${name}.html`, bytes: enc.encode(html) };
    }
    if (kind === 4) {
      const md = `---\ntitle: "${title}"\ndate: ${date}\nsource: ${paper}\ntags: [能力作风建设]\n---\n\n${paras.join("\n\n")}\n`;
      return { name: `${name}.md`, bytes: enc.encode(md) };
    }
    // Newspaper page dumps: half-width punctuation in some, a section printed twice in others.
    const weekday = "日一二三四五六"[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    let body = paras;
    if (kind === 1) body = paras.map((p) => p.replace(/，/g, ",").replace(/：/g, ":"));
    if (kind === 2 && paras.length > 3) body = [...paras, "（下转第二版）", ...paras.slice(1, 3)];
    const text = `${year}年${month}月${day}日 星期${weekday}\n\n${title}\n\n${place}${body.join("\n\n")}\n\n（来源：${paper}）\n`;
    return { name: `${name}.txt`, bytes: enc.encode(text) };
  });
}

/** Whole sentences of the cleaned source documents. */
function sentencePool(sources: string[]): string[] {
  const pool = new Set<string>();
  for (const dir of sources)
    for (const name of readdirSync(dir).filter((f) => !/\.md$|SOURCES/i.test(f) || /^\d/.test(f))) {
      try {
        const a = cleanDocument(name, readFileSync(join(dir, name)));
        for (const b of a.blocks) for (const s of b.text.split(/(?<=[。！？])/)) if (s.length >= 8) pool.add(s);
      } catch {
        // Files the cleaner rejects (notes, binaries) add nothing.
      }
    }
  return [...pool];
}
