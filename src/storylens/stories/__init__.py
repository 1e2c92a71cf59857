"""Corpus stages: copies (dedupe.py) and stories (cluster.py), run incrementally."""
