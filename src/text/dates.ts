import { DateTime, FixedOffsetZone, type Zone } from "luxon";

/** The years the archive holds: a date outside them is a slip or a placeholder (0001-01-01), not a date. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

// Every date in the archive is a day in Beijing.
const BEIJING = "Asia/Shanghai";

/** A date written with its year, month and day, in figures: 2022-06-29, 2022年6月29日, 2022.6.29. */
export const YMD = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})/;

// A stated date may carry a time and an offset: "2022-06-30T20:00:00-10:00", "2022-02-15 09:45:39 +0800".
const STATED = new RegExp(
  `(?<!\\d)${YMD.source}日?(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?`,
  "i",
);

const inYears = (year: number): boolean => year >= FIRST_YEAR && year <= LAST_YEAR;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * A day of the calendar in the archive's years as YYYY-MM-DD, or null (2月30日 is none). A day
 * written without a time needs no time zone: the cleaner reads thousands of these, and luxon's
 * zone arithmetic is for the few stated with a time and an offset.
 */
function calendarDay(year: number, month: number, day: number): string | null {
  if (!inYears(year) || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
}

/** A date in the Republic's years, as Taiwan's documents write it: "中华民国107年3月13日" is 2018-03-13. */
const MINGUO = /(?:中[华華])?民[国國]\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The first real calendar date written in a text, as YYYY-MM-DD; null when there is none. */
export function findDate(text: string): string | null {
  const m = text.match(YMD);
  const roc = text.includes("民国") || text.includes("民國") ? text.match(MINGUO) : null;
  if (roc && (!m || roc.index! < m.index!)) return calendarDay(+roc[1]! + 1911, +roc[2]!, +roc[3]!);
  return m ? calendarDay(+m[1]!, +m[2]!, +m[3]!) : null;
}

const offsetZone = (offset: string): Zone => {
  const [, sign, hours, minutes] = offset.match(/^([+-])(\d{2}):?(\d{2})?$/) ?? [];
  if (!sign) return FixedOffsetZone.utcInstance;
  return FixedOffsetZone.instance((sign === "-" ? -1 : 1) * (+hours! * 60 + +(minutes ?? 0)));
};

/** A date as feeds and mail write it (RFC 2822): "Fri, 19 Jun 2020 15:30:30 +0000". */
const RFC_2822 =
  /(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|UT|GMT|[ECMP][SD]T|Z)/;

/** The Beijing day of a date written as feeds write it, or null. */
export function findFeedDate(text: string): string | null {
  const m = text.match(RFC_2822);
  const d = m ? DateTime.fromRFC2822(m[0]).setZone(BEIJING) : null;
  return d?.isValid && inYears(d.year) ? d.toISODate() : null;
}

/** A day as English writes it, the way note-taking apps print a page's properties: "May 13, 2024", "September 1, 2023". */
const ENGLISH_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

/** The day of a date written in English, or null. */
export function findEnglishDate(text: string): string | null {
  const m = text.match(ENGLISH_DAY);
  const month = m ? "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(m[1]!) / 3 + 1 : 0;
  return m ? calendarDay(+m[3]!, month, +m[2]!) : null;
}

/** A day, with or without its time, closing a text: "某某日报2024-05-13 08:49", "标题 2014-12-08 06:49". */
export const DAY_AT_END = /\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** A date in figures, the year last: "4/2/2024 12:34 PM", "05-19-2013", "19/05/2013". */
export const YEAR_LAST = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(AM|PM))?/i;

/**
 * The day of a date written with its year last, or null when it cannot be told: an English clock
 * (AM, PM) puts the month first; otherwise only a part over 12 tells the day from the month.
 */
export function findYearLastDate(text: string): string | null {
  const m = text.match(YEAR_LAST);
  if (!m) return null;
  const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!];
  const monthFirst = m[4] ? true : a > 12 && b <= 12 ? false : b > 12 && a <= 12 ? true : null;
  return monthFirst === null ? null : monthFirst ? calendarDay(year, a, b) : calendarDay(year, b, a);
}

/** A date a wrapper or an archivist states: its Beijing day, or what is wrong with it. */
export type StatedDate = { date: string } | { problem: string };

