// When the glossary's search worker answers a query that matched nothing with the nearest
// terms, it marks the first of them; this says so above the list, in place of Material's count.
"use strict"
const results = document.querySelector(".md-search-result")
if (results) new MutationObserver(() => {
  const mark = results.querySelector(".glossary-suggestion")
  const meta = results.querySelector(".md-search-result__meta")
  const note = mark && `没有“${mark.dataset.query}”的结果。您要找的是不是：`
  if (note && meta && meta.textContent !== note) meta.textContent = note
}).observe(results, {childList: true, subtree: true})
