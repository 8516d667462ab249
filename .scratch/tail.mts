import { cleanDocument } from "../src/pipeline/index.js";
for (const line of process.argv.slice(2)) {
  const a = cleanDocument("x.txt", new TextEncoder().encode(`某县召开会议\n\n会议部署了今年作风建设的重点任务，要求各部门抓好落实，切实为群众办实事解难题，取得了明显的成效。\n\n会议强调，干部要深入基层，帮助群众解决实际困难，把好事办好。\n\n${line}\n`));
  console.log(JSON.stringify(line), "→", a.blocks.map((b) => b.text).slice(2), a.authors, a.messages.map((m) => m.ruleId).join(","));
}
