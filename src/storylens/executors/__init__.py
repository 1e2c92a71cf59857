"""Executors run the per-article shards (`base.run_shard`): `local.py` on a process pool
of this machine; a Ray executor can run the same shards on a cluster."""
