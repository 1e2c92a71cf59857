"""Enrich: per-article annotations — language now; entities, quotes and events later."""
