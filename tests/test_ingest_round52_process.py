"""Round 52 (process): the process or occasion a notice's title says its issuer carries out
(kg/ingest/events/process_titles.py) is drafted as an event when the draft has none: "Notice on
Carrying Out the X Survey", "Notice on Launching a Y Campaign" wrapped over two lines, "2027
Open Recruitment Announcement of the Z Institute"; the notice is about it and its issuers run
it. A title that names only a document or a grant names no process, and an occasion another
rule drafted already is not drafted twice. Short texts written for this file (invented bureaus
and companies)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import rule_events
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "event:process-title"


def _draft(kg, text: str):
    return draft_of(kg, text, "round52-process", "round52.txt", today=dt.date(2026, 12, 10))


def _made(draft) -> dict:
    return {label: got for label, got in rule_events(draft, _RULE).items()
            if any(e.label == label and e.rule == _RULE for e in draft.new())}


_SURVEY = """QINGSHUI MUNICIPAL PRICE BUREAU

Qing Jia [2026] No. 77

Notice on Carrying Out the 2026 Cost Survey of Refined Tin and Tin Solder Production

To the county price bureaus and the survey points listed below:

The bureau will survey the production costs of refined tin and tin solder for the 2026 cost
year. Each survey point reports its full cost per tonne by 20 January 2027.

Qingshui Municipal Price Bureau
4 December 2026
"""


def test_the_survey_a_notice_carries_out_is_an_event(snapshot_kg):
    made = _made(_draft(snapshot_kg, _SURVEY))
    assert "2026 Cost Survey of Refined Tin and Tin Solder Production" in made


_CAMPAIGN = """Ministry of Mineral Order
Bureau of Border Trade

Kuang Zhi [2026] No. 31

Notice on Launching a Special Campaign against the Illegal Export of Bismuth and
Tellurium Concentrates

To the mineral order bureaus of all provinces:

The two departments will carry out a Special Campaign against the Illegal Export of Bismuth
and Tellurium Concentrates from 1 January 2027 to 30 June 2027. The matters are as follows.
"""


def test_a_campaign_wrapped_over_two_lines_is_read_whole_and_run_by_its_issuers(snapshot_kg):
    made = _made(_draft(snapshot_kg, _CAMPAIGN))
    campaign = made["Special Campaign against the Illegal Export of Bismuth and Tellurium "
                    "Concentrates"]
    # the departments that issued the notice run it
    assert campaign["organizedBy"] == {"Ministry of Mineral Order", "Bureau of Border Trade"}


_RECRUIT = """2027 Open Recruitment Announcement of the Xiling Antimony Research Institute

Published: 2026-11-30

The Xiling Antimony Research Institute will openly recruit nine engineers this winter. Those
who wish to apply register online from 8 to 15 December 2026.
"""


def test_a_recruitment_named_before_the_document_word_is_an_event(snapshot_kg):
    made = _made(_draft(snapshot_kg, _RECRUIT))
    assert "2027 Open Recruitment of the Xiling Antimony Research Institute" in made


_LIST = """LUOHE MUNICIPAL BUREAU OF INDUSTRY

Notice on Publishing the 2026 List of Green Zinc Foundries

To the county bureaus:

The bureau publishes the list below. Four foundries are on it.
"""

_SUBSIDY = """Notice on Continuing the Subsidies for Replacing Old Copper Boilers in 2027

To the district bureaus: the subsidies run on through next year at the same rates.
"""


def test_a_title_that_names_a_list_or_a_grant_names_no_process(snapshot_kg):
    assert _made(_draft(snapshot_kg, _LIST)) == {}
    assert _made(_draft(snapshot_kg, _SUBSIDY)) == {}


_HEARING = """HUAIYANG MUNICIPAL PRICE BUREAU

Notice on Holding a Public Hearing on the Adjustment of Industrial Water Prices

The bureau will hold the public hearing at 9:00 on 18 January 2027 in the hall of the bureau.
Citizens may register for the public hearing until 5 January 2027.
"""


def test_an_occasion_another_rule_drafted_is_not_drafted_twice(snapshot_kg):
    draft = _draft(snapshot_kg, _HEARING)
    hearings = [e for e in draft.new() if "hearing" in e.label.lower()
                and str(e.cls).rsplit("#", 1)[-1] in ("Event", "Meeting")]
    assert len(hearings) == 1
