import type { Article, Block, Provenance, WrapperKind } from "../model/types.js";
import type { CleanContext, Gleaned } from "../clean/context.js";
import type { WrapperMeta } from "../unwrap/types.js";
import { estimateYear, statedDate } from "../text/dates.js";
import { httpUrl } from "../text/url.js";
import { findPlaces } from "./places.js";
import { findTags } from "./tags.js";
import { namesFrom } from "../text/names.js";
import { sentences } from "../clean/dedupe.js";

type Described = Pick<
  Article,
  | "title"
  | "subtitle"
  | "column"
  | "date"
  | "dateEstimated"
  | "publication"
  | "authors"
  | "place"
  | "placesMentioned"
  | "tags"
  | "keywords"
  | "originalUrl"
  | "found"
>;

export interface DescribeInput {
  blocks: Block[];
  wrapper: WrapperMeta;
  gleaned: Gleaned;
  ctx: CleanContext;
  vocabulary: string[];
  wrapperKind: WrapperKind;
}

/** "黑龙江日报全媒体" → "黑龙江日报": newsroom desks are not part of a paper's name. */
const publicationName = (s: string): string =>
  s
    .replace(/(全媒体|融媒体|新媒体)(中心)?$/, "")
    .replace(/^[《〈]|[》〉]$/g, "")
    .replace(/[（(][^)）]*$/, "")
    .trim();

/** Title, date, publication, authors, place and tags, each from the most direct evidence there is. */
export function describe({ blocks, wrapper, gleaned, ctx, vocabulary, wrapperKind }: DescribeInput): Described {
  const text = blocks.map((b) => b.text).join("\n");
  const headline = gleaned.headline;
  let title = headline?.title ?? "";
  const statedBy: Provenance = wrapperKind === "front matter" ? "front matter" : "html meta";
  let titleFrom: Provenance = wrapper.title ? statedBy : "text";
  if (!title) {
    const first = blocks.find((b) => b.kind === "paragraph")!;
    title = sentences(first.text)[0]!
      .replace(/[。！？]$/, "")
      .slice(0, 30);
    titleFrom = "estimated";
    ctx.report("describe: no title", first.line, `no headline found; the first sentence stands in: ${title}`, "warning");
  }

  let date: string | null = null;
  let dateFrom: Provenance = "none";
  let dateEstimated = false;
  const day = wrapper.date ? statedDate(wrapper.date) : null;
  if (day && "problem" in day)
    ctx.report("describe: date out of range", 1, `${statedBy} date "${wrapper.date}" ${day.problem}; not used`, "warning");
  if (day && "date" in day) [date, dateFrom] = [day.date, statedBy];
  else if (gleaned.date) [date, dateFrom] = [gleaned.date.value, gleaned.date.from];
  else {
    const year = estimateYear(text);
    if (year) {
      [date, dateFrom, dateEstimated] = [`${year}-01-01`, "estimated", true];
      ctx.report("describe: date estimated", 1, `no date stated; ${year} is the latest year the text names`, "warning");
    }
  }

  const publication = wrapper.publication ?? gleaned.publication?.value ?? null;
  const pubFrom: Provenance = wrapper.publication ? statedBy : (gleaned.publication?.from ?? "none");

  // A page's author meta often names the site or desk ("网易", "新华社"): only people count.
  const stated = (wrapper.authors ?? []).flatMap(namesFrom).filter((n) => !/(网|报|社|台|新闻|中心|编辑|记者|媒体|客户端)/.test(n));
  const authors = stated.length ? stated : [...new Set(gleaned.authors.flatMap((a) => a.value))];
  const authorsFrom: Provenance = stated.length ? statedBy : (gleaned.authors[0]?.from ?? "none");

  // Only an address a reader may follow becomes the original; anything else is noted and left out.
  const address = (s: string | undefined): string | null => {
    const url = httpUrl(s);
    if (s && !url) ctx.report("describe: address dropped", 1, `not an http(s) address, not kept: ${s}`);
    return url;
  };
  const originalUrl = address(wrapper.url) ?? address(gleaned.url);

  const headText = [title, headline?.subtitle ?? "", headline?.column ?? ""].join(" ");
  const { place, mentioned } = findPlaces(text, headText);
  const placeNames = new Set(
    [place.province, place.prefecture, place.county, ...mentioned.flatMap((p) => [p.county, p.prefecture])]
      .filter((x): x is string => !!x)
      .flatMap((n) => [n, n.replace(/(省|市|县|区|旗)$/, "")]),
  );
  const statedTags = [...(wrapper.tags ?? []), ...gleaned.tags];
  const { tags, keywords } = findTags({ text, headline: headText, stated: statedTags, vocabulary, places: placeNames });

  return {
    title,
    subtitle: headline?.subtitle ?? wrapper.subtitle ?? null,
    column: headline?.column ?? null,
    date,
    dateEstimated,
    publication: publication ? publicationName(publication) : null,
    authors,
    place,
    placesMentioned: mentioned,
    tags,
    keywords,
    originalUrl,
    found: {
      title: titleFrom,
      date: dateFrom,
      publication: pubFrom,
      authors: authorsFrom,
      place: place.province ? "text" : "none",
      tags: wrapper.tags?.length ? statedBy : "text",
    },
  };
}
