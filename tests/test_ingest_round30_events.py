"""Round 30, events the drafts missed: the check, contest or issue a results notice's title names
("Announcement on the Results of the 2027 Municipal Spot-Check of X": an event, the notice about
it, dated by the body's "spot-checked ... from D1 to D2"); a contest named by its title ("the
2027 X Province Welding Skills Competition"); a count of projects signed with what they were
worth between ("Twelve projects with a total investment of 9.4 billion yuan were signed on the
spot"), not when a ceremony is named right after; a noun-phrase event whose tail ends in the
first place of a list ("an inspection of smelters in Hechi, Baise and Laibin") is labelled
without that one place; a person who "met" people ("X, Party Secretary of Y, met the visiting
investors") held a meeting, a limit met is none."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of  # noqa: F401


def _events(draft, rule: str) -> list:
    return [e for e in draft.new() if e.rule == rule]


def _dates(e) -> dict:
    return {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
            if str(p).endswith(("#startDate", "#endDate"))}


SPOT_CHECK = """Liuzhou Municipal Administration for Market Regulation

       Announcement on the Results of the 2027 Municipal Supervision
          Spot-Check of Zinc Alloy Faucets

Our administration spot-checked zinc alloy faucets sold in Liuzhou from 3 March to
28 April 2027. Forty batches were checked and 37 were qualified.

Liuzhou Municipal Administration for Market Regulation
20 May 2027
"""

CONTEST = """Guangxi Nonferrous Metals Industry Association

The 2027 Guangxi Zhuang Autonomous Region Nonferrous Metals Welding Skills Competition
was organised by the association and hosted by Hechi Smelting Co., Ltd. The final was
held from 8 to 10 June in Hechi. 88 welders from 21 enterprises took part.
"""

SIGNED = """Hezhou signs projects at tin industry conference

On 6 July, the 2027 Hezhou Tin Industry Investment Conference was held in Hezhou.
Twelve projects with a total investment of 9.4 billion yuan were signed on the spot.
"""

CEREMONY = """Wuzhou holds copper forum

On 9 July, the 2027 Wuzhou Recycled Copper Forum was held in Wuzhou. Five projects worth
2.1 billion yuan were signed at a ceremony on the same day.
"""

LISTED = """Guangxi Department of Ecology and Environment

From May to July 2027 our department carried out an environmental inspection of lead
smelters in Hechi, Baise and Laibin, together with the three cities' bureaus.
"""


@pytest.fixture(scope="module")
def drafts(kg):
    return {k: draft_of(kg, t, f"r30-events-{k}") for k, t in
            [("spot", SPOT_CHECK), ("contest", CONTEST), ("signed", SIGNED),
             ("ceremony", CEREMONY), ("listed", LISTED)]}


def test_a_results_notice_title_names_its_check(drafts):
    d = drafts["spot"]
    got = _events(d, "event:result-title")
    assert [e.label for e in got] == ["2027 Municipal Supervision Spot-Check of Zinc Alloy Faucets"]
    check = got[0]
    assert _dates(check) == {"startDate": "2027-03-03", "endDate": "2027-04-28"}
    notices = [e for e in d.new() if e.label.startswith("Announcement on the Results")]
    assert len(notices) == 1
    assert (check.iri, "topic:title-results") in {(o, r) for p, o, _, r in notices[0].statements
                                                  if str(p).endswith("#about")}
    # (no guess the other way: the check is not about its notice)
    assert not any(o == notices[0].iri for _, o, _, _ in check.statements)


def test_a_contest_named_by_its_title(drafts):
    labels = {e.label for e in drafts["contest"].new() if str(e.cls).endswith("#Event")}
    assert "2027 Guangxi Zhuang Autonomous Region Nonferrous Metals Welding Skills Competition" \
        in labels


def test_projects_counted_with_their_worth_were_signed(drafts):
    got = _events(drafts["signed"], "event:counted-signing")
    assert [e.label.split(" at ")[0] for e in got] == ["Signing of twelve projects"]
    assert str(got[0].cls).endswith("#SigningCeremony")


def test_projects_signed_at_a_ceremony_are_the_ceremony(drafts):
    assert not _events(drafts["ceremony"], "event:counted-signing")


def test_a_noun_phrase_event_leaves_out_the_first_place_of_a_list(drafts):
    got = [e.label for e in drafts["listed"].new() if e.label.lower().startswith(
        "environmental inspection")]
    assert got == ["Environmental inspection of lead smelters"]


MET = """Yulin hosts zinc investors

On 14 May 2027, the Yulin Zinc Industry Investment Fair was held in Yulin. Wang Jianhua,
Party Secretary of the Yulin Municipal Party Committee, met the visiting investors before the
fair opened.

The two sides agreed on a smelter site.

The new furnace met the emission limits in April.
"""


@pytest.fixture(scope="module")
def met(kg):
    return draft_of(kg, MET, "r30-events-met")


def test_a_person_who_met_people_held_a_meeting(met):
    got = _events(met, "event:met-clause")
    assert [e.label for e in got] == ["Meeting of Wang Jianhua with the visiting investors"]
    assert str(got[0].cls).endswith("#Meeting")
    people = {met.entities[o].label for p, o, _, _ in got[0].statements
              if str(p).endswith("#participant") and o in met.entities}
    assert "Wang Jianhua" in people


def test_a_limit_met_is_no_meeting(met):
    assert not [e for e in met.new() if "limit" in e.label.lower()
                and str(e.cls).endswith("#Meeting")]
