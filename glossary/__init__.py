"""glossary: a curated dictionary of the policy slogans and numbered abbreviations of work reports.

The public API is small: read reports, extract their terms, merge them into a terms.yml.
Imported on first use, so that `glossary lookup` starts without loading the extractor.
"""

import importlib

_API = {"GlossaryError": ".errors", "extract_reports": ".extract", "read_report": ".read.sources",
        "Glossary": ".store", "load": ".store", "merge": ".store", "save": ".store"}

__all__ = ["Glossary", "GlossaryError", "extract_reports", "load", "merge", "read_report", "save"]


def __getattr__(name: str):
    if name in _API:
        return getattr(importlib.import_module(_API[name], __name__), name)
    raise AttributeError(f"module 'glossary' has no attribute {name!r}")
