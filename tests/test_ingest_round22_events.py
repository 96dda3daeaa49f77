"""Round 22, events and milestones the readers missed: a step a verb of expectation or "with"
takes as its object before a date still to come ("expects its final close by ..."), a planned
arrival "by" a day (no amount), a step whose subject carries a dated aside, a dated clause cut
before "and <verb>" so that an agreement signed after it does not take its day away, a year
after a long name ("filed with the X Development and Reform Commission in 2024") and a year
dating a relative clause ("the line that went into production in 2023")."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NFO


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _events(draft):
    """(label, its first mention's text, {predicate local name: value}) of the draft's events."""
    out = []
    for e in draft.entities.values():
        if e.known or str(e.cls).rsplit("#", 1)[-1] not in ("Event", "Milestone", "Meeting"):
            continue
        m = e.mentions[0] if e.mentions else None
        dates = {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                 if p in (NFO.startDate, NFO.plannedDate, NFO.endDate)}
        out.append((e.label, draft.text[m.start:m.end] if m else "", dates))
    return out


def _dated(draft, words, pred):
    return [(lab, d[pred]) for lab, said, d in _events(draft) if words in said and pred in d]


FUND = """Hanjiang fund closes first round

Published: 2026-06-17

Hanjiang Copper Capital Co., Ltd. closed the first round of its copper processing fund this
week with 900 million yuan from eight investors. The manager expects its final close by the
end of the first quarter of 2027. It expects revenue in 2027 to pass its costs.
"""


def test_an_expected_step_before_a_date_to_come_is_a_planned_milestone(kg, tmp_path):
    d = _draft(kg, tmp_path, FUND, "r22-fund")
    assert _dated(d, "final close", "plannedDate") == [("Its final close", "2027")]
    # (an expected measure is no step)
    assert not _dated(d, "revenue", "plannedDate")


CONTRACT = """Supply contract for cathode copper

Dated: 5 December 2026

Article 4  Delivery
The first consignment shall arrive by 12 January 2027. The buyer shall pay 30% of the value
by 15 January 2027.
"""


def test_a_step_due_by_a_day_is_no_amount(kg, tmp_path):
    d = _draft(kg, tmp_path, CONTRACT, "r22-contract")
    assert ("The first consignment shall arrive", "2027-01-12") in \
        _dated(d, "first consignment", "plannedDate")
    # (a payment of a share is an amount, still no step)
    assert not _dated(d, "30%", "plannedDate")


DECLARATION = """Carbon border levy: what exporters should know

Posted 3 December 2026

The first yearly declaration, covering 2026, is due by 30 September 2027. Importers
bought certificates in 2026, the agency said. The filter upgrade, approved by the county
in June, is to be finished before the end of March next year.
"""


def test_a_dated_aside_of_the_subject_does_not_cut_the_step(kg, tmp_path):
    d = _draft(kg, tmp_path, DECLARATION, "r22-declaration")
    got = _dated(d, "is due", "plannedDate")
    assert got and got[0][0].startswith("The first yearly declaration") and \
        got[0][1] == "2027-09-30"
    # (an aside telling a happening keeps its day: the approval in June is its own event)
    assert _dated(d, "approved by the county", "startDate")[0][1] == "2026-06"


DELEGATION = """Mining digest

Lusaka, 24 November 2026

A delegation of Hunan Nonferrous Metals Group led by its vice president Tang Jiwen
visited Mufulira on 18 November and signed a memorandum of understanding with the Mufulira
Town Council on old copper tailings.
"""


def test_a_dated_visit_before_and_signed_is_its_own_event(kg, tmp_path):
    d = _draft(kg, tmp_path, DELEGATION, "r22-delegation")
    visits = [(lab, said, x) for lab, said, x in _events(d) if "visited Mufulira" in said]
    assert visits and visits[0][2].get("startDate") == "2026-11-18"
    # the visit's clause stops before the signing: the memorandum is not in it
    assert "memorandum" not in visits[0][1]


FILING = """Silicon project brief

Urumqi, 16 November 2026

The furnace building was roofed in May. The project was filed with the
Xinjiang Uygur Autonomous Region Development and Reform Commission in 2024. The smelter made
41,000 tonnes of silicon in 2025.
"""


def test_a_year_after_a_long_name_dates_the_verb(kg, tmp_path):
    d = _draft(kg, tmp_path, FILING, "r22-filing")
    assert _dated(d, "was filed with", "startDate")[0][1] == "2024"
    # (a year of output is no happening)
    assert not _dated(d, "41,000 tonnes", "startDate")


CAREER = """Candidates for appointment

Kunming, 1 December 2026

Yang Ruolin, born in 1979. Career: engineer at a Sichuan zinc smelter from 2004 to 2011;
led the indium recovery line of Honghe Tinli Indium Co., Ltd. that went into production
in 2022.
"""


def test_a_year_dates_the_relative_clause_it_follows(kg, tmp_path):
    d = _draft(kg, tmp_path, CAREER, "r22-career")
    got = _dated(d, "went into production", "startDate")
    assert got and got[0][1] == "2022" and got[0][0].startswith("The indium recovery line")
    # (what "led" governs is the event: the label does not open with the person's verb)
    assert not any(lab.startswith("Led ") for lab, _, _ in _events(d))


REVIEW = """City plans thallium network

Tongren, 5 November 2026

The city plans a review of its smelting permits together with the provincial
department in the first half of next year. The owner keeps its target of trial production
in the second quarter of 2027. To carry out the policy on tiered power prices issued by
the National Development and Reform Commission in 2021, the city set new tariffs.
"""


def test_no_step_from_a_partner_a_target_s_preposition_or_a_document_s_year(kg, tmp_path):
    d = _draft(kg, tmp_path, REVIEW, "r22-review")
    labels = [lab for lab, _, _ in _events(d)]
    assert not any(lab.lower().startswith(("the provincial department", "of trial"))
                   for lab in labels)
    # (the policy's year is the policy's, no happening of the clause)
    assert not _dated(d, "tiered power prices", "startDate")


LICENCE = """Minor metals weekly

Kunming, Saturday, 28 November 2026

Lancang Germanium Materials Co., Ltd. said on Thursday that it had received an export
licence for 1.8 tonnes of germanium ingot. Tianhe Indium Co., Ltd. said on Friday that
its stocks had been low all month.
"""


def test_a_step_a_company_says_on_a_day_it_had_taken_is_dated_by_that_day(kg, tmp_path):
    d = _draft(kg, tmp_path, LICENCE, "r22-licence")
    got = [(lab, x) for lab, said, x in _events(d) if "had received" in said]
    assert got and got[0][1].get("startDate") == "2026-11-26"
    # (a state it says it had been in is no step: no event of Friday's clause)
    assert not [x for _, said, x in _events(d) if "had been low" in said]
