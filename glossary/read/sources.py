"""Reading report files from disk: finding them, decoding them, and making a Report of each.

This and `store` are the only modules that touch the disk; everything after a Report is pure.
"""

from __future__ import annotations

import codecs
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
_GUESSES = ("utf-8", "gb18030")


def find_reports(paths: list[Path]) -> list[Path]:
    """Expand folders into the report files inside them (sorted, so runs are repeatable)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            if path.suffix.lower() in _UNSUPPORTED:
                raise GlossaryError(f"{path}: {path.suffix.lower()} is not supported; convert it to text first "
                                    "(for a PDF: pdftotext -layout FILE.pdf FILE.txt)")
            found.append(path)
        else:
            raise GlossaryError(f"{path}: no such file or folder")
    if not found:
        raise GlossaryError(f"no reports ({', '.join(SUFFIXES)}) in {', '.join(map(str, paths))}")
    return list(dict.fromkeys(found))


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
        raise GlossaryError(f"{path}: looks like a binary file, not a text report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise GlossaryError(
                f"{path}:{line}: invalid UTF-8 byte 0x{data[exc.start]:02x} in a UTF-8 file; fix it, or pass "
                "--encoding (e.g. --encoding gb18030) if the file is in another encoding") from None
    for name in _GUESSES[1:]:
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    raise GlossaryError(
        f"{path}: not valid {' or '.join(_GUESSES)} text; pass --encoding with the file's encoding"
    )


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
    text = normalize(text)
    if not text.strip():
        raise GlossaryError(f"{path}: the file is empty")
    return parse_report(path.stem, text)


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
    """Make a Report of normalised text: body, 名词解释 section and self-description."""
    body, section, first_line = split_section(text)
    meta = detect(text)
    return Report(
        id=report_id,
        body=body,
        section=section,
        section_line=first_line,
        title=meta.title,
        place=meta.place,
        year=meta.year,
    )
