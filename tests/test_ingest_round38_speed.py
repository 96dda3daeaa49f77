"""Round 38, speed: the second process of `kg ingest` (kg/ingest/ahead.py) sends the sentences'
moods before the date readings and the event roles' cues (the order the command asks for them:
the moods in the names stage, the other two in the relations stage)."""
from __future__ import annotations

from kg.ingest import ahead


def test_the_moods_come_before_the_readings_the_relations_ask_for():
    """The command asks for the sentences' moods in the names stage, for the date readings and
    the event roles' cues only in the relations stage: the second process sends them so."""
    names = [n for _, n in ahead.LATER]
    assert names.index("sentence_moods") < names.index("date_readings") \
        < names.index("sentence_cues")
