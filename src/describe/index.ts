import type { Message, Place, Provenance } from "../model/types.js";
import type { Draft, Headline, Stated, Step } from "../model/draft.js";
import { RULES } from "../model/rules.js";
import { message } from "../model/messages.js";
import { estimateYear, statedDate } from "../text/dates.js";
import { httpUrl } from "../text/url.js";
import { findPlaces, shortPlaceName } from "./places.js";
import { findTags } from "./tags.js";
import { namesFrom } from "../text/names.js";
import { sentences } from "../clean/dedupe.js";

/** A field's value, where it came from, and what choosing it had to say. */
interface Chosen<T> extends Stated<T> {
  messages?: Message[];
}

/** What the wrapper states counts as front matter or, for pages and exports, the page's meta. */
const statedBy = (d: Draft): Provenance => (d.wrapper === "front matter" ? "front matter" : "html meta");

/** The running text the describe step reads, one block a line. */
const textOf = (d: Draft): string => d.blocks.map((b) => b.text).join("\n");

/** The headline taken off the text or stated by the wrapper; failing both, the first sentence stands in. */
export function chooseTitle(d: Draft): Chosen<Headline> {
  const head = d.evidence.headline;
  const subtitle = head?.subtitle ?? d.stated.subtitle ?? null;
  const column = head?.column ?? null;
  if (head?.title) return { value: { title: head.title, subtitle, column }, from: d.stated.title ? statedBy(d) : "text" };
  const first = d.blocks.find((b) => b.kind === "paragraph")!;
  const title = sentences(first.text)[0]!
    .replace(/[。！？]$/, "")
    .slice(0, 30);
  const warning = message(d.source, RULES.noTitle, first.line, `no headline found; the first sentence stands in: ${title}`);
  return { value: { title, subtitle, column }, from: "estimated", messages: [warning] };
}

/** The date the wrapper states, else one a removed line stated, else the latest year the text names (estimated). */
export function chooseDate(d: Draft): Chosen<string | null> {
  const messages: Message[] = [];
  const day = d.stated.date ? statedDate(d.stated.date) : null;
  if (day && "problem" in day)
    messages.push(message(d.source, RULES.dateOutOfRange, 1, `${statedBy(d)} date "${d.stated.date}" ${day.problem}; not used`));
  if (day && "date" in day) return { value: day.date, from: statedBy(d), messages };
  if (d.evidence.date) return { ...d.evidence.date, messages };
  const year = estimateYear(textOf(d));
  if (!year) return { value: null, from: "none", messages };
  messages.push(message(d.source, RULES.dateEstimated, 1, `no date stated; ${year} is the latest year the text names`));
  return { value: `${year}-01-01`, from: "estimated", messages };
}

/** "黑龙江日报全媒体" → "黑龙江日报": newsroom desks are not part of a paper's name. */
const publicationName = (s: string): string =>
  s
    .replace(/(全媒体|融媒体|新媒体)(中心)?$/, "")
    .replace(/^[《〈]|[》〉]$/g, "")
    .replace(/[（(][^)）]*$/, "")
    .trim();

/** The publication the wrapper states, else one a removed line stated. */
export function choosePublication(d: Draft): Chosen<string | null> {
  const stated = d.stated.publication;
  const found = stated ?? d.evidence.publication?.value ?? null;
  return {
    value: found ? publicationName(found) : null,
    from: stated ? statedBy(d) : (d.evidence.publication?.from ?? "none"),
  };
}

/** The people the wrapper names as authors, else every byline and credit the text had, in order. */
export function chooseAuthors(d: Draft): Chosen<string[]> {
  // A page's author meta often names the site or desk ("网易", "新华社"): only people count.
  const stated = (d.stated.authors ?? []).flatMap(namesFrom).filter((n) => !/(网|报|社|台|新闻|中心|编辑|记者|媒体|客户端)/.test(n));
  if (stated.length) return { value: stated, from: statedBy(d) };
  return { value: [...new Set(d.evidence.authors.flatMap((a) => a.value))], from: d.evidence.authors[0]?.from ?? "none" };
}

/** The address the wrapper states, else a link line's; only one a reader may follow, the others noted and left out. */
function chooseOriginalUrl(d: Draft): { value: string | null; messages: Message[] } {
  const messages: Message[] = [];
  const address = (s: string | undefined): string | null => {
    const url = httpUrl(s);
    if (s && !url) messages.push(message(d.source, RULES.addressDropped, 1, `not an http(s) address, not kept: ${s}`));
    return url;
  };
  return { value: address(d.stated.url) ?? address(d.evidence.url), messages };
}

/** The place the text is about and the others it names, from the national divisions. */
export function choosePlace(d: Draft, headText: string): Chosen<{ place: Place; mentioned: Place[] }> {
  const found = findPlaces(textOf(d), headText);
  return { value: found, from: found.place.province ? "text" : "none" };
}

/** Tags the wrapper and tag lines state, then the archive's topic phrases the text uses; keywords apart. */
export function chooseTags(
  d: Draft,
  headText: string,
  places: { place: Place; mentioned: Place[] },
): Chosen<{ tags: string[]; keywords: string[] }> {
  const { place, mentioned } = places;
  // Names the text uses for its places are not topics, in full or short (林甸县, 林甸).
  const placeNames = new Set(
    [
      ...(["province", "prefecture", "county"] as const).map((level) => [place[level], level] as const),
      ...mentioned.flatMap((p) => [[p.county, "county"] as const, [p.prefecture, "prefecture"] as const]),
    ].flatMap(([name, level]) => (name ? [name, shortPlaceName(name, level)] : [])),
  );
  const stated = [...(d.stated.tags ?? []), ...d.evidence.tags];
  const value = findTags({ text: textOf(d), headline: headText, stated, vocabulary: d.options.vocabulary, places: placeNames });
  return { value, from: d.stated.tags?.length ? statedBy(d) : "text" };
}

/** The describe step: each field from the most direct evidence there is, and where it came from. */
export const describeArticle: Step = (d) => {
  const title = chooseTitle(d);
  const date = chooseDate(d);
  const publication = choosePublication(d);
  const authors = chooseAuthors(d);
  const originalUrl = chooseOriginalUrl(d);
  // Places and topics in the headline count more: the subtitle and column as the text printed them.
  const head = d.evidence.headline;
  const headText = [title.value.title, head?.subtitle ?? "", head?.column ?? ""].join(" ");
  const place = choosePlace(d, headText);
  const tags = chooseTags(d, headText, place.value);
  return {
    ...d,
    described: {
      ...title.value,
      date: date.value,
      dateEstimated: date.from === "estimated",
      publication: publication.value,
      authors: authors.value,
      place: place.value.place,
      placesMentioned: place.value.mentioned,
      ...tags.value,
      originalUrl: originalUrl.value,
      found: {
        title: title.from,
        date: date.from,
        publication: publication.from,
        authors: authors.from,
        place: place.from,
        tags: tags.from,
      },
    },
    messages: [...d.messages, ...(title.messages ?? []), ...(date.messages ?? []), ...originalUrl.messages],
  };
};
