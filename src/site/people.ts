import type { Article, Message, Place } from "../model/types.js";
import { message } from "../model/messages.js";
import { RULES } from "../model/rules.js";
import { placeChain } from "../describe/places.js";
import { pinyinSlug } from "../describe/slug.js";
import type { PeopleCorrection } from "../archive/people.js";
import { findOfficials, type Official, type OfficialTerms } from "./officials.js";
import { placeSlug, uniqueNameSlugs } from "./slugs.js";

/** One post a person held as the archive gives it, with the earliest and latest article that gives it. */
export interface PersonPost {
  post: string;
  organ: string;
  place: Place;
  first: Article;
  last: Article;
  /**
   * Why this post is taken for the person's without an article naming it beside another of theirs:
   * the same name at the same place ("same place"), or at a place within or around theirs ("near").
   * Null for a post an article gives beside the others, or one the archivist's people.yaml joined.
   */
  guess: "same place" | "near" | null;
}

/** An article naming a person, with the sentence that does. */
export interface Mention {
  article: Article;
  official: Official;
}

export interface Person {
  slug: string;
  name: string;
  /** The most specific place of their posts. */
  place: Place;
  /** Earliest first. */
  posts: PersonPost[];
  /** One per article and post, oldest article first. */
  mentions: Mention[];
}

export interface People {
  /** By name, then place. */
  people: Person[];
  /** Each article's officials, by its source, with the person each is. */
  byArticle: Map<string, { official: Official; person: Person }[]>;
  /** What in people.yaml names no one the archive finds. */
  problems: Message[];
}

/** What the people index is made from: the words of posts and organs, and the archivist's corrections. */
export interface PeopleInput {
  terms: OfficialTerms;
  corrections: PeopleCorrection[];
}

export const NO_PEOPLE: PeopleInput = { terms: { posts: [], organs: [] }, corrections: [] };

const chainKey = (p: Place) => placeChain(p).join("/");
/** Whether one place holds the other (黑龙江省 holds 黑龙江省/大庆市/林甸县), or they are one. */
const nested = (a: Place, b: Place) => {
  const [x, y] = [placeChain(a), placeChain(b)];
  return (x.length <= y.length ? x : y).every((n, i) => n === (x.length <= y.length ? y : x)[i]);
};
/** Whether a place is within one a correction names (any part of its chain). */
const within = (p: Place, named: Place | undefined) => !named || placeChain(named).every((n) => placeChain(p).includes(n));
const postKey = (o: Official) => `${o.organ}|${o.post}|${chainKey(o.place)}`;
/** Oldest first; undated last. */
const byDate = (a: Article, b: Article) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.source.localeCompare(b.source);

/** A group of mentions taken for one person while the index is made: posts joined by articles naming them together. */
interface Group {
  name: string;
  mentions: Mention[];
  /** Posts, by key, to the component of posts an article names together. */
  component: Map<string, number>;
  /** Components joined by people.yaml: no guess between them. */
  sure: Set<number>;
  split: boolean;
}

/**
 * Every person the archive names with a post. One name at places neither of which holds the other
 * is two people; one name at one place, or at a place within the other's, is one, its posts in
 * sequence, and the link between posts that no article gives together is marked as a guess.
 * The archivist's people.yaml renames and drops mentions before they are grouped, splits a group
 * into the posts its articles give together, and merges two groups after.
 */
