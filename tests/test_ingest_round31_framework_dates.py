"""Round 31: a deed a clause dates, done under a document the clause names as its framework
("Under the approved closure plan, the company restored ...", "Under the district's Measures
for X, enterprises applied from ... to ...", "According to the ruling, X shipped ...") is an
event of that date: the document is what the deed followed, not what the date dates; a date
the words after the document make its own ("Under the plan approved on 3 March, ...") stays
the document's. Also: a present-tense step whose subject has a hard-wrapped aside is set ahead;
the text's own document takes the head's day of issue over a bare year its title prints."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of  # noqa: F401


def _clause_events(draft) -> dict:
    """label -> {startDate / endDate / plannedDate: value} of the draft's clause events."""
    return {e.label: {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                      if str(p).endswith(("#startDate", "#endDate", "#plannedDate"))}
            for e in draft.new() if e.rule.startswith("event:verb-clause")}


FRAMEWORK = """Quarry restored at Beishan

Qinghe Daily    2026-10-12 09:20

Beishan Stone Co., Ltd. stopped quarrying limestone at its Beishan pit in May 2022, when
its licence ran out. Under the approved closure plan, the company restored the benches,
spoil heaps and access tracks between June 2022 and July 2026.

Under the district's Measures for Supporting Green Mines (Qing Fa [2025] No. 8), quarry
owners applied from 4 to 25 September.

Under the plan approved on 3 March, the company also set aside a fund for the work.

Under the Measures for Rewarding Mine Restoration issued by the Qinghe Municipal Bureau of
Natural Resources, the bureau accepted claims from March to June this year.
"""


@pytest.fixture(scope="module")
def events(kg):
    return _clause_events(draft_of(kg, FRAMEWORK, "r31-framework"))


def _one(events, words):
    hits = [k for k in events if words in k]
    assert len(hits) == 1, (words, sorted(events))
    return events[hits[0]]


def test_a_deed_done_under_a_plan_takes_its_period(events):
    got = _one(events, "restored the benches")
    assert got.get("startDate") == "2022-06" and got.get("endDate") == "2026-07"


def test_the_framework_phrase_is_no_part_of_the_label(events):
    assert not [k for k in events if k.startswith("Under")], sorted(events)
    got = _one(events, "owners applied")
    assert got.get("startDate") == "2026-09-04" and got.get("endDate") == "2026-09-25"


def test_the_day_a_plan_was_approved_stays_the_plan_s(events):
    assert not [k for k in events if "fund" in k], sorted(events)


def test_the_issuer_of_the_framework_is_not_the_deed_s_doer(kg):
    draft = draft_of(kg, FRAMEWORK, "r31-framework-issuer")
    hits = [e for e in draft.new() if e.rule == "event:verb-clause" and "claims" in e.label]
    assert len(hits) == 1 and not hits[0].label.startswith("Under")
    got = {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in hits[0].statements}
    assert got.get("startDate") == "2026-03" and got.get("endDate") == "2026-06"


WRAPPED = """Valve maker wins first export order

Xunyang Daily    2026-11-16 10:05

Q: What did you sign?
Li: A three-year supply agreement with Portvale Fluid Systems Ltd, a British pump maker. The first batch,
about 40 tonnes of duplex steel valve bodies, ships in February. The rest follows over the year.
"""


def test_a_present_step_whose_subject_has_a_wrapped_aside_is_set_ahead(kg):
    draft = draft_of(kg, WRAPPED, "r31-wrapped-step")
    steps = {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#plannedDate")}
             for e in draft.new() if e.rule == "event:future-step"}
    hits = [k for k in steps if "first batch" in k.lower()]
    assert len(hits) == 1, sorted(steps)
    assert steps[hits[0]] == {"2027-02"}


PUBLICITY = """Qinghe Municipal Bureau of Statistics

        Publicity of Penalties for Statistical Violations
                      (Batch 2 of 2026)

Release date: 2026-11-30       Source: Enforcement Division

From June to August 2026 our bureau checked the statistics of 31 copper and zinc
enterprises in the city. Two cases have been decided and are published below.
"""

QUOTAS = """Qinghe Municipal Development and Reform Commission

              Qing Fa Gai [2026] No. 411

     Notice on the Energy-Use Quotas for New Copper Processing
                     Projects in 2027

To the county development and reform bureaus:

The quotas for new copper processing projects in 2027 are set out below. Projects
shall be filed by the end of March 2027.

Qinghe Municipal Development and Reform Commission
18 December 2026
"""


def _issued(draft, words):
    hits = [e for e in draft.new() if words in e.label]
    assert len(hits) == 1, [e.label for e in draft.new()]
    return {str(o) for p, o, _, _ in hits[0].statements if str(p).endswith("#dateIssued")}


def test_a_year_its_title_prints_gives_way_to_the_day_of_issue(kg):
    assert _issued(draft_of(kg, PUBLICITY, "r31-title-year-a"), "Publicity of Penalties") \
        == {"2026-11-30"}


def test_a_notice_on_next_year_is_issued_on_its_signature_day(kg):
    assert _issued(draft_of(kg, QUOTAS, "r31-title-year-b"), "Energy-Use Quotas") \
        == {"2026-12-18"}


PASSIVES = """Lintao Alloy completes share placement

Lintao, 20 November 2026 -- Lintao Alloy Co., Ltd. said its placement of 80 million new
shares was finished. The new shares were registered with the Shenzhen branch of the
securities depository on Wednesday. Sales registered growth of 6% in October.
"""


def test_a_passive_registered_is_a_happening_and_an_amount_registered_is_none(kg):
    draft = draft_of(kg, PASSIVES, "r31-passives")
    events = _clause_events(draft)
    hits = [k for k in events if "were registered" in k]
    assert len(hits) == 1, sorted(events)
    assert events[hits[0]].get("startDate") == "2026-11-18"
    assert not [k for k in events if "growth" in k], sorted(events)
