"""Ingest throughput and peak memory of the whole pipeline, and how they grow with corpus size.

Pages are real news pages from ../shared/data/extraction/trafilatura-eval when that folder is
there (read in place, written only to a temporary folder), else the bundled sample pages.
Larger sizes reuse pages with a serial number woven into every paragraph, so each page is
distinct and the cleaners, copy detection and clustering all do real work.
`--lang en` keeps only the pages whose <html lang> starts with that code (the real pages are
mostly German, which gets no parse; English pages get entities and quotes).
`--no-who-said-what` measures the pipeline without entities and quotes.
Run: python benchmarks/ingest_throughput.py [--sizes 250 1000] [--workers 0] [--lang en]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from storylens import Library
from storylens.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "news"
REAL_PAGES = ROOT.parent / "shared" / "data" / "extraction" / "trafilatura-eval" / "pages"


def source_pages() -> list[tuple[str, str]]:
    """(suffix, content) of every page to draw from."""
    if REAL_PAGES.is_dir():
        return [
            (".html", gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
            for p in sorted(REAL_PAGES.glob("*.html.gz"))
        ]
    return [
        (p.suffix, p.read_text(encoding="utf-8"))
        for p in sorted(SAMPLES.rglob("*"))
        if p.suffix in (".html", ".txt")
    ]


_HTML_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", re.IGNORECASE)


def page_language(text: str) -> str:
    """The language a page declares on its <html> element, lower case ("" if none)."""
    found = _HTML_LANG.search(text[:5000])
    return found.group(1).lower() if found else ""


def build_corpus(folder: Path, size: int, pages: list[tuple[str, str]]) -> None:
    """`size` distinct pages; a reused page gets a serial number in its paragraphs."""
    for n in range(size):
        suffix, text = pages[n % len(pages)]
        if n >= len(pages):
            tag = f" (Ref {n})"
            if suffix == ".html":
                text = text.replace(".</p>", f"{tag}.</p>")
            else:
                text = "\n".join(line + tag if line.endswith(".") else line for line in text.splitlines())
        (folder / f"{n:06d}{suffix}").write_text(text, encoding="utf-8")


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run(
    size: int, workers: int, pages: list[tuple[str, str]], who_said_what: bool = True
) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build_corpus(corpus, size, pages)
        library = Library(
            db=Path(tmp) / "lib.db", settings=Settings(workers=workers, who_said_what=who_said_what)
        )
        start = time.perf_counter()
        report = library.ingest([corpus])
        seconds = time.perf_counter() - start
        stories = len(library.stories(limit=1_000_000))
        library.close()
    return {
        "pages": size,
        "stored": report.articles_stored,
        "skipped": len(report.skipped),
        "seconds": round(seconds, 2),
        "pages_per_s": round(size / seconds, 1),
        "stories": stories,
        "peak_mib": round(peak_mib(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000])
    parser.add_argument("--workers", type=int, default=0, help="0 = one per core")
    parser.add_argument("--json", action="store_true", help="print JSON lines")
    parser.add_argument("--lang", help="only pages whose <html lang> starts with this code")
    parser.add_argument("--no-who-said-what", action="store_true", help="ingest without entities and quotes")
    args = parser.parse_args()
    pages = source_pages()
    if args.lang:
        pages = [(suffix, text) for suffix, text in pages if page_language(text).startswith(args.lang)]
    print(f"source: {REAL_PAGES if REAL_PAGES.is_dir() else SAMPLES} ({len(pages)} pages)")
    print(
        f"{'pages':>7} {'stored':>7} {'skipped':>8} {'seconds':>8} {'pages/s':>8}"
        f" {'stories':>8} {'peak MiB':>9}"
    )
    for size in args.sizes:
        row = run(size, args.workers, pages, who_said_what=not args.no_who_said_what)
        if args.json:
            print(json.dumps(row))
        else:
            print(
                f"{row['pages']:>7} {row['stored']:>7} {row['skipped']:>8} {row['seconds']:>8}"
                f" {row['pages_per_s']:>8} {row['stories']:>8} {row['peak_mib']:>9}"
            )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
