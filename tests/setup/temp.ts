import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * One temporary folder for the whole run: tests, the builds they start and Chromium make their
 * temporary folders inside it (os.tmpdir() reads TMPDIR), and it is removed when the run ends, so
 * runs leave nothing behind in the system's temporary folder.
 */
export default function setup() {
  const root = mkdtempSync(join(tmpdir(), "archive-tests-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
