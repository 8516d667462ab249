/** Character classes shared by the passes. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const HAN_G = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** A paragraph that ends here ends a clause: sentence ends, and colons or semicolons before a list. */
export const CLAUSE_END = /([。！？!?…；;：:]|——)[”’」』)）"']*$/;

export const squash = (s: string): string => s.normalize("NFKC").replace(/\s+/g, "");

export const hanCount = (s: string): number => s.match(HAN_G)?.length ?? 0;
