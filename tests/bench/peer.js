// The itemsjs side of the benchmark: same records, same facets (OR within a facet, AND
// across), same queries; renders 50 rows and every facet's buckets like the app does.
"use strict";
const FACETS = ["company", "kind", "status", "country", "sector", "year"];
const ROWS = 50;

function render(result) {
  const tbody = document.querySelector("tbody");
  tbody.replaceChildren(
    ...result.data.items.map((it) => {
      const tr = document.createElement("tr");
      tr.dataset.dealId = it.id;
      for (const v of [it.kind, it.names, it.usd ?? "", it.year ?? "", it.status, it.article]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.append(td);
      }
      return tr;
    }),
  );
  const panel = document.getElementById("facets");
  panel.replaceChildren(
    ...FACETS.map((name) => {
      const ul = document.createElement("ul");
      for (const b of result.data.aggregations[name].buckets) {
        const li = document.createElement("li");
        li.textContent = `${b.key} ${b.doc_count}`;
        ul.append(li);
      }
      return ul;
    }),
  );
  return result.pagination.total;
}

(async () => {
  const records = await (await fetch("records.json")).json();
  const aggregations = {};
  for (const name of FACETS) aggregations[name] = { conjunction: false, size: 10000 };
  const engine = itemsjs(records, { aggregations, searchableFields: ["names", "evidence", "kind"] });
  window.__peer = {
    search(query, filters) {
      return render(engine.search({ query, filters, per_page: ROWS }));
    },
  };
  window.__peer.search("", {});
})();
