import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanDocument } from "../../src/pipeline.js";

/**
 * A synthetic archive for measuring speed and size: N plain-text raw documents in the seeds'
 * genre, each a headline, an issue line and ~4,500 characters of paragraphs drawn from the
 * sentences of real documents (the seeds and the real-world captures), with places, dates and
 * papers varied. Sentences repeat across documents, so it says nothing about search quality.
 */
export function syntheticCorpus(n: number, sources: string[], seed = 1): { name: string; bytes: Uint8Array }[] {
  const sentences = sentencePool(sources);
  let state = seed;
  const rnd = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
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
    const weekday = "日一二三四五六"[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    const text = `${year}年${month}月${day}日 星期${weekday}\n\n${place}深化能力作风建设纪实（${i + 1}）\n\n${place}${paras.join("\n\n")}\n\n（来源：${pick(papers)}）\n`;
    return { name: `bench-${String(i).padStart(5, "0")}.txt`, bytes: enc.encode(text) };
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
