"""`glossary init`: a ready glossary project (mkdocs.yml, an empty terms.yml, docs/index.md, an
empty reports/ folder for the report texts that the site shows with their terms marked, and a
.gitignore that keeps the built site and the lookup index out of git).

The templates live in glossary/data/project; the repository root is built from the same
mkdocs.yml, so a new project searches exactly as the sample site does.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from ..errors import GlossaryError
from .text import escape, escape_html

FILES = ("mkdocs.yml", "terms.yml", "docs/index.md")


DEFAULT_URL = "https://example.org/"
IGNORED = ("/site/", ".*.lookup.sqlite3")  # what mkdocs builds and the lookup index: made from terms.yml, never committed


def init(directory: Path, title: str, url: str = DEFAULT_URL) -> list[Path]:
    """Write the project files into `directory`; refuses to overwrite any existing file.
    `url` is where the site will be published (mkdocs' site_url, for sitemap.xml)."""
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", url):
        raise GlossaryError(f"{url}: not a web address (give one such as https://example.org/glossary/)")
    targets = [directory / name for name in FILES]
    existing = [str(t) for t in targets if t.exists()]
    if existing:
        raise GlossaryError(f"{existing[0]}: already exists; nothing written (choose an empty directory)")
    # The theme prints site_name as HTML; docs/index.md is Markdown. JSON is YAML, and plain
    # text (one line, no control characters) keeps it one YAML line.
    values = {"mkdocs.yml": json.dumps(escape_html(title), ensure_ascii=False), "docs/index.md": escape(title)}
    site_url = json.dumps(url if url.endswith("/") else url + "/")
    templates = resources.files("glossary").joinpath("data/project")
    try:
        for name, target in zip(FILES, targets, strict=True):
            text = templates.joinpath(name).read_text(encoding="utf-8").replace("{title}", values.get(name, "")).replace("{url}", site_url)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        (directory / "reports").mkdir(exist_ok=True)
        _ignore(directory / ".gitignore", IGNORED)
    except OSError as exc:
        raise GlossaryError(f"{exc.filename}: cannot write: {exc.strerror}") from None
    return targets


def _ignore(gitignore: Path, patterns: tuple[str, ...]) -> None:
    """Add the patterns a .gitignore lacks, keeping every line already there (a project often
    starts with one of its own)."""
    text = gitignore.read_text(encoding="utf-8") if gitignore.exists() else ""
    missing = [p for p in patterns if p not in text.splitlines()]
    if missing:
        gitignore.write_text(text + ("\n" if text and not text.endswith("\n") else "") + "".join(p + "\n" for p in missing),
                             encoding="utf-8")
