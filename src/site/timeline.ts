import type { Article } from "../model/types.js";
import { knownDay } from "./dates.js";
import { monthPath, yearPath } from "./urls.js";

/** One month of a timeline: how many articles it holds, and its /dates/ page when it has any. */
export interface TimelineMonth {
  year: string;
  /** "01" … "12". */
  month: string;
  count: number;
  path: string | null;
}

/**
 * A timeline of articles per month, one row per year from the first dated article to the last,
 * so that a reader sees the months side by side in a year and the years one under another. A run
 * of years with no article is one gap row, so an archive of 2007 and 2022 is not fourteen empty rows.
 */
export type TimelineRow = { year: string; path: string; months: TimelineMonth[] } | { gap: [from: string, to: string] };

export interface Timeline {
  rows: TimelineRow[];
  /** The most articles in one month: the height of a full bar. */
  max: number;
  /** Articles whose year alone was estimated from their text, and articles with no date: in no month. */
  estimated: number;
  undated: number;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

/** Articles counted by the month they are dated to the day; an estimated year or no date is counted apart, never given a month. */
export function monthTimeline(articles: Pick<Article, "date" | "dateEstimated">[]): Timeline {
  const counts = new Map<string, number>();
  let [estimated, undated] = [0, 0];
  for (const a of articles) {
    const day = knownDay(a);
    if (day) counts.set(day.slice(0, 7), (counts.get(day.slice(0, 7)) ?? 0) + 1);
    else if (a.date) estimated++;
    else undated++;
  }
  const years = [...new Set([...counts.keys()].map((k) => k.slice(0, 4)))].sort();
  const rows: TimelineRow[] = [];
  for (let y = +(years[0] ?? 0); years.length && y <= +years.at(-1)!; y++) {
    const year = String(y);
    if (!years.includes(year)) {
      const last = rows.at(-1);
      if (last && "gap" in last) last.gap[1] = year;
      else rows.push({ gap: [year, year] });
      continue;
    }
    const months = MONTHS.map((month) => {
      const count = counts.get(`${year}-${month}`) ?? 0;
      return { year, month, count, path: count ? monthPath(year, month) : null };
    });
    rows.push({ year, path: yearPath(year), months });
  }
  return { rows, max: Math.max(0, ...counts.values()), estimated, undated };
}
