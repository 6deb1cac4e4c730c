"""The `glossary` mkdocs plugin: a thin adapter that hands the pages of `render` to mkdocs.

Pages live in memory (`File.generated`); nothing is written into docs/. terms.yml is read
when the build starts, watched by `mkdocs serve`, and a broken file stops the build with the
one-line message `glossary check` gives.

Search keeps Material's search box, but term pages stay out of Material's index: every page's
theme configuration points Material at the glossary's search worker instead of its lunr worker,
and the worker searches a prebuilt index of the terms (site/search_index.py).
"""

from __future__ import annotations

import hashlib
import logging
import posixpath
import re
import urllib.parse
from importlib import resources
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from . import store
from .errors import GlossaryError
from .export import FORMATS, choose, export
from .model import Report
from .read.sources import SUFFIXES, find_reports, read_report, report_id
from .site import search_index
from .site.render import DOWNLOADS, SUMMARY_MARKER, Page, Site

_CSS_PATH = "assets/glossary.css"
_CSS = Path(__file__).parent / "data" / "glossary.css"  # fonts, the meaning box, the chart, marked reports, notes
_THEME = Path(__file__).parent / "data" / "theme"  # a Chinese 404, the no-JavaScript note, lang zh-CN
_EXTENSIONS = ("attr_list", "admonition")  # sections marked data-search-exclude; the meaning's box
_MATERIAL_INDEX = "search/search_index.json"  # what Material's search fetches on every page
_TO_ROOT = "../" * search_index.WORKER.count("/")  # from the folder of the workers to the site's root
# Material's worker, as the theme names it in each page's configuration (search.a7633da7.min.js);
# group 2 is the folder of the workers as the page names it (../../assets/javascripts/workers/).
_MATERIAL_WORKER = re.compile(r'(<script id="__config"[^>]*>[^<]*?"search":\s*")([^"]*?workers/)search\.[0-9a-f]+\.min\.js')
_JS_PATH = "assets/glossary.js"
_JS = """\
// Phones have no hover: the first tap on a marked term shows its gloss, a second tap opens its page.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest(".glossary-mark > a");
  var open = document.querySelector(".glossary-open");
  if (link && !link.parentNode.classList.contains("glossary-open") && matchMedia("(hover: none)").matches) {
    event.preventDefault();
    if (open) open.classList.remove("glossary-open");
    link.parentNode.classList.add("glossary-open");
  } else if (open && !link) {
    open.classList.remove("glossary-open");
  }
});
"""
log = logging.getLogger("mkdocs.plugins.glossary")
NAV = [{"首页": "index.md"}, {"按拼音首字母": "a-z/index.md"}, {"按类型": "kinds/index.md"},
       {"报告": "reports/index.md"}, {"地区": "places/index.md"}]


class GlossaryConfig(Config):
    terms = c.Type(str, default="terms.yml")
    """terms.yml to publish, relative to mkdocs.yml."""
    reports = c.Optional(c.Type(str))
    """A folder of the report texts, relative to mkdocs.yml: each report's page then shows its
    full text with every term marked."""


