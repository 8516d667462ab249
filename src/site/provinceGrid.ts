/** A province-level division's square on the tile map: its full name, its one-character short name (简称), row and column from 1. */
export interface GridCell {
  name: string;
  abbr: string;
  row: number;
  col: number;
}

/**
 * One equal square per province-level division in its rough geographic place, so no border is
 * drawn (borders are contested) and a small province counts as much as Xinjiang. The positions
 * are geofacet's `china_prov_grid2` (github.com/hafen/grid-designer, grids/china_prov_grid2.csv,
 * MIT licence), seven columns by nine rows, listed here north to south, west to east.
 */
export const PROVINCE_GRID: readonly GridCell[] = [
  { name: "黑龙江省", abbr: "黑", row: 1, col: 7 },
  { name: "内蒙古自治区", abbr: "蒙", row: 2, col: 6 },
  { name: "吉林省", abbr: "吉", row: 2, col: 7 },
  { name: "北京市", abbr: "京", row: 3, col: 6 },
  { name: "辽宁省", abbr: "辽", row: 3, col: 7 },
  { name: "新疆维吾尔自治区", abbr: "新", row: 4, col: 1 },
  { name: "甘肃省", abbr: "甘", row: 4, col: 2 },
  { name: "山西省", abbr: "晋", row: 4, col: 4 },
  { name: "河北省", abbr: "冀", row: 4, col: 5 },
  { name: "天津市", abbr: "津", row: 4, col: 6 },
  { name: "西藏自治区", abbr: "藏", row: 5, col: 1 },
  { name: "青海省", abbr: "青", row: 5, col: 2 },
  { name: "宁夏回族自治区", abbr: "宁", row: 5, col: 3 },
  { name: "陕西省", abbr: "陕", row: 5, col: 4 },
  { name: "河南省", abbr: "豫", row: 5, col: 5 },
  { name: "山东省", abbr: "鲁", row: 5, col: 6 },
  { name: "四川省", abbr: "川", row: 6, col: 2 },
  { name: "重庆市", abbr: "渝", row: 6, col: 3 },
  { name: "湖北省", abbr: "鄂", row: 6, col: 4 },
  { name: "安徽省", abbr: "皖", row: 6, col: 5 },
  { name: "江苏省", abbr: "苏", row: 6, col: 6 },
  { name: "上海市", abbr: "沪", row: 6, col: 7 },
  { name: "云南省", abbr: "云", row: 7, col: 2 },
  { name: "贵州省", abbr: "贵", row: 7, col: 3 },
  { name: "湖南省", abbr: "湘", row: 7, col: 4 },
  { name: "江西省", abbr: "赣", row: 7, col: 5 },
  { name: "浙江省", abbr: "浙", row: 7, col: 6 },
  { name: "广西壮族自治区", abbr: "桂", row: 8, col: 4 },
  { name: "广东省", abbr: "粤", row: 8, col: 5 },
  { name: "福建省", abbr: "闽", row: 8, col: 6 },
  { name: "台湾省", abbr: "台", row: 8, col: 7 },
  { name: "海南省", abbr: "琼", row: 9, col: 4 },
  { name: "澳门特别行政区", abbr: "澳", row: 9, col: 5 },
  { name: "香港特别行政区", abbr: "港", row: 9, col: 6 },
];

/** Shades of a count, from the lightest to the strongest; 0 is no shade (no articles). */
export const SHADES = 5;

/**
 * The shade of a count among counts up to `max`, 1 … SHADES, on a logarithmic scale: an archive's
 * articles crowd into a few provinces, and a linear scale would leave every other one alike.
 */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((SHADES * Math.log1p(count)) / Math.log1p(max)));
}

/** The counts each shade stands for, lowest first, leaving out shades no whole count falls in: the map's legend. */
export function shadeLegend(max: number): { shade: number; from: number; to: number }[] {
  const legend: { shade: number; from: number; to: number }[] = [];
  for (let count = 1; count <= max; count++) {
    const s = shade(count, max);
    const last = legend.at(-1);
    if (last?.shade === s) last.to = count;
    else legend.push({ shade: s, from: count, to: count });
  }
  return legend;
}

/** A square of the map: its division, its articles and index page (null when it has no article of its own), and its shade. */
export interface ProvinceTile extends GridCell {
  count: number;
  path: string | null;
  shade: number;
}

/** The map's squares from the places index's provinces: each division's own articles (not those that only mention it). */
export function provinceTiles(provinces: { name: string; count: number; path: string }[]): ProvinceTile[] {
  const byName = new Map(provinces.map((p) => [p.name, p]));
  const max = Math.max(0, ...provinces.map((p) => p.count));
  return PROVINCE_GRID.map((cell) => {
    const p = byName.get(cell.name);
    const count = p?.count ?? 0;
    return { ...cell, count, path: count ? p!.path : null, shade: shade(count, max) };
  });
}
