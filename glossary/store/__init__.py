"""terms.yml: its contract (check, schema), the machine's fields (terms), the only writer
(persist), merging an extraction (merge), what changed (diff), and the whole jobs (update)."""

from .diff import Change, diff
from .merge import Summary, merge
from .persist import Glossary, build, dumps, load, loads, locked, refuse_lost_comments, save
from .update import check_file, update

__all__ = ["Change", "Glossary", "Summary", "build", "check_file", "diff", "dumps", "load", "loads", "locked",
           "merge", "refuse_lost_comments", "save", "update"]
