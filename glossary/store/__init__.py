"""terms.yml: its contract (check, schema), the machine's fields (terms), the only writer
(persist), merging an extraction (merge), what changed (diff), and the whole jobs (update)."""

from .diff import Change, diff
from .merge import Summary, merge
from .persist import ChangedOnDisk, Glossary, build, dumps, is_current, load, loads, locked, refuse_lost_comments, save, save_change
from .update import check_file, update

__all__ = ["Change", "ChangedOnDisk", "Glossary", "Summary", "build", "check_file", "diff", "dumps", "is_current",
           "load", "loads", "locked", "merge", "refuse_lost_comments", "save", "save_change", "update"]
