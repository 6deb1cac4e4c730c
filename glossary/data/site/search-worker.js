// The glossary site's search worker, in place of Material for MkDocs' lunr worker.
//
// It speaks Material's worker protocol (messages SETUP 0, READY 1, QUERY 2, RESULT 3), so
// Material's search box, result list, ?q= links and keys work as before; but it answers from
// the index the glossary plugin prebuilt (site/search_index.py: the terms' keys as one text
// file, their result texts in files fetched when a result needs one, all kept by the HTTP
// cache) instead of building a lunr index on every page, and it ranks as `glossary lookup`
// does (glossary/lookup/__init__.py: query_key, loose, rank, close_to), so the site and the
// command line find the same terms in the same order and suggest the same ones on a miss.
// Everything it shows came escaped from the build: titles and texts are HTML.
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3
const LISTED = 50       // results sent: Material shows 10, then more as the reader scrolls
const SUGGESTIONS = 5   // as lookup's _SUGGESTIONS

const indexUrl = new URL(new URL(self.location.href).searchParams.get("index"), self.location.href)
const loaded = fetch(indexUrl).then(response => response.text()).then(prepare)
let pages = []  // the site's other pages (home, reports) from Material's index: found by title

/** A file of the index beside keys.txt, of the same version. */
function beside(name) {
  return new URL(name + indexUrl.search, indexUrl)
}

