"""terms.yml in the formats other tools read: TBX for translators' CAT tools, CSV and JSON for
analysts, a jieba user dictionary for segmentation. Pure: entries in, bytes out; the command
line and the site choose the entries (never the rejected ones) and where the bytes go.

Every format is deterministic, so an export can be committed and diffed like terms.yml, and
every one escapes what came from reports and editors for its own syntax: nothing in a term, a
definition or a context can break a file or be read back as something else.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .keys import initials
from .language import jieba
from .model import DEFINED_IN, Meaning, explained_for, meanings
from .search import written_forms

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"  # ISO 30042:2019, the namespace of TBX-Basic 1.0
CSV_COLUMNS = ("term", "display", "aliases", "pinyin", "initials", "kind", "status", "definition", "definition_origin",
               "definition_reports", "reports", "report_years", "report_counts", "first_year")
_CSV_LISTS = {"aliases", "definition_reports", "reports", "report_years", "report_counts"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # XML 1.0 cannot carry these at all
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")
_SPACE = re.compile(r"\s")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes Excel or LibreOffice run a cell (OWASP's CSV injection list)


@dataclass(frozen=True)
class Chosen:
    """What an export writes: the entries, the reports' metadata (titles, years) and a title."""

    entries: list[dict]
    reports: dict[str, dict]
    title: str = "glossary"


def choose(entries: list[dict], reports: dict[str, dict], reviewed: bool = False, title: str = "glossary") -> Chosen:
    """The entries an export carries: never a rejected one; only the reviewed ones when asked."""
    wanted = ("reviewed",) if reviewed else ("auto", "reviewed")
    return Chosen([e for e in entries if e.get("status", "auto") in wanted], reports, title)


# ---- one record per entry: CSV, JSON, JSON Lines ------------------------------------------

def record(entry: dict, reports: dict[str, dict]) -> dict[str, Any]:
    """An entry as analysts want it: its fields, its meanings (the first is the definition the
    site shows), and each report it occurs in with title, year and count."""
    found = meanings(entry, reports)
    told = explained_for(entry, reports)
    cited = [{"id": s["report"], "title": (reports.get(s["report"]) or {}).get("title"),
              "year": (reports.get(s["report"]) or {}).get("year"), "count": s.get("count", 0),
              "meaning": _position(found, told.get(s["report"])), "sentence": s.get("sentence")}
             for s in entry.get("sources") or []]
    years = [c["year"] for c in cited if isinstance(c["year"], int)]
    return {
        "term": entry["term"],
        "display": entry.get("display"),
        "aliases": list(entry.get("aliases") or []),
        "pinyin": entry.get("pinyin"),
        "initials": initials(entry["pinyin"]) if entry.get("pinyin") else None,
        "kind": entry.get("kind"),
        "status": entry.get("status", "auto"),
        "definition": found[0].definition,
        "definition_origin": found[0].origin,
        "definition_reports": [r.id for r in found[0].reports],
        "meanings": [{"definition": m.definition, "origin": m.origin, "form": m.form, "reports": [r.id for r in m.reports]}
                     for m in found],
        "reports": cited,
        "first_year": min(years) if years else None,
    }


def _position(found: list[Meaning], meaning: Meaning | None) -> int | None:
    """Which of the meanings a report's readers are told (model.explained_for), by position."""
    return next((i for i, m in enumerate(found) if m == meaning), None) if meaning else None


def to_json(chosen: Chosen) -> str:
    """One JSON array of records, a record a line: diffs show the entries that changed, and
    json's C encoder, which indentation would turn off, writes 6,000 entries in a blink."""
    records = [_json(record(e, chosen.reports)) for e in chosen.entries]
    return "[\n" + ",\n".join(records) + "\n]\n" if records else "[]\n"


def to_jsonl(chosen: Chosen) -> str:
    """One record a line (JSON Lines)."""
    return "".join(_json(record(e, chosen.reports)) + "\n" for e in chosen.entries)


def _json(value: Any) -> str:
    """JSON with the text readable as written, but U+2028 and the other line separators that
    some readers split lines at escaped: one line of JSON Lines is always one record."""
    return _LINE_SEPARATORS.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(value, ensure_ascii=False))


