"""A person's birth and death told in an obituary or a life story are milestones labelled as a
curator would ("Death of X", "Birth of X"), not the clause's words ("Passing of away in ...");
the name is the one the clause opens with, past a title of respect or "that"."""
from __future__ import annotations

import datetime as dt

import pytest

from hostile_drafts import draft_of, label_dates, snapshot_kg, values  # noqa: F401

OBITUARY = """OBITUARY

Comrade Meng Qingshan, retired deputy chief engineer of the Jinhe Lead Smelter, passed away in
Zhuzhou on 3 February 2027 at the age of 86.

Meng Qingshan was born in Hengyang, Hunan, in October 1940. After graduating he spent forty
years at the smelter's sintering and blast-furnace sections.

We learned with deep sorrow that Mr. Rao Jinbo, a founder of the Xiangjiang Zinc Works, died in
Changsha on 1 February 2027.

The farewell ceremony will be held at the Zhuzhou Funeral Home on 7 February 2027.
"""


@pytest.fixture(scope="module")
def draft(snapshot_kg):
    return draft_of(snapshot_kg, OBITUARY, "round41-life", "round41-life.txt",
                    today=dt.date(2027, 2, 4))


def test_deaths_and_a_birth_are_milestones_named_for_the_person(draft):
    milestones = {e.label for e in draft.entities.values() if str(e.cls).endswith("#Milestone")}
    assert {"Death of Meng Qingshan", "Birth of Meng Qingshan", "Death of Rao Jinbo"} <= milestones
    assert not any(m.startswith("Passing") for m in milestones), milestones


def test_each_life_event_keeps_its_day_and_place(draft):
    assert label_dates(draft, "Death of Meng Qingshan") == \
        {"Death of Meng Qingshan": {"startDate": "2027-02-03"}}
    assert label_dates(draft, "Birth of Meng Qingshan") == \
        {"Birth of Meng Qingshan": {"startDate": "1940-10"}}
    assert ("Death of Meng Qingshan", "Zhuzhou") in values(draft, "heldIn")
    assert ("Death of Rao Jinbo", "Changsha") in values(draft, "heldIn")
