// The search page in the browser: reads the query and filters from the URL, asks Pagefind, and
// shows results, facets with counts and sorting. Bundled by esbuild into assets/search.js.
import { markPhrases, phraseQuery, queryPhrases, readablePhrases } from "../tokens.js";
import { resultExcerpts } from "../excerpt.js";
import { FILTERS } from "../filters.js";
import { esc } from "../../text/html.js";
import { DATES_PATH, PLACES_PATH, SEARCH_INDEX_PATH, sectionId } from "../../site/urls.js";
import { PARTS_LIST, SHARD_LIST, type ShardList } from "../shard-list.js";

declare const T2S_PAIRS: string;

/** A result's fragment: Pagefind's fields, with the article's readable body (build/fragments.ts). */
interface PagefindResult {
  url: string;
  content: string;
  headings: number[];
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface PagefindHit {
  id: string;
  data: () => Promise<PagefindResult>;
}
interface PagefindSearch {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
}
type SearchOptions = { filters?: Record<string, string[]>; sort?: Record<string, "asc" | "desc"> };
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: SearchOptions) => Promise<PagefindSearch | null>;
}

/**
 * The articles that hold every phrase of the query as written. Each phrase goes to Pagefind in
 * quotes, so its pairs must stand side by side in order (unquoted, Pagefind drops a term it does
 * not know and matches pairs far apart). Several phrases must all occur: Pagefind cannot be asked
 * for two quoted phrases at once, so their results are intersected, in the first phrase's order,
 * and the facet counts are counted from the articles found.
 */
async function searchPhrases(pf: Pagefind, phrases: string[][], options: SearchOptions): Promise<PagefindSearch | null> {
  if (phrases.length <= 1) return pf.search(phrases[0] ? phraseQuery(phrases[0]) : null, options);
  const searches = await Promise.all(phrases.map((p) => pf.search(phraseQuery(p), options)));
  if (searches.some((s) => !s)) return null;
  const [first, ...rest] = searches as PagefindSearch[];
  const inAll = rest.map((s) => new Set(s.results.map((r) => r.id)));
  const results = first!.results.filter((r) => inAll.every((ids) => ids.has(r.id)));
  const filters: Record<string, Record<string, number>> = {};
  for (const d of await Promise.all(results.map((r) => r.data())))
    for (const [key, values] of Object.entries(d.filters ?? {}))
      for (const v of values) (filters[key] ??= {})[v] = (filters[key]![v] ?? 0) + 1;
  return { results, filters };
}

const PAGE = 10;
const SORTS: Record<string, { label: string; sort?: Record<string, "asc" | "desc"> }> = {
  relevance: { label: "相关度" },
  newest: { label: "日期（新→旧）", sort: { date: "desc" } },
  oldest: { label: "日期（旧→新）", sort: { date: "asc" } },
};

const t2s = new Map<string, string>();
const pairChars = [...T2S_PAIRS];
for (let i = 0; i + 1 < pairChars.length; i += 2) t2s.set(pairChars[i]!, pairChars[i + 1]!);
/** A query typed in Traditional characters, in the Simplified form the index holds. */
const simplified = (q: string) => [...q].map((c) => t2s.get(c) ?? c).join("");

// This script lives in assets/, one below the site's root (path prefix included).
const ROOT = new URL("../", import.meta.url);
/** A site path under a root: this site's, or another part's of the archive. */
const under = (root: URL, path: string): URL => new URL(path.slice(1), root);

const el = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

/** Text as HTML, the query's phrases marked wherever they stand in it. */
const marked = (text: string, phrases: string[]): string =>
  markPhrases(text, phrases)
    .map((s) => (s.marked ? `<mark>${esc(s.text)}</mark>` : esc(s.text)))
    .join("");

interface State {
  q: string;
  filters: Record<string, string[]>;
  sort: string;
}

function stateFromUrl(): State {
  const p = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const key of Object.keys(FILTERS)) if (p.getAll(key).length) filters[key] = p.getAll(key);
  return { q: p.get("q") ?? "", filters, sort: SORTS[p.get("sort") ?? ""] ? p.get("sort")! : "relevance" };
}

function urlOf(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const [k, vs] of Object.entries(s.filters)) for (const v of vs) p.append(k, v);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  const qs = p.toString();
  return location.pathname + (qs ? `?${qs}` : "");
}

/** A bundle to merge: one shard, where its results link to, and how many articles it holds. */
interface Shard {
  url: string;
  baseUrl: string;
  articles: number;
}

/**
 * Pagefind over the archive's shards. A big archive has many, and each costs a reader a few
 * requests per query, so the newest shards are merged first, up to the bundle's firstLoad articles;
 * the rest (and other parts of an archive built in parts) when a reader asks for everything.
 */
interface Index {
  pf: Pagefind;
  searched: () => number;
  total: number;
  widen: () => Promise<void>;
  /** Loads the filter lists, which make every search report its facet counts; false if they were loaded already. */
  countFacets: () => Promise<boolean>;
}

/**
 * The index, its filter lists only when `facets` (the reader sees the facets: on a phone they
 * stay folded until opened, and their lists are bytes a query does not need).
 */
