import type { SourceLine } from "../model/draft.js";
import { hanCount } from "../text/chars.js";
import { YMD } from "../text/dates.js";
import { EVIDENCE, statesMeta } from "./evidence.js";
import type { Note } from "./types.js";

// ---------------------------------------------------------------------------------------------
// The article region of a whole web page saved as text (a browser's "save as text", a copy of the
// page): every menu item, tool and related headline is a line of its own. Without markup, the lines
// themselves are the evidence, as cx-extractor reads a page's text by the density of its lines.

/** Punctuation that a sentence has and a menu item, a tool or a headline in a list does not. */
const SENTENCE_MARK = /[，。！？；、…,!?;]/;
const SENTENCE_MARKS = /[，。！？；、…,!?;]/g;

/** A menu item or a tool: a few characters, a row of words of a few characters each, or a breadcrumb, with no sentence in it. */
function isMenuLine(text: string): boolean {
  const t = text.trim();
  // A line that states a fact ("来源：某某网", "作者：") is evidence for the header, not a menu.
  if (!t || SENTENCE_MARK.test(t) || EVIDENCE.test(t)) return false;
  if (t.replace(/\s+/g, "").length <= 8) return true;
  const words = t.split(/[\s|｜/]+/).filter(Boolean);
  if (words.length >= 2 && words.every((w) => w.length <= 4)) return true;
  // A breadcrumb: "某某网 > 时政新闻 > 正文".
  const steps = t.split(/\s*[>＞»›]\s*/);
  return steps.length >= 2 && steps.every((w) => w.length <= 10);
}

/** What a menu item, a tool or another short line takes from an article. */
const MENU = -8;
const SHORT = -3;

/** A line that is mostly links: a page's menu or link list, as a page turned to Markdown keeps it. */
export const isLinkList = (l: SourceLine): boolean => (l.linkRatio ?? 0) >= 0.5;

/**
 * What a line adds to an article: its Han characters when it reads as prose; a menu item or another
 * short line takes away. A link list with no sentence in it is a menu.
 */
function weight(line: SourceLine): number {
  const text = line.text;
  if (isMenuLine(text) || (isLinkList(line) && !/[。！？!?]/.test(text))) return MENU;
  const han = hanCount(text);
  const marks = text.match(SENTENCE_MARKS)?.length ?? 0;
  // A related headline may have commas too, but a paragraph ends on a sentence, or is long.
  const sentence = /[。！？!?…]["”’」』)）]*$/.test(text.trim()) || (han >= 40 && marks >= 2);
  return han >= 10 && marks >= 1 && sentence ? han : SHORT;
}

/** Each line's weight, null for a blank line: read once, as every measure below sums them. */
type Weights = (number | null)[];

/** The Han characters of the lines from `start` to `end` (exclusive) that read as prose. */
const proseChars = (w: Weights, start: number, end: number): number =>
  w.slice(start, end).reduce<number>((n, x) => n + Math.max(0, x ?? 0), 0);

/** The menu lines from `start` to `end` (exclusive). */
const menuLines = (w: Weights, start: number, end: number): number => w.slice(start, end).filter((x) => x === MENU).length;

/** The run of lines that holds the most prose for the fewest menu items and short lines (the maximum-sum segment). */
function densest(w: Weights): { start: number; end: number } {
  let best = { start: 0, end: 0, sum: 0 };
  let [start, sum] = [0, 0];
  w.forEach((x, i) => {
    if (x === null) return;
    if (sum <= 0) [start, sum] = [i, 0];
    sum += x;
    if (sum > best.sum) best = { start, end: i + 1, sum };
  });
  return best;
}

/** Runs of at least four menu lines (blank lines between them allowed, and one short line among them: "某某书签"): a page's menus, tool bars and link lists. */
function menuRuns(lines: SourceLine[], w: Weights): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let run: { start: number; end: number; count: number } | null = null;
  let slack = 1;
  const close = () => {
    if (run && run.count >= 4) runs.push({ start: run.start, end: run.end });
    [run, slack] = [null, 1];
  };
  w.forEach((x, i) => {
    if (x === null) return;
    if (x === MENU) run = run ? { ...run, end: i + 1, count: run.count + 1 } : { start: i, end: i + 1, count: 1 };
    else if (run && x === SHORT && slack > 0 && lines[i]!.text.replace(/\s+/g, "").length <= 12) slack--;
    else close();
  });
  close();
  return runs;
}

