import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article, buildFrom, gbkText } from "./build.js";

const utf8 = (s: string) => Buffer.from(s, "utf8");
const FIRST = "林甸县召开全县干部大会，部署今年的重点工作任务。";
const LAST = "会议要求各部门抓好落实，确保取得实效，群众满意度明显提升";
const TEXT = `林甸县召开干部大会\n\n${FIRST}县委书记在会上讲话，回顾了去年的工作。\n\n${LAST}。\n`;

// An interrupted download: the file ends in the middle of its last character.
const cut = utf8(TEXT.trimEnd()).subarray(0, utf8(TEXT.trimEnd()).length - 2);
// One corrupt byte in the middle of the first paragraph.
const corrupt = Buffer.from(utf8(TEXT.replace("林甸县", "肇源县")));
corrupt[utf8("肇源县召开干部大会\n\n肇源县召开").length] = 0xff;
// A GBK document with one byte pair that is no GBK character.
const gbkBad = Buffer.concat([
  gbkText("杜尔伯特县召开干部大会\n\n杜尔伯特县召开全县干部大会，部署今年的重点工作任务。"),
  Buffer.from([0x80, 0xff]),
  gbkText("会议要求各部门抓好落实，确保取得实效。\n"),
]);

describe("words that were lost", () => {
  const site = buildFrom({
    "cut.txt": cut,
    "corrupt.txt": corrupt,
    "gbk bad pair.txt": gbkBad,
    "angles.txt": `某县召开会议\n\n会上讨论了<p>标签和<img src=x>的写法，以及x<y时的处理办法，这些都是正文。\n\n会议要求各部门抓好落实，确保各项工作取得实效。\n`,
    "export.json": JSON.stringify({
      title: "某市召开会议",
      content: "会议指出，<img src=x onerror=alert(1)>这样的字样也是正文的一部分。\n会议要求各部门抓好落实，确保各项工作取得实效。",
    }),
    "comment.md": `# 某区召开会议\n\n某区召开全区干部大会，部署今年的重点工作任务。\n\n<!-- 编者注：以下内容由通讯员提供\n\n会议要求各部门抓好落实，确保各项工作取得实效，这句话在注释之后。\n`,
    "emptied.txt": article("迁安市"),
    "emptied.txt.meta.yaml": "drop:\n  - 迁安市日前召开\n  - 会议强调\n",
    "gbk corrections.txt": article("呼兰区"),
    "gbk corrections.txt.meta.yaml": gbkText("title: 呼兰区召开全区干部大会\n"),
    "good.txt": article("鸡西市"),
  });
  const record = (source: string) => site.manifest().find((a) => a.source === source)!;
  const body = (source: string) => site.read(join(record(source).url, "index.html"));

  it("builds every document", () => {
    expect(site.status).toBe(0);
    expect(site.manifest()).toHaveLength(9);
  });

  it("decodes a file with a few unreadable bytes in its encoding, marks them and warns with their lines", () => {
    expect(body("cut.txt")).toContain(FIRST);
    expect(body("cut.txt")).toContain(LAST.slice(0, -1));
    expect(site.log).toMatch(/WARNING "cut\.txt": line 5: .*无法识读.* \[read: unreadable bytes\]/);
    expect(body("corrupt.txt")).toContain("�");
    expect(body("corrupt.txt")).toContain("部署今年的重点工作任务");
    expect(site.log).toMatch(/WARNING "corrupt\.txt": line 3: .*无法识读.* \[read: unreadable bytes\]/);
    expect(record("gbk bad pair.txt").encoding).toBe("gb18030");
    expect(body("gbk bad pair.txt")).toContain("会议要求各部门抓好落实");
  });

  it("keeps a < in plain text and in JSON text as text", () => {
    const angles = body("angles.txt");
    expect(angles).toContain("会上讨论了&lt;p&gt;标签和&lt;img src=x&gt;的写法，以及x&lt;y时的处理办法");
    expect(body("export.json")).toContain("&lt;img src=x onerror=alert(1)&gt;这样的字样也是正文的一部分");
  });

  it("keeps the text after an unclosed comment in Markdown, and warns", () => {
    expect(body("comment.md")).toContain("这句话在注释之后");
    expect(site.log).toMatch(/WARNING "comment\.md": line \d+: .*注释/);
  });

  it("refuses corrections that would empty an article, naming the corrections file, and builds the article without them", () => {
    expect(site.log).toMatch(/ERROR "emptied\.txt\.meta\.yaml": drop: leaves no article text/);
    expect(body("emptied.txt")).toContain("迁安市日前召开全体干部大会");
  });

  it("decodes corrections like documents", () => {
    expect(record("gbk corrections.txt").title).toBe("呼兰区召开全区干部大会");
  });
});
