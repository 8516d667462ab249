import { cleanDocument } from "../src/pipeline/index.js";
for (const line of process.argv.slice(2)) {
  const a = cleanDocument("x.txt", new TextEncoder().encode(`某县召开会议\n\n${line}\n\n会议部署了今年作风建设的重点任务，要求各部门抓好落实，切实为群众办实事解难题，取得了明显的成效。\n`));
  console.log(JSON.stringify(line), "→", a.publication, a.date, a.authors, a.found.publication);
}
