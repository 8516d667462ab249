import type { IndexPage } from "../site/indexes.js";
import { breadcrumbs } from "./layout.js";
import { articleList, childList } from "./lists.js";
import { esc } from "../text/html.js";
import { ESTIMATED } from "../site/dates.js";

const CHILD_LABEL: Record<IndexPage["kind"], string> = {
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

/** An index page: its trail, heading, narrower indexes with counts, then its articles newest first. */
export function renderIndexPage(p: IndexPage): string {
  const count = p.articles.length;
  const estimated = p.articles.some((a) => a.dateEstimated)
    ? `<p class="note">标“${ESTIMATED}”的文章原文未注明日期，年份据正文推断。</p>`
    : "";
  const also = p.alsoMentioned.length ? `<h2>也提到${esc(p.heading)}的文章</h2>\n${articleList(p.alsoMentioned)}` : "";
  const listing = ["years", "places", "tags", "publications"].includes(p.kind)
    ? ""
    : `<h2>文章（${count}）</h2>\n${estimated}${articleList(p.articles)}`;
  return `${p.trail.length ? breadcrumbs(p.trail, p.heading) : ""}
<h1>${esc(p.heading)}</h1>
${childList(p.children, CHILD_LABEL[p.kind], p.kind === "tags")}
${listing}
${also}`;
}