/** A headline's line: some words, mostly Han, no sentence closed on it, no menu item and no facts. */
const headlineLine = (t: string): boolean =>
  hanCount(t) * 2 >= t.length && t.length >= 6 && t.length <= 64 && !/[。；;，,]$/.test(t) && !isMenuLine(t) && !statesMeta(t);

/**
 * The article's headline: the line over the date line nearest the text's opening, past the source,
 * author and tool lines between them ("标题 / 2024-05-13 13:48 / 来源：某某网 / 分享到："), with the lines of
 * the same headline right above it.
 */
function headlineOver(lines: SourceLine[], start: number): { start: number; end: number } | null {
  // The run of prose may open on the headline itself, when it has a comma.
  let from = start;
  for (let seen = 0; from < lines.length && seen < 3; from++) if (lines[from]!.text.trim()) seen++;
  let date = -1;
  // A text set one phrase a line opens with short lines before its first full sentence.
  for (let i = from - 1, seen = 0; i >= 0 && seen < 30 && date < 0; i--) {
    const t = lines[i]!.text.trim();
    if (t && ++seen && YMD.test(t) && statesMeta(t)) date = i;
  }
  for (let i = date - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const t = lines[i]!.text.trim();
    if (!t || isMenuLine(t) || statesMeta(t)) seen += t ? 1 : 0;
    else if (!headlineLine(t)) return null;
    else {
      // A headline broken over two or three lines, or a kicker over it, on the lines right above.
      let top = i;
      while (top > 0 && i - top < 2 && headlineLine(lines[top - 1]!.text.trim())) top--;
      return { start: top, end: i + 1 };
    }
  }
  return null;
}

/**
 * Where the page's trailer begins under the text that ends at `after`: at a menu run with little
 * prose after it; or at a list (six lines or more, none of them prose or a stated fact, two menu
 * lines among them: related headlines, rankings); or, with neither, at the first menu line when no
 * line after it reads as prose and more menu lines follow. The length of the lines when none.
 */
function trailerAt(lines: SourceLine[], w: Weights, after: number, prose: number, below?: { start: number }): number {
  const little = (from: number) => proseChars(w, from, w.length) * 2 < prose;
  if (below && little(below.start)) return below.start;
  let list: number[] = [];
  for (let i = after; i < w.length; i++) {
    const x = w[i] ?? null;
    if (x === null) continue;
    if (x > 0 || EVIDENCE.test(lines[i]!.text)) list = [];
    else if (list.push(i) >= 6 && list.filter((k) => w[k] === MENU).length >= 2 && little(list[0]!)) return list[0]!;
  }
  const trailer = w.findIndex((x, i) => i >= after && x === MENU);
  return trailer >= 0 && proseChars(w, trailer, w.length) === 0 && menuLines(w, trailer, w.length) >= 3 ? trailer : lines.length;
}

/**
 * A page saved as text: the article from its headline (the line over its date line) to where the
 * page's trailer begins. The article is the densest run of prose; a menu run inside it (a list the
 * article prints) stays. A part is cut only when it holds far less prose than the article, so a
 * text that holds several articles, or none that stands out, is kept whole; the lines cut are
 * reported by number, with those among them that read as sentences.
 */
