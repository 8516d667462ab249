import { cleanDocument } from "../src/pipeline/index.js";
const items = [1,2,3,4].map(i => `<h1>${["某某县启动春耕备耕工作","某某镇新建便民服务中心投入使用","某某街道开展消防安全大检查","某某村合作社带动百户增收"][i-1]}</h1><p>近日，第${i}项工作由有关部门召开会议部署，要求各单位认真落实责任，确保各项措施落地见效。群众满意度第${i}次调查显示不断提升。</p>`).join("\n");
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某县要闻速览（第12期）</title></head><body>
<h1 class="rich_media_title">某某县要闻速览（第12期）</h1>
<div class="rich_media_meta_list"><span>林甸县融媒体中心</span> <em id="publish_time">2023-03-02 18:00</em></div>
<div class="rich_media_content" id="js_content">${items}</div></body></html>`;
const a = cleanDocument("d.html", new TextEncoder().encode(html));
console.log(a.title, "|", a.date, "|", a.publication, a.found, a.authors);
for (const b of a.blocks) console.log(b.kind, b.text.slice(0, 40));
for (const m of a.messages) console.log("  ", m.ruleId, m.text);