async function loadIndex(facets: boolean): Promise<Index> {
  const root = ROOT.pathname;
  const bundle = under(ROOT, SEARCH_INDEX_PATH);
  const pf = (await import(/* @vite-ignore */ new URL("pagefind.js", bundle).href)) as Pagefind;
  await pf.options({ baseUrl: root });
  const list = async (at: URL) => (await (await fetch(new URL(SHARD_LIST, at))).json()) as ShardList;
  const shardsOf = (l: ShardList, at: URL, baseUrl: string): Shard[] =>
    l.shards.map((s) => ({ url: new URL(s.path, at).href, baseUrl, articles: s.articles }));
  const own = await list(bundle);
  const [main, ...pending] = shardsOf(own, bundle, root);
  for (const part of (await (await fetch(new URL(PARTS_LIST, bundle))).json()) as string[]) {
    const other = under(new URL(part, location.origin), SEARCH_INDEX_PATH);
    pending.push(...shardsOf(await list(other), other, part));
  }
  let searched = main!.articles;
  let counting = facets;
  const total = pending.reduce((n, s) => n + s.articles, searched);
  const merge = async (budget: number) => {
    for (let s = pending[0]; s && searched < budget; s = pending[0]) {
      pending.shift();
      await pf.mergeIndex(s.url, { baseUrl: s.baseUrl });
      searched += s.articles;
    }
    if (counting) await pf.filters();
  };
  await merge(own.firstLoad);
  const countFacets = async () => {
    if (counting) return false;
    counting = true;
    await pf.filters();
    return true;
  };
  return { pf, searched: () => searched, total, widen: () => merge(Infinity), countFacets };
}

function renderFacets(counts: Record<string, Record<string, number>>, state: State): string {
  return Object.entries(FILTERS)
    .map(([key, label]) => {
      const values = Object.entries(counts[key] ?? {})
        .filter(([v, n]) => n > 0 || state.filters[key]?.includes(v))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"));
      if (!values.length) return "";
      const items = values
        .map(([v, n]) => {
          const checked = state.filters[key]?.includes(v) ? " checked" : "";
          return `<li><label><input type="checkbox" name="${key}" value="${esc(v)}"${checked}> ${esc(v)} <span class="count">${n}</span></label></li>`;
        })
        .join("");
      return `<fieldset><legend>${label}</legend><ul>${items}</ul></fieldset>`;
    })
    .join("");
}

/** The filters in force, each a button that lifts it, and one that lifts them all. */
function renderActive(state: State): string {
  const chosen = Object.entries(state.filters).flatMap(([key, values]) => values.map((v) => [key, v] as const));
  if (!chosen.length) return "";
  const items = chosen
    .map(
      ([key, v]) =>
        `<button type="button" data-key="${esc(key)}" data-value="${esc(v)}" aria-label="取消筛选：${esc(v)}">${esc(v)} ×</button>`,
    )
    .join("");
  return `<span>筛选：</span>${items}<button type="button" data-clear>清除全部</button>`;
}

/** The filters in force, named for the status line: "（筛选：黑龙江省、2022年）". */
const namedFilters = (state: State): string => {
  const names = Object.values(state.filters).flat();
  return names.length ? `（筛选：${names.join("、")}）` : "";
};

/**
 * One result: its link carries the query, which the article marks in its text; under it, the other
 * sections that hold the query, each linking to its heading.
 */
async function resultItem(r: PagefindHit, query: string): Promise<string> {
  const d = await r.data();
  const href = `${d.url}?hl=${encodeURIComponent(query)}`;
  const meta = [d.meta.date, d.meta.place, d.meta.publication]
    .filter((m): m is string => !!m)
    .map(esc)
    .join(" · ");
  const phrases = readablePhrases(query);
  const { excerpt, sections } = resultExcerpts(d.content, d.headings, phrases);
  const listed = sections
    .map(
      (s) =>
        `<li><a href="${esc(`${href}#${sectionId(s.heading)}`)}">${marked(s.title, phrases)}</a><p class="excerpt">${marked(s.excerpt, phrases)}</p></li>`,
    )
    .join("");
  return `<li><a href="${esc(href)}">${esc(d.meta.title ?? d.url)}</a><p class="meta">${meta}</p><p class="excerpt">${marked(excerpt, phrases)}</p>${listed ? `<ul class="sections" aria-label="文中小节">${listed}</ul>` : ""}</li>`;
}

