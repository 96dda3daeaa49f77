"""`kg ingest`: a certificate, licence or permit that prose names by its kind and a number in
one piece or in romanised Chinese (names/coded_documents.py, round 41), read from short texts
written for these tests (own words; invented companies, numbers and products).

* "holds medical device registration certificate Zhe Xie Zhu Zhun 20262460117 for its
  nickel-titanium stents", "its former certificate HZ19K0442 expired", "hazardous waste licence
  Gan Wei Jing Zi No. 0093": each one document labelled by its kind and number, the number an
  alias, and the romanised number is no person's name.
* Not: a kind with a plain word or a year after it ("the certificate Ceremony", "permit 2026")."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of, new_labels

TEXT = """Hangzhou Ruiming Vascular Co., Ltd. said on 9 September 2026 that it holds medical
device registration certificate Zhe Xie Zhu Zhun 20262460117 for its nickel-titanium stents.
Its former certificate HZ19K0442 expired in June. The plant also runs under hazardous waste
licence Gan Wei Jing Zi No. 0093.
"""

NOT = """Hangzhou Ruiming Vascular Co., Ltd. said on 9 September 2026 that its new permit 2026
work is on track and that the certificate Ceremony will be held in Hangzhou.
"""


@pytest.fixture(scope="module")
def held(kg):
    return draft_of(kg, TEXT, "held-numbers", name="held.txt")


def _documents(draft) -> dict:
    return {e.label: e for e in draft.new() if e.rule == "document:coded"}


def test_numbers_after_a_kind_name_documents(held):
    got = _documents(held)
    by_number = {a: e for e in got.values() for a in e.aliases}
    assert {"Zhe Xie Zhu Zhun 20262460117", "HZ19K0442", "Gan Wei Jing Zi No. 0093"} \
        <= set(by_number)
    assert "certificate" in by_number["HZ19K0442"].label.lower()
    assert "licence" in by_number["Gan Wei Jing Zi No. 0093"].label.lower()


def test_a_romanised_number_is_no_person(held):
    people = new_labels(held, "Person")
    assert not any("Zhu Zhun" in p or "Jing Zi" in p for p in people)


def test_no_document_of_a_word_or_a_year(kg):
    draft = draft_of(kg, NOT, "held-numbers-not", name="held-not.txt")
    assert _documents(draft) == {}
