import type { Article, Place } from "../model/types.js";
import type { Person, PersonPost, PlaceOfficial } from "../site/people.js";
import { articlePath, PEOPLE_PATH, personPath } from "../site/urls.js";
import { dateLabel } from "../site/dates.js";
import { placeChain } from "../describe/places.js";
import { esc } from "../text/html.js";
import { breadcrumbs } from "./layout.js";

const placeName = (p: Place): string => placeChain(p).join("") || "地点不详";
const articleLink = (a: Article) => `<a href="${articlePath(a.slug)}">${esc(a.title)}</a>（${esc(dateLabel(a))}）`;

/** Why a post is taken for the person's, when no article names it beside their others. */
const GUESS: Record<NonNullable<PersonPost["guess"]>, string> = {
  "same place": "同名、同地，推定为同一人",
  near: "同名、地点相容（一地属于另一地），推定为同一人",
};

/** A post as the person's page lists it: the post, its place, the earliest and latest article giving it. */
function postItem(p: PersonPost): string {
  const span = p.first === p.last ? `见于 ${articleLink(p.first)}` : `最早见于 ${articleLink(p.first)}，最近见于 ${articleLink(p.last)}`;
  const guess = p.guess ? `<p class="guess">推断：${GUESS[p.guess]}。</p>` : "";
  return `<li><strong>${esc(p.organ + p.post)}</strong> · ${esc(placeName(p.place))}<p class="meta">${span}</p>${guess}</li>`;
}

/** A person's page: the name, each post with its place and dates, and every article naming them with the sentence quoted. */
export function renderPerson(person: Person): string {
  const seen = new Set<string>();
  const mentions = person.mentions.filter(
    (m) => !seen.has(`${m.article.source}\n${m.official.sentence}`) && seen.add(`${m.article.source}\n${m.official.sentence}`),
  );
  // One item an article, its sentences quoted under it in the order it prints them.
  const byArticle = new Map<string, typeof mentions>();
  for (const m of mentions) byArticle.set(m.article.source, [...(byArticle.get(m.article.source) ?? []), m]);
  const quotes = [...byArticle.values()]
    .map(
      (ms) => `<li><a href="${articlePath(ms[0]!.article.slug)}">${esc(ms[0]!.article.title)}</a>
<p class="meta">${esc(dateLabel(ms[0]!.article))}</p>
${ms.map((m) => `<blockquote>${m.official.speaker ? "（访谈中的回答）" : ""}${esc(m.official.sentence)}</blockquote>`).join("\n")}</li>`,
    )
    .join("\n");
  return `${breadcrumbs([{ name: "人物", path: PEOPLE_PATH }], person.name)}
<h1>${esc(person.name)}</h1>
<p class="lead">${esc(placeName(person.place))}。以下职务和文章均据本档案所收报道整理，职务以报道刊出时为准。</p>
<h2>职务（${person.posts.length}）</h2>
<ul class="posts">${person.posts.map(postItem).join("\n")}</ul>
<h2>提到${esc(person.name)}的文章（${byArticle.size}）</h2>
<ol class="mentions">
${quotes}
</ol>`;
}

/** Every person the archive names, with their posts. */
export function renderPeople(people: Person[]): string {
  const items = people.map(
    (p) =>
      `<li><a href="${personPath(p.slug)}">${esc(p.name)}</a> · ${esc([...new Set(p.posts.map((x) => x.organ + x.post))].join("、"))} · ${esc(placeName(p.place))}</li>`,
  );
  return `${breadcrumbs([], "人物")}
<h1>人物</h1>
<p class="lead">本档案报道中连同职务一起提到的官员，共 ${people.length} 人。</p>
${people.length ? `<ul class="people">\n${items.join("\n")}\n</ul>` : `<p class="empty">暂无人物。</p>`}`;
}

/** A place index's officials: who held which post there, by post, earliest first. */
export function placeOfficialList(officials: PlaceOfficial[]): string {
  if (!officials.length) return "";
  const items = officials.map(
    ({ person, post }) =>
      `<li>${esc(post.organ + post.post)} <a href="${personPath(person.slug)}">${esc(person.name)}</a> <span class="meta">${esc(post.first === post.last ? dateLabel(post.first) : `${dateLabel(post.first)}—${dateLabel(post.last)}`)}</span></li>`,
  );
  return `<section class="officials" aria-labelledby="officials-title">
<h2 id="officials-title">本地官员（${officials.length}）</h2>
<ul>${items.join("")}</ul>
<p class="note">据本档案所收报道；<a href="${PEOPLE_PATH}">全部人物</a>。</p>
</section>
`;
}
