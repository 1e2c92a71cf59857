"""Copy detection + story clustering throughput and peak memory at growing library sizes.

Articles are real labelled articles from ../shared/data/clustering (ECB+, MMDS2025 dev and the
UCI headlines: about 7,500), drawn in shuffled passes over the pool. In each pass every
labelled story gets a random day (a pass spans one day per ARTICLES_PER_DAY articles) and its
articles fall within STORY_DAYS of it, so stories start and end as they do in a feed. Passes
lie further apart than a story lives: an article drawn again in a later pass is the same text
from another outlet weeks later, by when its first telling has left the window; it is grouped
with, and checked for copies among, the stories of its own time.

Each size runs in a fresh process (its own peak memory), through the real corpus stages
(MinHash copies, embeddings, ANN candidates, story assignment) and a SQLite library file, one
64-article batch at a time. `peak MiB` is the process's peak; `stages` is how much of it came
after the corpus was built in memory and the model loaded. The cost curve is milliseconds per
article for each tenth of the run: flat means an article costs the same however large the
library has grown.

Run: python benchmarks/stories_throughput.py [--sizes 1000 10000 100000] [--plot out.png]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES_PER_DAY = 1000
STORY_DAYS = 3  # a story's articles fall within this many days
BATCH = 64


def build_articles(size: int, seed: int = 7) -> list[object]:
    from dataclasses import replace

    from storylens.evaluation.clustering import as_article
    from storylens.evaluation.clustering_data import find_clustering_data, load_sets
    from storylens.records import content_hash
    from storylens.settings import Settings

    folder = find_clustering_data()
    if folder is None:
        sys.exit("no ../shared/data/clustering on this machine")
    pool = [case for cases in load_sets(folder).values() for case in cases]
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    days = max(1, min(size, len(pool)) // ARTICLES_PER_DAY)  # the days one pass spans
    gap = Settings().story_window_days + STORY_DAYS  # passes lie further apart than a story lives
    articles = []
    for n in range(size):
        rerun, index = divmod(n, len(pool))
        if index == 0:  # each pass over the pool retells every story at a new time
            order = rng.sample(pool, len(pool))
            story_day = {c.story: rerun * (days + gap) + rng.randrange(days) for c in pool}
        case = order[index]
        base = as_article(case)
        outlet = f"{base.outlet or 'outlet'} #{rerun}"
        published = start + timedelta(days=story_day[case.story] + rng.randrange(STORY_DAYS))
        articles.append(
            replace(
                base,
                id=f"{case.id}~{n}",
                source=f"{case.id}~{n}",
                outlet=outlet,
                content_hash=content_hash(base.paragraphs, base.title, outlet),
                published=published.isoformat(),
            )
        )
    articles.sort(key=lambda a: (a.published, a.id))  # type: ignore[attr-defined]
    return articles


def run_one(size: int) -> dict[str, object]:
    """Ingest `size` articles into a fresh library; called in its own process."""
    from storylens.settings import Settings
    from storylens.store.sqlite import SQLiteStore
    from storylens.stories.corpus import CorpusStages
    from storylens.stories.embedding import embed

    articles = build_articles(size)
    embed(["warm the model up"])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # corpus and model loaded
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "library.db")
        stages = CorpusStages(store, Settings())
        tenth = max(BATCH, size // 10)
        curve: list[float] = []
        copies = 0
        started = mark = time.perf_counter()
        done_at_mark = 0
        for start in range(0, size, BATCH):
            outcome = stages.run(articles[start : start + BATCH])  # type: ignore[arg-type]
            store.write_batch(outcome.write)
            copies += outcome.copies
            done = min(size, start + BATCH)
            if done - done_at_mark >= tenth or done == size:
                now = time.perf_counter()
                curve.append(1000 * (now - mark) / (done - done_at_mark))
                mark, done_at_mark = now, done
        seconds = time.perf_counter() - started
        stories = len(stages.stories.stories)
        store.close()
    return {
        "articles": size,
        "seconds": round(seconds, 2),
        "articles_per_s": round(size / seconds, 1),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stages_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before, 1),
        "copies": copies,
        "stories_in_memory": stories,
        "ms_per_article_by_tenth": [round(x, 2) for x in curve],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--plot", type=Path, help="also draw the cost curves to this PNG (needs matplotlib)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    results = []
    header = f"{'articles':>9} {'seconds':>9} {'articles/s':>11} {'peak MiB':>9} {'stages':>7} {'copies':>7}"
    print(f"{header}  ms/article by tenth")
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        curve = result["ms_per_article_by_tenth"]
        print(
            f"{size:>9} {result['seconds']:>9} {result['articles_per_s']:>11} {result['peak_mib']:>9}"
            f" {result['stages_mib']:>7} {result['copies']:>7}  {' '.join(f'{v:.1f}' for v in curve)}",
            flush=True,
        )
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        figure, axis = plt.subplots(figsize=(7, 4))
        for result in results:
            curve = result["ms_per_article_by_tenth"]
            xs = [(i + 1) / len(curve) * result["articles"] for i in range(len(curve))]
            axis.plot(xs, curve, marker="o", label=f"{result['articles']:,} articles")
        axis.set_xscale("log")
        axis.set_xlabel("articles in the library")
        axis.set_ylabel("ms per article (copies + stories)")
        axis.set_ylim(bottom=0)
        axis.legend()
        figure.tight_layout()
        figure.savefig(args.plot, dpi=120)
        print(f"plot written to {args.plot}")


if __name__ == "__main__":
    main()
