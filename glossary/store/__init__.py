"""terms.yml: its contract (check, schema), the machine's fields (terms), and the only writer (persist)."""

from .persist import Change, Glossary, Summary, build, diff, dumps, load, loads, locked, merge, refuse_lost_comments, save

__all__ = ["Change", "Glossary", "Summary", "build", "diff", "dumps", "load", "loads", "locked", "merge",
           "refuse_lost_comments", "save"]
