import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * One temporary folder for the whole run: tests, the builds they start and Chromium make their
 * temporary folders inside it (os.tmpdir() reads TMPDIR), and it is removed when the run ends, so
 * runs leave nothing behind in the system's temporary folder. The first project to start makes it
 * and the others use it: nested, Chromium's socket path would pass the 108 bytes Linux allows.
 */
export default function setup() {
  if (process.env.ARCHIVE_TESTS_TMPDIR) return;
  const root = mkdtempSync(join(tmpdir(), "archive-tests-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = process.env.ARCHIVE_TESTS_TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env.ARCHIVE_TESTS_TMPDIR;
    rmSync(root, { recursive: true, force: true });
  };
}
