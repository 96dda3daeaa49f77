"""Round 37, documents named in lower case by their kind and the body that issued them, with no
word before the kind ("the measures of the State Administration for Market Regulation for
...", "the interim measures of the Ministry of Finance on ..."): the body named inside stays a
mention of its own and is the document's issuer; a complement wrapped onto the next line after
"of", "for", "and" or "the" is still the document's."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, values  # noqa: F401

SAMPLING = """Cable Makers Fail a Quality Check

Four of the 30 batches of copper cable sampled in Guizhou last quarter failed, the province
said on Tuesday. The checks followed the measures of the State Administration for
Market Regulation for product sampling, and one maker was also found to have broken
the interim measures of the Ministry of Finance on the disposal of state assets.
"""

PLAIN = """Cable Makers Fail a Quality Check

The checks followed the rules of the game, and the notice of the meeting was sent late.
"""


@pytest.fixture(scope="module")
def drafts(kg):
    return {k: draft_of(kg, t, f"r37-issued-{k}") for k, t in
            {"sampling": SAMPLING, "plain": PLAIN}.items()}


def test_a_document_named_by_its_issuer_alone_is_proposed(drafts):
    new = {e.label for e in drafts["sampling"].new()}
    assert "measures of the State Administration for Market Regulation for product sampling" \
        in new


def test_the_issuer_inside_a_lower_case_document_stays_and_issues_it(drafts):
    new = {e.label for e in drafts["sampling"].new()}
    assert "interim measures of the Ministry of Finance" in new
    assert ("interim measures of the Ministry of Finance", "Ministry of Finance") in \
        values(drafts["sampling"], "issuedBy")


def test_a_kind_of_a_plain_word_is_no_document(drafts):
    new = {e.label for e in drafts["plain"].new()}
    assert not any("rules" in x or "notice" in x for x in new)
