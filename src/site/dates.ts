import type { Article } from "../model/types.js";
import { monthPath, UNDATED_PATH, yearPath } from "./urls.js";

type Dated = Pick<Article, "date" | "dateEstimated">;

export const UNDATED = "未注明日期";
/** Marks a year estimated from the text. */
export const ESTIMATED = "约";
export const yearName = (year: string): string => `${year}年`;
export const monthName = (month: string): string => `${+month}月`;

/**
 * An article's date as far as it is known: its day ("2022-06-29"), its year alone ("2022") when
 * the year was estimated from its text, or null. Every label, link and citation of a date is
 * made from this, so an estimate never shows a month or a day.
 */
export function knownDate({ date, dateEstimated }: Dated): string | null {
  if (!date) return null;
  return dateEstimated ? date.slice(0, 4) : date;
}

/** The day an article is dated, or null when its date is an estimated year or missing. */
export function knownDay(a: Dated): string | null {
  const known = knownDate(a);
  return known && known.length > 4 ? known : null;
}

/** A date as readers see it: 2022年6月29日, 约2022年 for an estimate, or 未注明日期. */
export function dateLabel(a: Dated): string {
  const known = knownDate(a);
  if (!known) return UNDATED;
  const [y, m, d] = known.split("-") as [string, string?, string?];
  return m ? `${yearName(y)}${monthName(m)}${+d!}日` : `${ESTIMATED}${yearName(y)}`;
}

/**
 * The year an article is filed under in search: 2022年, an estimated year counted with its year
 * (the result's date shows 约2022年), or 未注明日期.
 */
export function yearLabel(a: Dated): string {
  const known = knownDate(a);
  return known ? yearName(known.slice(0, 4)) : UNDATED;
}

const WEEK = ["日", "一", "二", "三", "四", "五", "六"];

/** 2022-06-29 → 星期三. */
export function weekday(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `星期${WEEK[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]}`;
}

/** Where an article's date is browsed, year first: its year and month, its year alone for an estimate, or 未注明日期. */
export function datePaths(a: Dated): { name: string; path: string }[] {
  const known = knownDate(a);
  if (!known) return [{ name: UNDATED, path: UNDATED_PATH }];
  const [y, m] = known.split("-") as [string, string?];
  const year = { name: yearName(y), path: yearPath(y) };
  return m ? [year, { name: monthName(m), path: monthPath(y, m) }] : [year];
}

/** The day in China, the archive's time zone, of a moment: "2026-12-02". */
export const chinaDay = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
