"""Story stages. Per batch: copies (dedupe.py) and stories (cluster.py), run incrementally by
corpus.py. Per story: analysis.py (merged entities, quotes, events, timeline, comparison,
summary), run when a story is read."""
