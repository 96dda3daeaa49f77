"""Round 51, the steps of a visit told in running prose (kg/ingest/events/visit_clauses.py and
visit_twins.py), on short texts written for this file (invented companies, bureaus and people):
a company that inspects or tours its own things makes no visit; a step that another rule's event
in the sentence before already tells (the same verb or noun and a word of the same object) is
not drafted a second time; the owner of the site a delegation visits is where it went, not one
who took part, while a person called on still takes part; a delegation told by its verb ("A
delegation of X led by A visited K") is led by A (relations/clause_leaders.py); a step under an
itinerary's day heading takes its day past blank lines (events/day_headings.py); a visit is held
at the works it names, not about it (relations/title_works.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import rule_events
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "event:visit-clause"


def _draft(kg, text: str, doc_id: str = "round51-events"):
    return draft_of(kg, text, doc_id, "round51.txt", today=dt.date(2026, 11, 20))


def _visits(draft) -> dict:
    """{label: {predicate local name: {object labels or values}}} of the events this rule made."""
    return rule_events(draft, _RULE)


def _events(draft, word: str) -> list:
    return [e.label for e in draft.new() if word in e.label.lower()
            and str(e.cls).rsplit("#", 1)[-1] in ("Event", "Meeting")]


_OWN = """Copper maker keeps its lines running

Lanzhou, 9 October 2026 - Output at Gaolan Red Copper Co., Ltd. rose by a fifth in September.
Gaolan Red Copper Co., Ltd. inspected its casting furnaces in Dingxi last week. Sales went up
as well.
"""


def test_a_company_inspecting_its_own_furnaces_is_no_visit(snapshot_kg):
    assert _visits(_draft(snapshot_kg, _OWN)) == {}


_TOLD_BEFORE = """Province checks lead smelters

Changsha, 12 March 2026 - The bureau announced an environmental inspection of the Shuikou lead
smelter of Hengzhou Shuikou Lead Co., Ltd. in Hengyang. On Wednesday, the inspection group
inspects the Shuikou lead smelter and its acid plant.
"""


def test_a_step_the_sentence_before_tells_is_drafted_once(snapshot_kg):
    draft = _draft(snapshot_kg, _TOLD_BEFORE)
    assert _visits(draft) == {}
    assert len(_events(draft, "inspection")) == 1, _events(draft, "inspection")


_ITINERARY = """Xi'an, 12 November 2026 - A delegation of the Borduria Mining Chamber spent three days
in Shaanxi this week.

On Wednesday, the delegation visits the zinc smelter of Qinfeng Zinc Co., Ltd. in Hanzhong.

In Xi'an, Ambassador Wang Deming called on Mr Li Qiaosheng, Vice Governor of Shaanxi
Province, and asked for faster customs clearance.
"""


def test_a_sites_owner_is_no_participant_but_a_person_called_on_is(snapshot_kg):
    got = _visits(_draft(snapshot_kg, _ITINERARY))
    visit = next((v for k, v in got.items() if k.startswith("Visit of the delegation to")), None)
    assert visit is not None, got
    assert not any("Qinfeng" in x for x in visit.get("participant", set())), visit
    assert visit.get("heldIn"), visit
    call = next((v for k, v in got.items() if k.startswith("Call of Wang Deming on")), None)
    assert call is not None, got
    assert "Li Qiaosheng" in call.get("participant", set()), call


_LED = """Zambia mining digest

Lusaka, 24 November 2026 - Copper output rose in October.

A delegation of Qinling Nonferrous Metals Group led by deputy general manager Zhou Minghai
visited Kabwe on 19 November and signed a memorandum of understanding with the Kabwe Municipal
Council on old tailings.
"""


def _led(draft) -> dict:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {e.label: {labels.get(o, str(o)) for p, o, _, _ in e.statements
                      if str(p).endswith("#ledBy")} for e in draft.new()
            if str(e.cls).rsplit("#", 1)[-1] in ("Event", "Meeting")}


def test_a_delegation_told_by_its_verb_is_led_by_who_leads_it(snapshot_kg):
    led = _led(_draft(snapshot_kg, _LED))
    assert any(v == {"Zhou Minghai"} for k, v in led.items() if "delegation" in k.lower()), led


_DAYS = """Programme of the Borduria zinc delegation in Shaanxi

Xi'an, 2 May 2026 - The provincial foreign affairs office published the programme.

Day 1 (Monday, 8 May)

The delegation arrives in Xi'an in the evening.

Day 2 (Tuesday, 9 May)

In the morning, the delegation visits the zinc smelter of Qinfeng Zinc Co., Ltd. in Hanzhong.

In the afternoon, the guests tour the rolling mill of Qinxin Titanium Co., Ltd. in Baoji.
"""


def _days(draft) -> dict:
    return {e.label: {str(o) for p, o, _, _ in e.statements
                      if str(p).rsplit("#", 1)[-1] in ("startDate", "plannedDate")}
            for e in draft.new() if str(e.cls).rsplit("#", 1)[-1] in ("Event", "Meeting")}


def test_a_step_under_a_day_heading_takes_its_day_past_blank_lines(snapshot_kg):
    days = _days(_draft(snapshot_kg, _DAYS))
    visit = next((v for k, v in days.items() if k.startswith("Visit of the delegation to")), None)
    tour = next((v for k, v in days.items() if k.startswith("Tour of the rolling mill")), None)
    assert visit == {"2026-05-09"} and tour == {"2026-05-09"}, days



def test_a_visit_is_held_at_the_works_not_about_it(snapshot_kg):
    got = _visits(_draft(snapshot_kg, _ITINERARY))
    visit = next((v for k, v in got.items() if k.startswith("Visit of the delegation to")), None)
    assert visit is not None and visit.get("heldIn"), got
    assert not (visit.get("about", set()) & visit["heldIn"]), visit
