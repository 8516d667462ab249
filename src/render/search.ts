import { DATES_PATH, PLACES_PATH, SEARCH_PATH, SEARCH_SCRIPT_PATH, TAGS_PATH } from "../site/urls.js";

/** The search page: a form that works without script (it reloads with ?q=), then the script's result areas. */
export function renderSearchPage(): string {
  return `<h1>搜索</h1>
<form id="search-form" class="search-form" role="search" aria-label="搜索文章" action="${SEARCH_PATH}">
<label for="search-q" class="visually-hidden">搜索文章</label>
<input id="search-q" name="q" type="search" autocomplete="off" placeholder="词语、地名、人名，繁简皆可">
<button type="submit">搜索</button>
<label class="sort">排序 <select id="search-sort" name="sort"><option value="relevance">相关度</option></select></label>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite">需要启用 JavaScript 才能搜索；也可以按<a href="${DATES_PATH}">日期</a>、<a href="${PLACES_PATH}">地点</a>、<a href="${TAGS_PATH}">标签</a>浏览。</p>
<button id="search-all" type="button" hidden>搜索全部文章</button>
<div class="search-layout">
<details class="facets-box" id="search-facets-box"><summary>筛选</summary><section id="search-facets" class="facets" aria-label="筛选"></section></details>
<div class="search-main">
<div id="search-active" class="active-filters" hidden></div>
<ol id="search-results" class="article-list results"></ol>
<button id="search-more" type="button" hidden>显示更多结果</button>
</div>
</div>
<script type="module" src="${SEARCH_SCRIPT_PATH}"></script>`;
}
