"""Round 20, events: who did what a clause event reports when its subject points back to a
name the text printed before ("In July it moved ...", "The ministry will publish ...", "Zhao
opened ..."): kg.ingest.events.clause_actors."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "event:subject-actor"

IT_AFTER_SUBJECT = """Cobalt recycler opens battery workshop

XI'AN, Aug. 20, 2026 -- Since March, Qinling Cobalt Co., Ltd. has built two new kilns at its
plant in Shangluo. In July it moved its head office to Xi'an.
"""

IT_AFTER_OBJECT = """Cobalt warehouse flooded

XI'AN, Aug. 20, 2026 -- A storage shed in Shangluo is leased by Qinling Cobalt Co., Ltd. to
keep cobalt salts. In July it flooded after three days of heavy rain.
"""

MINISTRY_NAMED = """Ministry to tighten tailings rules

BEIJING, Oct. 12, 2026 -- The Ministry of Natural Resources met managers of eight lead and zinc
miners in Beijing on Monday to discuss the safety of tailings ponds. The ministry will publish
new checking rules for tailings ponds before the end of March 2027.
"""

NO_MINISTRY_NAMED = """Province to tighten tailings rules

BEIJING, Oct. 12, 2026 -- Managers of eight lead and zinc miners met in Beijing on Monday to
discuss the safety of tailings ponds. The ministry will publish new checking rules for tailings
ponds before the end of March 2027.
"""

ONE_ZHAO = """Nickel salt plant opens in Jinchang

JINCHANG, June 5, 2026 -- Zhao Minghui, chairman of Hexi Nickel Co., Ltd., said the company
would double its nickel sulphate output within two years. On 3 June Zhao opened a nickel salt
plant in the city's chemical park.
"""

TWO_ZHAOS = """Nickel salt plant opens in Jinchang

JINCHANG, June 5, 2026 -- Zhao Minghui, chairman of Hexi Nickel Co., Ltd., and Zhao Lei, its
general manager, said the company would double its nickel sulphate output. On 3 June Zhao
opened a nickel salt plant in the city's chemical park.
"""


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _actors(draft):
    """(event's first mention text, actor's label) of every statement of the rule (a step
    still to come marks it "+planned")."""
    out = set()
    for e in draft.entities.values():
        for p, o, span, rule in e.statements:
            if rule.split("+", 1)[0] == RULE and p == NFO.participant:
                m = min(e.mentions, key=lambda x: x.start)
                out.add((" ".join(draft.text[m.start:m.end].split()),
                         draft.entities[o].label))
    return out


def test_it_is_the_subject_of_the_sentence_before(kg, tmp_path):
    got = _actors(_draft(kg, tmp_path, IT_AFTER_SUBJECT, "r20-it"))
    assert got == {("In July it moved its head office to Xi'an", "Qinling Cobalt Co., Ltd.")}


def test_it_is_not_a_name_the_sentence_before_does_not_open_with(kg, tmp_path):
    assert _actors(_draft(kg, tmp_path, IT_AFTER_OBJECT, "r20-it-object")) == set()


def test_the_ministry_is_the_ministry_named_before(kg, tmp_path):
    got = _actors(_draft(kg, tmp_path, MINISTRY_NAMED, "r20-ministry"))
    assert {label for _, label in got} == {"Ministry of Natural Resources"}


def test_the_ministry_with_none_named_is_nobody(kg, tmp_path):
    assert _actors(_draft(kg, tmp_path, NO_MINISTRY_NAMED, "r20-no-ministry")) == set()


def test_a_surname_alone_is_the_one_person_who_bears_it(kg, tmp_path):
    got = _actors(_draft(kg, tmp_path, ONE_ZHAO, "r20-zhao"))
    assert {label for _, label in got} == {"Zhao Minghui"}


def test_a_surname_two_people_bear_is_nobody(kg, tmp_path):
    assert _actors(_draft(kg, tmp_path, TWO_ZHAOS, "r20-two-zhaos")) == set()


SAID_BY_SUBJECT = """Nickel salt plant opens in Jinchang

JINCHANG, June 5, 2026 -- Zhao Minghui, chairman of Hexi Nickel Co., Ltd., spoke to reporters on
Friday. Zhao said that a nickel salt plant of the company opened in the chemical park on 3 June.
"""


def test_a_subject_that_says_what_happened_did_not_do_it(kg, tmp_path):
    got = _actors(_draft(kg, tmp_path, SAID_BY_SUBJECT, "r20-said"))
    assert "Zhao Minghui" not in {label for _, label in got}


SPEAKER_TELLS = """Tin smelter restarts furnace

GEJIU, May 9, 2026 -- Liu Hongbo, deputy head of Gejiu Tin Smelting Co., Ltd., told reporters
that the second furnace had been restarted on 6 May after a two-week repair.
"""

SPEAKER_AT_VISIT = """Tin smelter visit

GEJIU, May 9, 2026 -- At our plant visit on 6 May, deputy head Liu Hongbo told us that the
second furnace had been rebuilt.
"""


def _participants(draft):
    return {draft.entities[o].label for e in draft.entities.values() if e.role
            for p, o, _, rule in e.statements
            if p == NFO.participant and rule.split("+", 1)[0] == "event:clause-participant"}


def test_who_tells_of_a_happening_took_no_part_in_it(kg, tmp_path):
    draft = _draft(kg, tmp_path, SPEAKER_TELLS, "r20-speaker")
    got = _participants(draft)
    assert "Liu Hongbo" not in got and "Gejiu Tin Smelting Co., Ltd." in got


def test_who_tells_at_an_event_took_part_in_it(kg, tmp_path):
    draft = _draft(kg, tmp_path, SPEAKER_AT_VISIT, "r20-speaker-visit")
    assert "Liu Hongbo" in _participants(draft)
