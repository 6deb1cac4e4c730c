"""terms.yml on disk: load it with line numbers, write it atomically, lock it for one writer.

The only module that writes terms.yml; `merge` decides what goes into it, `diff` what changed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GlossaryError
from ..keys import sort_key
from .check import validate
from .yamlio import comment_lines, dump, flow, parse


@dataclass
class Glossary:
    """The contents of terms.yml: report metadata, entries, and the comment block at its top."""

    reports: dict[str, dict] = field(default_factory=dict)
    terms: list[dict] = field(default_factory=list)
    header: str = ""
    stray_comments: list[int] = field(default_factory=list)

    def live(self) -> list[dict]:
        """Entries readers see: everything but the rejected tombstones."""
        return [t for t in self.terms if t.get("status") != "rejected"]


def load(path: Path, missing_ok: bool = False) -> Glossary:
    """Read terms.yml; a YAML or schema error is raised as one line naming file and line."""
    if missing_ok and not path.exists():
        return Glossary()
    return loads(read_text(path), str(path))


def read_text(path: Path) -> str:
    """terms.yml's text; a missing, unreadable or non-UTF-8 file is one line naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: no such file (create it with `glossary extract REPORTS -o {path}`)") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: not UTF-8 text; terms.yml must be UTF-8") from None
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read: {exc.strerror}") from None


def loads(text: str, name: str = "terms.yml") -> Glossary:
    data = parse(text, name)
    errors = [p for p in validate(data) if p.error]
    if errors:
        raise GlossaryError(errors[0].format(name) + (f" (and {len(errors) - 1} more: run `glossary check`)" if len(errors) > 1 else ""))
    return build(data, text)


def build(data: Any, text: str) -> Glossary:
    """A Glossary of already parsed and validated data; `text` supplies the comments YAML drops."""
    data = data or {}
    header = _header(text)
    header_lines = header.count("\n")
    return Glossary(
        reports=dict(data.get("reports") or {}),
        terms=list(data.get("terms") or []),
        header=header,
        stray_comments=[n for n in comment_lines(text) if n > header_lines],
    )


def _header(text: str) -> str:
    """The comment lines at the top of the file (a schema modeline, a licence): kept on every write."""
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith("#") or (lines and not line.strip()):
            lines.append(line)
        else:
            break
    while lines and not lines[-1].strip():
        lines.pop()
    return "".join(lines)


def dumps(glossary: Glossary) -> str:
    """terms.yml text: entries in pinyin order, fields in the documented order."""
    terms = sorted(glossary.terms, key=lambda t: sort_key(t["term"], t.get("pinyin") or ""))
    data: dict[str, Any] = {}
    if glossary.reports:
        data["reports"] = {rid: glossary.reports[rid] for rid in sorted(glossary.reports)}
    data["terms"] = [_for_yaml(t) for t in terms]
    return glossary.header + dump(data)


def _for_yaml(entry: dict) -> dict:
    out = dict(entry)
    if out.get("aliases"):
        out["aliases"] = flow(out["aliases"])
    if out.get("sources"):
        out["sources"] = [dict(s, forms=flow(s["forms"])) if s.get("forms") else dict(s) for s in out["sources"]]
    return out


def refuse_lost_comments(glossary: Glossary, path: Path) -> None:
    """Stop before a write would drop an editor's comment (PyYAML keeps none below the header)."""
    if glossary.stray_comments:
        lines = ", ".join(map(str, glossary.stray_comments[:5]))
        raise GlossaryError(
            f"{path}:{glossary.stray_comments[0]}: comments on line(s) {lines} would be lost when the file is "
            "rewritten; move them into a 'note:' field or to the comment block at the top of the file"
        )


def save(glossary: Glossary, path: Path) -> bool:
    """Write atomically (temporary file, then rename); returns False when nothing changed."""
    refuse_lost_comments(glossary, path)
    text = dumps(glossary)
    if path.exists() and path.read_text(encoding="utf-8", errors="replace") == text:
        return False
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot write in {directory}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GlossaryError(f"{path}: not written ({exc.strerror}); the old file is unchanged") from None
    return True


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold terms.yml for one read-merge-write; a second writer is refused, never interleaved.

    The lock is an flock on a hidden file beside terms.yml, so a crashed run never leaves the
    file locked; the lock file is removed when the run ends.
    """
    lock_path = path.with_name(f".{path.name}.lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot lock: {exc.strerror}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.fstat(fd).st_ino != os.stat(lock_path).st_ino:  # the lock file was replaced under us
            raise BlockingIOError
    except (BlockingIOError, FileNotFoundError):
        os.close(fd)
        raise GlossaryError(f"{path}: another glossary command (extract or review) is changing it; run again when it has finished") from None
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)
