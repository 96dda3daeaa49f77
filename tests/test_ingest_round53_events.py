"""Round 53 (events): a short quoted name and the word after it that says it is an event or a
programme run as a project (data/quoted-event-heads.txt, read by names/titles.py
quoted_initiatives): the "X" activities, the "X" scholarships, a "X" pilot, the "X" contest;
the head may be capitalised (a title's "Activities") and printed on the next line; the words as
printed, quotes and all, are an alias; the same quoted name with the same head is one thing.
A quoted name before a head word that only modifies a longer noun ("the "X" pilot
demonstration projects") names nothing. Short texts written for this file (invented unions,
foundations and parks)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "quoted-initiative"


def _draft(kg, text: str):
    return draft_of(kg, text, "round53-events", "round53.txt", today=dt.date(2026, 12, 10))


def _quoted(draft) -> dict:
    """{label: (class local name, aliases)} of the new entities the rule proposed."""
    return {e.label: (str(e.cls).rsplit("#", 1)[-1], set(e.aliases)) for e in draft.new()
            if _RULE in (e.rule or "")}


_UNION = """Work Plan for the 2027 "Winter Lanterns" Activities of the Trade Union of Dongxi
Copper Foil Co., Ltd.

The trade union will visit retired smelter workers before the Spring Festival. The "Winter
Lanterns" activities run from 5 January to 20 January 2027.
"""


def test_capitalised_activities_after_a_quote_are_one_event(snapshot_kg):
    got = _quoted(_draft(snapshot_kg, _UNION))
    events = [k for k in got if "Winter Lanterns" in k]
    assert [k.lower() for k in events] == ["winter lanterns activities"], got
    cls, aliases = got[events[0]]
    assert cls == "Event"
    assert '"winter lanterns" activities' in {a.lower() for a in aliases}


_FOUNDATION = """The Nanling Zinc Charity Foundation spent CNY 2.1 million in 2026. Its
"Bright Path" scholarships went to 80 students of mineral processing, and the first "Zinc Story"
Photo Contest drew 340 entries from miners' families.
"""


def test_scholarships_and_a_contest_wrapped_over_a_line(snapshot_kg):
    got = _quoted(_draft(snapshot_kg, _FOUNDATION))
    assert got.get("Bright Path scholarships", ("",))[0] == "Project", got
    contest = got.get("Zinc Story Photo Contest")
    assert contest is not None and contest[0] == "Event", got
    assert '"Zinc Story" Photo Contest' in contest[1]


_PILOTS = """Annex 2  "Cloud Mine" pilot demonstration projects

The department lists 12 "Cloud Mine" pilot demonstration projects in tin and tungsten mines.
"""


def test_a_head_that_only_modifies_a_longer_noun_names_nothing(snapshot_kg):
    got = _quoted(_draft(snapshot_kg, _PILOTS))
    assert not any("Cloud Mine" in k and k.endswith("pilot") for k in got), got


_GOALS = """The county will meet the "dual carbon"
goals of its magnesium smelters by 2030, under its "Green Furnace" campaign.
"""


def test_an_initiative_head_still_needs_its_own_line_and_lower_case(snapshot_kg):
    got = _quoted(_draft(snapshot_kg, _GOALS))
    assert "Green Furnace campaign" in got
    assert "dual carbon goals" not in got