export function buildPeople(articles: Article[], { terms, corrections }: PeopleInput): People {
  const problems: Message[] = [];
  const used = new Set<PeopleCorrection>();
  const applies = (c: PeopleCorrection, o: Official) => c.name === o.name && within(o.place, c.place);
  const mentions: Mention[] = [];
  for (const article of [...articles].sort(byDate))
    for (const found of findOfficials(article, terms)) {
      let official = found;
      for (const c of corrections.filter((c) => applies(c, found))) {
        used.add(c);
        if ("rename" in c) official = { ...official, name: c.rename };
      }
      if (!corrections.some((c) => "drop" in c && applies(c, found))) mentions.push({ article, official });
    }
  // The most specific places first, so a province's mention joins a county's, not the other way round.
  const groups: Group[] = [];
  const order = [...mentions].sort((a, b) => placeChain(b.official.place).length - placeChain(a.official.place).length);
  for (const m of order) {
    const o = m.official;
    const split = corrections.some((c) => "split" in c && applies(c, o));
    const near = groups.filter((g) => g.name === o.name && g.mentions.some((x) => nested(x.official.place, o.place)));
    const same = near.filter((g) => (g.split || split ? g.mentions.some((x) => postKey(x.official) === postKey(o)) : true));
    // A mention that fits several groups (a national one, beside namesakes of two cities) is a person
    // of its own: with the earlier mentions of that name at that very place, not a new group each time.
    const exact = same.filter((g) => g.mentions.every((x) => chainKey(x.official.place) === chainKey(o.place)));
    const group =
      same.length === 1
        ? same[0]!
        : exact.length === 1
          ? exact[0]!
          : groups[groups.push({ name: o.name, mentions: [], component: new Map(), sure: new Set(), split }) - 1]!;
    group.mentions.push(m);
  }
  for (const g of groups) components(g);
  for (const c of corrections.filter((c) => "merge" in c)) {
    const pick = (place: Place | undefined) =>
      groups.filter((g) => g.name === c.name && g.mentions.some((m) => within(m.official.place, place)));
    const [into, from] = [pick(c.place), pick((c as { merge: Place }).merge)];
    if (into.length !== 1 || from.length !== 1 || into[0] === from[0]) continue;
    used.add(c);
    into[0]!.mentions.push(...from[0]!.mentions);
    groups.splice(groups.indexOf(from[0]!), 1);
    components(into[0]!);
    into[0]!.sure = new Set(into[0]!.component.values());
  }
  for (const c of corrections.filter((c) => !used.has(c)))
    problems.push(
      message(
        "_data/people.yaml",
        RULES.peopleUnmatched,
        c.line,
        `${c.name}: the archive names no such person${"merge" in c ? " to merge" : ""}; check the name and place`,
      ),
    );
  const people = groups.map(person);
  // Each person by a key of its own: two of one name at one place (split by people.yaml) get two slugs.
  const keyed = new Map(people.map((p, i) => [`${p.name}/${chainKey(p.place)}/${i}`, p]));
  const slugs = uniqueNameSlugs([...keyed.keys()], (key) => {
    const p = keyed.get(key)!;
    const shared = people.some((x) => x !== p && pinyinSlug(x.name) === pinyinSlug(p.name));
    const last = placeChain(p.place).at(-1);
    // Two people of one name are told apart by their place.
    return shared && last ? `${pinyinSlug(p.name)}-${placeSlug(last)}` : pinyinSlug(p.name);
  });
  for (const [key, p] of keyed) p.slug = slugs.get(key)!;
  people.sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.slug.localeCompare(b.slug));
  const byArticle = new Map<string, { official: Official; person: Person }[]>();
  for (const p of people)
    for (const m of p.mentions)
      byArticle.set(m.article.source, [...(byArticle.get(m.article.source) ?? []), { official: m.official, person: p }]);
  return { people, byArticle, problems };

  /** Numbers the group's posts by the articles that name them together. */
  function components(g: Group) {
    g.component = new Map();
    let next = 0;
    for (const m of [...g.mentions].sort((a, b) => byDate(a.article, b.article))) {
      const together = g.mentions.filter((x) => x.article === m.article).map((x) => postKey(x.official));
      const known = together.map((k) => g.component.get(k)).filter((n) => n !== undefined);
      const n = known[0] ?? next++;
      for (const k of together) {
        const old = g.component.get(k);
        if (old !== undefined && old !== n) for (const [key, v] of g.component) if (v === old) g.component.set(key, n);
        g.component.set(k, n);
      }
    }
  }

  function person(g: Group): Person {
    const mentions = [...g.mentions].sort((a, b) => byDate(a.article, b.article));
    const place = [...mentions].map((m) => m.official.place).sort((a, b) => placeChain(b).length - placeChain(a).length)[0]!;
    const anchor = g.component.get(postKey(mentions[0]!.official));
    const posts = new Map<string, PersonPost>();
    for (const { article, official: o } of mentions) {
      const k = postKey(o);
      const held = posts.get(k);
      if (held) held.last = article;
      else {
        const c = g.component.get(k)!;
        const guess =
          c === anchor || (g.sure.has(c) && g.sure.has(anchor!)) ? null : chainKey(o.place) === chainKey(place) ? "same place" : "near";
        posts.set(k, { post: o.post, organ: o.organ, place: o.place, first: article, last: article, guess });
      }
    }
    return { slug: "", name: g.name, place, posts: [...posts.values()], mentions };
  }
}

/** A post someone held at a place, for the place's index page. */
export interface PlaceOfficial {
  person: Person;
  post: PersonPost;
}

/**
 * The officials each place index lists, by the index's path: the posts held at that place itself
 * (a county's on the county's page), by post, then earliest article first.
 */
export function officialsByPlace(people: Person[], placePaths: Map<string, string>): Map<string, PlaceOfficial[]> {
  const out = new Map<string, PlaceOfficial[]>();
  for (const person of people)
    for (const post of person.posts) {
      const path = placePaths.get(chainKey(post.place));
      if (path) out.set(path, [...(out.get(path) ?? []), { person, post }]);
    }
  const title = (o: PlaceOfficial) => o.post.organ + o.post.post;
  for (const list of out.values()) list.sort((a, b) => title(a).localeCompare(title(b), "zh-CN") || byDate(a.post.first, b.post.first));
  return out;
}
