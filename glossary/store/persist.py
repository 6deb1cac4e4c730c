"""terms.yml on disk: load it with line numbers, write it atomically, lock it for one writer,
never over a save an editor made meanwhile.

The only module that writes terms.yml; `merge` decides what goes into it, `diff` what changed.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..errors import GlossaryError
from ..keys import sort_key
from .check import validate
from .emit import terms_block
from .yamlio import comment_lines, dump, flow, parse


@dataclass
class Glossary:
    """The contents of terms.yml: report metadata, entries, the comment block at its top, and
    what else the file holds that a rewrite must keep (a BOM, other top-level fields in place).

    `fingerprint` is the digest of the bytes it was read from (None: there was no file), so a
    write can tell that an editor saved the file meanwhile.
    """

    reports: dict[str, dict] = field(default_factory=dict)
    terms: list[dict] = field(default_factory=list)
    header: str = ""
    stray_comments: list[int] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    layout: list[str] = field(default_factory=list)
    bom: bool = False
    fingerprint: str | None = None

    def live(self) -> list[dict]:
        """Entries readers see: everything but the rejected tombstones."""
        return [t for t in self.terms if t.get("status") != "rejected"]


class ChangedOnDisk(GlossaryError):
    """terms.yml changed since it was read: writing now would overwrite someone's save."""


def load(path: Path, missing_ok: bool = False) -> Glossary:
    """Read terms.yml; a YAML or schema error is raised as one line naming file and line."""
    if missing_ok and not path.exists():
        return Glossary()
    data = _read_bytes(path)
    glossary = loads(_utf8(data, path), str(path))
    glossary.fingerprint = _digest(data)
    return glossary


def read_text(path: Path) -> str:
    """terms.yml's text; a missing, unreadable or non-UTF-8 file is one line naming it."""
    return _utf8(_read_bytes(path), path)


def _read_bytes(path: Path) -> bytes:
    data = _read(path)
    if data is None:
        raise GlossaryError(f"{path}: no such file (create it with `glossary extract REPORTS -o {path}`)")
    return data


def _utf8(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: not UTF-8 text; terms.yml must be UTF-8") from None


def loads(text: str, name: str = "terms.yml") -> Glossary:
    data = parse(text, name)
    errors = [p for p in validate(data) if p.error]
    if errors:
        raise GlossaryError(errors[0].format(name) + (f" (and {len(errors) - 1} more: run `glossary check`)" if len(errors) > 1 else ""))
    return build(data, text)


def build(data: Any, text: str) -> Glossary:
    """A Glossary of already parsed and validated data; `text` supplies the comments YAML drops."""
    data = data or {}
    bom = text.startswith("\ufeff")  # as some Windows editors save it: kept, like the comments after it
    text = text.removeprefix("\ufeff")
    header = _header(text)
    header_lines = header.count("\n")
    return Glossary(
        reports=dict(data.get("reports") or {}),
        terms=list(data.get("terms") or []),
        header=header,
        stray_comments=comment_lines(text, after_line=header_lines),
        extra={name: value for name, value in data.items() if name not in ("reports", "terms")},
        layout=list(data),
        bom=bom,
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
    """terms.yml text: entries in pinyin order, fields in the documented order.

    A block mapping is its keys' blocks one after another, so each top-level field is written
    alone: the entries by `emit`, straight to the text PyYAML would write, the rest by PyYAML."""
    terms = sorted(glossary.terms, key=lambda t: sort_key(t["term"], t.get("pinyin") or ""))
    parts = []
    for name in _layout(glossary):
        if name == "reports":
            if glossary.reports:
                parts.append(dump({"reports": {rid: glossary.reports[rid] for rid in sorted(glossary.reports)}}))
        elif name == "terms":
            parts.append(terms_block([_for_yaml(t) for t in terms]))
        else:
            parts.append(dump({name: glossary.extra[name]}))
    return ("\ufeff" if glossary.bom else "") + glossary.header + "".join(parts)


def _layout(glossary: Glossary) -> list[str]:
    """Top-level fields in the file's order; reports go just before terms when they are new."""
    names = [n for n in glossary.layout if n in ("reports", "terms") or n in glossary.extra]
    if "terms" not in names:
        names.append("terms")
    if "reports" not in names:
        names.insert(names.index("terms"), "reports")
    return names + [n for n in glossary.extra if n not in names]


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
    """Write atomically (temporary file, then rename); returns False when nothing changed.

    A symlinked terms.yml is written through to its target. When the file is no longer what
    `glossary` was read from (an editor saved it meanwhile), ChangedOnDisk is raised and nothing
    is written: the caller applies its change to the new content (see `save_change`).
    """
    refuse_lost_comments(glossary, path)
    target = _real(path)
    data = dumps(glossary).encode("utf-8")
    current = _read(target)
    _refuse_changed(glossary, current, path)
    if current == data:
        return False
    _refuse_read_only(target, path)
    directory = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot write in {directory}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, target.stat().st_mode & 0o7777 if current is not None else 0o666 & ~_umask())
        _refuse_changed(glossary, _read(target), path)  # once more, as late as it can be asked
        os.replace(tmp, target)
    except (OSError, GlossaryError) as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, GlossaryError):
            raise
        raise GlossaryError(f"{path}: not written ({exc.strerror}); the old file is unchanged") from None
    glossary.fingerprint = _digest(data)
    return True


