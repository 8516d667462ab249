import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("npm run add", () => {
  it("copies new documents byte for byte, says what it found and how to correct it, and refuses what it cannot read", () => {
    const root = mkdtempSync(join(tmpdir(), "add-"));
    const content = join(root, "content");
    const incoming = join(root, "incoming", "第二批");
    mkdirSync(content);
    mkdirSync(incoming, { recursive: true });
    copyFileSync("content/000_d4019421061fcf21.txt", join(content, "林甸.txt"));
    copyFileSync("content/000_d4019421061fcf21.txt", join(incoming, "林甸 再次.txt"));
    copyFileSync("content/001_563726c68da262f3.txt", join(incoming, "迁安 访谈.txt"));
    writeFileSync(join(incoming, "空.txt"), "");
    writeFileSync(join(content, "迁安 访谈.txt"), "同名的另一份文件");
    // Corrections travel with their document; an archivist's corrections already in content/ stay.
    writeFileSync(join(incoming, "迁安 访谈.txt.meta.yaml"), "publication: 唐山劳动日报\n");
    writeFileSync(join(content, "林甸.txt.meta.yaml"), "accept: [date estimated]\n");
    writeFileSync(join(incoming, "林甸 再次.txt.meta.yaml"), "title: 另一个标题\n");
    // Corrections that would expand without end are checked as the build checks them, and refused.
    copyFileSync("content/002_f5d6362a3da3be2b.txt", join(incoming, "平原.txt"));
    writeFileSync(join(incoming, "平原.txt.meta.yaml"), 'a: &a ["lol","lol"]\nb: &b [*a,*a]\ntitle: *b\n');
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/add.ts", join(root, "incoming")], {
      env: { ...process.env, ARCHIVE_CONTENT: content },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/= ".*林甸 再次\.txt": already in the archive as "content\/林甸\.txt"; not copied/);
    expect(run.stdout).toMatch(/✗ ".*空\.txt": the file is empty; .*not copied/);
    // A name already taken by another file gets a number, and the bytes arrive unchanged.
    expect(run.stdout).toMatch(/\+ ".*迁安 访谈\.txt" → "content\/迁安 访谈 \(2\)\.txt" \[plain, utf-8\]/);
    expect(readFileSync(join(content, "迁安 访谈 (2).txt")).equals(readFileSync("content/001_563726c68da262f3.txt"))).toBe(true);
    expect(run.stdout).toMatch(/title +转作风提效能 加快建设“北方水城、美丽迁安”/);
    expect(run.stdout).toMatch(/place +河北省\/唐山市\/迁安市/);
    expect(run.stdout).toMatch(
      /guessed or missing: date, publication, authors\. To set them, write "content\/迁安 访谈 \(2\)\.txt\.meta\.yaml"/,
    );
    expect(run.stdout).toMatch(/^ +date: 2022-06-29$/m);
    expect(run.stdout).toMatch(/\+ ".*迁安 访谈\.txt\.meta\.yaml" → "content\/迁安 访谈 \(2\)\.txt\.meta\.yaml"/);
    expect(readFileSync(join(content, "迁安 访谈 (2).txt.meta.yaml"), "utf8")).toBe("publication: 唐山劳动日报\n");
    expect(run.stdout).toMatch(/✗ ".*林甸 再次\.txt\.meta\.yaml": "content\/林甸\.txt\.meta\.yaml" already holds corrections/);
    expect(readFileSync(join(content, "林甸.txt.meta.yaml"), "utf8")).toBe("accept: [date estimated]\n");
    expect(run.stdout).toMatch(
      /✗ ".*平原\.txt\.meta\.yaml": corrections that do not check out; not copied\n {2}ERROR "平原\.txt\.meta\.yaml": line 2: aliases/,
    );
    expect(readdirSync(content).sort()).toEqual(
      ["林甸.txt", "林甸.txt.meta.yaml", "平原.txt", "迁安 访谈 (2).txt", "迁安 访谈 (2).txt.meta.yaml", "迁安 访谈.txt"].sort(),
    );
  });
});
