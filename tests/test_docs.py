"""The README documents every command and every setting (a new one without docs fails here)."""

from __future__ import annotations

from dataclasses import fields

from storylens.cli import app
from storylens.settings import Settings

from .conftest import ROOT


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [command.name or command.callback.__name__ for command in app.registered_commands]  # type: ignore[union-attr]
    assert sorted(names) == ["analyze", "export", "ingest", "search", "serve", "show", "stories"]
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
