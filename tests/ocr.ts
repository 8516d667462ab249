/** JSON exports as OCR tools and scrapers write them, of made-up text. */
export const TEXT = ["某县革命委员会召开春耕生产会议，部署各公社做好备耕工作。", "会议要求各大队抓紧积肥送肥，保证不误农时。"];

/** An OCR tool's export: the parts its layout analysis found on the page, typed. */
export const ocrExport = (title: string) => JSON.stringify({ title, parts: TEXT.map((text) => ({ type: "paragraph", text })) });
/** A scraper's export: a title and the text (another text than the scan's, so the two are not taken for one article). */
export const scraperExport = (title: string) =>
  JSON.stringify({ title, content: "某县召开春耕动员大会，号召全县干部群众抢抓农时。\n会议要求各乡镇落实种子化肥供应，确保春播顺利。" });
