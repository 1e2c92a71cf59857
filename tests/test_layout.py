"""The package's layout holds: which parts may import which, no import circle in the web
app, and calendar words only where languages live (lang/) — read from the source itself."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel import Locale

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "storylens"

#: (importing part, imported part) pairs the layout forbids.
FORBIDDEN = (
    ("clean", "enrich"),
    ("enrich", "clean"),
    ("store", "stories"),
    ("store", "export"),
    ("store", "web"),
    ("text", "clean"),
    ("text", "enrich"),
    ("text", "stories"),
    ("lang", "clean"),
    ("lang", "enrich"),
    ("lang", "stories"),
    ("lang", "text"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every storylens module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("storylens")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("storylens"):
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def part_of(module: str) -> str:
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else ""


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: {m for m in imports_of(path) if m in MODULES} for name, path in MODULES.items()}


def test_the_walk_sees_the_package() -> None:
    # the checks below mean something only if they read real modules and real imports
    assert {"storylens.clean.text", "storylens.store.sqlite", "storylens.web.app"} <= set(MODULES)
    assert "storylens.stories.analysis" in GRAPH["storylens.library"]


@pytest.mark.parametrize(("importer", "imported"), FORBIDDEN)
def test_no_forbidden_import(importer: str, imported: str) -> None:
    crossing = sorted(
        f"{name} imports {target}"
        for name, targets in GRAPH.items()
        if part_of(name) == importer
        for target in targets
        if part_of(target) == imported
    )
    assert crossing == []


def test_no_import_circle_in_the_web_app() -> None:
    web = {
        name: {t for t in targets if part_of(t) == "web"}
        for name, targets in GRAPH.items()
        if part_of(name) == "web"
    }
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, " -> ".join((*path, name))
        if name in done:
            return
        for target in web.get(name, ()):
            visit(target, (*path, name))
        done.add(name)

    for name in web:
        visit(name, ())


#: Languages whose month names a hand-typed list would most likely spell out.
CALENDAR_LANGUAGES = (
    "en",
    "en_GB",
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "pl",
    "cs",
    "ro",
    "id",
    "tr",
)
_WORDS = re.compile(r"[^\W\d_]+")


def month_sets() -> list[tuple[str, dict[str, int]]]:
    found = []
    for code in CALENDAR_LANGUAGES:
        locale = Locale.parse(code)
        names: dict[str, int] = {}
        for width in ("wide", "abbreviated"):
            for number, name in locale.months["format"][width].items():
                names[name.casefold().rstrip(".")] = number
        found.append((code, names))
    return found


def calendar_lists(source: str) -> list[str]:
    """The string constants (docstrings aside) that name three or more months of one language."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    listed = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words = {w.casefold() for w in _WORDS.findall(node.value)}
            for code, names in month_sets():
                months = {names[w] for w in words if w in names}
                if len(months) >= 3:
                    listed.append(f"{code}: {node.value[:60]!r}")
                    break
    return listed


def test_the_calendar_check_finds_a_month_list() -> None:
    assert calendar_lists('X = "janvier février mars"\n') == ["fr: 'janvier février mars'"]
    assert calendar_lists('P = r"(?:jan|feb|mar)"\n') != []
    assert calendar_lists('def f():\n    """January, March and May."""\n') == []
    assert calendar_lists('S = "May we march in August?"\n') != []  # three months of English


def test_no_month_names_outside_lang() -> None:
    listed = {
        name: found
        for name, path in MODULES.items()
        if part_of(name) != "lang"
        for found in [calendar_lists(path.read_text(encoding="utf-8"))]
        if found
    }
    assert listed == {}
