"""Round 60 (names2): names the draft cut short. A pinyin given name with an apostrophe between
its syllables ("Ya'nan", "Xi'an") is one word of a person's name
(kg/ingest/names/person_names.py), a possessive ("Jian's") is not; a unit's number in Roman
figures after its head ("Audit Division II") is a word of the unit's name
(kg/ingest/names/unit_numerals.py), and "I" before a lower-case word is the pronoun."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NOTICE = """Qinghai Nickel Office Notice on Plant Inspections

XINING, April 7, 2026 -- The Qinghai Nickel Office said on Tuesday that its Audit Division II
will check the refinery's safety books in May, and that reports go to Planning Section III.
Questions on the schedule go to Tang Ya'nan of the General Office, while Wang Jian's team
will visit the furnaces. The inspectors of Audit Division II will also meet Zhou Ke'er.
"""


def _labels(kg):
    draft = draft_of(kg, NOTICE, "round60-names2", "round60.txt", today=dt.date(2026, 4, 7))
    return {e.label for e in draft.new()}


def test_apostrophe_inside_given_name(snapshot_kg):
    got = _labels(snapshot_kg)
    assert "Tang Ya'nan" in got
    assert "Tang Ya" not in got
    assert "Zhou Ke'er" in got
    assert "Zhou Ke" not in got


def test_possessive_is_no_syllable(snapshot_kg):
    got = _labels(snapshot_kg)
    assert not any(label.startswith("Wang Jian'") for label in got)


def test_roman_number_after_unit_head(snapshot_kg):
    got = _labels(snapshot_kg)
    assert "Audit Division II" in got
    assert "Planning Section III" in got
    assert "Audit Division" not in got
    assert "Planning Section" not in got


def test_pronoun_i_is_no_unit_number():
    from kg.ingest.names.unit_numerals import numeral_end
    text = "the Audit Division I visited"
    part = [(4, 9, "Audit"), (10, 18, "Division"), (19, 20, "I")]
    assert numeral_end(text, part, 1, "division") is None
    text2 = "to Audit Division I, which"
    part2 = [(3, 8, "Audit"), (9, 17, "Division"), (18, 19, "I")]
    assert numeral_end(text2, part2, 1, "division") == 19
