"""A lookup index beside terms.yml, so that `glossary lookup` answers in a blink.

Parsing a 12,000-term terms.yml with PyYAML and computing every entry's pinyin takes seconds;
a lookup needs neither once they are done. So the first lookup after terms.yml changes stores
each live entry's keys and text in `.terms.yml.lookup.sqlite3` beside it (SQLite, from the
standard library), and later lookups read only the rows whose keys contain the query.

The index is a cache, never a second source: it is used only while terms.yml is the file it
was built from (same size, times, inode and device; and, when terms.yml changed so recently
that a later edit could leave all of these equal, the same content hash). Missing, stale,
corrupt or unwritable, it is rebuilt or bypassed, and the lookup reads terms.yml, only slower.
Writing it never touches terms.yml: a temporary file is renamed over the old index.

Lookup is lenient where `check` and the site are strict: an entry with an error does not stop
the others from being found; the errors are reported once, as a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GlossaryError
from . import Keys, best_first, close_to, query_key

_FORMAT = 4  # bump when what the index stores or means changes: older indexes are then rebuilt
_RACY_NS = 2_000_000_000  # the coarsest file time granularity (FAT: 2 s); closer than this, hash
_SEPARATOR = "\n"  # between the keys of an entry; a query key never holds one


@dataclass
class Answer:
    hits: list[dict]
    suggestions: list[str] = field(default_factory=list)
    warning: str | None = None
    reports: dict[str, dict] = field(default_factory=dict)  # report id → title, place, year: who means what


def index_path(terms: Path) -> Path:
    return terms.with_name(f".{terms.name}.lookup.sqlite3")


def lookup(terms: Path, query: str) -> Answer:
    """Entries matching `query`, best first, from the index when it is fresh, else from terms.yml
    (building the index for next time when the folder allows)."""
    stamp = _stamp(terms)
    index = index_path(terms)
    with contextlib.suppress(sqlite3.Error, OSError, KeyError, ValueError):
        if index.is_file():
            with contextlib.closing(sqlite3.connect(index)) as db:
                if _fresh(db, terms, stamp):
                    return _answer_from(db, query)
    built = _read(terms)
    if _stamp(terms) == stamp:  # terms.yml did not change while it was read
        with contextlib.suppress(sqlite3.Error, OSError):
            _write(index, stamp, built)
    wanted = query_key(query)
    hits = best_first(zip(built.keys, built.entries, strict=True), wanted) if wanted else []
    return Answer(hits, [] if hits else close_to(built.keys, query), built.warning, built.reports)


@dataclass
class _Built:
    keys: list[Keys]
    entries: list[dict]
    warning: str | None
    reports: dict[str, dict]
    digest: str
    started_ns: int


def _stamp(terms: Path) -> dict:
    """What identifies this version of terms.yml without reading it; plus its content hash,
    computed only when needed (see `_fresh`)."""
    try:
        st = os.stat(terms)
    except FileNotFoundError:
        raise GlossaryError(f"{terms}: no such file (create it with `glossary extract REPORTS -o {terms}`)") from None
    except OSError as exc:
        raise GlossaryError(f"{terms}: cannot read: {exc.strerror}") from None
    return {"format": _FORMAT, "size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns,
            "inode": st.st_ino, "device": st.st_dev}


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _fresh(db: sqlite3.Connection, terms: Path, stamp: dict) -> bool:
    """The index was built from this very terms.yml. Equal size, times and inode prove it, except
    when terms.yml changed within the file system's time granularity of the build: an edit in
    that window may keep them all equal, so then the content hash decides."""
    stored = dict(db.execute("SELECT name, value FROM meta"))
    if any(stored.get(name) != value for name, value in stamp.items()):
        return False
    changed = max(stamp["mtime_ns"], stamp["ctime_ns"])
    if stored["verified_ns"] - changed > _RACY_NS:
        return True
    if stored["digest"] != _digest(terms.read_bytes()):
        return False
    if time.time_ns() - changed > _RACY_NS:  # settled now: later lookups need not hash
        with contextlib.suppress(sqlite3.Error, OSError):
            _set_verified(index_path(terms), time.time_ns())
    return True


def _set_verified(index: Path, now: int) -> None:
    with contextlib.closing(sqlite3.connect(index)) as db, db:
        db.execute("UPDATE meta SET value = ? WHERE name = 'verified_ns'", (now,))


def _answer_from(db: sqlite3.Connection, query: str) -> Answer:
    """Only the keys whose text holds the query are read and ranked, then only the hits' entries."""
    meta = dict(db.execute("SELECT name, value FROM meta WHERE name IN ('warning', 'reports')"))
    warning, reports = meta["warning"], json.loads(meta["reports"])
    wanted = query_key(query)
    rows = db.execute("SELECT pos, term, written, spellings FROM keys WHERE instr(haystack, ?) > 0 ORDER BY pos",
                      (wanted,)).fetchall() if wanted else []
    positions = best_first(((_keys(*row[1:]), row[0]) for row in rows), wanted)
    if positions:
        found = dict(db.execute(f"SELECT pos, entry FROM entries WHERE pos IN ({','.join('?' * len(positions))})",
                                positions))
        return Answer([json.loads(found[pos]) for pos in positions], warning=warning, reports=reports)
    everything = db.execute("SELECT term, written, spellings FROM keys ORDER BY pos")
    return Answer([], close_to((_keys(*row) for row in everything), query), warning, reports)


