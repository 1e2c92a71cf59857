"""Executors run the per-article stages; local.py uses a process pool (Ray comes later)."""
