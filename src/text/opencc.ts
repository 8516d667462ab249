import * as OpenCC from "opencc-js";

/**
 * OpenCC's phrase-level conversions, each built once, on first use: building one takes a while,
 * and most processes (cleaning workers, search workers) need one direction or none.
 */
function lazily(options: OpenCC.ConverterOptions): (text: string) => string {
  let convert: OpenCC.ConverterFunction | null = null;
  return (text) => (convert ??= OpenCC.Converter(options))(text);
}

/** Traditional → Simplified: one form for tags and for the search index. */
export const toSimplified = lazily({ from: "t", to: "cn" });

/**
 * Simplified → Traditional as used in Taiwan, for the 繁體 switch; vocabulary stays as written (no
 * 软件 → 軟體), since this is an archive of what was printed.
 */
export const TRADITIONAL = { from: "cn", to: "tw" } as const;
export const toTraditional = lazily(TRADITIONAL);
