"""`kg ingest`: round 45's signing event of an agreement stated by a field of its own
(events/signature_lines.py, rule ``event:signing-line``) and by an announcement's "On <day>, the
Company signed ..." (rule ``event:company-signed``), on short texts written for these tests (own
words; invented companies). "| Signed | <day>, in X |" in a summary table is the signing: an
event on that day, held in X, with the seller and the buyer the table names as participants, and
the agreement signed at it; "On <day>, the Company signed <agreement> with Y in X" likewise, with
the company the notice calls "the Company" and Y. A contract's closing line "Signed at X on
<day>" (kept out: it lowered precision on the check sets), a signature ("Signed: <person>"), a
sentence that runs across a line break and a news sentence with the signers' names draft no
such event."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile_drafts import draft_of

FOOT = """SUPPLY CONTRACT FOR NICKEL PLATE

Contract No.: BRW-2026-044

Article 1  Goods
Brightwater Alloy Co., Ltd. supplies 800 tonnes of nickel plate to Fernhill Battery Co., Ltd.

Article 2  Term
This contract runs until 31 December 2027.

Seller (seal)                          Buyer (seal)
Brightwater Alloy Co., Ltd.            Fernhill Battery Co., Ltd.
Representative: Dong Lei               Representative: Xue Ping

Signed at Hefei on Tuesday, 15 December 2026.
"""

TABLE = """Summary of the Annual Copper Rod Sales Contract

| Item     | Content                                  |
|----------|------------------------------------------|
| Contract | Copper Rod Supply Agreement 2027         |
| Seller   | Redmoor Copper Co., Ltd.                 |
| Buyer    | Ashgrove Cable Co., Ltd.                 |
| Signed   | Monday, 4 January 2027, in Wuhu          |
"""

OTHERS = """Notice of Award

The dispute under the Nickel Plate Supply
Agreement signed on 3 May 2026 was ended by the award of the tribunal.

Signed: Gao Min, Secretary of the Tribunal
"""


NOTICE = """Announcement on the Signing of a Long-Term Purchase Agreement

Stock code: 600871     Short name: Quarrybank Nickel

Quarrybank Nickel Co., Ltd. (the "Company") and all its directors make this announcement.

I. OVERVIEW
On Thursday, 10 December 2026, the Company signed a Long-Term Purchase Agreement for Nickel Matte
with Saltmarsh Refining Co., Ltd. in Ningbo. The board approved it on the same day.
"""

NEWS = """Two nickel firms sign supply deal

On Thursday Saltmarsh Refining Co., Ltd. signed a supply agreement with Quarrybank Nickel Co., Ltd.
"""


@pytest.fixture(scope="module")
def notice(kg):
    return draft_of(kg, NOTICE, "round45-ends-notice", name="notice.txt",
                    today=dt.date(2026, 12, 14))


@pytest.fixture(scope="module")
def news(kg):
    return draft_of(kg, NEWS, "round45-ends-news", name="news.txt", today=dt.date(2026, 12, 14))


@pytest.fixture(scope="module")
def foot(kg):
    return draft_of(kg, FOOT, "round45-ends-foot", name="foot.txt", today=dt.date(2026, 12, 20))


@pytest.fixture(scope="module")
def table(kg):
    return draft_of(kg, TABLE, "round45-ends-table", name="table.txt", today=dt.date(2027, 1, 8))


@pytest.fixture(scope="module")
def others(kg):
    return draft_of(kg, OTHERS, "round45-ends-others", name="others.txt",
                    today=dt.date(2026, 12, 20))


def _signings(draft):
    return [e for e in draft.entities.values() if e.rule == "event:signing-line"]


def _objects(draft, ent, pred):
    return {draft.entities[o].label if o in draft.entities else str(o)
            for p, o, _, _ in ent.statements if str(p).endswith("#" + pred)}


def test_a_contract_s_closing_line_is_no_signing_event(foot):
    assert _signings(foot) == []
    assert not any(str(e.cls).endswith("#SigningCeremony") and e.mentions
                   and foot.text[e.mentions[0].start:].startswith("Signed at Hefei")
                   for e in foot.entities.values())


def test_the_table_s_contract_is_signed_at_the_event(table):
    (ev,) = _signings(table)
    assert str(ev.cls).endswith("#SigningCeremony")
    assert table.text[ev.mentions[0].start:ev.mentions[0].end] == \
        "Signed   | Monday, 4 January 2027, in Wuhu"
    signed = [e for e in table.entities.values()
              if any(str(p).endswith("#signedAt") and o == ev.iri for p, o, _, _ in e.statements)]
    assert signed and all(str(e.cls).endswith("#Agreement") for e in signed)
    assert ev.label.startswith("Signing of ")


def test_a_table_row_is_the_signing(table):
    (ev,) = _signings(table)
    assert _objects(table, ev, "startDate") == {"2027-01-04"}
    assert _objects(table, ev, "heldIn") == {"Wuhu"}
    assert {"Redmoor Copper Co., Ltd.", "Ashgrove Cable Co., Ltd."} <= \
        _objects(table, ev, "participant")


def test_a_signature_or_a_wrapped_sentence_is_no_signing(others):
    assert _signings(others) == []


def _company_signings(draft):
    return [e for e in draft.entities.values() if e.rule == "event:company-signed"]


def test_the_company_signed_is_a_signing_event(notice):
    (ev,) = _company_signings(notice)
    assert notice.text[ev.mentions[0].start:ev.mentions[0].end] == \
        "On Thursday, 10 December 2026, the Company signed"
    assert _objects(notice, ev, "startDate") == {"2026-12-10"}
    assert _objects(notice, ev, "heldIn") == {"Ningbo"}
    assert {"Quarrybank Nickel Co., Ltd.", "Saltmarsh Refining Co., Ltd."} <= \
        _objects(notice, ev, "participant")
    assert ev.label == "Signing of Long-Term Purchase Agreement for Nickel Matte"


def test_a_news_signing_by_name_is_left_to_the_other_rules(news):
    assert _company_signings(news) == [] and _signings(news) == []