T = TypeVar("T")
_ATTEMPTS = 5


def save_change(path: Path, change: Callable[[Glossary], T], glossary: Glossary | None = None,
                missing_ok: bool = False) -> tuple[Glossary, T]:
    """Apply `change` to terms.yml and save it, never over a save made since the file was read.

    When an editor saved the file after `glossary` was read, the file is read again and the
    change applied to what it holds now: `review` applies one decision, `extract` merges the
    reports it already extracted. Returns the glossary as saved and what `change` returned.
    """
    for _ in range(_ATTEMPTS):
        if glossary is None:
            glossary = load(path, missing_ok=missing_ok)
        result = change(glossary)
        try:
            save(glossary, path)
        except ChangedOnDisk:
            glossary = None
            continue
        return glossary, result
    raise GlossaryError(f"{path}: changed on disk again and again while glossary tried to write it; "
                        "nothing written: run again when it is no longer being saved")


def is_current(glossary: Glossary, path: Path) -> bool:
    """Whether terms.yml still holds what `glossary` was read from."""
    return _digest(_read(_real(path))) == glossary.fingerprint


def _real(path: Path) -> Path:
    """The file a (possibly symlinked) terms.yml names: written, locked and cleaned there."""
    return Path(os.path.realpath(path))


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read: {exc.strerror}") from None


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _refuse_changed(glossary: Glossary, current: bytes | None, path: Path) -> None:
    if _digest(current) != glossary.fingerprint:
        raise ChangedOnDisk(f"{path}: changed on disk since it was read; nothing written, so that change is "
                            "not lost: run again")


def _refuse_read_only(target: Path, path: Path) -> None:
    """A read-only terms.yml is a request not to change it; renaming over it would ignore that."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise GlossaryError(f"{path}: read-only (mode {mode & 0o777:o}); nothing written: make it writable "
                            f"(chmod u+w {path}) for glossary to change it")


def _umask() -> int:
    """The process's umask: a new terms.yml gets the mode an editor would give it (0644 usually)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold terms.yml for one read-merge-write; a second writer is refused, never interleaved.

    The lock is an flock on a hidden file beside terms.yml (beside its target, when it is a
    symlink), so a crashed run never leaves the file locked; the lock file is removed when the
    run ends. Holding the lock, it refuses a read-only terms.yml before any work is done, and
    removes the temporary files a killed run left: no other writer can be using them.
    """
    target = _real(path)
    if not target.parent.is_dir():
        folder = path.parent if not path.parent.is_dir() else target.parent
        raise GlossaryError(f"{path}: no such folder {folder}; create it first")
    lock_path = target.with_name(f".{target.name}.lock")
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
        _refuse_read_only(target, path)
        for leftover in target.parent.glob(glob.escape(f".{target.name}.") + "*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)