def to_csv(chosen: Chosen) -> str:
    """One row per entry, with a byte order mark so that Excel reads UTF-8. List cells hold JSON
    arrays, so a comma, quotation mark or line break inside an alias stays unambiguous; a text
    cell that begins like a formula is made inert (`_inert`)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in chosen.entries:
        rec = record(entry, chosen.reports)
        cells = {**rec, "reports": [r["id"] for r in rec["reports"]], "report_years": [r["year"] for r in rec["reports"]],
                 "report_counts": [r["count"] for r in rec["reports"]]}
        writer.writerow([_json(cells[c]) if c in _CSV_LISTS else "" if cells[c] is None else _inert(cells[c]) for c in CSV_COLUMNS])
    return "\ufeff" + out.getvalue()


def _inert(cell: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, with an apostrophe before it: spreadsheets
    show it as text, and an analyst's script sees the apostrophe rather than a lost character.

    >>> _inert("=1+1"), _inert("1+16"), _inert(2024)
    ("'=1+1", '1+16', 2024)
    """
    return "'" + cell if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS) else cell


# ---- TBX ------------------------------------------------------------------------------------

def xml_text(text: str) -> str:
    """Text as XML 1.0 character data. Characters XML 1.0 cannot carry at all (C0 controls
    other than tab and line breaks, U+FFFE, U+FFFF) are dropped; a carriage return is written
    as a character reference, since a parser turns a literal one into a line feed.

    >>> xml_text('a < b & "c"\\r\\x01')
    'a &lt; b &amp; "c"&#13;'
    """
    return xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def xml_safe(text: str) -> str:
    """What a TBX reader reads back of a text: the characters XML 1.0 can carry."""
    return _NOT_XML.sub("", text)


def concept_id(term: str, index: int) -> str:
    """An XML id that stays the same from export to export for the same headword and meaning,
    so that a CAT tool re-importing the file updates its concepts instead of adding new ones.

    >>> concept_id("四横三纵", 0), concept_id("四横三纵", 1)
    ('c428ce4b56d4c', 'c428ce4b56d4c-2')
    """
    digest = hashlib.sha1(term.encode("utf-8")).hexdigest()[:12]
    return f"c{digest}" + (f"-{index + 1}" if index else "")


def source_text(report_id: str, reports: dict[str, dict]) -> str:
    """A report named as a TBX source: its title and year, its id when it has no title."""
    meta = reports.get(report_id) or {}
    title = meta.get("title") or report_id
    return f"{title} ({meta['year']})" if meta.get("year") else str(title)


