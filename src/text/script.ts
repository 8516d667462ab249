/** Traditional characters read through a Simplified shadow, and the text as printed brought back. */
import { toSimplified, toTraditional } from "./opencc.js";

/**
 * Among the commonest characters of news text, Traditional forms and their Simplified forms, pair by
 * pair: which of the two a document uses tells how it is written.
 */
export const TRADITIONAL_FORMS = "們個來說時會國對發經過還這與點開關現實體應機學當從麼為種樣務電動問題區縣黨員進產業華長書記門見無東車專將";
export const SIMPLIFIED_FORMS = "们个来说时会国对发经过还这与点开关现实体应机学当从么为种样务电动问题区县党员进产业华长书记门见无东车专将";

/** Each common form by its code: 1 Traditional, 2 Simplified; read by code, no string made. */
const FORMS = new Uint8Array(0x10000);
for (const c of TRADITIONAL_FORMS) FORMS[c.charCodeAt(0)] = 1;
for (const c of SIMPLIFIED_FORMS) FORMS[c.charCodeAt(0)] = 2;

/** A page quoting a Traditional sentence or two stays Simplified: most of its common characters must be Traditional. */
const ENOUGH = 12;
/** The first few hundred common characters tell; a long page is not read to its end. */
const SAMPLE = 400;

/** Whether a document is written in Traditional characters. */
export function isTraditional(text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length && traditional + simplified < SAMPLE; i++) {
    const form = FORMS[text.charCodeAt(i)];
    if (form === 1) traditional++;
    else if (form === 2) simplified++;
  }
  if (traditional + simplified >= ENOUGH) return traditional > 4 * simplified;
  return shortTraditional(text);
}

/**
 * A short brief holds too few of the commonest characters to tell; there every character of it is
 * asked: one OpenCC turns to Simplified is a Traditional form, one it turns to Traditional a
 * Simplified form.
 */
function shortTraditional(text: string): boolean {
  const chars = [...new Set(text.match(BMP_HAN))].join("\n");
  const differing = (converted: string) => [...converted].filter((c, i) => c !== chars[i]).length;
  const traditional = differing(toSimplified(chars));
  return traditional >= 2 && traditional > 4 * differing(toTraditional(chars));
}

const BMP_HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/**
 * The text with every Traditional character in its Simplified form, character for character, so
 * that offsets and lines stay those of the text: the rules, written in Simplified, read this.
 */
export function simplifiedShadow(text: string): string {
  const chars = [...new Set(text.match(BMP_HAN))];
  // One character a line: OpenCC's phrases cannot join them, so each is converted alone.
  const converted = toSimplified(chars.join("\n")).split("\n");
  const map = new Map<string, string>();
  chars.forEach((c, i) => {
    const s = converted[i];
    if (s && s !== c && s.length === 1) map.set(c, s);
  });
  return map.size ? text.replace(BMP_HAN, (c) => map.get(c) ?? c) : text;
}

/**
 * Where a character stands, from the widest view to none: two characters either side, one either
 * side, one before, one after, itself. Each key names its kind and parts its pieces with a NUL (no
 * decoded text holds one), so keys of different characters or shapes never meet.
 */
const contexts = (t: string, i: number): string[] => {
  const s = t[i]!;
  const [b2, b1, a1, a2] = [t.slice(Math.max(0, i - 2), i), t[i - 1] ?? "", t[i + 1] ?? "", t.slice(i + 1, i + 3)];
  return [`5\0${b2}\0${s}\0${a2}`, `3\0${b1}\0${s}\0${a1}`, `<\0${b1}\0${s}`, `>\0${s}\0${a1}`, `1\0${s}`];
};

const most = (counts: Map<string, number> | undefined): string | undefined =>
  counts && [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];

/**
 * What turns text made from the shadow back into the characters the document printed. A Simplified
 * character that stands for one Traditional character in this document becomes it; one that stands
 * for several (后 for 後 and 后) becomes the one printed in the widest like surroundings, else the
 * one printed most. Characters the document never printed (the archive's own words) stay as they are.
 */
export function restorePrinted(printed: string, shadow: string): (text: string, among?: boolean) => string {
  const sources = new Map<string, Set<string>>();
  for (let i = 0; i < shadow.length; i++)
    if (printed[i] !== shadow[i]) (sources.get(shadow[i]!) ?? sources.set(shadow[i]!, new Set()).get(shadow[i]!)!).add(printed[i]!);
  if (!sources.size) return (text: string) => text;
  const counts = new Map<string, Map<string, number>>();
  const count = (key: string, c: string) => {
    const m = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
    m.set(c, (m.get(c) ?? 0) + 1);
  };
  for (let i = 0; i < shadow.length; i++) {
    const s = shadow[i]!;
    if (sources.has(s)) for (const key of contexts(shadow, i)) count(key, printed[i]!);
  }
  return (text, among = false) => {
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const s = text[i]!;
      if (!sources.has(s)) {
        out += s;
        continue;
      }
      const keys = contexts(text, i);
      let found: string | undefined;
      // Among the archive's own words (a report's message quoting the document), a character is the
      // document's only beside a neighbour it was printed with: "条" of "各条规则" stays.
      for (const key of among ? keys.slice(0, -1) : keys) if ((found = most(counts.get(key)))) break;
      out += found ?? s;
    }
    return out;
  };
}
