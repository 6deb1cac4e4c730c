"""terms → the site's search index: one JSON file that the glossary's search worker
(glossary/data/site/search-worker.js) loads once per page and searches as `glossary lookup` does.

Material's own search builds a lunr index in the browser from every page's text on every page
load: seconds and hundreds of megabytes at ten thousand terms. This index holds only what a
query is compared with (lookup's keys: written names, pinyin and initials of every reading) and
what a result shows (the headword and the start of its definition, escaped: the worker hands
them to Material as HTML), so the worker has nothing to build.
"""

from __future__ import annotations

import json

from ..lookup import keys_of
from ..model import meanings
from .render import escape_html

WORKER = "assets/javascripts/workers/glossary-search.js"  # beside Material's worker
NOTE = "assets/javascripts/glossary-search-note.js"
INDEX = "search/glossary.json"
_SHOWN = 120  # characters of a definition a result shows


def search_index(entries: list[dict], reports: dict[str, dict], location) -> str:
    """The index as JSON: a row per live entry, [URL path, title, result text], shortest
    headword first (lookup's order among hits of one rank); `keys`, a line per row of its lookup
    keys (written names \t-separated, headword first, then \r and its readings: whitespace,
    which no key holds); and `order`, the rows in the order of `entries` (lookup's suggestions
    take the last entry that has a name). `location(term)` is the term page's URL path.

    >>> print(search_index([{"term": "双停", "pinyin": "shuāng tíng", "aliases": ["“双停”企业"]}], {}, lambda t: "t/"))
    {"terms":[["t/","双停","<p><small>shuāng tíng</small> <em>暂无释义</em></p>"]],"keys":"双停\\t双停企业\\rshuangting\\tst","order":[0]}
    """
    keys = [keys_of(entry) for entry in entries]
    by_length = sorted(range(len(entries)), key=lambda i: (len(keys[i].term), keys[i].term))
    rows = [[location(entries[i]["term"]), escape_html(entries[i]["term"]), result_text(entries[i], reports)] for i in by_length]
    lines = "\n".join("\t".join(keys[i].written) + "\r" + "\t".join(keys[i].spellings) for i in by_length)
    position = {i: n for n, i in enumerate(by_length)}
    order = [position[i] for i in range(len(entries))]
    return json.dumps({"terms": rows, "keys": lines, "order": order}, ensure_ascii=False, separators=(",", ":"))


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
