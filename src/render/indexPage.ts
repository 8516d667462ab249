import type { IndexPage } from "../site/indexes.js";
import { pageNumbers, type ListingPage } from "../site/paging.js";
import { pagePath } from "../site/urls.js";
import { breadcrumbs } from "./layout.js";
import { articleList, childList } from "./lists.js";
import { esc } from "../text/html.js";
import { ESTIMATED } from "../site/dates.js";
import { barList, provinceMap, timelineFigure } from "./pictures.js";
import { placeOfficialList } from "./person.js";
import type { PlaceOfficial } from "../site/people.js";

const CHILD_LABEL: Record<IndexPage["kind"], string> = {
  latest: "",
  years: "年份",
  year: "月份",
  month: "",
  undated: "",
  places: "省级地区",
  place: "下级地区",
  tags: "标签",
  tag: "",
  publications: "报刊",
  publication: "",
};

/** What stands before and after a page's number in its name: 第 2 页. */
const PAGE = ["第 ", " 页"] as const;
/** Page n of an index, as its title and its lead line name it. */
export const pageName = (n: number): string => `${PAGE[0]}${n}${PAGE[1]}`;

/**
 * Links to the index's other pages: the previous and next, and numbered pages around this one
 * (their names read 第 N 页, the number alone shown), the current one marked.
 */
function pager(l: ListingPage): string {
  if (l.count === 1) return "";
  const at = (n: number) => pagePath(l.index.path, n);
  const hidden = (text: string) => `<span class="visually-hidden">${text}</span>`;
  const numbered = pageNumbers(l.number, l.count)
    .map((n) =>
      n === null
        ? `<li aria-hidden="true">…</li>`
        : `<li><a href="${at(n)}"${n === l.number ? ' aria-current="page"' : ""}>${hidden(PAGE[0])}${n}${hidden(PAGE[1])}</a></li>`,
    )
    .join("");
  const step = (n: number, rel: "prev" | "next", label: string) =>
    n >= 1 && n <= l.count ? `<a class="${rel}" rel="${rel}" href="${at(n)}">${label}</a>` : "";
  return `<nav class="pages" aria-label="分页">
${step(l.number - 1, "prev", "上一页")}
<ol>${numbered}</ol>
${step(l.number + 1, "next", "下一页")}
</nav>`;
}

/**
 * One page of an index: its trail, heading, feed and narrower indexes with counts, then its share
 * of the articles newest first (those that only mention its place after the index's own), and
 * links to the index's other pages; on a place's first page, the officials the archive names there.
 */
export function renderIndexPage(l: ListingPage, officials: PlaceOfficial[] = []): string {
  const p = l.index;
  const estimated = l.articles.some((a) => a.dateEstimated)
    ? `<p class="note">标“${ESTIMATED}”的文章原文未注明日期，年份据正文推断。</p>`
    : "";
  const also = l.alsoMentioned.length ? `<h2>也提到${esc(p.heading)}的文章</h2>\n${articleList(l.alsoMentioned)}` : "";
  // A later page that holds only articles mentioning the place has no list of the index's own.
  const listing =
    ["years", "places", "tags", "publications"].includes(p.kind) || (l.number > 1 && !l.articles.length)
      ? ""
      : `<h2>文章（${p.articles.length}）</h2>\n${estimated}${articleList(l.articles)}`;
  const lead = [
    p.kind === "latest" ? "按日期从新到旧排列，未注明日期的排在最后。" : "",
    l.count > 1 ? `${pageName(l.number)}，共 ${l.count} 页。` : "",
  ].join("");
  const feed = p.feed ? `<p class="feed"><a href="${p.feed}" type="application/atom+xml">订阅新文章（Atom）</a></p>\n` : "";
  // A later page is a step below its index's first.
  const crumbs =
    l.number > 1
      ? breadcrumbs([...p.trail, { name: p.heading, path: p.path }], pageName(l.number))
      : p.trail.length
        ? breadcrumbs(p.trail, p.heading)
        : "";
  // The pictures describe the whole index, on its first page. A province's prefectures are a
  // picture of their own, bars before its timeline; elsewhere the narrower indexes follow the pictures.
  const first = l.number === 1;
  const map = first && p.tiles ? provinceMap(p.tiles) : "";
  const timeline = first && p.timeline ? timelineFigure(p.timeline, p.kind === "years") : "";
  const province = p.kind === "place" && p.trail.length === 1 && p.children.length > 0;
  const browse = province
    ? barList(p.children, CHILD_LABEL.place) + timeline
    : `${map}${timeline}\n${childList(p.children, CHILD_LABEL[p.kind], p.kind === "tags")}`;
  return `${crumbs}
<h1>${esc(p.heading)}</h1>
${lead ? `<p class="lead">${lead}</p>\n` : ""}${feed}${browse}
${first ? placeOfficialList(officials) : ""}
${listing}
${also}
${pager(l)}`;
}
