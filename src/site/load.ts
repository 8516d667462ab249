import { readFileSync } from "node:fs";
import * as yaml from "js-yaml";
import { readContent } from "../read/files.js";
import { buildArchive, logLine, type Archive } from "../archive.js";

export interface LoadOptions {
  contentDir: string;
  vocabularyFile: string;
  log?: (line: string) => void;
}

/** Reads content/, cleans every document and logs one line per article plus every problem. */
export function loadArchive({ contentDir, vocabularyFile, log = console.log }: LoadOptions): Archive {
  const vocabulary = (yaml.load(readFileSync(vocabularyFile, "utf8")) as string[] | null) ?? [];
  const archive = buildArchive(readContent(contentDir), vocabulary);
  for (const a of archive.articles) log(`[archive] ${logLine(a)}`);
  for (const p of archive.problems) log(`[archive] ${p.severity.toUpperCase()} ${p.source}: ${p.message}`);
  const errors = archive.problems.filter((p) => p.severity === "error").length;
  const warnings = archive.problems.length - errors;
  log(`[archive] ${archive.articles.length} articles built, ${warnings} warnings, ${errors} errors`);
  return archive;
}