export function textPageRegion(lines: SourceLine[], note: Note): SourceLine[] {
  const w: Weights = lines.map((l) => (l.text.trim() ? weight(l) : null));
  // Most texts have no menu line: nothing to cut.
  if (menuLines(w, 0, w.length) < 2) return lines;
  const article = densest(w);
  const prose = proseChars(w, article.start, article.end);
  if (prose < 100) return lines;
  const runs = menuRuns(lines, w);
  const above = runs.filter((r) => r.end <= article.start).at(-1);
  let start = above && proseChars(w, 0, above.end) * 2 < prose ? above.end : 0;
  // The text opens on its headline: a menu run between it and the text (a share bar under the date
  // line) goes and the headline's lines stay; what stands between the menus above and it without a
  // sentence (a breadcrumb, the site's name) goes, as it does over a headline with no menu run
  // above but menu lines.
  const head = headlineOver(lines, article.start);
  const headline = head?.start ?? -1;
  let under: { start: number; end: number } | null = null;
  if (headline >= 0 && headline < start) [under, start] = [{ start: above!.start, end: above!.end }, headline];
  else if (headline >= 0 && proseChars(w, start, headline) === 0 && (start > 0 || menuLines(w, 0, headline) >= 2)) start = headline;
  const end = trailerAt(
    lines,
    w,
    article.end,
    prose,
    runs.find((r) => r.start >= article.end),
  );
  const report = (where: string, ...parts: [number, number][]) => {
    const shown = parts.filter(([from, to]) => to > from);
    const named = shown.reduce((n, [from, to]) => n + lines.slice(from, to).filter((l) => l.text.trim()).length, 0);
    if (!named) return;
    const ranges = shown.map(([from, to]) => `第 ${lines[from]!.line}–${lines[to - 1]!.line} 行`).join("、");
    // Lines among them that read as sentences (a notice, a comment) are named, so none goes unseen.
    const prosy = shown.flatMap(([from, to]) => lines.slice(from, to).filter((_, k) => (w[from + k] ?? 0) > 0));
    const seen = prosy.length
      ? `；其中 ${prosy.length} 行读来像句子，如第 ${prosy[0]!.line} 行：${prosy[0]!.text.trim().slice(0, 40)}`
      : "";
    note(lines[shown[0]![0]]!.line, `${where}的网页导航和杂项共 ${named} 行（${ranges}），未收入${seen}`);
  };
  report("正文之前", [0, start], ...(under ? [[under.start, under.end] as [number, number]] : []));
  report("正文之后", [end, lines.length]);
  if (!start && !under && end === lines.length) return lines;
  // The text opening on it, its headline is marked as the page's: it may exclaim ("…封闭！").
  const marked = lines.map((l, i) =>
    head && start === headline && i >= head.start && i < head.end ? { ...l, hint: "title" as const } : l,
  );
  return under ? [...marked.slice(start, under.start), ...marked.slice(under.end, end)] : marked.slice(start, end);
}

/** The indentation a page's markup leaves between its elements when its text is copied whole: three tabs or more. */
const LAYOUT_GAP = /\t{3,}/;
/**
 * A piece of a page's script: a statement or an object's field ("SINA_PAGE['x']=[", "ad_state:'1',",
 * "url:\"//…\"", "});"), with no sentence of Chinese text in it.
 */
const SCRIPT_PIECE =
  /^(?:[{}()[\];,\s]+|(?:var|let|const|function|if|return)\b.*|[A-Za-z_$][\w$]*(?:\.[\w$]+)*(?:\[[^\]]*\])?\s*(?:[:=]|\().*)$/;

/**
 * A page copied as text keeps the tabs that indented its markup, and the text of its scripts: the
 * pieces that tabs part are lines of their own, and a script's pieces are no text.
 */
export function layoutPieces(lines: SourceLine[], note: Note): SourceLine[] {
  if (!lines.some((l) => LAYOUT_GAP.test(l.text))) return lines;
  const out: SourceLine[] = [];
  for (const l of lines) {
    if (!LAYOUT_GAP.test(l.text)) {
      out.push(l);
      continue;
    }
    for (const piece of l.text.split(LAYOUT_GAP)) {
      const t = piece.trim();
      if (!t) continue;
      if (SCRIPT_PIECE.test(t) && !/[，。！？]/.test(t.replace(/\/\/.*$/, ""))) note(l.line, `网页脚本的代码，不属正文：${t}`);
      else out.push({ text: "", line: l.line }, { text: t, line: l.line });
    }
  }
  return out;
}
