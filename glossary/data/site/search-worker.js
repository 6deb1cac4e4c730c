// The glossary site's search worker, in place of Material for MkDocs' lunr worker.
//
// It speaks Material's worker protocol (messages SETUP 0, READY 1, QUERY 2, RESULT 3), so
// Material's search box, result list, ?q= links and keys work as before; but it answers from
// the index the glossary plugin prebuilt (one JSON file, fetched once and kept by the HTTP
// cache) instead of building a lunr index on every page, and it ranks as `glossary lookup`
// does (glossary/lookup/__init__.py: query_key, loose, rank, close_to), so the site and the
// command line find the same terms in the same order and suggest the same ones on a miss.
// Everything it shows came escaped from the build: titles and texts are HTML.
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const LISTED = 50       // results sent: Material shows 10, then more as the reader scrolls
const SUGGESTIONS = 5   // as lookup's _SUGGESTIONS

const indexUrl = new URL(new URL(self.location.href).searchParams.get("index"), self.location.href)
const loaded = fetch(indexUrl).then(response => response.json()).then(prepare)
let pages = []  // the site's other pages (home, reports) from Material's index: found by title

/** The index as loaded: rows [location, title, text] shortest headword first, as lookup lists
 * hits of one rank; `keys`, one string holding each row's written names (headword first) and
 * pinyin and initials, a line per row (names \t-separated, \r before the readings), so that a
 * query is one indexOf over it rather than a test of every term, and parsing makes no small
 * strings; `order`, the rows in terms.yml's order, in which lookup's suggestions see them. */
function prepare(index) {
  const starts = [0]
  for (let at = index.keys.indexOf("\n"); at >= 0; at = index.keys.indexOf("\n", at + 1))
    starts.push(at + 1)
  starts.push(index.keys.length + 1)
  return {...index, starts: Int32Array.from(starts)}
}

/** The row whose line of keys holds position `at`. */
function rowAt(index, at) {
  let low = 0, high = index.starts.length - 2
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (index.starts[middle] <= at) low = middle
    else high = middle - 1
  }
  return low
}

/** A row as a term: what it shows and its keys. */
function term(index, row) {
  const [location, title, text] = index.terms[row]
  const [written, spellings] = index.keys.slice(index.starts[row], index.starts[row + 1] - 1).split("\r")
  return {location, title, text, written: written.split("\t"), spellings: spellings ? spellings.split("\t") : []}
}

/** lookup.loose: NFKC, no white space, no punctuation, lower case. */
function loose(text) {
  return text.normalize("NFKC").replace(/[\s\p{P}]/gu, "").toLowerCase()
}

/** lookup.query_key: pinyin with tone marks (and punctuation) loses its tones; anything else is `loose`. */
function queryKey(query) {
  const plain = query.normalize("NFKD")
  if (plain !== query && [...plain.replace(/ü/g, "v")].every(ch => ch.charCodeAt(0) < 128 || /[\p{M}\p{P}]/u.test(ch)))
    return toneless(query)
  return loose(query)
}

/** keys.toneless: no tones, no spaces, lower case. */
function toneless(text) {
  return [...text.replace(/ü/g, "v").normalize("NFKD")].filter(ch => /[\p{L}\p{N}]/u.test(ch) && !/\p{M}/u.test(ch)).join("").toLowerCase()
}

/** lookup.rank: 0 the headword, 1 another name, 2 the whole pinyin or initials, 3 part of the
 * headword, 4 part of another name, 5 the start of the pinyin or initials; -1 no match. */
function rank(term, wanted) {
  const [headword, ...others] = term.written
  if (wanted === headword) return 0
  if (others.includes(wanted)) return 1
  if (term.spellings.includes(wanted)) return 2
  if (headword.includes(wanted)) return 3
  if (others.some(name => name.includes(wanted))) return 4
  if (/^[\x00-\x7f]*$/.test(wanted) && term.spellings.some(s => s.startsWith(wanted))) return 5
  return -1
}

/** Matching terms, best rank first, then in the index's order (shorter headwords first). */
function find(index, wanted) {
  const ranked = [[], [], [], [], [], []]
  for (let at = index.keys.indexOf(wanted); at >= 0; ) {
    const row = rowAt(index, at), found = term(index, row)
    const r = rank(found, wanted)
    if (r >= 0) ranked[r].push(found)
    at = index.keys.indexOf(wanted, index.starts[row + 1])
  }
  return ranked.flat()
}

