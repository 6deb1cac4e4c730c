"""Reading report files from disk: finding them, decoding them, and making a Report of each.

This and `store` are the only modules that touch the disk; everything after a Report is pure.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from ..errors import GlossaryError
from ..model import Report
from .formats import docx_text, html_text
from .metadata import detect
from .sections import split_section
from .text import normalize

SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
_UNSUPPORTED = (".pdf", ".doc", ".wps")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BIG5 = ("cp950", "big5hkscs")
_RARE_IN_GB = 0.25
"""Share of characters outside GB2312 above which a GB18030 reading is mojibake: real reports
have under 3% (the dev corpus), Big5 files read as GB18030 over 50%."""


def find_reports(paths: list[Path], warn: Callable[[str], None] = lambda message: None) -> list[Path]:
    """Expand folders into the report files inside them (sorted, so runs are repeatable).

    Subfolders that cannot be read, and symlinked ones (which may loop), are skipped and named
    through `warn`, never skipped in silence.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_reports_in(path, warn))
        elif path.is_file():
            if path.suffix.lower() in _UNSUPPORTED:
                raise GlossaryError(f"{path}: {path.suffix.lower()} is not supported; convert it to text first "
                                    "(for a PDF: pdftotext -layout FILE.pdf FILE.txt)")
            found.append(path)
        elif path.exists():
            raise GlossaryError(f"{path}: is {_kind_of(path)}, not a file; save the report to a file and pass that")
        else:
            raise GlossaryError(f"{path}: no such file or folder")
    if not found:
        raise GlossaryError(f"no reports ({', '.join(SUFFIXES)}) in {', '.join(map(str, paths))}")
    unique: dict[Path, Path] = {}
    for path in found:  # one file named twice (a folder and a file in it) is read once
        unique.setdefault(path.resolve(), path)
    files = list(unique.values())
    _refuse_twins(files)
    return files


def report_id(path: Path) -> str:
    """A report's id is its file name without extension: what terms.yml's records point to."""
    return path.stem


def _refuse_twins(files: list[Path]) -> None:
    """Two files with one id (2018/jilin.txt, 2024/jilin.txt) would be one report, the second
    silently replacing the first's records. Ids are not made unique from the folders instead:
    an id must not change with how a later run names the same file (2018/ alone, or reports/),
    since re-extracting a report replaces the records kept under its id."""
    seen: dict[str, Path] = {}
    for path in files:
        first = seen.setdefault(report_id(path), path)
        if first is not path:
            raise GlossaryError(f"{first} and {path} are both report '{report_id(path)}' (a report's id is its "
                                "file name without extension); rename one of them")


def _reports_in(folder: Path, warn: Callable[[str], None]) -> list[Path]:
    def unreadable(exc: OSError) -> None:
        warn(f"{exc.filename}: cannot read this folder ({exc.strerror}); skipped")

    found = []
    for root, folders, files in os.walk(folder, onerror=unreadable):
        for name in sorted(folders):
            if os.path.islink(os.path.join(root, name)):
                warn(f"{Path(root, name)}: symlinked folder skipped; pass it by name to read it")
        found += [Path(root, name) for name in files if Path(name).suffix.lower() in SUFFIXES]
    return sorted(p for p in found if p.is_file())


def _kind_of(path: Path) -> str:
    mode = path.stat().st_mode
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a terminal or device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def decode(data: bytes, path: Path, encoding: str | None = None) -> str:
    """Decode report bytes: a BOM decides, else UTF-8, else GB18030 (which covers GBK)."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise GlossaryError(f"{path}: cannot decode as {encoding}: {exc}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="strict")
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            raise GlossaryError(f"{path}: looks like UTF-16 text without a byte-order mark; pass --encoding {utf16}")
        raise GlossaryError(f"{path}: looks like a binary file, not a text report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise GlossaryError(
                f"{path}:{line}: invalid UTF-8 byte 0x{data[exc.start]:02x} in a UTF-8 file; fix it, or pass "
                "--encoding (e.g. --encoding gb18030) if the file is in another encoding") from None
    with contextlib.suppress(UnicodeDecodeError):
        text = data.decode("gb18030")
        if _rare_in_gb2312(text) <= _RARE_IN_GB:
            return text
    for name in _BIG5:  # traditional Chinese, as Taiwan and Hong Kong save it
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode(name)
            if not any("\ue000" <= ch <= "\uf8ff" for ch in text):
                return text
    raise GlossaryError(f"{path}: not UTF-8, GB18030 or Big5 text (read as GB18030 it is mojibake); "
                        "pass --encoding with the file's encoding")


def _rare_in_gb2312(text: str) -> float:
    """Share of non-ASCII characters outside GB2312: high when bytes were decoded wrongly."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    rare = 0
    for ch in wide:
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            rare += 1
    return rare / len(wide) if wide else 0.0


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the start of the file reads as Chinese text in that byte
    order (the other order gives rare characters), else None: a binary file."""
    head = data[:4096]
    rare, codec = min((_rare_in_gb2312(head.decode(c, errors="replace")), c) for c in ("utf-16-le", "utf-16-be"))
    return codec if rare <= _RARE_IN_GB else None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes, rather than a file in GBK: guessing GBK would turn the
    whole report into nonsense without a word of warning."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= 10 * broken


def read_report(path: Path, encoding: str | None = None) -> Report:
    """Read one report file; its id is the file name without extension."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read: {exc.strerror}") from None
    text = _text(data, path, encoding)
    del data  # a 100 MB report: the bytes need not outlive their text
    nul = text.find("\x00")
    if nul >= 0:  # a damaged file: a NUL inside a word would make a term no one can type
        raise GlossaryError(f"{path}:{text.count(chr(10), 0, nul) + 1}: a NUL byte in the text (a damaged file?); "
                            "remove it, or pass --encoding if the file is UTF-16")
    text = normalize(text)
    if not text.strip():
        raise GlossaryError(f"{path}: the file is empty")
    return parse_report(report_id(path), text)


def _text(data: bytes, path: Path, encoding: str | None) -> str:
    """The report's text, whatever format its file is in."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        try:
            return docx_text(data)
        except ValueError as exc:
            raise GlossaryError(f"{path}: {exc}") from None
    text = decode(data, path, encoding)
    return html_text(text) if suffix in (".html", ".htm") else text


def parse_report(report_id: str, text: str) -> Report:
    """Make a Report of normalised text: body, 名词解释 section and self-description (for which
    the id, the file name, may say the place and year that the text does not)."""
    body, section, first_line = split_section(text)
    meta = detect(text, report_id)
    return Report(
        id=report_id,
        body=body,
        section=section,
        section_line=first_line,
        title=meta.title,
        place=meta.place,
        level=meta.level,
        year=meta.year,
    )
