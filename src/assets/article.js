// Article pages: the citation's copy buttons.
for (const button of document.querySelectorAll("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const text = document.getElementById(button.dataset.copy)?.textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "已复制";
    } catch {
      // Without clipboard access, select the text for the reader to copy.
      getSelection()?.selectAllChildren(document.getElementById(button.dataset.copy));
      button.textContent = "已选中，请按 Ctrl+C";
    }
    setTimeout(() => (button.textContent = "复制"), 2000);
  });
}
