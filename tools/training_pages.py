"""The trafilatura-eval pages the text-mode models are fitted on (shared by the trainers here)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from storylens.evaluation.pages import find_data


def data_folder(description: str) -> Path:
    """The extraction data folder the command line's --data names, else ../shared/data/extraction."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=None)
    folder = find_data(parser.parse_args().data)
    if folder is None:
        raise SystemExit("no extraction data found (../shared/data/extraction)")
    return folder


def labelled_pages(description: str) -> list[tuple[Path, str, dict[str, Any]]]:
    """(page file, address, labels) of each shipped trafilatura-eval page, from the folder the
    command line's --data names, else ../shared/data/extraction."""
    base = data_folder(description) / "trafilatura-eval"
    labels = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    return [
        (path, url, item)
        for url, item in labels.items()
        if (path := base / "pages" / f"{item['file']}.gz").exists()
    ]
