// Article pages: the citation's copy buttons, and reading in Traditional characters.
for (const button of document.querySelectorAll("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const target = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(target?.textContent ?? "");
      button.textContent = "已复制";
    } catch {
      // Without clipboard access, select the text for the reader to copy.
      if (target) getSelection()?.selectAllChildren(target);
      button.textContent = "已选中，请按 Ctrl+C";
    }
    setTimeout(() => (button.textContent = "复制"), 2000);
  });
}

// 繁體: the headline and body converted at build time (OpenCC), fetched when first asked for;
// the choice is remembered for the next article.
const KEY = "archive-script";
const toggle = document.querySelector(".script-switch");
const parts = {
  title: document.querySelector(".article-head h1"),
  subtitle: document.querySelector(".article-head .subtitle"),
  body: document.querySelector(".article-body"),
};
const simplified = { title: parts.title?.innerHTML, subtitle: parts.subtitle?.innerHTML, body: parts.body?.innerHTML };
let traditional = null;

async function show(hant) {
  if (hant) {
    traditional ??= await (await fetch("zh-hant.json")).json();
    parts.title.textContent = traditional.title;
    if (parts.subtitle && traditional.subtitle) parts.subtitle.textContent = `——${traditional.subtitle}`;
    parts.body.innerHTML = traditional.body;
  } else {
    parts.title.innerHTML = simplified.title;
    if (parts.subtitle) parts.subtitle.innerHTML = simplified.subtitle;
    parts.body.innerHTML = simplified.body;
  }
  document.documentElement.lang = hant ? "zh-Hant" : "zh-CN";
  toggle.setAttribute("aria-pressed", String(hant));
}

if (toggle && parts.title && parts.body) {
  toggle.addEventListener("click", () => {
    const hant = toggle.getAttribute("aria-pressed") !== "true";
    localStorage.setItem(KEY, hant ? "hant" : "hans");
    void show(hant);
  });
  if (localStorage.getItem(KEY) === "hant") void show(true);
}

// A reader who came from search (?hl=the query) finds its phrases marked in the text, the first in
// view; from a section of a result (#s3), the section's heading on top and its first mark in view.
// Phrases are matched within one text node: one that runs across markup stays unmarked.
const sought = new URLSearchParams(location.search).get("hl");
if (sought && parts.body) {
  // Its runs of Han and its words, as the search page marks them.
  const phrases = sought.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  const walker = document.createTreeWalker(parts.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  for (const node of nodes) {
    const text = node.data;
    const ranges = [];
    for (const p of phrases) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length)) ranges.push([i, i + p.length]);
    if (!ranges.length) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const marked = document.createDocumentFragment();
    let at = 0;
    for (const [from, to] of ranges) {
      if (from < at) continue;
      const mark = document.createElement("mark");
      mark.className = "sought";
      mark.textContent = text.slice(from, to);
      marked.append(text.slice(at, from), mark);
      at = to;
    }
    marked.append(text.slice(at));
    node.replaceWith(marked);
  }
  const section = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const marks = [...parts.body.querySelectorAll("mark.sought")];
  const first = section ? marks.find((m) => section.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : marks[0];
  if (section) section.scrollIntoView();
  if (first && (!section || first.getBoundingClientRect().bottom > innerHeight)) first.scrollIntoView({ block: "center" });
}
