/** The search filters, by the name records carry, with the label the search page shows, in its order. */
export const FILTERS = {
  province: "省份",
  prefecture: "市（地区）",
  county: "县（区）",
  year: "年份",
  publication: "报刊",
  tag: "标签",
} as const;
