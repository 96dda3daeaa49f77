"""`kg ingest`: round 44's reading of the party printed after a happening's clause
(relations/clause_parties.py, rule ``event:party-after-clause``), on a short notice written for
these tests (own words; invented associations, companies and a testing centre). A clause event
whose mention stops before its party ("Samples will be drawn" ... "under supervision by the X
Centre") takes as participant the organisation the same clause prints right after a preposition
(data/clause-party-prepositions.txt); a name after a comma ("..., and Y will host a visit") is
another clause's and is not taken."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile_drafts import draft_of

NOTICE = """Notice on the Spring Tin Ingot Sampling

Marlow County Tin Association | 2027-02-10

The association has agreed the sampling rules with its members.
Samples will be drawn on 9 March under supervision by the Greyfield Testing Centre.
Refined tin from the new line will go from April to Brightwater Solder Co., Ltd. for trials.
The spring report will be published in May, and Kestrel Tin Co., Ltd. will host a visit.
"""


@pytest.fixture(scope="module")
def notice(kg):
    return draft_of(kg, NOTICE, "round44-parties", name="parties.txt", today=dt.date(2027, 2, 11))


def _parties(draft, start):
    """The labels of the participants of the new event whose label starts with ``start``."""
    ev = next(e for e in draft.new() if e.label.startswith(start))
    return {draft.entities[o].label for p, o, _, _ in ev.statements
            if str(p).endswith("#participant") and o in draft.entities}


def test_the_party_after_by_takes_part(notice):
    assert _parties(notice, "Samples will be drawn") == {"Greyfield Testing Centre"}


def test_the_party_after_to_takes_part(notice):
    got = _parties(notice, "Refined tin from the new line")
    assert got == {"Brightwater Solder Co., Ltd."}, got


def test_a_name_after_a_comma_is_another_clause_s(notice):
    got = _parties(notice, "The spring report will be published")
    assert "Kestrel Tin Co., Ltd." not in got, got