// difflib.get_close_matches, as `glossary lookup` suggests ---------------------------------

/** difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk). */
function ratio(a, b, where) {
  let matched = 0
  const queue = [[0, a.length, 0, b.length]]
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()
    let besti = alo, bestj = blo, size = 0, lengths = new Map()
    for (let i = alo; i < ahi; i++) {
      const next = new Map()
      for (const j of where.get(a[i]) || []) {
        if (j < blo) continue
        if (j >= bhi) break
        const k = (lengths.get(j - 1) || 0) + 1
        next.set(j, k)
        if (k > size) { besti = i - k + 1; bestj = j - k + 1; size = k }
      }
      lengths = next
    }
    if (size) {
      matched += size
      if (alo < besti && blo < bestj) queue.push([alo, besti, blo, bestj])
      if (besti + size < ahi && bestj + size < bhi) queue.push([besti + size, ahi, bestj + size, bhi])
    }
  }
  return 2 * matched / (a.length + b.length)
}

function closeMatches(word, possibilities, n, cutoff) {
  const b = [...word], where = new Map(), counts = new Map()
  b.forEach((ch, j) => { where.set(ch, [...where.get(ch) || [], j]); counts.set(ch, (counts.get(ch) || 0) + 1) })
  const found = []
  for (const x of possibilities) {
    if (2 * Math.min(x.length, b.length) / (x.length + b.length) < cutoff) continue  // real_quick_ratio
    const used = new Map()
    let common = 0
    for (const ch of x) {
      const n = used.get(ch) || 0
      if (n < (counts.get(ch) || 0)) { used.set(ch, n + 1); common++ }
    }
    const a = [...x]
    if (2 * common / (a.length + b.length) < cutoff) continue  // quick_ratio
    const score = ratio(a, b, where)
    if (score >= cutoff) found.push([score, x])
  }
  found.sort(([s, x], [t, y]) => t - s || (y > x ? 1 : y < x ? -1 : 0))
  return found.slice(0, n).map(([, x]) => x)
}

let named = null  // each name and each reading → the last term in terms.yml's order that has it

/** lookup.close_to: headwords close to a query that matched nothing, by name then by reading. */
function closeTo(index, wanted) {
  if (!named) {
    named = [new Map(), new Map()]
    for (const row of index.order) {
      const found = term(index, row)
      for (const name of found.written) named[0].set(name, found)
      for (const spelling of found.spellings) named[1].set(spelling, found)
    }
  }
  const [byName, byReading] = named
  const close = closeMatches(wanted, byName.keys(), SUGGESTIONS, 0.5).map(name => byName.get(name))
  const closeReading = closeMatches(wanted, byReading.keys(), SUGGESTIONS, 0.7).map(s => byReading.get(s))
  return [...new Set([...close, ...closeReading])].slice(0, SUGGESTIONS)
}

// Material's messages ----------------------------------------------------------------------

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, ch => `&#${ch.charCodeAt(0)};`)
}

/** One result group as Material renders it: the page, its score (Enter opens the highest) and
 * the query words it does (true) or does not (false, shown struck out) contain. */
function item(doc, score, words) {
  return [{location: doc.location, title: doc.title, text: doc.text, score, terms: words}]
}

function search(index, query) {
  const wanted = queryKey(query)
  if (!wanted) return {items: []}
  const shown = query.trim()
  const hits = find(index, wanted)
  const others = pages.filter(page => loose(page.plain).includes(wanted))
  if (!hits.length && !others.length) {
    const close = closeTo(index, wanted)
    const note = `<p class="glossary-suggestion" data-query="${escapeHtml(shown)}"></p>`
    return {items: close.map((term, i) => item({...term, text: (i ? "" : note) + term.text}, close.length - i, {[shown]: false}))}
  }
  const words = /\p{sc=Han}/u.test(wanted) ? {[shown]: true} : {}
  const listed = [...hits, ...others].slice(0, LISTED)
  return {items: listed.map((doc, i) => item(doc, listed.length - i, words))}
}

addEventListener("message", async ({data: message}) => {
  switch (message.type) {
    case SETUP:
      pages = message.data.docs.filter(doc => !doc.location.includes("#")).map(doc => ({
        location: doc.location, title: doc.title, text: "", plain: doc.title.replace(/<[^>]*>|\u200b/g, ""),
      }))
      await loaded
      postMessage({type: READY})
      break
    case QUERY:
      postMessage({type: RESULT, data: search(await loaded, message.data)})
      break
  }
})
