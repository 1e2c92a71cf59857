"""Where the command line writes: results to standard output, messages, errors and progress
bars to standard error."""

from __future__ import annotations

import unicodedata

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

console = Console()
errors = Console(stderr=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print an error (as plain text: it may quote a path or a page) and return the exit to
    raise (`raise fail(...)`)."""
    errors.print(f"[bold red]error:[/] {shown(message)}", highlight=False)
    return typer.Exit(code)


def progress_bar(label: str, hidden: bool = False) -> Progress:
    """A progress bar on stderr, drawn only on a terminal."""
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=hidden or not errors.is_terminal,
    )


def shown(text: str) -> str:
    """Untrusted text (a file name, a reason quoting a page) safe to print: control and format
    characters written as escapes, so a name cannot move the cursor or fake a report line,
    and rich's markup brackets escaped."""
    safe = "".join(
        ch if unicodedata.category(ch) not in ("Cc", "Cf") else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )
    return escape(safe)
