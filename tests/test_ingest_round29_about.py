"""Round 29, what a notice, a meeting or a period is about: a notice whose title says it holds a
gathering ("Announcement on Holding a Public Hearing on ...") is about that gathering; a
meeting that discussed the thing its sentence opens with ("The draft was written by A, and
was reviewed at an expert meeting") or that a plan goes to ("will be submitted to X for
approval at an executive meeting") is about it, "the plan" being the last plan named, not the
last document; a comment period is about the document a headline under a site's path names."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of  # noqa: F401


def _about(draft) -> set:
    """(subject label, object label, rule) of each nfo:about statement."""
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, by_iri.get(o, str(o)), r) for e in draft.entities.values()
            for p, o, _, r in e.statements if str(p).endswith("#about")}


HEARING = """Xiangtan Municipal Development and Reform Commission

ANNOUNCEMENT
on Holding a Public Hearing on the Revision of the Water Price for Zinc Smelters

To adjust the water tariff paid by zinc smelters, our commission has drafted a revision and
will hold a public hearing on 9 March 2027 in Xiangtan. Citizens may apply to take part.

3. Registration
   Citizens may apply from 1 February to 10 February 2027 by letter.
   Lots will be drawn on 15 February under notarisation by the Xiangtan Notary Office.

Xiangtan Municipal Development and Reform Commission
12 January 2027
"""

RESULTS = """Xiangtan Municipal Development and Reform Commission

ANNOUNCEMENT
on the Results of the Public Hearing on the Water Price for Zinc Smelters

The public hearing held on 9 March 2027 in Xiangtan supported the revision.

Xiangtan Municipal Development and Reform Commission
20 March 2027
"""

DRAFT = """Comments Sought on the "Standard Conditions for the Tin Smelting Industry (Draft)"

The Ministry of Industry and Information Technology has revised the standard conditions.
The draft was written by the China Nonferrous Metals Industry Association with two design
institutes, and was reviewed at an expert meeting in Wuhan on 3 May 2027. It is now open
for comment.
"""

SUBMITTED = """Comments on the Action Plan Adopted

The Three-Year Action Plan for the Tungsten Industry of Ganzhou (2027-2029) was open for
comment in May. One comment asked for a local price index; the bureau did not adopt it.

The revised plan will be submitted to the Ganzhou Municipal People's Government for approval
at an executive meeting in July 2027.
"""

RECORD = """RESOLUTION OF THE THIRD SESSION OF THE SIXTH WORKERS' CONGRESS
OF HUNAN SHUIKOUSHAN ZINC CO., LTD.

The Third Session of the Sixth Workers' Congress of Hunan Shuikoushan Zinc Co., Ltd. was
held on 12 and 13 January 2027 in Changning. Of the 180 delegates, 171 attended.
"""

PERIOD = """Home > Public Participation > Comments
------------------------------------------------------------
Public Solicitation of Comments on the "Technical Specification for Recycling Titanium Scrap"

Date: 2027-05-20
------------------------------------------------------------

The Baoji Municipal Bureau of Industry and Information Technology has drafted the
specification. Comment period: 20 May 2027 - 20 June 2027.
"""


@pytest.fixture(scope="module")
def drafts(kg):
    return {k: draft_of(kg, t, f"r29-about-{k}") for k, t in
            [("hearing", HEARING), ("results", RESULTS), ("draft", DRAFT),
             ("submitted", SUBMITTED), ("period", PERIOD), ("record", RECORD)]}


def test_a_notice_on_holding_a_hearing_is_about_the_hearing(drafts):
    got = [(s, o) for s, o, r in _about(drafts["hearing"]) if r == "topic:title-holding"]
    assert len(got) == 1
    doc, event = got[0]
    assert doc.lower().startswith("announcement on holding")
    assert "hearing" in event.lower()


def test_a_notice_on_the_results_of_a_hearing_holds_none(drafts):
    assert not [x for x in _about(drafts["results"]) if x[2] == "topic:title-holding"]


def test_a_meeting_joined_to_its_sentence_subject_by_and(drafts):
    got = {(s, o) for s, o, r in _about(drafts["draft"]) if r == "topic:subject-deliberated-at"}
    assert len(got) == 1
    meeting, thing = got.pop()
    assert "meeting" in meeting.lower()
    assert thing.startswith("Standard Conditions for the Tin Smelting Industry")


def test_a_plan_submitted_for_approval_at_a_meeting(drafts):
    got = {(s, o) for s, o, r in _about(drafts["submitted"]) if r == "topic:submitted-for"}
    assert len(got) == 1
    meeting, plan = got.pop()
    assert "meeting" in meeting.lower()
    assert plan.startswith("Three-Year Action Plan for the Tungsten Industry")


def test_a_comment_period_under_a_site_path_is_about_the_headline_document(drafts):
    got = {(s, o) for s, o, r in _about(drafts["period"]) if r.startswith("event:open-period")}
    assert len(got) == 1
    period, doc = got.pop()
    assert period.lower().startswith("comment period")
    assert "Technical Specification for Recycling Titanium Scrap" in doc


def _parts(draft) -> set:
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, by_iri.get(o, str(o)), r) for e in draft.entities.values()
            for p, o, _, r in e.statements if str(p).endswith("#partOfEvent")}


def test_the_steps_a_holding_notice_names_are_part_of_the_hearing(drafts):
    held = {o for s, o, r in _about(drafts["hearing"]) if r == "topic:title-holding"}
    steps = {(s, o) for s, o, r in _parts(drafts["hearing"]) if r == "event:step-of-held@0.5"}
    assert {o for _, o in steps} == held
    names = " | ".join(s.lower() for s, _ in steps)
    assert "lots will be drawn" in names


def test_a_resolution_of_a_session_is_about_the_session(drafts):
    got = {(s, o) for s, o, r in _about(drafts["record"]) if r == "topic:title-record"}
    assert len(got) == 1
    doc, event = got.pop()
    assert doc.upper().startswith("RESOLUTION")
    assert event.startswith("The Third Session of the Sixth Workers")
