"""Round 19, events a dated clause tells that the draft missed: a year alone after "in" ("the
furnace was relined in 2019"), an announcement a sentence opens with ("X said on Tuesday it
would ..."), short verbs with their subject ("Indonesia cut export permits"), a discovery in
the passive ("the leak was found on ..."), "on Tuesday last week", and the second clause of
"held talks in May and closed the case last month"; each with texts where the rule must not
fire."""
from __future__ import annotations


from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NFO


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _events(draft):
    """(label, start dates, span text) of the draft's clause events."""
    out = []
    for e in draft.entities.values():
        if e.role and e.rule == "event:verb-clause":
            dates = sorted(str(o) for p, o, *_ in e.statements if str(p) == str(NFO.startDate))
            out.append((e.label, dates, draft.text[e.mentions[0].start:e.mentions[0].end], e))
    return out


def _dated(draft, value):
    return [x for x in _events(draft) if value in x[1]]


HEAD = "ZHUZHOU, Nov 4, 2026 -- "


def test_a_year_alone_dates_the_verb_right_before_it(kg, tmp_path):
    text = HEAD + ("The zinc refinery opened in 1996. Its roasting furnace was relined in 2019 "
                   "by an outside contractor.\n")
    draft = _draft(kg, tmp_path, text, "r19-year")
    relined = _dated(draft, "2019")
    assert len(relined) == 1 and "relined" in relined[0][2]


def test_a_year_alone_opening_its_clause_dates_it(kg, tmp_path):
    text = HEAD + "In 2012 the refinery switched its roasters to natural gas.\n"
    draft = _draft(kg, tmp_path, text, "r19-year-opens")
    assert len(_dated(draft, "2012")) == 1


def test_a_year_s_figures_and_states_are_no_happenings(kg, tmp_path):
    text = HEAD + ("In 2025 the refinery turned out 41,000 tonnes of zinc ingot. The county "
                   "has restricted new smelting permits since 2022. The mill sold 3.1 billion "
                   "yuan of foil in 2024.\n")
    draft = _draft(kg, tmp_path, text, "r19-year-figures")
    for year in ("2025", "2022", "2024"):
        assert not _dated(draft, year), year


def test_an_announcement_a_sentence_opens_with_is_an_event(kg, tmp_path):
    # Nov 4, 2026 is a Wednesday: "on Tuesday" is Nov 3
    text = HEAD + ("The Dalian Commodity Exchange said on Tuesday it would lower the fees on "
                   "its iron ore contract from next month.\n")
    draft = _draft(kg, tmp_path, text, "r19-announce")
    said = _dated(draft, "2026-11-03")
    assert len(said) == 1
    label, _, span, ent = said[0]
    assert span.startswith("The Dalian Commodity Exchange said on Tuesday")
    assert "said" in label
    assert any(str(p) == str(NFO.participant) for p, *_ in ent.statements)


def test_a_closing_attribution_is_no_announcement(kg, tmp_path):
    text = HEAD + ("Zinc output in the county fell by a fifth in October, the county "
                   "statistics bureau said on Tuesday.\n\nThe bureau said on Tuesday that "
                   "prices had been weak.\n")
    draft = _draft(kg, tmp_path, text, "r19-attribution")
    assert not _dated(draft, "2026-11-03")


def test_a_short_verb_with_its_subject_reports_a_happening(kg, tmp_path):
    text = HEAD + ("Indonesia cut nickel ore export quotas in March. In June the province set "
                   "up a working group on smelter safety.\n")
    draft = _draft(kg, tmp_path, text, "r19-short")
    assert len(_dated(draft, "2026-03")) == 1
    assert len(_dated(draft, "2026-06")) == 1


def test_a_short_word_that_is_a_noun_or_a_move_is_no_verb(kg, tmp_path):
    text = HEAD + ("Demand for copper rod grew after the rate cut in March. Output was cut by "
                   "3,000 tonnes in April.\n")
    draft = _draft(kg, tmp_path, text, "r19-short-not")
    assert not _dated(draft, "2026-03")
    assert not _dated(draft, "2026-04")


def test_a_discovery_in_the_passive_is_a_happening(kg, tmp_path):
    text = HEAD + "The cyanide leak was found on 21 October near the tailings dam.\n"
    draft = _draft(kg, tmp_path, text, "r19-found")
    assert len(_dated(draft, "2026-10-21")) == 1


def test_a_judgement_or_a_finding_is_no_discovery(kg, tmp_path):
    text = HEAD + ("The trader was found guilty of fraud on 22 October. A survey found that "
                   "scrap imports rose on 23 October.\n")
    draft = _draft(kg, tmp_path, text, "r19-found-not")
    assert not _dated(draft, "2026-10-22")


def test_a_weekday_last_week_is_the_week_before_the_text_s(kg, tmp_path):
    # the text's Wednesday Nov 4: Tuesday of the week before is Oct 27 (not Nov 3)
    text = HEAD + "The tailings pond breach was found on Tuesday last week.\n"
    draft = _draft(kg, tmp_path, text, "r19-last-week")
    assert len(_dated(draft, "2026-10-27")) == 1
    assert not _dated(draft, "2026-11-03")


def test_the_second_clause_of_a_coordination_is_its_own_happening(kg, tmp_path):
    text = HEAD + ("The arbitration panel heard witnesses in Changsha from 3 to 5 August and "
                   "closed the case last month.\n")
    draft = _draft(kg, tmp_path, text, "r19-two-clauses")
    closed = _dated(draft, "2026-10")
    assert len(closed) == 1 and closed[0][2].startswith("closed the case")
    assert len(_dated(draft, "2026-08-03")) == 1


def test_a_year_of_what_is_said_or_planned_dates_no_happening(kg, tmp_path):
    text = HEAD + ("The analyst pointed out that in 2024, refined zinc supply will stay tight. "
                   "The organisers said the next fair will be held in 2027.\n")
    draft = _draft(kg, tmp_path, text, "r19-year-not")
    for year in ("2024", "2027"):
        assert not _dated(draft, year), year


def test_a_part_that_tells_what_may_come_borrows_no_verb(kg, tmp_path):
    text = HEAD + ("The ministry has trimmed the quota applications under review, which may "
                   "tighten ore supply in the first half of next year.\n")
    draft = _draft(kg, tmp_path, text, "r19-may")
    assert not _events(draft)
