import { pinyin } from "pinyin-pro";

/**
 * A URL slug from the raw file's name, so permalinks never change when the cleaner gets better
 * at titles. Han characters become toneless pinyin; everything else not URL-safe becomes "-".
 */
export function slugFor(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, "") || fileName;
  const latin = stem.replace(/[\u3400-\u9fff]+/g, (han) => `-${pinyin(han, { toneType: "none", type: "array" }).join("-")}-`);
  return (
    latin
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .replace(/-{2,}/g, "-") || "article"
  );
}
