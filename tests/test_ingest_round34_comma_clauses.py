"""Round 34: dated happenings a sentence joins by a bare comma ("A was done on <day>, B began
on <day>, and C was extended on <day>") are each an event with its own day; the middle one was
left out, its clause running back to the sentence's start, which the first event held."""
from __future__ import annotations

from hostile_drafts import dated_new as _dated, draft_of


REVIEW = """Watchdog clears Tarnwick deal

HALDEN, 20 December 2026 -- The competition office logged the filing of Tarnwick Metals Co.,
Ltd. on 4 June. The file was opened on 2 July, a second-phase probe began on 3 August, and the
deadline was pushed back on 19 October at the request of the parties.
"""


def test_each_comma_joined_dated_clause_is_its_own_happening(kg):
    dated = _dated(draft_of(kg, REVIEW, "r34-comma-clauses"))
    probe = [k for k in dated if "second-phase probe began" in k]
    assert len(probe) == 1, sorted(dated)
    assert dated[probe[0]] == {("startDate", "2026-08-03")}
    opened = [k for k in dated if ("startDate", "2026-07-02") in dated[k]]
    assert len(opened) == 1 and "probe" not in opened[0]    # the first clause ends at the comma
    assert any(("startDate", "2026-10-19") in v for k, v in dated.items() if "pushed back" in k)


ASIDE = """Harrow Foil restarts mill

VELDBY, 12 June 2026 -- The Veldby mill, which Harrow Foil Co., Ltd. bought in March 2024,
restarted its rolling line on 5 May after a two-year halt.
"""


def test_a_verb_after_an_aside_stays_with_its_subject(kg):
    dated = _dated(draft_of(kg, ASIDE, "r34-comma-aside"))
    assert not [k for k in dated if k.lower().startswith("restarted")], sorted(dated)


UPGRADE = """Brenmoor smelter monitoring note

BRENMOOR, 30 November 2026 -- The filter upgrade of the smelting furnace, approved by the
county bureau in June, is to be completed before the end of March next year. Work began on
2 April 2025, the kilns were fired on 24 November this year, and the first ingots came off
the line on 28 November.
"""


def test_a_verb_after_the_comma_is_no_clause_of_its_own(kg):
    dated = _dated(draft_of(kg, UPGRADE, "r34-comma-verb"))
    # (", is to be completed": a verb right after the comma; the June approval is no clause cut
    # off by it)
    assert not [k for k, v in dated.items() if ("startDate", "2026-06") in v
                and k.lower().startswith(("is to be", "completed"))], sorted(dated)
    fired = [k for k in dated if "kilns were fired" in k]
    assert len(fired) == 1 and dated[fired[0]] == {("startDate", "2026-11-24")}, sorted(dated)
