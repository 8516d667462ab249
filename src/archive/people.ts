import { existsSync, readFileSync } from "node:fs";
import { isMap, isScalar, isSeq } from "yaml";
import type { Message, Place } from "../model/types.js";
import { RULES } from "../model/rules.js";
import { message } from "../model/messages.js";
import { resolvePlace } from "../describe/places.js";
import { readYaml, textOf } from "../text/yaml.js";

/**
 * One of the archivist's corrections to the people the archive finds (`_data/people.yaml`): the
 * person by name, and by place where one name is several people; then what to do.
 */
export type PeopleCorrection = { name: string; place?: Place; line: number } & (
  { rename: string } | { merge: Place } | { split: true } | { drop: true }
);

export const PEOPLE_FILE = "_data/people.yaml";

const ACTIONS = ["rename", "merge", "split", "drop"] as const;
const KEYS = ["name", "place", ...ACTIONS];
const YES = new Set(["true", "yes", "是"]);

const placeFrom = (v: string | null | undefined): Place | null => (v ? resolvePlace(v.split(/[/／\s]+/).filter(Boolean)) : null);

/** Reads and checks people.yaml, a list of corrections; a missing file is none. Errors name the line. */
export function readPeopleCorrections(file = PEOPLE_FILE): { corrections: PeopleCorrection[]; errors: Message[] } {
  return existsSync(file) ? parsePeople(readFileSync(file, "utf8")) : { corrections: [], errors: [] };
}

export function parsePeople(text: string): { corrections: PeopleCorrection[]; errors: Message[] } {
  const errors: Message[] = [];
  const error = (line: number, why: string) => errors.push(message(PEOPLE_FILE, RULES.peopleInvalid, line, why));
  const yaml = readYaml(text);
  if ("error" in yaml) return (error(yaml.line, yaml.error), { corrections: [], errors });
  if (!yaml.root) return { corrections: [], errors };
  if (!isSeq(yaml.root))
    return (error(yaml.line(yaml.root), `expected a list of people, each starting with "- name:"`), { corrections: [], errors });
  const corrections: PeopleCorrection[] = [];
  for (const item of yaml.root.items) {
    const line = yaml.line(item);
    if (!isMap(item)) {
      error(line, `expected "key: value" lines: name, then one of ${ACTIONS.join(", ")}`);
      continue;
    }
    const values = new Map(item.items.map(({ key, value }) => [isScalar(key) ? String(key.value) : "", textOf(value)?.trim()]));
    const unknown = [...values.keys()].filter((k) => !KEYS.includes(k));
    const actions = ACTIONS.filter((a) => values.has(a));
    const name = values.get("name");
    const place = values.has("place") ? placeFrom(values.get("place")) : undefined;
    const merge = placeFrom(values.get("merge"));
    const why = unknown.length
      ? `${unknown.join(", ")}: unknown key; use one of ${KEYS.join(", ")}`
      : !name
        ? "name: must be the person's name as the archive finds it"
        : place === null
          ? `place: "${values.get("place")}" is not a known place; write it as 省/市/县, e.g. 黑龙江省/大庆市/林甸县`
          : actions.length !== 1
            ? `${name}: write exactly one of ${ACTIONS.join(", ")}`
            : actions[0] === "rename" && !values.get("rename")
              ? "rename: must be the name to show"
              : actions[0] === "merge" && !merge
                ? `merge: "${values.get("merge")}" is not a known place; write the place of the person of this name to merge`
                : (actions[0] === "split" || actions[0] === "drop") && !YES.has(values.get(actions[0]) ?? "")
                  ? `${actions[0]}: write "${actions[0]}: true"`
                  : null;
    if (why) {
      error(line, why);
      continue;
    }
    const who = { name: name!, line, ...(place ? { place } : {}) };
    const action = actions[0]!;
    corrections.push(
      action === "rename"
        ? { ...who, rename: values.get("rename")! }
        : action === "merge"
          ? { ...who, merge: merge! }
          : action === "split"
            ? { ...who, split: true }
            : { ...who, drop: true },
    );
  }
  return { corrections: errors.length ? [] : corrections, errors };
}
