"""`kg ingest` round 10: events, agreements and documents a text names only by a common noun
(kg/ingest/events/bare_nouns.py), on short articles written for these tests (own words,
invented companies, courts and figures).

* "X and Y held talks in CITY": a meeting whose participants are the subject's organisations;
  "The talks were held ..." (passive) the same; a later "the talks" is the same meeting.
* "A sales contract for 2028 was signed on ..." (passive, a tail kept in the label) and later
  "Under the contract" / "the deal": one agreement, two mentions.
* "the two firms signed a four-year nickel supply contract" in a paragraph of its own: the two
  companies named last before are its parties.
* (events/signing.py) an agreement signed on a day of the one multi-day event named before it
  (the talks from Tuesday to Thursday, the deal on Thursday) was signed at it; one signed after
  its last day was not.
* "According to the first-instance judgment" after a court ruled: a document issued by the court;
  "The X Court ruled on Monday" is a mention of it (its clause dates it).
* "will release a study on scrap flows": a report of the organisation that releases it.
* (events/ceremonies.py) "At the closing ceremony" after a fair is named: its own ceremony,
  part of the fair, on its last day; "The opening ceremony was presided over by X" with no event before: the
  opening (a milestone), the same as "X was opened on Tuesday" before it (its day).
Negative: a noun that goes on with another noun ("the contract price", "a contract dispute"),
"signed the agreement" after an agreement is named, talks held at a ceremony the sentence
names, "deals" without an article, a bare "the talks" with no verb or preposition.
* (events/years.py) A yearless dateline under a headline whose year names a thing ("agree 2029
  zinc charges") takes the body's year of writing; "2029 X Forum Closes" keeps the headline's.
* (events/date_attach.py) "from Monday to Wednesday", "between Thursday and Saturday": the
  range of days of the week before the document's date.
* "On the first day, a seminar ... was held alongside the fair. Speakers included X": X speaks at
  the seminar the sentence before opens with (relations/event_roles.py), and "the fair" after
  "the closing ceremony of the fair" is the fair (events/anaphora.py)."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "event:bare-noun"


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r10events") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _bare(draft):
    return {e.label: e for e in draft.entities.values() if e.rule.startswith(RULE)}


def _said(draft, ent):
    return [draft.text[s.start:s.end] for s in ent.mentions]


@pytest.fixture(scope="module")
def positive(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-bare-positive", (
        "Nickel buyers and Pacific miner agree 2028 terms\n\n"
        "JAKARTA, May 14 -- Huaxin Nickel Refining Co., Ltd. and Sulawesi Laterite Mining Corp. "
        "held talks in Jakarta over three days. The talks ended with a price formula. "
        "A sales contract for 2028 was signed on Wednesday by the chief executives of both "
        "companies. Under the contract the miner will send 80,000 tonnes of ore.\n\n"
        "Separately, Qinling Cobalt Co., Ltd. sued Hanjiang Battery Materials Co., Ltd. over "
        "late payments.\n\n"
        "In 2024 the two firms signed a four-year nickel supply contract, court papers show. "
        "The Xiangyang Intermediate People's Court ruled on Monday that Hanjiang must pay. "
        "According to the first-instance judgment, the buyer owes 12 million yuan.\n\n"
        "Huaxin Nickel Refining will release a study on scrap flows in June.\n"))


@pytest.fixture(scope="module")
def negative(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-bare-negative", (
        "Copper rod makers report weaker orders\n\n"
        "Beijing, April 2 -- Hengtong Rod Co., Ltd. signed a cooperation agreement with "
        "Yellow River Cable Co., Ltd. on Monday. Both chairmen signed the agreement in Zhengzhou. "
        "The contract price for copper rod fell 3%, and a contract dispute over late cargoes "
        "is still open. Long-term deals had been signed widely last year. "
        "Officials attended the signing ceremony and held talks before it. "
        "Traders said the talks team would travel again.\n"))


def test_talks_named_by_the_noun_are_a_meeting_of_the_subject(positive):
    talks = [e for e in _bare(positive).values() if e.cls == NFO.Meeting]
    assert len(talks) == 1, sorted(_bare(positive))
    t = talks[0]
    assert _said(positive, t) == ["talks", "talks"]      # "held talks", "The talks ended"
    assert set(links(positive, t, NFO.participant)) == {
        "Huaxin Nickel Refining Co., Ltd.", "Sulawesi Laterite Mining Corp."}


def test_passive_signing_and_a_later_reference_are_one_agreement(positive):
    ent = next(e for e in _bare(positive).values() if e.label.startswith("Sales contract for 2028"))
    assert _said(positive, ent) == ["sales contract", "contract"]
    assert ent.cls == NFO.Agreement


def test_the_two_firms_are_the_two_companies_named_last(positive):
    ent = next(e for e in _bare(positive).values() if e.label.startswith("Four-year nickel"))
    assert set(links(positive, ent, NFO.party)) == {"Qinling Cobalt Co., Ltd.",
                                                     "Hanjiang Battery Materials Co., Ltd."}


def test_a_judgment_is_issued_by_the_court_named_before(positive):
    ent = next(e for e in _bare(positive).values() if e.cls == NFO.PolicyDocument)
    # ("The X Court ruled on Monday": the ruling is the judgment, its clause its day)
    assert _said(positive, ent) == ["ruled", "first-instance judgment"]
    assert list(links(positive, ent, NFO.issuedBy)) == ["Xiangyang Intermediate People's Court"]


def test_a_released_study_is_a_report_of_its_subject(positive):
    ent = next(e for e in _bare(positive).values() if e.cls == NFO.Report)
    assert _said(positive, ent) == ["study"]
    assert "Huaxin Nickel Refining Co., Ltd." in links(positive, ent, NFO.issuedBy)


def test_no_bare_noun_entity_where_the_noun_is_no_new_thing(negative):
    assert _bare(negative) == {}


@pytest.fixture(scope="module")
def ceremonies(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-ceremonies", (
        "Magnesium fair ends with prizes; Fugu smelter park opens\n\n"
        "YULIN, June 6, 2027 -- The 2027 Northwest China Magnesium Industry Fair was held in "
        "Yulin from June 3 to June "
        "5. At the "
        "closing ceremony, the organisers handed out awards to five alloy makers.\n\n"
        "On the first day, a seminar on magnesium scrap recycling was held alongside the fair. "
        "Speakers included Wang Ping, president of the Yulin Magnesium Research Institute.\n"))


@pytest.fixture(scope="module")
def opening(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-opening", (
        "Shenmu smelting park opens\n\n"
        "SHENMU, June 10, 2027 -- The Shenmu Magnesium Smelting Park was officially opened on "
        "Tuesday. The opening ceremony was "
        "presided over by Gao Lin, deputy mayor of Shenmu.\n"))


def test_closing_ceremony_after_a_named_fair_is_a_part_of_it(ceremonies):
    found = [e for e in ceremonies.entities.values() if e.label.startswith("Closing ceremony")]
    assert len(found) == 1, sorted(e.label for e in ceremonies.entities.values())
    cer = found[0]
    assert cer.cls == NFO.AwardCeremony
    assert [ceremonies.entities[o].label for p, o, _, _ in cer.statements
            if p == NFO.partOfEvent] == ["2027 Northwest China Magnesium Industry Fair"]
    # (its day: the fair's last day)
    assert {str(o) for p, o, _, _ in cer.statements if p == NFO.startDate} == {"2027-06-05"}


def test_opening_ceremony_presided_over_with_no_event_before_is_a_milestone(opening):
    found = [e for e in opening.entities.values() if e.label.startswith("Opening ceremony")]
    assert len(found) == 1, sorted(e.label for e in opening.entities.values())
    assert found[0].cls == NFO.Milestone
    # ("... was officially opened on Tuesday": the same opening, and its day)
    assert _said(opening, found[0]) == ["opened", "opening ceremony"]
    assert {str(o) for p, o, _, _ in found[0].statements if p == NFO.startDate} == {"2027-06-08"}
    assert not [p for p, *_ in found[0].statements if p == NFO.partOfEvent]


def test_a_headline_year_that_names_a_thing_does_not_date_a_yearless_dateline():
    from kg.ingest.events.years import document_year
    body = ("LIMA, Jan. 5 -- The 2029 benchmark was settled on Monday, and a supply deal for 2029 "
            "was signed. Output rose 4% in the first nine months of 2028.\n")
    # (the headline's year before a lower-case noun names the charges)
    assert document_year("Refiners agree 2029 zinc charges\n\n" + body, None) == "2028"
    # (the headline's year at the head of an event's name, or after "in", dates the text)
    assert document_year("2029 Andes Zinc Forum Closes\n\n" + body, None) == "2029"
    assert document_year("Zinc output to rise in 2029 charges talks\n\n" + body, None) == "2029"
    # (a dated text keeps its date's year)
    assert document_year("Refiners agree 2029 zinc charges\n\n" + body, "2029-01-05") == "2029"


@pytest.fixture(scope="module")
def rounds(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-rounds", (
        "Lithium buyers meet Andean supplier\n\n"
        "XINING, May 9, 2027 -- Qinghai Brine Lithium Co., Ltd. and Andes Lithium Corp. held a "
        "second round of negotiations in Xining from Tuesday to Thursday. Later, on Thursday, "
        "the two companies inked a five-year carbonate offtake deal. On Saturday, Andes "
        "Lithium Corp. signed a freight contract with Pacific Ore Shipping Co., Ltd.\n"))


def test_a_round_of_negotiations_and_an_inked_deal(rounds):
    got = {e.label: (e.cls, _said(rounds, e)) for e in _bare(rounds).values()}
    meeting = [v for v in got.values() if v[0] == NFO.Meeting]
    assert meeting == [(NFO.Meeting, ["second round of negotiations"])], got
    talks = next(e for e in _bare(rounds).values() if e.cls == NFO.Meeting)
    days = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in talks.statements
            if p in (NFO.startDate, NFO.endDate)}
    assert days == {("startDate", "2027-05-04"), ("endDate", "2027-05-06")}
    deal = next(e for e in _bare(rounds).values() if e.cls == NFO.Agreement)
    assert _said(rounds, deal) == ["five-year carbonate offtake deal"]
    assert set(links(rounds, deal, NFO.party)) == {"Qinghai Brine Lithium Co., Ltd.",
                                                   "Andes Lithium Corp."}
    # (signed on a day of the negotiations: at them; the contract of Saturday was not)
    talks = next(e for e in _bare(rounds).values() if e.cls == NFO.Meeting)
    assert [o for p, o, _, _ in deal.statements if p == NFO.signedAt] == [talks.iri]
    freight = [e for e in rounds.entities.values() if e.label.lower().startswith("freight")]
    assert freight and not [p for e in freight for p, *_ in e.statements if p == NFO.signedAt]


def test_a_range_of_weekdays_is_the_week_before_the_document_date():
    from kg.ingest.events.weekday_dates import weekdays as _weekdays
    # (2027-05-09 is a Sunday)
    def days(t):
        return [(d.value, d.until) for d in _weekdays(t, "2027-05-09", [])]
    assert days("The talks ran from Monday to Wednesday.") == [("2027-05-03", "2027-05-05")]
    assert days("They met between Thursday and Saturday in Lima.") == [("2027-05-06",
                                                                         "2027-05-08")]
    # (a range across the weekend: Friday to the Monday that ends it)
    assert days("The fair ran from Friday through Monday.") == [("2027-04-30", "2027-05-03")]
    assert days("Trading resumed on Friday.") == [("2027-05-07", None)]


def test_a_speaker_after_a_sentence_that_opens_with_an_event_speaks_at_it(ceremonies):
    by_label = {e.label: e for e in ceremonies.entities.values()}
    seminar = next(e for label, e in by_label.items() if label.lower().startswith("seminar"))
    assert "Wang Ping" in links(ceremonies, seminar, NFO.speaker)
    # ("the fair" after the closing ceremony is the fair, not its ceremony)
    for label, e in by_label.items():
        if label.startswith(("Closing ceremony", "2027 Northwest")):
            assert not links(ceremonies, e, NFO.speaker), label
