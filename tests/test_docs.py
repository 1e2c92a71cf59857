"""The README documents every command and every setting (a new one without docs fails here)."""

from __future__ import annotations

import re
import shlex
from dataclasses import fields

import pytest
import typer

from storylens.cli import app
from storylens.settings import Settings

from .conftest import ROOT


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [command.name or command.callback.__name__ for command in app.registered_commands]  # type: ignore[union-attr]
    assert sorted(names) == ["analyze", "export", "ingest", "search", "serve", "show", "stories", "timeline"]
    missing = [name for name in names if f"`storylens {name}" not in readme]
    assert missing == []
    groups = {group.name: group.typer_instance for group in app.registered_groups}
    assert sorted(groups) == ["eval"]
    sub = [f"eval {c.name}" for c in groups["eval"].registered_commands]  # type: ignore[union-attr]
    assert sub == [
        "eval extraction",
        "eval clustering",
        "eval quotes",
        "eval summary",
        "eval timelines",
        "eval storylines",
        "eval comparison",
        "eval events",
    ]
    assert [name for name in sub if f"`storylens {name}" not in readme] == []


def test_every_setting_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [item.name for item in fields(Settings) if f"| `{item.name}` |" not in readme]
    assert missing == []


def test_settings_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {"STORYLENS_WORKERS": "3", "STORYLENS_ALLOW_PRIVATE": "yes", "STORYLENS_STORY_THRESHOLD": "0.3"}
    )
    assert (settings.workers, settings.allow_private, settings.story_threshold) == (3, True, 0.3)


DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_INLINE = re.compile(r"`((?:\.venv/bin/)?(?:storylens|python) [^`]+)`")
#: Words that stand for what the reader fills in ("STORY", "PATH|URL ...").
_PLACEHOLDER = re.compile(r"\b[A-Z]{3,}\b|\.\.\.|…|\\?\|")


def shown_commands() -> list[tuple[str, str]]:
    """(document, command) for every storylens or Python command a document shows."""
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        lines = [line for block in _FENCE.findall(text) for line in block.splitlines()]
        lines += _INLINE.findall(text)
        for line in lines:
            for piece in line.removeprefix("$ ").split("&&"):
                command = piece.strip().removeprefix(".venv/bin/")
                if command.startswith(("storylens ", "python ")) and not _PLACEHOLDER.search(command):
                    found.append((doc.name, command))
    return found


def test_the_docs_show_commands() -> None:
    commands = {command.split()[0] for _, command in shown_commands()}
    assert commands == {"storylens", "python"}
    assert ("README.md", "storylens ingest samples/news --db sample.db") in shown_commands()


@pytest.mark.parametrize(("doc", "command"), shown_commands())
def test_every_command_in_the_docs_still_parses(doc: str, command: str) -> None:
    """Each storylens command a document shows names a real command with real options and
    arguments; each script it runs exists and takes the options shown."""
    words = shlex.split(command)
    if words[0] == "python":
        script = next(w for w in words[1:] if w.endswith(".py"))
        source = (ROOT / script).read_text(encoding="utf-8")
        assert [w for w in words if w.startswith("--") and f'"{w}"' not in source] == []
        return
    group = typer.main.get_command(app)  # typer's own click: a group is what has commands
    args = words[1:]
    context = None
    while args and args[0] in getattr(group, "commands", {}):
        context = group.make_context(
            group.name or "storylens", [args[0]], parent=context, resilient_parsing=True
        )
        group, args = group.commands[args[0]], args[1:]
    if hasattr(group, "commands") and not args:
        return  # a group named on its own ("the `storylens eval` commands")
    group.make_context(group.name or "command", args, parent=context, resilient_parsing=False)
