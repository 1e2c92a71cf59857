"""Cleaning speed and peak memory: storylens HTML mode, storylens text mode, and trafilatura
alone, on the same real pages, in one run (one process each, one core each).

Pages come from ../shared/data/extraction/trafilatura-eval (read in place). Text-mode input is
each page's visible text rendered by inscriptis beforehand; rendering is not timed.
Run: python benchmarks/extraction_throughput.py [--pages 300]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "data" / "extraction" / "trafilatura-eval" / "pages"


def load(count: int) -> list[str]:
    from storylens.ingest.decode import decode_bytes

    return [decode_bytes(gzip.decompress(p.read_bytes())) for p in sorted(PAGES.glob("*.html.gz"))[:count]]


def measure(system: str, count: int) -> dict[str, float | str]:
    """Run one system over the pages in this (fresh) process."""
    from storylens.analyze import analyze
    from storylens.errors import BadInput
    from storylens.evaluation.extraction import run_trafilatura
    from storylens.evaluation.pages import render_text

    pages = load(count)
    inputs = [render_text(page) for page in pages] if system == "storylens text mode" else pages
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    for content in inputs:
        if system == "trafilatura alone":
            run_trafilatura(content, None)
            continue
        with contextlib.suppress(BadInput):
            analyze(content, mode="text" if system == "storylens text mode" else "html")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "system": system,
        "pages": len(inputs),
        "seconds": round(seconds, 2),
        "pages_per_s": round(len(inputs) / seconds, 1),
        "peak_mib": round(peak / 1024, 1),
        "grew_mib": round((peak - before) / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="How many pages to clean.")
    args = parser.parse_args()
    if not PAGES.is_dir():
        sys.exit(f"no pages at {PAGES}")
    systems = ("trafilatura alone", "storylens HTML mode", "storylens text mode")
    context = multiprocessing.get_context("spawn")  # a fresh process each: peak memory is its own
    print(f"{'system':24s} {'pages':>6s} {'seconds':>8s} {'pages/s':>8s} {'peak MiB':>9s} {'grew MiB':>9s}")
    for system in systems:
        with context.Pool(1) as pool:
            row = pool.apply(measure, (system, args.pages))
        print(
            f"{row['system']:24s} {row['pages']:>6} {row['seconds']:>8} {row['pages_per_s']:>8} "
            f"{row['peak_mib']:>9} {row['grew_mib']:>9}"
        )


if __name__ == "__main__":
    main()