def to_tbx(chosen: Chosen) -> str:
    """TBX-Basic (ISO 30042:2019, data categories as attributes): one conceptEntry per meaning,
    so that a headword two reports define differently is two concepts, each with its source."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<tbx type="TBX-Basic" style="dca" xml:lang="zh" xmlns="{TBX_NAMESPACE}">\n',
        f"<tbxHeader><fileDesc><titleStmt><title>{xml_text(chosen.title)}</title></titleStmt>"
        "<sourceDesc><p>Exported by glossary from terms.yml</p></sourceDesc></fileDesc></tbxHeader>\n",
        "<text><body>\n",
    ]
    for entry in chosen.entries:
        for index, meaning in enumerate(meanings(entry, chosen.reports)):
            parts.append(_concept(entry, meaning, concept_id(entry["term"], index), chosen.reports))
    parts.append("</body></text>\n</tbx>\n")
    return "".join(parts)


def _concept(entry: dict, meaning: Meaning, cid: str, reports: dict[str, dict]) -> str:
    out = [f'<conceptEntry id="{cid}">']
    if entry.get("kind"):
        out.append(f'<descrip type="subjectField">{xml_text(entry["kind"])}</descrip>')
    out.append('<langSec xml:lang="zh">')
    if meaning.definition:
        sources = [source_text(r.id, reports) for r in meaning.reports] or [DEFINED_IN.get(meaning.origin or "", "editor")]
        out.append(f'<descripGrp><descrip type="definition">{xml_text(meaning.definition)}</descrip>'
                   + "".join(f'<admin type="source">{xml_text(s)}</admin>' for s in sources) + "</descripGrp>")
    for text, term_type, preferred in tbx_terms(entry, meaning):
        out.append(f"<termSec><term>{xml_text(text)}</term>")
        if term_type:
            out.append(f'<termNote type="termType">{term_type}</termNote>')
        out.append(f'<termNote type="administrativeStatus">{"preferred" if preferred else "admitted"}Term-admn-sts</termNote>')
        if preferred:
            out += _context(entry, meaning, reports)
            if entry.get("pinyin"):
                out.append(f"<note>{xml_text(entry['pinyin'])}</note>")
        out.append("</termSec>")
    out.append("</langSec></conceptEntry>\n")
    return "".join(out)


def tbx_terms(entry: dict, meaning: Meaning) -> list[tuple[str, str | None, bool]]:
    """(written form, TBX termType, preferred) of a concept: the headword (an abbreviation when
    it is a numbered formula) preferred; the form the meaning's report writes and the display
    form as full forms, the aliases as variants, all admitted; each written form once."""
    terms = [(entry["term"], "abbreviation" if entry.get("kind") == "numbered" else None, True)]
    terms += [(form, "fullForm", False) for form in (meaning.form, entry.get("display")) if form]
    terms += [(alias, "variant", False) for alias in entry.get("aliases") or []]
    seen: set[str] = set()
    return [t for t in terms if not (t[0] in seen or seen.add(t[0]))]


def _context(entry: dict, meaning: Meaning, reports: dict[str, dict]) -> list[str]:
    """An example of use, from a report that gives this meaning when one has a context."""
    by_report = {s["report"]: s for s in entry.get("sources") or []}
    candidates = [by_report[r.id] for r in meaning.reports if r.id in by_report] + list(by_report.values())
    source = next((s for s in candidates if s.get("context")), None)
    if source is None:
        return []
    return [f'<descripGrp><descrip type="context">{xml_text(source["context"])}</descrip>'
            f'<admin type="source">{xml_text(source_text(source["report"], reports))}</admin></descripGrp>']


# ---- jieba user dictionary ------------------------------------------------------------------

def jieba_words(entry: dict) -> list[str]:
    """The words of an entry a segmenter should keep whole: its written forms without quotation
    marks and, where a form holds punctuation (jieba always cuts there), each piece jieba can
    keep whole (一个中心、四个基地 → 一个中心, 四个基地). A word with whitespace can be neither
    one line of a user dictionary nor one jieba word.
    """
    block = jieba().re_han_default
    words = [w for form in written_forms(entry) for w in [form, *([] if block.fullmatch(form) else block.findall(form))]]
    return [w for w in dict.fromkeys(words) if not _SPACE.search(w)]


def to_jieba(chosen: Chosen) -> str:
    """A jieba user dictionary, `word freq tag` a line, tag nz (a proper name of its own kind).

    Each frequency is the lowest that keeps the word whole against jieba's own dictionary and
    the shorter words of this one (`suggest_freq`, shorter words first), so that the text around
    the terms is cut as before. Computed on a fresh tokenizer: the same entries give the same
    file whatever words the running process has added to jieba.
    """
    tokenizer = _fresh_tokenizer()
    words = sorted({w for entry in chosen.entries for w in jieba_words(entry)}, key=lambda w: (len(w), w))
    freqs = {word: tokenizer.suggest_freq(word, tune=True) for word in words}
    return "".join(f"{word} {freqs[word]} nz\n" for word in sorted(freqs))


def _fresh_tokenizer():
    """A jieba tokenizer with jieba's own dictionary only, copied from one loaded once."""
    pristine = _pristine_tokenizer()
    tokenizer = jieba().Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(pristine.FREQ), pristine.total, True
    return tokenizer


@functools.cache
def _pristine_tokenizer():
    tokenizer = jieba().Tokenizer()
    tokenizer.initialize()
    return tokenizer


@dataclass(frozen=True)
class Format:
    """One export format: the function writing it and the file name the site offers it as."""

    write: Callable[..., str]
    filename: str
    label: str


FORMATS = {
    "tbx": Format(to_tbx, "glossary.tbx", "TBX-Basic，供翻译软件（CAT）导入术语库"),
    "csv": Format(to_csv, "glossary.csv", "CSV（UTF-8，Excel 可直接打开）"),
    "json": Format(to_json, "glossary.json", "JSON"),
    "jsonl": Format(to_jsonl, "glossary.jsonl", "JSON Lines，每行一个词条"),
    "jieba": Format(to_jieba, "glossary-jieba.txt", "jieba 自定义词典（jieba.load_userdict）"),
}


def export(name: str, chosen: Chosen) -> bytes:
    """The chosen entries in one format, as the bytes of a file."""
    return FORMATS[name].write(chosen).encode("utf-8")