async function fetchJson(url) {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`)
  return response.json()
}

/** keys.txt as loaded: a line of JSON ({rows, shard}), then a line per row (shortest headword
 * first, as lookup lists hits of one rank) of its written names (headword first) and its pinyin
 * and initials (names \t-separated, \r before the readings). The lines stay one string, so a
 * query is one indexOf over it rather than a test of every term, and nothing is built per term;
 * `starts` says where each row's line begins. Result texts come from texts-N.json when a result
 * needs them; terms.yml's order from order.json when a query finds nothing. */
function prepare(text) {
  const end = text.indexOf("\n")
  const {rows, shard} = JSON.parse(end < 0 ? text : text.slice(0, end))
  const keys = end < 0 ? "" : text.slice(end + 1)
  const starts = new Int32Array(rows + 1)
  for (let row = 1, at = keys.indexOf("\n"); row < rows; row++, at = keys.indexOf("\n", at + 1))
    starts[row] = at + 1
  starts[rows] = keys.length + 1
  return {rows, shard, keys, starts, texts: new Map(), positions: null}
}

/** The row whose line of keys holds position `at`. */
function rowAt(index, at) {
  let low = 0, high = index.rows - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (index.starts[middle] <= at) low = middle
    else high = middle - 1
  }
  return low
}

/** A row's keys: its written names, headword first, and its readings. */
function keysOf(index, row) {
  const [written, spellings] = index.keys.slice(index.starts[row], index.starts[row + 1] - 1).split("\r")
  return {written: written.split("\t"), spellings: spellings ? spellings.split("\t") : []}
}

/** What results show of rows: {location, title, text} each, from the files of result texts that
 * hold them, each fetched once (a failed one again by a later query). */
async function docs(index, rows) {
  const numbers = [...new Set(rows.map(row => Math.floor(row / index.shard)))]
  for (const n of numbers) {
    if (!index.texts.has(n)) {
      const file = fetchJson(beside(`texts-${n}.json`))
      file.catch(() => index.texts.delete(n))
      index.texts.set(n, file)
    }
  }
  const files = new Map(await Promise.all(numbers.map(async n => [n, await index.texts.get(n)])))
  return rows.map(row => {
    const [location, title, text] = files.get(Math.floor(row / index.shard))[row % index.shard]
    return {location, title, text}
  })
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

/** The rows of matching terms, best rank first, then in the index's order (shorter headwords first). */
function find(index, wanted) {
  const ranked = [[], [], [], [], [], []]
  for (let at = index.keys.indexOf(wanted); at >= 0; ) {
    const row = rowAt(index, at)
    const r = rank(keysOf(index, row), wanted)
    if (r >= 0) ranked[r].push(row)
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

/** difflib.get_close_matches' test of one possibility `x` against `word`: its ratio, or 0 when
 * that is below `cutoff` (after the same quick bounds). */
function closeness(word, cutoff) {
  const b = [...word], where = new Map(), counts = new Map()
  b.forEach((ch, j) => { where.set(ch, [...where.get(ch) || [], j]); counts.set(ch, (counts.get(ch) || 0) + 1) })
  return x => {
    if (2 * Math.min(x.length, b.length) / (x.length + b.length) < cutoff) return 0  // real_quick_ratio
    const used = new Map()
    let common = 0
    for (const ch of x) {
      const n = used.get(ch) || 0
      if (n < (counts.get(ch) || 0)) { used.set(ch, n + 1); common++ }
    }
    const a = [...x]
    if (2 * common / (a.length + b.length) < cutoff) return 0  // quick_ratio
    const score = ratio(a, b, where)
    return score >= cutoff ? score : 0
  }
}

/** lookup.close_to: headwords close to a query that matched nothing, by name then by reading:
 * difflib.get_close_matches over lookup's tables of every name and every reading (each → the
 * last term in terms.yml's order that has it). The tables are not built: each row's keys are
 * scored as they are read, and only the close ones are kept, with the row that owns them. */
async function closeTo(index, wanted) {
  if (!index.positions) {
    index.positions = fetchJson(beside("order.json")).then(order => {
      const positions = new Int32Array(order.length)
      order.forEach((row, at) => { positions[row] = at })
      return positions
    })
    index.positions.catch(() => { index.positions = null })
  }
  const positions = await index.positions
  const tables = [[closeness(wanted, 0.5), new Map()], [closeness(wanted, 0.7), new Map()]]  // names, readings
  for (let row = 0; row < index.rows; row++) {
    const {written, spellings} = keysOf(index, row)
    ;[written, spellings].forEach((keys, table) => {
      const [score, close] = tables[table]
      for (const key of keys) {
        const known = close.get(key)
        if (known) {
          if (positions[row] > positions[known.row]) known.row = row
        } else {
          const s = score(key)
          if (s) close.set(key, {score: s, row})
        }
      }
    })
  }
  const best = ([, close]) => [...close].sort(([x, {score: s}], [y, {score: t}]) => t - s || (y > x ? 1 : y < x ? -1 : 0))
    .slice(0, SUGGESTIONS).map(([, {row}]) => row)
  return [...new Set(tables.flatMap(best))].slice(0, SUGGESTIONS)
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

async function search(index, query) {
  const wanted = queryKey(query)
  if (!wanted) return {items: []}
  const shown = query.trim()
  const hits = find(index, wanted)
  const others = pages.filter(page => loose(page.plain).includes(wanted))
  if (!hits.length && !others.length) {
    const close = await docs(index, await closeTo(index, wanted))
    const note = `<p class="glossary-suggestion" data-query="${escapeHtml(shown)}"></p>`
    return {items: close.map((doc, i) => item({...doc, text: (i ? "" : note) + doc.text}, close.length - i, {[shown]: false}))}
  }
  const words = /\p{sc=Han}/u.test(wanted) ? {[shown]: true} : {}
  const listed = [...await docs(index, hits.slice(0, LISTED)), ...others].slice(0, LISTED)
  return {items: listed.map((doc, i) => item(doc, listed.length - i, words))}
}

// Queries are answered one after the other, so that a query whose results wait for a file of
// result texts is never answered after the reader's next one.
let answered = Promise.resolve()

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
      answered = answered.then(async () => postMessage({type: RESULT, data: await search(await loaded, message.data)}))
        .catch(error => console.error("glossary search:", error))
      break
  }
})
