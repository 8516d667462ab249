// Article pages: the citation's copy buttons, the Traditional page, copying links.
// What a button says after it is pressed is in its data-text-* attributes, in the page's script.

// Each element saying something: its own text, and the timer that puts it back.
const saying = new WeakMap();

/** Says `text` on `element` for two seconds; pressed again meanwhile, for two seconds more. */
function say(element, text) {
  const [own, timer] = saying.get(element) ?? [element.textContent];
  clearTimeout(timer);
  element.textContent = text;
  const back = () => {
    element.textContent = own;
    saying.delete(element);
  };
  saying.set(element, [own, setTimeout(back, 2000)]);
}

for (const button of document.querySelectorAll("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const target = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(target?.textContent ?? "");
      say(button, button.dataset.textCopied);
    } catch {
      // Without clipboard access, select the text for the reader to copy.
      if (target) getSelection()?.selectAllChildren(target);
      say(button, button.dataset.textSelected);
    }
  });
}

// 繁體: each article has a Traditional page (converted whole at build time) beside it, which the
// switch links to. The choice is remembered: a reader who chose it is taken to the Traditional page
// of the next article too, except from search, whose marks are in Simplified. An address with
// ?hant leads there always, so it can be shared.
const KEY = "archive-script";
const toggle = document.querySelector(".script-switch");
const params = new URLSearchParams(location.search);
if (toggle) {
  const onTraditional = document.documentElement.lang === "zh-Hant";
  toggle.addEventListener("click", () => localStorage.setItem(KEY, onTraditional ? "hans" : "hant"));
  if (!onTraditional && (params.has("hant") || (localStorage.getItem(KEY) === "hant" && !params.has("hl")))) {
    params.delete("hant");
    location.replace(`${toggle.href}${params.size ? `?${params}` : ""}${location.hash}`);
  }
}

// Copying a link (a button shown only with script): it copies the page's address; a heading's #
// copies its section's as it goes there (and says so beside the #).
const share = document.querySelector("button.copy-link");
const address = (hash = "") => `${location.origin}${location.pathname}${hash}`;
async function copied(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
if (share) {
  share.addEventListener("click", async () => say(share, (await copied(address())) ? share.dataset.textCopied : share.dataset.textFailed));
  for (const anchor of document.querySelectorAll(".article-body .anchor"))
    anchor.addEventListener("click", async () => {
      if (await copied(address(anchor.hash))) say(anchor, share.dataset.textCopied);
    });
}

// A reader who came from search (?hl=the query) finds its phrases marked in the text, the first in
// view; from a section of a result (#s3), the section's heading on top and its first mark in view.
// Phrases are matched within one text node: one that runs across markup stays unmarked.
const body = document.querySelector(".article-body");
const sought = params.get("hl");
if (sought && body) {
  // Its runs of Han and its words, as the search page marks them.
  const phrases = sought.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
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
  const marks = [...body.querySelectorAll("mark.sought")];
  const first = section ? marks.find((m) => section.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : marks[0];
  if (section) section.scrollIntoView();
  if (first && (!section || first.getBoundingClientRect().bottom > innerHeight)) first.scrollIntoView({ block: "center" });
}
