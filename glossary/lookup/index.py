"""A lookup index beside terms.yml, so that `glossary lookup` answers in a blink.

Parsing a 12,000-term terms.yml with PyYAML and computing every entry's pinyin takes seconds;
a lookup needs neither once they are done. So the first lookup after terms.yml changes stores
each live entry's keys, its text and the lines lookup prints for it in
`.terms.yml.lookup.sqlite3` beside it (SQLite, from the standard library), and later lookups
read only the rows whose keys contain the query. Storing the printed lines spares every later
lookup the model and the printing code (`terminal.describe`), whose imports cost more than the
search; since the lines depend on that code, an index is stale also when it changed.

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
import json
import os
import sqlite3
import time
from collections import namedtuple
from pathlib import Path

from ..errors import GlossaryError
from . import Keys, best_first, close_to, query_key

_FORMAT = 5  # bump when what the index stores or means changes: older indexes are then rebuilt
_RACY_NS = 2_000_000_000  # the coarsest file time granularity (FAT: 2 s); closer than this, hash
_SEPARATOR = "\n"  # between the keys of an entry; a query key never holds one
_PRINTERS = ("terminal.py", "model.py")  # the code that writes the printed lines the index stores


class Answer(namedtuple("Answer", "hits printed suggestions warning")):
    """The entries found, best first (`hits`), each also as the lines lookup prints for it
    (`printed`, control characters made visible); headwords close to a query that found nothing;
    one warning for the errors of terms.yml. A named tuple, not a dataclass: see `lookup`."""

    __slots__ = ()


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
    positions = best_first(((k, pos) for pos, k in enumerate(built.keys)), wanted) if wanted else []
    return Answer([built.entries[pos] for pos in positions], [built.printed[pos] for pos in positions],
                  [] if positions else close_to(built.keys, query), built.warning)


_Built = namedtuple("_Built", "keys entries printed warning digest started_ns")


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
            "inode": st.st_ino, "device": st.st_dev, "printers": _printers()}


def _printers() -> str:
    """The version of the code that printed the stored lines, as its files' sizes and times: an
    upgrade or an edit of it makes the index stale, so lookup never prints old lines."""
    here = Path(__file__).parents[1]
    found = []
    for name in _PRINTERS:
        try:
            st = os.stat(here / name)
        except OSError:  # not a plain file (a zip import): the package cannot change under us
            found.append(name)
        else:
            found.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return " ".join(found)


def _digest(data: bytes) -> str:
    import hashlib  # only a build and a terms.yml edited within the last seconds need it

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
    """Only the keys whose text holds the query are read and ranked, then only the hits' entries.
    The texts searched are a table of their own: a scan then reads no other column's pages."""
    (warning,), = db.execute("SELECT value FROM meta WHERE name = 'warning'")
    wanted = query_key(query)
    rows = db.execute("SELECT pos, term, written, spellings FROM haystacks JOIN keys USING (pos)"
                      " WHERE instr(haystack, ?) > 0 ORDER BY pos", (wanted,)).fetchall() if wanted else []
    positions = best_first(((_keys(*row[1:]), row[0]) for row in rows), wanted)
    if positions:
        found = {pos: (entry, printed) for pos, entry, printed in db.execute(
            f"SELECT pos, entry, printed FROM entries WHERE pos IN ({','.join('?' * len(positions))})", positions)}
        return Answer([json.loads(found[pos][0]) for pos in positions], [found[pos][1] for pos in positions],
                      [], warning)
    everything = db.execute("SELECT term, written, spellings FROM keys ORDER BY pos")
    return Answer([], [], close_to((_keys(*row) for row in everything), query), warning)


def _keys(term: str, written: str, spellings: str) -> Keys:
    return Keys(term, tuple(json.loads(written)), tuple(json.loads(spellings)))


def _read(terms: Path) -> _Built:
    """The live entries of terms.yml with their keys, and one warning for all its errors.
    A YAML syntax error still stops the lookup: nothing after it can be trusted."""
    from ..store.check import validate
    from ..store.yamlio import parse
    from ..terminal import describe, shown
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
    printed = [shown("\n".join(describe(e, reports))) for e in entries]
    return _Built([keys_of(e) for e in entries], entries, printed, warning, _digest(data), started)


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
                             "CREATE TABLE haystacks (pos INTEGER PRIMARY KEY, haystack TEXT);"
                             "CREATE TABLE keys (pos INTEGER PRIMARY KEY, term TEXT, written TEXT, spellings TEXT);"
                             "CREATE TABLE entries (pos INTEGER PRIMARY KEY, entry TEXT, printed TEXT);")
            meta = {**stamp, "digest": built.digest, "verified_ns": built.started_ns, "warning": built.warning}
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.executemany("INSERT INTO haystacks VALUES (?, ?)", (
                (pos, _SEPARATOR.join(k.written + k.spellings)) for pos, k in enumerate(built.keys)))
            db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?)", (
                (pos, k.term, _json(k.written), _json(k.spellings)) for pos, k in enumerate(built.keys)))
            db.executemany("INSERT INTO entries VALUES (?, ?, ?)", (
                (pos, _json(entry), printed) for pos, (entry, printed) in enumerate(zip(built.entries, built.printed, strict=True))))
        os.replace(tmp, index)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
