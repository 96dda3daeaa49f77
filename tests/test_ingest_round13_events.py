"""`kg ingest` round 13, events and dates, on short articles written for these tests (own words;
invented companies, bodies, numbers and figures; other metals and countries than the dev sets):

* (reading/date_sentences.py) a hard-wrapped line that goes on in lower case continues the
  sentence, whatever the line before ended with ("(Order No. 12)\\nwas published on the 15th",
  "X Co., Ltd.\\nholds 15%"); a line opening with a capital or a list item's letter does not.
* (events/date_attach.py) a day printed inside an event's own words ("an emergency meeting of
  the cabinet last Wednesday chaired by the governor") is its day, not a later clause's.
* (events/lead_happening.py) the lead's dated clause and a later noun that names the same
  happening ("A furnace exploded ... on the 7th ... after the explosion") are one event, named
  by the noun and dated by the clause; a noun happening with a day of its own is another one.
* (events/verb_happenings.py) the comma inside a legal form ("Kestrel Bank Co., Ltd.") cuts no
  clause: the companies after it are the clause event's participants too.
* (events/weekday_dates.py) "on Friday" in a text dated a Friday is that day; "last Friday" is
  the one a week before; another weekday is the last one before the text's date.
* (events/planned_milestones.py) a timetable's steps with an obligation ("shall start trial
  production no later than", "is also required to complete the relocation before the end of")
  or in the present tense with a day after the document's ("stops accepting new orders from",
  "and closes its last furnaces by"): planned milestones with their days; a past day, a verb
  that is no step ("must report its output"), or the present tense with no document date to
  tell: none.
"""
from __future__ import annotations

import pytest

from kg.ingest.events.weekday_dates import weekdays
from kg.ingest.reading.date_sentences import DateSafeSentences
from kg.ingest.terms import NFO
from tests.hostile_drafts import draft_of, parsed, real_dates, snapshot_kg  # noqa: F401

ORDER = """Province orders nickel refinery to cut emissions

Northern Herald | 2027-03-19 (Friday)

The provincial government has ordered Baltic Nickel Refining Co., Ltd. to cut its sulphur
dioxide emissions by half. The decision was taken at an emergency meeting of the provincial
cabinet last Wednesday chaired by Governor Anna Kowalczyk, and the order setting out the
limits (Prov. Order [2027] No. 12)
was published on the 15th.
"""

EXPLOSION = """Three hurt as furnace explodes at Andes copper smelter

LIMA, 9 June 2027 -- A converter furnace exploded at the La Joya copper smelter of Andes Copper
Smelting S.A. in Arequipa on the 7th, injuring three workers, the regional labour office said
on Wednesday. The smelter produces 180,000 tonnes of copper anode a year.

The company halted the second converter line after the explosion, and labour inspectors are
looking into the cause.
"""

FLOOD = """Quebec zinc mine to resume after flooding

MONTREAL, 14 October 2027 -- Water flooded the lower levels of the Rouyn zinc mine of
Laurentian Zinc Inc. on Monday after a dam on a nearby tailings pond gave way, the company
said on Thursday. No one was hurt.

Laurentian Zinc said it had stopped hoisting ore after the flood and that pumping would take
about three weeks.
"""

TWO = """Strike and fire hit Murmansk nickel plant

MURMANSK, 30 April 2027 -- Workers at the Kola nickel refinery of Polar Nickel JSC walked out
on Tuesday over pay, the company said. Output of cathode nickel was cut by a third.

A fire broke out in a warehouse of the refinery on 12 April 2027 and was put out within
an hour.
"""


TIMETABLE = """Port city orders lead recycler to move inland

Harbour Courier | 2027-05-10

The city council has ordered Coastal Lead Recycling Ltd. to move its battery recycling plant
out of the port district. Under the order, the old plant stops accepting new orders from
1 September 2027 and closes its last furnaces by 31 March 2028. The new plant, with 120,000
tonnes a year of refined lead, shall start trial production no later than 30 June 2029. The
company is also required to complete the relocation before the end of 2029.

The old plant shut its first furnace in December 2019, when demand fell. The company must
report its output by 30 June 2028, and the council said prices must start rising by June 2028.
"""

COURT = """Court admits restructuring of Andes Zinc

LIMA, 20 May 2027 -- On 4 May 2027 the Lima Commercial Court admitted the petition of Kestrel \
Bank Co., Ltd. for the restructuring of Andes Zinc Refining Co., Ltd. and named Torres \
Partners Co., Ltd. as administrator.
"""

UNDATED = """Tin smelter plans

The old smelter stops taking new orders from 1 March 2031 and the company said its
second line starts production in 2032.
"""


@pytest.fixture(scope="module")
def drafts(snapshot_kg):  # noqa: F811
    return {name: draft_of(snapshot_kg, text, name.lower())
            for name, text in (("ORDER", ORDER), ("EXPLOSION", EXPLOSION), ("FLOOD", FLOOD),
                               ("TWO", TWO), ("TIMETABLE", TIMETABLE), ("UNDATED", UNDATED),
                               ("COURT", COURT))}


