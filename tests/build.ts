import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A file a test writes into content/: its bytes or text, or a symbolic link to a target. */
export type TestFile = string | Uint8Array | { link: string };

export interface TestBuild {
  root: string;
  content: string;
  dir: string;
  /** Everything the build printed. */
  log: string;
  status: number;
  read: (path: string) => string;
  /** api/articles.json's records. */
  manifest: () => ManifestRecord[];
}

export interface ManifestRecord {
  source: string;
  url: string;
  title: string;
  date: string | null;
  sources: string[];
  files: { source: string; raw: string; view: string }[];
  originalUrl: string | null;
  tags: string[];
  [key: string]: unknown;
}

/** Writes the files named (folders made as needed) into a new content/ folder. */
export function writeContent(files: Record<string, TestFile>): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), "archive-test-"));
  const content = join(root, "content");
  mkdirSync(content);
  for (const [name, file] of Object.entries(files)) {
    const path = join(content, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof file === "object" && "link" in file) symlinkSync(file.link, path);
    else writeFileSync(path, file);
  }
  return { root, content };
}

/** Builds a site with `npm run build` (its own cache and output) from the files a test writes. */
export function buildFrom(files: Record<string, TestFile>, args: string[] = [], env: Record<string, string> = {}): TestBuild {
  const { root, content } = writeContent(files);
  const dir = join(root, "_site");
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", ...args], {
    env: { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_OUTPUT: dir, ARCHIVE_CACHE: join(root, "cache"), ...env },
    encoding: "utf8",
  });
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  return {
    root,
    content,
    dir,
    log: run.stdout + run.stderr,
    status: run.status ?? -1,
    read,
    manifest: () => (JSON.parse(read("api/articles.json")) as { articles: ManifestRecord[] }).articles,
  };
}

/** A plain-text article of a few sentences about the place named, distinct for each name. */
export const article = (name: string): string =>
  `${name}召开工作会议\n\n${name}日前召开全体干部大会，部署今年的重点工作任务。会议要求各部门抓好落实，确保各项工作取得实效。\n\n会议强调，${name}要坚持问题导向，真抓实干，推动高质量发展。\n`;

/** Text in GBK (Node decodes GBK but has no encoder): each character looked up among GB 2312's. */
export function gbkText(text: string): Buffer {
  const decoder = new TextDecoder("gbk");
  const table = new Map<string, number[]>();
  for (let hi = 0xa1; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  return Buffer.from([...text].flatMap((c) => table.get(c) ?? [...Buffer.from(c)]));
}
