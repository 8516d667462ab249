import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanDocument } from "../../src/pipeline/index.js";

/**
 * An archivist's content folder: one article arriving three times (plain text, a web page with
 * its furniture, UTF-16), a near-duplicate that differs in substance, corrections good and bad,
 * and the inputs that must not break a build.
 */
export function writeWorkflowContent(seeds: string, dir: string): void {
  const seed = (name: string) => readFileSync(join(seeds, name));
  const pingyuan = seed("002_f5d6362a3da3be2b.txt");
  writeFileSync(join(dir, "平原 原稿.txt"), pingyuan);
  const article = cleanDocument("x.txt", pingyuan);
  const paras = article.blocks.map((b) => `<p>${b.text}</p>`).join("\n");
  writeFileSync(
    join(dir, "平原-网页版.html"),
    `<!doctype html><html><head><title>${article.title}_新闻频道</title></head><body>
<nav><a href="/">首页</a> <a href="/n">新闻</a> <a href="/z">专题</a></nav>
<h1>${article.title}</h1>\n${paras}
<div class="related"><h3>推荐阅读</h3><ul><li><a href="/1">另一条新闻的标题在这里</a></li></ul></div>
<footer>版权所有 © 某某网 未经授权禁止转载</footer></body></html>`,
  );
  writeFileSync(join(dir, "平原 utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pingyuan.toString("utf8"), "utf16le")]));

  // The Hulan report, and a later version of it with a paragraph rewritten: 另见, not merged.
  const hulan = seed("003_fe954e35177b84ce.txt").toString("utf8");
  writeFileSync(join(dir, "呼兰.txt"), hulan);
  const lines = hulan.split("\n");
  const i = lines.findIndex((l, k) => k > 2 && l.length > 80);
  lines[i] = "修订稿：呼兰区召开专题会议，对全年工作重新作出部署，明确二十项重点任务和完成时限，逐项落实到人。";
  writeFileSync(join(dir, "呼兰 修订稿.txt"), lines.join("\n"));

  // Corrections: the Qian'an interview gets its date, paper, author and a paragraph dropped.
  writeFileSync(join(dir, "迁安.txt"), seed("001_563726c68da262f3.txt"));
  writeFileSync(
    join(dir, "迁安.txt.meta.yaml"),
    "# from the paper's archive\ndate: 2022-03-01\npublication: 河北日报\nauthors: [王五]\nplace: 河北省/唐山市/迁安市\ntags:\n  - 作风纪律\ndrop:\n  - 中央和省、市高度重视作风建设\n",
  );
  // A correction file with mistakes, and one for a file that is not there.
  writeFileSync(join(dir, "呼兰.txt.meta.yaml"), "title: 呼兰\ndatum: 2023-01-01\ndate: 2023-02-30\nplace: 火星省\n");
  writeFileSync(join(dir, "不存在.txt.meta.yaml"), "title: 无\n");

  // Inputs that must each get one clear message while the rest builds.
  writeFileSync(join(dir, "huge dump.txt"), Buffer.alloc(20 * 1024 * 1024, 0x41));
  writeFileSync(
    join(dir, "unknown encoding.txt"),
    Uint8Array.from({ length: 600 }, (_, k) => 0x80 + ((k * 97) % 127)),
  );
  writeFileSync(
    join(dir, "坏的 front matter.md"),
    "---\ntitle: [没有闭合\ndate: 2022-01-01\n---\n某乡召开务虚会\n\n2021年12月，某乡召开务虚会，总结全年工作，谋划来年思路。会上，各村书记逐一发言。\n",
  );
}