class GlossaryPlugin(BasePlugin[GlossaryConfig]):
    """Publishes terms.yml: one page per term, indexes, a page per report, search words."""

    def on_config(self, config):
        self.terms_path = Path(config.config_file_path or ".").parent / self.config.terms
        config.markdown_extensions += [name for name in _EXTENSIONS if name not in config.markdown_extensions]
        _add_templates(config.theme)
        if config.nav is None:
            config.nav = NAV  # term pages are reached through search and the indexes
            config.validation.nav.omitted_files = logging.DEBUG
        config.extra_css.append(_CSS_PATH)
        config.extra_javascript.append(_JS_PATH)
        config.extra_javascript.append(search_index.NOTE)
        return config

    def on_files(self, files: Files, config) -> Files:
        try:
            glossary = store.load(self.terms_path)
        except GlossaryError as exc:
            raise PluginError(str(exc)) from None
        self.site = Site(glossary, self._report_texts(glossary))
        pages = self.site.pages()
        if files.get_file_from_path("index.md") is None:
            pages.append(Page("index.md", self.site.home_page()))
        chosen = choose(glossary.terms, glossary.reports, title=self.terms_path.name)
        generated = [(page.path, page.markdown) for page in pages]
        generated += [(f"{DOWNLOADS}/{f.filename}", export(name, chosen)) for name, f in FORMATS.items()]
        for path, content in generated:
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"docs/{path} is generated from {self.terms_path.name}; remove or rename it")
            files.append(File.generated(config, path, content=content))
        files.append(File.generated(config, _CSS_PATH, content=_CSS.read_text(encoding="utf-8")))
        files.append(File.generated(config, _JS_PATH, content=_JS))
        self._add_search(glossary.live(), files, config)
        return files

    def _add_search(self, entries: list[dict], files: Files, config) -> None:
        """The term index and the worker that searches it. The worker is pointed at the index
        with a hash of all its files, which it asks for each file, so that no browser keeps a
        stale piece of the index from its cache."""
        urls = {file.src_uri: file.url for file in files}
        index = search_index.search_files(entries, self.site.reports, lambda term: urls[self.site.term_path(term)])
        digest = hashlib.sha256()
        for path, content in sorted(index.items()):
            digest.update(f"{path}\0{content}\0".encode())
        self.keys = f"{search_index.INDEX}?v={digest.hexdigest()[:12]}"  # from the site's root
        self.worker = f"glossary-search.js?index={urllib.parse.quote(_TO_ROOT + self.keys, safe='/')}"
        scripts = resources.files("glossary").joinpath("data/site")
        index[search_index.WORKER] = scripts.joinpath("search-worker.js").read_text(encoding="utf-8")
        index[search_index.NOTE] = scripts.joinpath("search-note.js").read_text(encoding="utf-8")
        for path, content in index.items():
            files.append(File.generated(config, path, content=content))

    def _report_texts(self, glossary) -> dict[str, Report]:
        """The reports of the `reports` folder that terms.yml knows, read as `extract` reads them."""
        if not self.config.reports:
            return {}
        folder = self.terms_path.parent / self.config.reports
        if folder.is_dir() and not any(p.suffix.lower() in SUFFIXES for p in folder.rglob("*")):
            return {}  # a new project's folder, before its first report
        texts: dict[str, Report] = {}
        try:
            for path in find_reports([folder], warn=log.warning):
                if report_id(path) not in glossary.reports:
                    log.warning(f"glossary: {path}: not in {self.terms_path.name}; run glossary extract on it to mark its terms")
                    continue
                texts[report_id(path)] = read_report(path)
        except GlossaryError as exc:
            raise PluginError(f"glossary: reports: {exc}") from None
        return texts

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        if SUMMARY_MARKER in markdown:
            return markdown.replace(SUMMARY_MARKER, self.site.summary(base="../" * page.file.src_uri.count("/")))
        return markdown

    def on_post_page(self, output: str, page, config) -> str:
        return self._use_glossary_worker(output, page.file.src_uri)

    def on_post_template(self, output_content: str, template_name: str, config) -> str:
        return self._use_glossary_worker(output_content, template_name)

    def _use_glossary_worker(self, html: str, name: str) -> str:
        """Point the page's theme configuration at the glossary's search worker, and have the page
        fetch what search needs first as it loads (a prefetch each, which the HTTP cache hands on):
        the worker's keys.txt and Material's index of the other pages. Material asks for both
        only once its scripts have run, which on a slow phone is most of the page's load."""
        if '<script id="__config"' not in html:
            return html
        found = _MATERIAL_WORKER.search(html)
        if not found:
            raise PluginError(f"{name}: Material's search worker is not where this plugin expects it; search would miss every term")
        html = html[:found.start()] + found.group(1) + found.group(2) + self.worker + html[found.end():]
        root = found.group(2) + _TO_ROOT  # the site's root, as the page sees it
        links = "".join(f'<link rel="prefetch" href="{posixpath.normpath(root + path)}" as="fetch" crossorigin>'
                        for path in (self.keys, _MATERIAL_INDEX))
        return html.replace("</head>", links + "</head>", 1)

    def on_serve(self, server, config, builder):
        server.watch(str(self.terms_path))
        if self.config.reports:
            server.watch(str(self.terms_path.parent / self.config.reports))
        return server


def _add_templates(theme) -> None:
    """Our templates before the theme's own, after a project's custom_dir (which may override them)."""
    if str(_THEME) in theme.dirs:
        return  # mkdocs serve reloads the config with the same theme object
    themes = [n for n, d in enumerate(theme.dirs) if Path(d, "main.html").is_file() and "material" in Path(d).parts]
    theme.dirs.insert(themes[0] if themes else 0, str(_THEME))
