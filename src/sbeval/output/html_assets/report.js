// Filters by severity and rule: a hidden finding's panel disappears and its highlights fade.
function applyFilters() {
  const severities = new Set([...document.querySelectorAll("input.severity:checked")].map((box) => box.value));
  const rule = document.getElementById("rule").value;
  document.querySelectorAll("[data-severity]").forEach((element) => {
    const shown = severities.has(element.dataset.severity) && (!rule || element.dataset.code === rule);
    element.classList.toggle(element.tagName === "MARK" ? "off" : "hidden", !shown);
  });
}
// A link such as report.html#rule=SB101&severity=error,warning opens with those filters.
function filtersFromHash() {
  const wanted = new URLSearchParams(location.hash.slice(1));
  if (wanted.has("severity")) {
    const keep = new Set(wanted.get("severity").split(","));
    document.querySelectorAll("input.severity").forEach((box) => { box.checked = keep.has(box.value); });
  }
  if (wanted.has("rule")) document.getElementById("rule").value = wanted.get("rule");
}
document.querySelectorAll("input.severity, #rule").forEach((control) => control.addEventListener("change", applyFilters));
filtersFromHash();
applyFilters();
