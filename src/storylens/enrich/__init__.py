"""Enrich: per-article annotations: language (language.py), and entities, quotes and events
read from one parse (who_said_what.py). The words each language uses live in lang/."""
