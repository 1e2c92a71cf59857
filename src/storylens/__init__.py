"""storylens turns a pile of news pages into clean, structured stories.

`analyze(page)` cleans one page into an Article; `Library(db=...)` ingests many pages into
stories and answers questions about them.
"""

from __future__ import annotations

import os

__version__ = "0.1.0"

# One BLAS and OpenMP thread unless the user asks for more, set before numpy and the models
# load (they read it once). The work here is many small matrix products: a second thread
# busy-waits between them and takes the core from the other worker process. Measured on two
# cores, English ingest with who-said-what: 10.5 -> 11.6 pages/s with two workers, 5.0 -> 5.5
# with one (benchmarks/ingest_throughput.py).
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from storylens.analyze import analyze, analyze_path  # noqa: E402 — after the thread settings
from storylens.library import Library  # noqa: E402

__all__ = ["Library", "__version__", "analyze", "analyze_path"]
