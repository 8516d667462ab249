import type { Child } from "../site/indexes.js";
import type { Timeline, TimelineMonth } from "../site/timeline.js";
import { type ProvinceTile, shadeLegend } from "../site/provinceGrid.js";
import { shortPlaceName } from "../describe/places.js";
import { ESTIMATED, monthName, yearName } from "../site/dates.js";
import { esc } from "../text/html.js";
import { childCount } from "./lists.js";

/*
 * The archive's pictures, drawn at build time as inline SVG: nothing to download, nothing run,
 * colours from the stylesheet's theme. Every mark that stands for articles is a link with a name
 * that says what it counts, and the same counts stand beside it as text.
 */

/** A month column of a timeline row: 10 units wide, 40 high (the row is 44 px, a finger's target). */
const [COLUMN, HEIGHT] = [10, 40];

const monthLabel = (m: TimelineMonth) => `${yearName(m.year)}${monthName(m.month)}：${m.count} 篇`;

function bar(m: TimelineMonth, i: number, max: number): string {
  if (!m.path) return "";
  // A month of one article stays visible beside a month of hundreds; the tallest bar leaves a gap
  // under the row above, so that no bar seems to stand on another year.
  const h = Math.max(3, Math.round((m.count / max) * (HEIGHT - 9)));
  const label = monthLabel(m);
  return `<a href="${m.path}" aria-label="${label}"><title>${label}</title><rect class="hit" x="${i * COLUMN}" width="${COLUMN}" height="${HEIGHT}"/><rect class="bar" x="${i * COLUMN + 1.5}" y="${HEIGHT - 1 - h}" width="${COLUMN - 3}" height="${h}"/></a>`;
}

/** What the timeline leaves out, said in numbers: articles known by an estimated year only, and those with no date. */
function leftOut(t: Timeline): string {
  const parts = [
    t.estimated ? `${t.estimated} 篇只能据正文推断年份（标“${ESTIMATED}”）` : "",
    t.undated ? `${t.undated} 篇未注明日期` : "",
  ].filter(Boolean);
  return parts.length ? `<p class="note">另有 ${parts.join("，")}，不计入各月。</p>` : "";
}

/**
 * Articles per month: a row of twelve bars per year, each bar a link to its month's page under
 * /dates/, then the same counts as a table (for screen readers and paper). `wholeArchive` is false
 * on a place, tag or publication, whose bars lead to the month of the whole archive.
 */
export function timelineFigure(t: Timeline, wholeArchive: boolean): string {
  const years = t.rows.flatMap((r) => ("gap" in r ? [] : [r]));
  // No month to draw (no article dated to the day): the list of articles says the rest.
  if (!years.length) return "";
  const rows = t.rows
    .map((r) => {
      if ("gap" in r) {
        const [from, to] = r.gap;
        return `<li class="tl-gap">${from === to ? yearName(from) : `${from}—${yearName(to)}`}无文章</li>`;
      }
      const bars = r.months.map((m, i) => bar(m, i, t.max)).join("");
      return `<li><a class="tl-year" href="${r.path}">${r.year}</a><svg class="tl-bars" viewBox="0 0 ${12 * COLUMN} ${HEIGHT}" preserveAspectRatio="none"><rect class="base" y="${HEIGHT - 1}" width="${12 * COLUMN}" height="1"/>${bars}</svg></li>`;
    })
    .join("\n");
  const head = `<tr><th scope="col">年份</th>${years[0]!.months.map((m) => `<th scope="col">${+m.month}<span class="visually-hidden">月</span></th>`).join("")}</tr>`;
  const body = years
    .map(
      (r) =>
        `<tr><th scope="row">${yearName(r.year)}</th>${r.months.map((m) => `<td${m.count ? "" : ' class="zero"'}>${m.count}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const scope = wholeArchive ? "" : `<p class="note">每根柱子链接到全站该月的文章。</p>\n`;
  // The table may scroll sideways on a narrow screen: focusable, so that keys scroll it too.
  return `<section class="timeline" aria-labelledby="timeline">
<h2 id="timeline">各月文章数</h2>
${scope}<div class="tl-head" aria-hidden="true"><span>1月</span><span>4月</span><span>7月</span><span>10月</span></div>
<ol class="tl-rows">
${rows}
</ol>
<section class="tl-table" aria-label="各月文章数表" tabindex="0"><table>
<caption>各月文章数（篇）</caption>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table></section>
${leftOut(t)}
</section>`;
}

/** A square of the map is 60 units with 4 between. */
const [TILE, PITCH] = [60, 64];

function tile(t: ProvinceTile): string {
  const [x, y] = [(t.col - 1) * PITCH, (t.row - 1) * PITCH];
  const cx = x + TILE / 2;
  const short = shortPlaceName(t.name, "province");
  // The short name on a wide screen, the one-character 简称 on a phone (site.css chooses).
  const names = `<text class="long" x="${cx}" y="${y + (t.path ? 27 : 36)}">${short}</text><text class="abbr" x="${cx}" y="${y + (t.path ? 31 : 40)}">${t.abbr}</text>`;
  const square = `<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="6"/>`;
  if (!t.path) return `<g class="tile" role="img" aria-label="${t.name}：暂无文章">${square}${names}</g>`;
  const label = `${t.name}：${t.count} 篇`;
  // The link is the square, named by its full name and count; the short texts lie over it for the
  // eye only (clicks pass through them), so the link's name need not repeat an abbreviation.
  return `<a class="tile s${t.shade}" href="${t.path}" aria-label="${label}"><title>${label}</title>${square}</a><g class="on s${t.shade}" aria-hidden="true">${names}<text class="n" x="${cx}" y="${y + 50}">${t.count}</text></g>`;
}

/** On /places/: every province-level division as an equal square in its rough place, shaded by its articles, with a legend. */
export function provinceMap(tiles: ProvinceTile[]): string {
  const [cols, rows] = [Math.max(...tiles.map((t) => t.col)), Math.max(...tiles.map((t) => t.row))];
  const legend = shadeLegend(Math.max(0, ...tiles.map((t) => t.count)))
    .map((l) => `<li><span class="swatch s${l.shade}"></span>${l.from === l.to ? l.from : `${l.from}–${l.to}`} 篇</li>`)
    .join("");
  return `<section class="tilemap" aria-labelledby="tilemap">
<h2 id="tilemap">各省文章数</h2>
<p class="note">每个方块是一个省级行政区，大致按地理位置排列，颜色越浓文章越多；有文章的方块链接到该地。</p>
<svg viewBox="0 0 ${cols * PITCH - (PITCH - TILE)} ${rows * PITCH - (PITCH - TILE)}">
${tiles.map(tile).join("\n")}
</svg>
<ul class="legend"><li><span class="swatch"></span>暂无</li>${legend}</ul>
</section>`;
}

/** Narrower places as bars of their articles, longest first, each a link, under a heading: a province's prefectures. */
export function barList(children: Child[], label: string): string {
  const max = Math.max(1, ...children.map((c) => c.count));
  const rows = children
    .map((c) => {
      const width = Math.round((c.count / max) * 100);
      return `<li><a href="${c.path}">${esc(c.name)}</a><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="${width}" height="10"/></svg>${childCount(c)}</li>`;
    })
    .join("\n");
  return `<nav class="bars" aria-labelledby="bars"><h2 id="bars">${esc(label)}</h2><ol class="bar-list">
${rows}
</ol></nav>`;
}
