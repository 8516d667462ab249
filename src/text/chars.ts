/** Character classes shared by the passes. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A paragraph that ends here ends a clause: sentence ends, and colons or semicolons before a list. */
export const CLAUSE_END = /([。！？!?…；;：:]|——)[”’」』)）"']*$/;

export const squash = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

/** Han characters in s, up to `enough`: callers ask whether there are at least so many. */
export function hanCount(s: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < enough; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}
