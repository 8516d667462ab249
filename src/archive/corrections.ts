import { isMap, isScalar, isSeq } from "yaml";
import type { Article, Message, Place } from "../model/types.js";
import { nearRules, ruleNamed, RULES, type RuleId } from "../model/rules.js";
import { message } from "../model/messages.js";
import { resolvePlace } from "../describe/places.js";
import { FIRST_YEAR, LAST_YEAR, statedDate } from "../text/dates.js";
import { readYaml, textOf } from "../text/yaml.js";
import { decode } from "../read/decode.js";
import { OVERRIDE_SUFFIX } from "../read/files.js";

/**
 * An archivist's corrections for one raw document, kept beside it as `<file name>.meta.yaml` so
 * the raw file is never edited. Every key is optional.
 */
export interface Override {
  title?: string;
  subtitle?: string | null;
  /** YYYY-MM-DD, or null for a document that states no date. */
  date?: string | null;
  place?: Place;
  publication?: string | null;
  authors?: string[];
  tags?: string[];
  /** Lines the cleaner would remove as page furniture that belong to the article (by their start). */
  keep?: string[];
  /** Paragraphs to leave out of the page (by their start). */
  drop?: string[];
  /** Warnings the archivist has checked and accepts, by their rule ("date estimated" or "describe: date estimated"). */
  accept?: RuleId[];
}

const KEYS = ["title", "subtitle", "date", "place", "publication", "authors", "tags", "keep", "drop", "accept"] as const;

/** How a value is named in an error: the text written, null, or its kind. */
const shown = (v: string | null | undefined) => (v === undefined ? "a list or map" : v === null ? "null" : `"${v}"`);

/**
 * An archivist's corrections for one document, read and decoded like a document (GBK, UTF-16)
 * and checked; a file that cannot be read or decoded is one error naming it.
 */
export function readCorrections(document: string, load: () => Uint8Array): { override: Override; errors: Message[] } {
  const file = document + OVERRIDE_SUFFIX;
  try {
    return parseOverride(file, decode(load()).text);
  } catch (e) {
    return { override: {}, errors: [message(file, RULES.correctionsInvalid, null, (e as Error).message)] };
  }
}

/** Reads and checks one override file. Errors name the file, the line and what to write instead. */
export function parseOverride(file: string, text: string): { override: Override; errors: Message[] } {
  const error = (line: number, why: string) => message(file, RULES.correctionsInvalid, line, why);
  const yaml = readYaml(text);
  if ("error" in yaml) return { override: {}, errors: [error(yaml.line, yaml.error)] };
  if (!yaml.root) return { override: {}, errors: [] };
  if (!isMap(yaml.root)) return { override: {}, errors: [error(yaml.line(yaml.root), `expected "key: value" lines`)] };
  const errors: Message[] = [];
  const o: Override = {};
  for (const { key, value } of yaml.root.items) {
    const name = isScalar(key) ? String(key.value) : "";
    const fail = (why: string, at: unknown = key) => errors.push(error(yaml.line(at), `${name}: ${why}`));
    // Every value is the text written, or null for "none"; undefined for a list or map.
    const v = textOf(value);
    switch (name) {
      case "title":
        if (v?.trim()) o.title = v.trim();
        else fail("must be the headline as text");
        break;
      case "subtitle":
      case "publication":
        if (v === null || v?.trim()) o[name] = v?.trim() ?? null;
        else fail("must be text, or null for none");
        break;
      case "date": {
        const day = v ? statedDate(v) : null;
        if (v === null) o.date = null;
        else if (day && "date" in day) o.date = day.date;
        else
          fail(
            `${shown(v)} ${day?.problem ?? "is not a date"}; write YYYY-MM-DD between ${FIRST_YEAR} and ${LAST_YEAR}, or null for undated`,
          );
        break;
      }
      case "place": {
        const place = v ? resolvePlace(v.split(/[/／\s]+/).filter(Boolean)) : null;
        if (place) o.place = place;
        else fail(`${shown(v)} is not a known place; write it as 省/市/县, e.g. 黑龙江省/大庆市/林甸县`);
        break;
      }
      case "authors":
      case "tags":
      case "keep":
      case "drop":
      case "accept": {
        if (!isSeq(value)) {
          fail("must be a list of texts, one per line starting with '- '");
          break;
        }
        const items = value.items.map((item) => textOf(item)?.trim() || null);
        const texts = items.filter((t) => t !== null);
        // YAML's null is "none", never a tag or a name: "null" meant as text is written quoted.
        if (texts.length !== items.length)
          fail(`item ${items.indexOf(null) + 1} is not a text (empty, null, a list or a "key: value"); quote it if text is meant`);
        else if (name !== "accept") o[name] = texts;
        else {
          for (const [i, entry] of texts.entries()) if (!ruleNamed(entry)) fail(unknownRule(entry), value.items[i]);
          o.accept = texts.flatMap((entry) => ruleNamed(entry)?.id ?? []);
        }
        break;
      }
      default:
        fail(`unknown key; use one of ${KEYS.join(", ")}`);
    }
  }
  return { override: errors.length ? {} : o, errors };
}

/** Why an `accept:` entry is refused, with the rule ids spelt most like it. */
const unknownRule = (entry: string): string =>
  `"${entry}" names no rule; the nearest are ${nearRules(entry)
    .map((id) => `"${id}"`)
    .join(", ")}`;

/** An article with the archivist's corrections in place; what they set is marked as from the override. */
export function applyOverride(a: Article, o: Override): Article {
  const out: Article = { ...a, found: { ...a.found } };
  if (o.title !== undefined) [out.title, out.found.title] = [o.title, "override"];
  if (o.subtitle !== undefined) out.subtitle = o.subtitle;
  if (o.date !== undefined) [out.date, out.dateEstimated, out.found.date] = [o.date, false, "override"];
  if (o.place) [out.place, out.found.place] = [o.place, "override"];
  if (o.publication !== undefined) [out.publication, out.found.publication] = [o.publication, "override"];
  if (o.authors) [out.authors, out.found.authors] = [o.authors, "override"];
  if (o.tags) [out.tags, out.found.tags] = [o.tags, "override"];
  return out;
}
