// Progressive enhancement: pages work without it; with it, code examples get a "Copy" button.
document.querySelectorAll("button[data-copy]").forEach((button) => {
  const target = document.getElementById(button.dataset.copy);
  if (!target || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(target.textContent).then(() => {
      button.textContent = "Copied";
      setTimeout(() => { button.textContent = "Copy"; }, 1500);
    });
  });
});
