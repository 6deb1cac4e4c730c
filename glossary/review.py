"""`glossary review`: walk the entries still `auto`, most doubtful first, one key per decision.

Every decision is written to terms.yml at once (atomically), so quitting, Ctrl-C or a crash
loses nothing that was decided. terms.yml stays locked against `glossary extract` meanwhile.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from . import store
from .confidence import confidence, reasons
from .model import KINDS
from .store import Glossary

KEYS = "[a]ccept  [r]eject  edit [d]efinition / [k]ind / [p]inyin  [s]kip  [q]uit"
_CONTEXTS = 3


def queue(glossary: Glossary) -> list[dict]:
    """Entries awaiting review, the most doubtful first (ties in headword order)."""
    pending = [e for e in glossary.terms if e.get("status", "auto") == "auto"]
    return sorted(pending, key=lambda e: (confidence(e), e["term"]))


def describe(entry: dict, reports: dict) -> str:
    """What an editor needs to decide: the entry, the evidence and where it occurs."""
    evidence = ", ".join(f"{name} {weight:+.1f}" for name, weight in reasons(entry).items()) or "none"
    lines = [
        click.style(entry["term"], bold=True) + f"  {entry.get('pinyin', '')}  [{entry.get('kind', 'other')}]",
        f"  confidence {confidence(entry):.2f} ({evidence})",
        f"  definition: {entry.get('definition') or '(none)'}",
    ]
    for source in (entry.get("sources") or [])[:_CONTEXTS]:
        title = (reports.get(source["report"]) or {}).get("title") or source["report"]
        lines.append(f"  {title} ×{source.get('count', 0)}: {source.get('context', '')}")
    return "\n".join(lines)


def run(path: Path, on_save=lambda: None) -> None:
    """The interactive session. `on_save` hears of each save as it happens, so an interrupted
    session can still say how many decisions were kept."""
    with store.locked(path):
        glossary = store.load(path)
        store.refuse_lost_comments(glossary, path)  # before the first decision, not after it
        pending = queue(glossary)

        def save() -> None:
            store.save(glossary, path)
            on_save()

        for number, entry in enumerate(pending, 1):
            click.echo(f"\n({number}/{len(pending)}) " + describe(entry, glossary.reports))
            if not _decide(entry, save):
                break


def _decide(entry: dict, save) -> bool:
    """Ask for keys until the entry is decided or skipped (True) or the editor quits (False).
    An edit is saved at once and the entry stays, so it can be accepted next."""
    while True:
        click.echo(KEYS + " ? ", nl=False)
        choice = click.getchar().lower()
        if choice == "\x03":  # Ctrl-C arrives as a character in raw mode
            raise KeyboardInterrupt
        click.echo(choice)
        if choice in ("a", "r"):
            entry["status"] = "reviewed" if choice == "a" else "rejected"
            save()
            return True
        if choice and choice in "dkp":
            field = {"d": "definition", "k": "kind", "p": "pinyin"}[choice]
            value = _edit(field, entry.get(field) or "")
            if value and value != entry.get(field):
                entry[field] = value
                save()
                click.echo(f"  {field}: {value} (saved)")
        elif choice == "s":
            return True
        elif choice in ("q", "\x04", ""):  # q, Ctrl-D, or the end of piped input
            return False


def _edit(field: str, current: str) -> str | None:
    """A new value from $EDITOR when one is set, else from a prompt; None leaves it as it was."""
    if field == "kind":
        return click.prompt("kind", default=current or "other", type=click.Choice(KINDS))
    if os.environ.get("VISUAL") or os.environ.get("EDITOR"):
        edited = click.edit(current + "\n")
        return edited.strip() if edited is not None else None
    return click.prompt(field, default=current, show_default=bool(current)).strip()
