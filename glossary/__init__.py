"""glossary: a curated dictionary of the policy slogans and numbered abbreviations of work reports.

The public API is small: read reports, extract their terms, merge them into a terms.yml.
"""

from .errors import GlossaryError
from .extract import extract_reports
from .read.sources import read_report
from .store import Glossary, load, merge, save

__all__ = ["GlossaryError", "Glossary", "extract_reports", "load", "merge", "read_report", "save"]