def _keys(term: str, written: str, spellings: str) -> Keys:
    return Keys(term, tuple(json.loads(written)), tuple(json.loads(spellings)))


def _read(terms: Path) -> _Built:
    """The live entries of terms.yml with their keys, and one warning for all its errors.
    A YAML syntax error still stops the lookup: nothing after it can be trusted."""
    from ..store.check import validate
    from ..store.yamlio import parse
    from . import keys_of

    started = time.time_ns()
    data = terms.read_bytes()
    try:
        parsed = parse(data.decode("utf-8"), str(terms))
    except UnicodeDecodeError:
        raise GlossaryError(f"{terms}: not UTF-8 text; terms.yml must be UTF-8") from None
    errors = [p for p in validate(parsed) if p.error]
    listed = parsed.get("terms") if isinstance(parsed, dict) else None
    entries = [dict(e) for e in listed if _usable(e)] if isinstance(listed, list) else []
    warning = None
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        warning = f"{errors[0].format(str(terms))}{more}; looked up anyway, run `glossary check` to fix"
    reports = parsed.get("reports") if isinstance(parsed, dict) else None
    reports = {str(k): v for k, v in reports.items() if isinstance(v, dict)} if isinstance(reports, dict) else {}
    return _Built([keys_of(e) for e in entries], entries, warning, reports, _digest(data), started)


def _usable(entry: object) -> bool:
    """A live entry lookup can show even when the file has errors: it has a headword, and its
    names are text."""
    if not isinstance(entry, dict) or not isinstance(entry.get("term"), str) or not entry["term"].strip():
        return False
    aliases = entry.get("aliases") or []
    return (entry.get("status") != "rejected" and isinstance(entry.get("display") or "", str)
            and isinstance(entry.get("pinyin") or "", str) and isinstance(aliases, list)
            and all(isinstance(a, str) for a in aliases))


def _write(index: Path, stamp: dict, built: _Built) -> None:
    """Build the index in a temporary file, then rename it over the old one: a lookup running
    meanwhile sees the old index or the new, never half of one."""
    tmp = index.with_name(f"{index.name}.{os.getpid()}.tmp")
    try:
        with contextlib.closing(sqlite3.connect(tmp)) as db, db:
            db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                             "CREATE TABLE meta (name TEXT PRIMARY KEY, value);"
                             "CREATE TABLE keys (pos INTEGER PRIMARY KEY, term TEXT, written TEXT, spellings TEXT,"
                             " haystack TEXT);"  # apart from the entries' text, so that a scan reads little
                             "CREATE TABLE entries (pos INTEGER PRIMARY KEY, entry TEXT);")
            meta = {**stamp, "digest": built.digest, "verified_ns": built.started_ns, "warning": built.warning,
                    "reports": _json(built.reports)}
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?, ?)", (
                (pos, k.term, _json(k.written), _json(k.spellings), _SEPARATOR.join(k.written + k.spellings))
                for pos, k in enumerate(built.keys)))
            db.executemany("INSERT INTO entries VALUES (?, ?)", enumerate(map(_json, built.entries)))
        os.replace(tmp, index)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
