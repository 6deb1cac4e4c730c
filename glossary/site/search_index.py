"""terms → the site's search index, which the glossary's search worker
(glossary/data/site/search-worker.js) searches as `glossary lookup` does.

Material's own search builds a lunr index in the browser from every page's text on every page
load: seconds and hundreds of megabytes at ten thousand terms. This index is prebuilt and split
by when it is needed, so that a page loads only what a query is compared with:
  - `keys.txt`, fetched by every page: a line per term of its lookup keys (written names, pinyin
    and initials of every reading), plain text, so the worker neither parses it nor builds an
    object per term: a query is one indexOf over it;
  - `texts-N.json`, fetched when a result needs it: what results show (the term page, the
    headword and the start of its definition, escaped: the worker hands them to Material as
    HTML), SHARD terms a file, in the order of keys.txt;
  - `order.json`, fetched when a query finds nothing: the terms in terms.yml's order, in which
    lookup picks its suggestions.
"""

from __future__ import annotations

import json
import math

from ..lookup import keys_of
from ..model import meanings
from .render import escape_html

WORKER = "assets/javascripts/workers/glossary-search.js"  # beside Material's worker
NOTE = "assets/javascripts/glossary-search-note.js"
FOLDER = "search/glossary"
INDEX = f"{FOLDER}/keys.txt"  # what the worker is pointed at; the other files lie beside it
SHARD = 500  # terms per file of result texts: tens of kilobytes, a query's first results in a few
_SHOWN = 120  # characters of a definition a result shows


def search_files(entries: list[dict], reports: dict[str, dict], location) -> dict[str, str]:
    """The index's files by path. A term is a row, shortest headword first (lookup's order among
    hits of one rank). keys.txt opens with a line of JSON ({"rows", "shard"}), then holds a line
    per row: its written names \\t-separated, headword first, then \\r and its readings \\t-separated
    (whitespace, which no key holds). texts-N.json holds rows N·SHARD… as [URL path, title,
    result text]; order.json the rows in the order of `entries` (lookup's suggestions take the
    last entry that has a name). `location(term)` is the term page's URL path.

    >>> files = search_files([{"term": "双停", "pinyin": "shuāng tíng", "aliases": ["“双停”企业"]}], {}, lambda t: "t/")
    >>> files["search/glossary/keys.txt"]
    '{"rows":1,"shard":500}\\n双停\\t双停企业\\rshuangting\\tst'
    >>> print(files["search/glossary/texts-0.json"], files["search/glossary/order.json"])
    [["t/","双停","<p><small>shuāng tíng</small> <em>暂无释义</em></p>"]] [0]
    """
    keys = [keys_of(entry) for entry in entries]
    by_length = sorted(range(len(entries)), key=lambda i: (len(keys[i].term), keys[i].term))
    header = json.dumps({"rows": len(entries), "shard": SHARD}, separators=(",", ":"))
    lines = ["\t".join(keys[i].written) + "\r" + "\t".join(keys[i].spellings) for i in by_length]
    files = {INDEX: "\n".join([header, *lines])}
    for n in range(math.ceil(len(entries) / SHARD)):
        rows = [[location(entries[i]["term"]), escape_html(entries[i]["term"]), result_text(entries[i], reports)]
                for i in by_length[n * SHARD:(n + 1) * SHARD]]
        files[f"{FOLDER}/texts-{n}.json"] = _json(rows)
    position = {i: n for n, i in enumerate(by_length)}
    files[f"{FOLDER}/order.json"] = _json([position[i] for i in range(len(entries))])
    return files


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def result_text(entry: dict, reports: dict[str, dict]) -> str:
    """What a result shows under the headword, as HTML: its pinyin and the start of its first
    meaning (with how many more there are), else that it has no definition yet.

    >>> result_text({"term": "双停", "pinyin": "shuāng tíng", "definition": "停产<停工>"}, {})
    '<p><small>shuāng tíng</small> 停产&lt;停工&gt;</p>'
    """
    found = meanings(entry, reports)
    text = found[0].definition
    if text and len(text) > _SHOWN:
        text = text[:_SHOWN] + "…"
    shown = escape_html(text) if text else "<em>暂无释义</em>"
    if len(found) > 1:
        shown += f"（另有 {len(found) - 1} 种释义）"
    reading = entry.get("pinyin")
    if reading and reading != entry["term"]:
        shown = f"<small>{escape_html(reading)}</small> {shown}"
    return f"<p>{shown}</p>"
