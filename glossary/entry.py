"""The `glossary` program: a plain `glossary lookup` is answered without loading click.

A lookup that the index beside terms.yml answers costs a few milliseconds, but importing click
and the command definitions costs about 30 ms, most of a cold lookup beyond Python's own
start-up (benchmarks/lookup.py). So the plain forms of a lookup, `glossary lookup QUERY
[-f FILE] [--json] [-n N]`, options spelled out as `glossary lookup -h` lists them, are read
here and answered by the code the click command runs (`lookup.command.run`), with click's
"Error: …" and exit status 1 for a terms.yml that cannot be read. Everything else goes to
click untouched: other commands, -h, and any arguments this reading is not sure to read as
click would (a missing or second query, an unknown option, -n 0, -fFILE, --file=FILE, --, a
value that starts with -, a folder as FILE, shell completion); click then prints its help,
usage errors and exit statuses as ever.
"""

from __future__ import annotations

import os
import sys

_DEFAULTS = ("terms.yml", False, 5)  # as cli.lookup declares them: -f terms.yml, no --json, -n 5


def main() -> None:
    """The console script and `python -m glossary`."""
    plain = plain_lookup(sys.argv[1:])
    if plain is None or "_GLOSSARY_COMPLETE" in os.environ:  # click's shell completion asks
        from .cli import main as click_main

        click_main(prog_name="glossary")
        return
    sys.exit(_lookup(*plain))


def plain_lookup(args: list[str]) -> tuple[str, str, bool, int] | None:
    """(query, file, as_json, limit) of a lookup that click would read the same way, else None.

    >>> plain_lookup(["lookup", "四乱", "-f", "t.yml", "--json"]), plain_lookup(["lookup", "--limit", "2", "shsz"])
    (('四乱', 't.yml', True, 5), ('shsz', 'terms.yml', False, 2))
    >>> [plain_lookup(a) for a in (["lookup", "-h"], ["lookup", "四乱", "-n", "0"], ["lookup"], ["check", "四乱"])]
    [None, None, None, None]
    """
    if args[:1] != ["lookup"]:
        return None
    query = None
    path, as_json, limit = _DEFAULTS
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--json":
            as_json = True
        elif arg in ("-f", "--file", "-n", "--limit"):
            value = next(rest, "-")
            if value.startswith("-"):
                return None
            if arg in ("-f", "--file"):
                path = value
            elif value.isascii() and value.isdigit() and int(value) > 0:
                limit = int(value)
            else:
                return None
        elif arg.startswith("-") or query is not None:
            return None
        else:
            query = arg
    if query is None or not path or os.path.isdir(path):
        return None
    return query, path, as_json, limit


def _lookup(query: str, path: str, as_json: bool, limit: int) -> int:
    """Run the lookup; report what stops it as click's standalone mode reports it."""
    from pathlib import Path

    from .errors import GlossaryError
    from .lookup.command import run

    try:
        return run(Path(path), query, as_json, limit)
    except GlossaryError as exc:
        print(f"Error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nAborted!", file=sys.stderr)
    except BrokenPipeError:  # a reader such as `head` stopped reading: exit quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1
