"""The rule tags of two readers of the text alone that the pipeline asks a new name about (a
place or a maker named inside it stays a mention: kg/ingest/pipeline.py), kept apart from the
readers' modules: the command's process imports a reader only when it runs it itself, not when
the second process has answered for it (kg/ingest/ahead.py)."""
from __future__ import annotations

INVESTING_IN = "project:investing-in"     # kg.ingest.names.ventures: "investing in A, B and beyond"
OWNER_PLACE = "site:owner-place"          # kg.ingest.names.plants: "X operates plants in A and B"
