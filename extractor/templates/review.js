// Filters of the review page: a fact shows when its region, metric and confidence match; the
// marks in the text follow their facts. No network, no library.
(function () {
  const region = document.getElementById("filter-region");
  const metric = document.getElementById("filter-metric");
  const confidence = document.getElementById("filter-confidence");
  const shown = document.getElementById("filter-confidence-value");

  function matches(regions, metrics, sure) {
    return (!region.value || regions.includes(region.value))
      && (!metric.value || metrics.includes(metric.value))
      && sure >= Number(confidence.value);
  }

  function apply() {
    shown.textContent = Number(confidence.value).toFixed(2);
    document.querySelectorAll("table.facts tbody tr[data-region]").forEach(function (row) {
      const ok = matches([row.dataset.region], [row.dataset.metric], Number(row.dataset.confidence));
      row.classList.toggle("filtered-out", !ok);
    });
    document.querySelectorAll(".text mark.fact").forEach(function (mark) {
      const ok = matches(mark.dataset.regions.split("|"), mark.dataset.metrics.split("|"), Number(mark.dataset.confidence));
      mark.classList.toggle("filtered-out", !ok);
    });
  }

  [region, metric, confidence].forEach(function (input) { input.addEventListener("input", apply); });
  apply();
})();
