"""`glossary review`: walk the entries still `auto`, most doubtful first, one key per decision.

Every decision is written to terms.yml at once (atomically), so quitting, Ctrl-C or a crash
loses nothing that was decided. terms.yml stays locked against `glossary extract` meanwhile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import store, terminal
from .confidence import confidence, reasons
from .model import KINDS
from .store import Glossary
from .terminal import shown

KEYS = "[a]ccept  [r]eject  edit [d]efinition / [k]ind / [p]inyin  [s]kip  [q]uit"
_CONTEXTS = 3


def queue(glossary: Glossary) -> list[dict]:
    """Entries awaiting review, the most doubtful first (ties in headword order)."""
    pending = [e for e in glossary.terms if e.get("status", "auto") == "auto"]
    return sorted(pending, key=lambda e: (confidence(e), e["term"]))


def describe(entry: dict, reports: dict) -> str:
    """What an editor needs to decide: the entry as lookup prints it, headed in bold, with the
    evidence for and against it and the first few reports that use it."""
    evidence = ", ".join(f"{name} {weight:+.1f}" for name, weight in reasons(entry).items()) or "none"
    head, *rest = terminal.describe(entry, reports, _CONTEXTS)
    return click.style(shown(head), bold=True) + "\n" + shown("\n".join([f"  confidence {confidence(entry):.2f} ({evidence})", *rest]))


def run(path: Path, on_save=lambda: None) -> None:
    """The interactive session. `on_save` hears of each save as it happens, so an interrupted
    session can still say how many decisions were kept.

    Editors may save terms.yml in a text editor meanwhile: each decision is applied to the file
    as it is then, and an entry someone else decided or removed is not asked about.
    """
    with store.locked(path):
        state = {"glossary": store.load(path)}
        store.refuse_lost_comments(state["glossary"], path)  # before the first decision, not after it
        pending = [entry["term"] for entry in queue(state["glossary"])]

        def now() -> Glossary:
            if not store.is_current(state["glossary"], path):
                state["glossary"] = store.load(path)
            return state["glossary"]

        def save(term: str, field: str, value: str) -> bool:
            def apply(glossary: Glossary) -> bool:
                entry = _entry(glossary, term)
                if entry is not None:
                    entry[field] = value
                return entry is not None

            state["glossary"], found = store.save_change(path, apply, now())
            if found:
                on_save()
            else:
                click.echo(f"  '{term}' is no longer in {path}: not saved")
            return found

        for number, term in enumerate(pending, 1):
            entry = _entry(now(), term)
            if entry is None or entry.get("status", "auto") != "auto":
                continue  # decided or removed in the file meanwhile
            click.echo(f"\n({number}/{len(pending)}) " + describe(entry, state["glossary"].reports))
            if not _decide(entry, lambda field, value, term=term: save(term, field, value)):
                break


def _entry(glossary: Glossary, term: str) -> dict | None:
    return next((e for e in glossary.terms if e.get("term") == term), None)


def _decide(entry: dict, save) -> bool:
    """Ask for keys until the entry is decided or skipped (True) or the editor quits (False).
    An edit is saved at once and the entry stays, so it can be accepted next."""
    while True:
        click.echo(KEYS + " ? ", nl=False)
        choice = _key().lower()
        if choice == "\x03":  # Ctrl-C arrives as a character in raw mode
            raise KeyboardInterrupt
        click.echo(choice)
        if choice in ("a", "r"):
            save("status", "reviewed" if choice == "a" else "rejected")
            return True
        if choice and choice in "dkp":
            field = {"d": "definition", "k": "kind", "p": "pinyin"}[choice]
            value = _edit(field, entry.get(field) or "")
            if value and value != entry.get(field):
                if not save(field, value):
                    return True
                entry[field] = value
                click.echo(f"  {field}: {value} (saved)")
        elif choice == "s":
            return True
        elif choice in ("q", "\x04", ""):  # q, Ctrl-D, or the end of piped input
            return False


def _key() -> str:
    """One key press; from a pipe (a script, an editor's macro), the next character."""
    return click.getchar() if sys.stdin.isatty() else sys.stdin.read(1)


def _edit(field: str, current: str) -> str | None:
    """A new value from $EDITOR when one is set, else from a prompt; None leaves it as it was."""
    if field == "kind":
        return click.prompt("kind", default=current or "other", type=click.Choice(KINDS))
    if os.environ.get("VISUAL") or os.environ.get("EDITOR"):
        edited = click.edit(current + "\n")
        return edited.strip() if edited is not None else None
    return click.prompt(field, default=current, show_default=bool(current)).strip()
