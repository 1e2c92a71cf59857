"""storylens turns a pile of news pages into clean, structured stories.

`analyze(page)` cleans one page into an Article; `Library(db=...)` ingests many pages into
stories and answers questions about them.
"""

from __future__ import annotations

__version__ = "0.1.0"

from storylens.analyze import analyze, analyze_path
from storylens.library import Library

__all__ = ["Library", "__version__", "analyze", "analyze_path"]
