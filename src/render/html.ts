/** Escapes text for HTML content and attribute values: nothing from a raw document reaches a page unescaped. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Only http(s) links from documents are rendered as links. */
export const safeUrl = (u: string | null): string | null => (u && /^https?:\/\/[^\s"'<>]+$/.test(u) ? u : null);

const WEEK = ["日", "一", "二", "三", "四", "五", "六"];

/** "2022-06-29" → "2022年6月29日"; an estimated date shows its year only, with "约". */
export function formatDate(date: string | null, estimated = false): string {
  if (!date) return "未注明日期";
  const [y, m, d] = date.split("-").map(Number);
  if (estimated) return `约${y}年`;
  return `${y}年${m}月${d}日`;
}

export function weekday(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `星期${WEEK[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]}`;
}