/**
 * The first date written in a stated field (front matter, a page's meta, a corrections file).
 * With a time and an offset it is moved to Beijing time before its day is taken; without an
 * offset it is Beijing time already. Null when the text writes no date.
 */
export function statedDate(text: string): StatedDate | null {
  const m = text.match(STATED);
  if (!m) {
    const feed = findFeedDate(text);
    return feed ? { date: feed } : null;
  }
  const [, year, month, day, hour, minute, second, offset] = m;
  if (!offset) {
    // Beijing time already: the day as written, whatever the hour.
    if (!inYears(+year!)) return { problem: `is outside ${FIRST_YEAR}–${LAST_YEAR}` };
    const date = calendarDay(+year!, +month!, +day!);
    const time = +(hour ?? 0) < 24 && +(minute ?? 0) < 60 && +(second ?? 0) < 60;
    return date && time ? { date } : { problem: "is not a calendar date" };
  }
  const written = DateTime.fromObject(
    { year: +year!, month: +month!, day: +day!, hour: +(hour ?? 0), minute: +(minute ?? 0), second: +(second ?? 0) },
    { zone: offsetZone(offset) },
  );
  if (!written.isValid) return { problem: "is not a calendar date" };
  const beijing = written.setZone(BEIJING);
  if (!inYears(beijing.year)) return { problem: `is outside ${FIRST_YEAR}–${LAST_YEAR}` };
  return { date: beijing.toISODate()! };
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

const DIGIT: Record<string, number> = Object.fromEntries(
  [..."〇○零Ｏ"].map((c) => [c, 0]).concat([..."一二三四五六七八九"].map((c, i) => [c, i + 1])),
);

/** "十二" → 12, "二十一" → 21, "三十" → 30, "十" → 10: the day and month numbers of a written date. */
function smallNumber(s: string): number | null {
  if (s.length === 1 && s !== "十") return DIGIT[s] ?? null;
  const m = s.match(/^([一二三])?十([一二三四五六七八九])?$/);
  return m ? (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[2] ? DIGIT[m[2]]! : 0) : null;
}

/** A date written in Chinese numerals: "一九七一年十二月十五日", "二〇一九年十月三十一日". */
const CHINESE_YMD = /([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** The first calendar date written in Chinese numerals, as YYYY-MM-DD; null when there is none. */
export function findChineseDate(text: string): string | null {
  const m = text.match(CHINESE_YMD);
  if (!m) return null;
  const year = +[...m[1]!].map((c) => DIGIT[c]!).join("");
  const month = smallNumber(m[2]!);
  const day = smallNumber(m[3]!);
  return month === null || day === null ? null : calendarDay(year, month, day);
}

/** The first calendar date a text writes, in Arabic or in Chinese numerals. */
export const findAnyDate = (text: string): string | null => findDate(text) ?? findChineseDate(text);

/** The Beijing date and time of a Unix time in seconds, as a stated date reads. */
export function unixToBeijing(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  const d = new Date((seconds + 8 * 3600) * 1000);
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().replace("T", " ").slice(0, 16) + " +0800";
}

/**
 * The day a page's address gives, as news and government sites build them: ".../t20230302_123.html",
 * ".../2023-03/02/c_123.htm", ".../2023/0302/c1001-123.html", ".../202303/02/123.html", a day's
 * folder ".../20230302/n123.shtml" or a blog's ".../2023/03/02/slug/".
 */
const ADDRESS_DAYS = [
  /[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_\d+/,
  /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//,
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//,
  /\/((?:19|20)\d{2})(\d{2})\/(\d{2})\//,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})\//,
  /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//,
];

export function addressDate(url: string): string | null {
  for (const re of ADDRESS_DAYS) {
    const m = url.match(re);
    if (m) return findDate(`${m[1]}-${m[2]}-${m[3]}`);
  }
  return null;
}

/** A Unix time as exporters write it, in seconds or milliseconds (a number, or ten or thirteen digits), read in Beijing. */
export function unixDate(v: unknown): string | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{10}(?:\d{3})?\s*$/.test(v) ? +v : NaN;
  if (!Number.isFinite(n) || n < 1e9) return null;
  return unixToBeijing(n >= 1e12 ? Math.floor(n / 1000) : n);
}
