import { DateTime } from "luxon";

const YMD = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})/;

/** The first real calendar date written in a text, as YYYY-MM-DD; null when there is none. */
export function findDate(text: string): string | null {
  const m = text.match(YMD);
  if (!m) return null;
  const d = DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, { zone: "Asia/Shanghai" });
  if (!d.isValid || d.year < 1900 || d.year > 2100) return null;
  return d.toISODate();
}

/**
 * A year for an undated article: the latest year its text names as past or present. Years named as
 * targets ("到2035年", "2025年前") are not evidence of when it was written.
 */
export function estimateYear(text: string, now = DateTime.now().year): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(/(到|至|截至|力争|预计|计划|规划)?\s*((?:19|20)\d{2})\s*年(前|底前|以前|之前|目标|远景)?/g)) {
    if ((m[1] && m[1] !== "截至") || m[3]) continue;
    const y = +m[2]!;
    if (y <= now && (best === null || y > best)) best = y;
  }
  return best;
}
