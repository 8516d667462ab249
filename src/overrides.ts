import * as yaml from "js-yaml";
import { DateTime } from "luxon";
import type { Article, Place } from "./types.js";
import { resolvePlace } from "./describe/places.js";

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
  /** Warnings the archivist has checked and accepts ("date estimated", "paragraph breaks off"). */
  accept?: string[];
}

export const OVERRIDE_SUFFIX = ".meta.yaml";

const KEYS = ["title", "subtitle", "date", "place", "publication", "authors", "tags", "keep", "drop", "accept"] as const;

const lineOf = (text: string, key: string) => {
  const i = text.split("\n").findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
};

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string" && x.trim() !== "");

/** Reads and checks one override file. Errors name the file, the line and what to write instead. */
export function parseOverride(file: string, text: string): { override: Override; errors: string[] } {
  const errors: string[] = [];
  let data: unknown;
  try {
    // The core schema keeps 2022-06-29 a string instead of a Date in some time zone.
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (e) {
    const mark = (e as { mark?: { line: number } }).mark;
    return { override: {}, errors: [`${file}:${(mark?.line ?? 0) + 1}: not valid YAML (${(e as Error).message.split("\n")[0]})`] };
  }
  if (typeof data !== "object" || Array.isArray(data)) return { override: {}, errors: [`${file}:1: expected "key: value" lines`] };
  const o: Override = {};
  const fail = (key: string, why: string) => errors.push(`${file}:${lineOf(text, key)}: ${key}: ${why}`);
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      fail(key, `unknown key; use one of ${KEYS.join(", ")}`);
      continue;
    }
    switch (key) {
      case "title":
        if (typeof value === "string" && value.trim()) o.title = value.trim();
        else fail(key, "must be the headline as text");
        break;
      case "subtitle":
      case "publication":
        if (value === null || (typeof value === "string" && value.trim())) o[key] = value === null ? null : (value as string).trim();
        else fail(key, "must be text, or null for none");
        break;
      case "date": {
        if (value === null) {
          o.date = null;
          break;
        }
        const d = DateTime.fromFormat(String(value), "yyyy-MM-dd");
        if (d.isValid) o.date = d.toISODate()!;
        else fail(key, `"${String(value)}" is not a calendar date; write YYYY-MM-DD, or null for undated`);
        break;
      }
      case "place": {
        const path = typeof value === "string" ? value.split(/[/／\s]+/).filter(Boolean) : null;
        const place = path ? resolvePlace(path) : null;
        if (place) o.place = place;
        else fail(key, `"${String(value)}" is not a known place; write it as 省/市/县, e.g. 黑龙江省/大庆市/林甸县`);
        break;
      }
      default:
        if (strings(value)) o[key as "authors" | "tags" | "keep" | "drop" | "accept"] = value.map((v) => v.trim());
        else fail(key, "must be a list of texts, one per line starting with '- '");
    }
  }
  return { override: errors.length ? {} : o, errors };
}

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
