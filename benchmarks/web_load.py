"""Load test of the web app: requests per second and latency (p50, p95) for the story page,
the story API, search and the home page, against `storylens serve` on 127.0.0.1 with a
library of 100,000 stored articles.

The library is built by writing through the store (no cleaning or parsing): the bundled
sample pages are ingested once, and their analysed articles (entities, quotes, events
included) are stamped out with a serial number in the title and outlet into stories of 1 to
60 articles. The server runs in its own process; clients are threads, each with its own
connection. Story pages are asked for "cold" (each story once, so its analysis is computed)
and "warm" (a few stories again and again, served from the cache).
Run: python benchmarks/web_load.py [--articles 100000] [--clients 4] [--requests 200]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import httpx
import numpy as np

from storylens import Library
from storylens.records import content_hash
from storylens.settings import Settings
from storylens.store.base import BatchWrite, NewFeatures
from storylens.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "news"


def build_library(path: Path, articles: int, seed: int = 7) -> int:
    """Write `articles` stamped copies of the analysed sample articles; returns the story count."""
    with Library(db=path.parent / "templates.db", settings=Settings(workers=1)) as library:
        library.ingest([SAMPLES])
        templates = [a for story in library.all_stories() for a in story.articles]
    rng = random.Random(seed)
    store = SQLiteStore(path)
    written = stories = 0
    started = time.perf_counter()
    while written < articles:
        size = min(articles - written, rng.choice((1, 1, 2, 3, 5, 8, 13, 21, 34, 60)))
        story_id = f"st-bench{stories:07d}"
        base = rng.randrange(len(templates))
        batch = BatchWrite(touched_stories={story_id})
        for member in range(size):
            serial = written + member
            template = templates[(base + member) % len(templates)]
            outlet = f"{template.outlet or 'Outlet'} {serial % 400}"
            title = f"{template.title or 'Report'} (no. {serial})"
            article = replace(
                template,
                id=f"bench-{serial}",
                content_hash=content_hash(template.paragraphs, title, outlet),
                source=f"bench/{serial}.html",
                title=title,
                outlet=outlet,
                published=f"2025-{1 + serial % 12:02d}-{1 + serial % 28:02d}",
            )
            batch.articles.append(article)
            batch.features[article.id] = NewFeatures(
                minhash=np.zeros(128, dtype=np.uint64),
                terms={"terms": {}},
                embedding=np.zeros(512, dtype=np.float32),
                short=False,
            )
            batch.story_members[article.id] = (story_id, 1.0)
        store.write_batch(batch)
        written += size
        stories += 1
        if stories % 500 == 0:
            rate = written / (time.perf_counter() - started)
            print(f"  {written:,} articles written ({rate:,.0f}/s)", file=sys.stderr)
    store.close()
    return stories


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def measure(base: str, paths: list[str], clients: int) -> tuple[float, float, float, int]:
    """Requests/s, p50 and p95 latency in ms, and failures, for these paths shared by clients."""
    latencies: list[float] = []
    failures = 0

    def run(share: list[str]) -> tuple[list[float], int]:
        times, failed = [], 0
        with httpx.Client(base_url=base, timeout=60) as client:
            for path in share:
                start = time.perf_counter()
                answer = client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                failed += answer.status_code != 200
        return times, failed

    shares = [paths[i::clients] for i in range(clients)]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for times, failed in pool.map(run, shares):
            latencies.extend(times)
            failures += failed
    elapsed = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    return len(paths) / elapsed, statistics.median(latencies), p95, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=200, help="requests per measured page kind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "library.db"
        started = time.perf_counter()
        stories = build_library(db, args.articles)
        print(f"library: {args.articles:,} articles in {stories:,} stories, built in "
              f"{time.perf_counter() - started:.0f} s, {db.stat().st_size / 1e6:.0f} MB")  # fmt: skip
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "storylens.cli", "serve", "--db", str(db), "--port", str(port)],
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    httpx.get(base + "/api/stories?limit=1", timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            rng = random.Random(11)
            ids = [s["id"] for s in httpx.get(base + "/api/stories?limit=200&offset=0").json()["stories"]]
            ids += [f"st-bench{rng.randrange(stories):07d}" for _ in range(args.requests)]
            cold = ids[: args.requests]
            words = "earthquake strike harbour minister satellite Esterra trial beaches".split()
            kinds = {
                "story page, cold (each story once)": [f"/stories/{i}" for i in cold],
                "story page, warm (8 stories)": [f"/stories/{ids[i % 8]}" for i in range(args.requests)],
                "story API, warm": [f"/api/stories/{ids[i % 8]}" for i in range(args.requests)],
                "search page": [f"/search?q={rng.choice(words)}" for _ in range(args.requests)],
                "search API, one serial": [
                    f"/api/search?q=no.+{rng.randrange(args.articles)}" for _ in range(args.requests)
                ],
                "home page": ["/"] * max(20, args.requests // 4),
            }
            print(f"{'page':40} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'failed':>7}")
            for name, paths in kinds.items():
                rate, p50, p95, failed = measure(base, paths, args.clients)
                print(f"{name:40} {rate:8.1f} {p50:8.1f} {p95:8.1f} {failed:7d}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