async function main() {
  const form = el<HTMLFormElement>("#search-form");
  const input = el<HTMLInputElement>("#search-q");
  const status = el<HTMLElement>("#search-status");
  const list = el<HTMLOListElement>("#search-results");
  const facets = el<HTMLElement>("#search-facets");
  const more = el<HTMLButtonElement>("#search-more");
  const all = el<HTMLButtonElement>("#search-all");
  const active = el<HTMLElement>("#search-active");
  const sortSelect = el<HTMLSelectElement>("#search-sort");
  sortSelect.innerHTML = Object.entries(SORTS)
    .map(([k, s]) => `<option value="${k}">${s.label}</option>`)
    .join("");
  // Facets stand beside the results on a wide screen; on a phone they fold away above them.
  const facetsBox = el<HTMLDetailsElement>("#search-facets-box");
  facetsBox.open = matchMedia("(min-width: 64rem)").matches;
  status.textContent = "正在载入搜索索引…";
  const index = await loadIndex(facetsBox.open);
  facetsBox.addEventListener("toggle", async () => {
    if (facetsBox.open && (await index.countFacets())) await show(stateFromUrl());
  });
  let run = 0;

  async function show(state: State) {
    const mine = ++run;
    input.value = state.q;
    sortSelect.value = state.sort;
    active.innerHTML = renderActive(state);
    active.hidden = !active.innerHTML;
    const query = simplified(state.q);
    const phrases = queryPhrases(query);
    const filtered = Object.keys(state.filters).length > 0;
    if (!phrases.length && !filtered) {
      list.innerHTML = "";
      facets.innerHTML = "";
      more.hidden = true;
      all.hidden = true;
      status.textContent = state.q ? "请输入汉字、词语或数字再搜索。" : "输入关键词搜索全部文章，例如：作风建设、营商环境、地名或人名。";
      return;
    }
    // Filters and the oldest-first order are about the whole archive: search all of it.
    if (index.searched() < index.total && (filtered || state.sort === "oldest")) {
      status.textContent = "正在载入全部索引…";
      await index.widen();
    }
    status.textContent = "正在搜索…";
    const search = await searchPhrases(index.pf, phrases, {
      filters: state.filters,
      ...(SORTS[state.sort]!.sort ? { sort: SORTS[state.sort]!.sort } : {}),
    });
    if (mine !== run || !search) return;
    const partial = index.searched() < index.total;
    const scope = partial ? `在最新的 ${index.searched()} 篇文章中（共 ${index.total} 篇）` : "";
    all.hidden = !partial;
    all.textContent = `搜索全部 ${index.total} 篇文章`;
    all.onclick = async () => {
      all.hidden = true;
      status.textContent = "正在载入全部索引…";
      await index.widen();
      await show(stateFromUrl());
    };
    // On a phone the opened facets lie over the page: 完成 folds them away again.
    facets.innerHTML = `<button type="button" class="facets-close">完成</button>${renderFacets(search.filters, state)}`;
    const total = search.results.length;
    const shown = state.q ? `“${state.q}”` : "所选条件";
    if (!total) {
      list.innerHTML = "";
      more.hidden = true;
      status.innerHTML = `${scope}没有找到与${esc(shown)}相符的文章${esc(namedFilters(state))}。可以换一个说法、减少字数${filtered ? "、取消部分筛选条件" : ""}，或按<a href="${under(ROOT, DATES_PATH).pathname}">日期</a>、<a href="${under(ROOT, PLACES_PATH).pathname}">地点</a>浏览。`;
      return;
    }
    let next = 0;
    const page = async () => {
      const items = await Promise.all(search.results.slice(next, next + PAGE).map((r) => resultItem(r, query)));
      if (mine !== run) return;
      list.insertAdjacentHTML("beforeend", items.join(""));
      next += PAGE;
      more.hidden = next >= total;
    };
    list.innerHTML = "";
    await page();
    if (mine !== run) return;
    // The count is announced once the first results are on the page.
    status.textContent = `${scope}找到 ${total} 篇与${shown}相符的文章${namedFilters(state)}${state.sort === "relevance" ? "，按相关度排列" : ""}。`;
    more.onclick = () => void page();
  }

  const go = (state: State) => {
    history.pushState(null, "", urlOf(state));
    void show(state);
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go({ ...stateFromUrl(), q: input.value.trim() });
  });
  sortSelect.addEventListener("change", () => go({ ...stateFromUrl(), sort: sortSelect.value }));
  facets.addEventListener("change", () => {
    const filters: Record<string, string[]> = {};
    for (const box of facets.querySelectorAll<HTMLInputElement>("input:checked")) (filters[box.name] ??= []).push(box.value);
    go({ ...stateFromUrl(), filters });
  });
  facets.addEventListener("click", (e) => {
    if ((e.target as HTMLElement).closest(".facets-close")) facetsBox.open = false;
  });
  active.addEventListener("click", (e) => {
    const button = (e.target as HTMLElement).closest("button");
    if (!button) return;
    const state = stateFromUrl();
    if (button.dataset.clear !== undefined) return go({ ...state, filters: {} });
    const { key, value } = button.dataset;
    const filters = Object.fromEntries(
      Object.entries(state.filters)
        .map(([k, vs]) => [k, k === key ? vs.filter((v) => v !== value) : vs] as const)
        .filter(([, vs]) => vs.length),
    );
    go({ ...state, filters });
  });
  window.addEventListener("popstate", () => void show(stateFromUrl()));
  await show(stateFromUrl());
}

main().catch((e: unknown) => {
  el<HTMLElement>("#search-status").textContent = `搜索暂时无法使用：${(e as Error).message}`;
});