def _events(draft):
    return [e for e in draft.entities.values()
            if not e.known and str(e.cls).rsplit("#", 1)[-1] in ("Event", "Meeting", "Milestone")]


def _sentence(text: str, word: str) -> str:
    s = DateSafeSentences(text, [])
    a, b = s.bounds(text.index(word))
    return text[a:b]


@pytest.mark.parametrize("text, word, joined", [
    ("The order (No. 12)\nwas published on the 15th.", "published", "The order"),
    ("Polar Nickel JSC holds 60%, Nord Metals Co., Ltd.\nholds 25% and the state the rest.",
     "25%", "Polar Nickel"),
    ("Workers at the plant walked out on Tuesday\nafter talks on pay failed.", "failed", "Workers"),
])
def test_a_wrapped_line_in_lower_case_goes_on_with_the_sentence(text, word, joined):
    assert joined in _sentence(text, word)


@pytest.mark.parametrize("text, word, apart", [
    ("The order was published on the 15th.\nThe plant must close by June.", "close", "published"),
    ("The notice sets two steps:\na) the plant stops by June;\nb) it closes by May.", "closes",
     "stops"),
    ("The plant closed on Monday.\n\nthe next line opens in lower case.", "next", "closed"),
])
def test_a_new_line_with_a_capital_an_item_or_after_a_blank_line_is_a_new_sentence(text, word,
                                                                                    apart):
    assert apart not in _sentence(text, word)


def test_a_day_inside_an_events_own_words_dates_it(drafts):
    d = drafts["ORDER"]
    meetings = [e for e in _events(d) if "meeting" in e.label.lower()]
    assert [m.first(NFO.startDate) for m in meetings] == ["2027-03-17"]     # last Wednesday
    orders = [e for e in d.entities.values() if "No. 12" in e.label]
    assert orders and orders[0].first(NFO.dateIssued) == "2027-03-15"      # on the 15th


@pytest.mark.parametrize("name, noun, day", [("EXPLOSION", "explosion", "2027-06-07"),
                                             ("FLOOD", "flood", "2027-10-11")])
def test_the_leads_clause_and_the_noun_that_names_it_again_are_one_event(drafts, name, noun, day):
    d = drafts[name]
    events = _events(d)
    assert len(events) == 1, [e.label for e in events]
    assert noun in events[0].label.lower()
    assert events[0].first(NFO.startDate) == day
    assert not [e for e in d.entities.values() if e.rule == "event:verb-clause"]


def test_a_noun_happening_with_its_own_day_is_another_event(drafts):
    d = drafts["TWO"]
    days = sorted(e.first(NFO.startDate) or "" for e in _events(d))
    assert "2027-04-12" in days and len(_events(d)) >= 2


def test_a_comma_inside_a_legal_form_cuts_no_clause(drafts):
    d = drafts["COURT"]
    events = [e for e in d.entities.values() if e.rule == "event:verb-clause"]
    assert len(events) == 1 and events[0].first(NFO.startDate) == "2027-05-04"
    who = {d.entities[o].label for p, o, _, _ in events[0].statements if p == NFO.participant}
    assert any("Andes Zinc" in w for w in who) and any("Torres" in w for w in who), who


def _planned(draft):
    return {e.first(NFO.plannedDate): e.label for e in draft.entities.values()
            if e.rule == "event:planned-milestone"}


def test_a_timetables_steps_are_planned_milestones_with_their_days(drafts):
    got = _planned(drafts["TIMETABLE"])
    assert got == {"2027-09-01": "Stop of new orders of the old plant",
                   "2028-03-31": "Shutdown of the old plant",
                   "2029-06-30": "Start of trial production of the new plant",
                   "2029": "Completion of the relocation of the company"}, got


def test_past_days_other_verbs_and_texts_without_a_date_give_no_timetable_step(drafts):
    got = _planned(drafts["TIMETABLE"])
    assert not {"2019-12", "2028-06-30", "2028-06"} & set(got)
    assert not _planned(drafts["UNDATED"])


@pytest.mark.parametrize("text, day", [
    ("The board met in Perth on Friday and approved the sale.", "2027-06-04"),
    ("Shares of the miner rose 4% on Friday after the ruling.", "2027-06-04"),
    ("A strike began at the smelter on Friday morning.", "2027-06-04"),
    ("The board met in Perth last Friday and approved the sale.", "2027-05-28"),
    ("The board met in Perth on Wednesday and approved the sale.", "2027-06-02"),
])
def test_a_weekday_of_the_texts_own_day_is_that_day_unless_last(text, day):
    got = weekdays(text, "2027-06-04", [])      # (a Friday)
    assert [d.value for d in got] == [day]


def test_drafts_parse_with_real_days(drafts):
    for d in drafts.values():
        real_dates(parsed(d))
