"""Round 48, twins: one thing the text names twice, two rules each drafting one entity, is one
entity of the draft, the relations and dates read for either kept on it: a body named in full
and by its head alone (names/inner_twins.py), a company by its full name and by its stem; an
agreement by its title and by its "Contract No." field (names/number_twins.py); a company by
its name and by its part in the contract, "Party B" (names/role_twins.py); an event by its
full name and by a schedule's field, "Course:" (events/field_twins.py). What must stay apart:
a head two full names share, a unit of a body, one session of a series. On short texts written
for this file (invented companies, bureaus and institutes)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"


def _draft(kg, text: str, doc_id: str = "round48-twins"):
    return draft_of(kg, text, doc_id, "round48.txt", today=dt.date(2026, 12, 6))


def _named(draft, label: str) -> list:
    return [e for e in draft.new() if e.label == label]


def _objects(draft, ent, pred: str) -> set:
    """The labels (or values) of ``ent``'s statements of ``pred``."""
    return {draft.entities[o].label if o in draft.entities else str(o)
            for p, o, _, _ in ent.statements if str(p) == NFO + pred}


_BUREAU = ("Harrow County leases land to a new foundry\n\n"
           "The Harrow County Natural Resources Bureau approved a land lease for Dunmere "
           "Precision Castings Co., Ltd. on 4 March 2027.\n\n"
           "The Natural Resources Bureau said the foundry would cast aluminium wheels.\n")


def test_the_head_alone_folds_into_the_qualified_name(snapshot_kg):
    """"the Natural Resources Bureau" is the county's bureau: one entity, labelled in full,
    the head an alias, its mention kept as evidence."""
    d = _draft(snapshot_kg, _BUREAU)
    full = _named(d, "Harrow County Natural Resources Bureau")
    assert len(full) == 1
    assert "Natural Resources Bureau" in full[0].aliases
    assert not _named(d, "Natural Resources Bureau")
    spans = {d.text[m.start:m.end] for m in full[0].mentions}
    assert "Natural Resources Bureau" in spans


_STEM = ("Tollbridge Magnesium expands its Fugu plant\n\n"
         "Fugu Tollbridge Magnesium Co., Ltd. will add a 20,000-tonne magnesium alloy line. "
         "Last year Harwick Energy Group took a 40% stake in Tollbridge.\n")


def test_a_company_stem_folds_into_its_full_name(snapshot_kg):
    """"Tollbridge", printed alone, is the company whose full name holds it: whatever was read
    for "Tollbridge" is the company's."""
    d = _draft(snapshot_kg, _STEM)
    assert len(_named(d, "Fugu Tollbridge Magnesium Co., Ltd.")) == 1
    assert not [e for e in d.new() if e.label == "Tollbridge" and str(e.cls).endswith("Company")]


_UNIT = ("Yarrow Provincial Energy Bureau Office issues a notice\n\n"
         "The Yarrow Provincial Energy Bureau Office said on 2 May 2027 that the Yarrow "
         "Provincial Energy Bureau will review smelter power contracts.\n")


def test_a_body_and_its_office_stay_apart(snapshot_kg):
    """"X Bureau Office" is the bureau's office: the bureau's name at the start of another's
    is no short form of it (only a legal form after a stem makes one)."""
    d = _draft(snapshot_kg, _UNIT)
    labels = {e.label for e in d.new()}
    if "Yarrow Provincial Energy Bureau Office" in labels:
        assert "Yarrow Provincial Energy Bureau" in labels or any(
            e.label == "Yarrow Provincial Energy Bureau" for e in d.known())
        office = _named(d, "Yarrow Provincial Energy Bureau Office")[0]
        assert "Yarrow Provincial Energy Bureau" not in office.aliases


_SESSION = ("Guiyang hosts the 6th Qianlin Forum on Nickel Refining\n\n"
            "The 6th Qianlin Forum on Nickel Refining opened in Guiyang on 18 May 2027. "
            "The Qianlin Forum on Nickel Refining has met every two years since 2015.\n")


def test_one_session_and_its_series_stay_apart(snapshot_kg):
    """"6th X" is one session of the series X: the ordinal keeps the two apart."""
    d = _draft(snapshot_kg, _SESSION)
    for ent in d.new():
        if ent.label.startswith("6th"):
            assert "Qianlin Forum on Nickel Refining" not in ent.aliases


_CONTRACT = ("                    COPPER ROD SUPPLY AGREEMENT\n\n"
             "Contract No.: BRX-GY-2027-0042\n\n"
             "Buyer:    Brixwell Cable Co., Ltd.\n"
             "Seller:   Tamsford Copper Rod Co., Ltd.\n\n"
             "1. The Seller supplies 8 mm copper rod to the Buyer's plant in Wuxi.\n"
             "2. This Agreement runs from signing until 31 December 2028.\n\n"
             "Signed in Wuxi on 9 February 2027.\n")


def test_the_contract_number_is_the_agreement_its_title_names(snapshot_kg):
    """One agreement, labelled by its title; its number is an alias; both parties are its."""
    d = _draft(snapshot_kg, _CONTRACT)
    deals = [e for e in d.new() if str(e.cls).endswith("#Agreement")]
    assert len(deals) == 1, [e.label for e in deals]
    deal = deals[0]
    assert deal.label == "Copper Rod Supply Agreement"   # a heading in capitals, read whole (round 60)
    assert "BRX-GY-2027-0042" in deal.aliases
    assert _objects(d, deal, "party") == {"Brixwell Cable Co., Ltd.",
                                          "Tamsford Copper Rod Co., Ltd."}


_POWER = ("ELECTRICITY SUPPLY CONTRACT\n\n"
          "Party A (Seller):  Corrin Valley Hydropower Co., Ltd.\n"
          "Party B (Buyer):   Aldane Green Aluminium Co., Ltd.\n"
          "                   Address: Ridgeway Industrial Park, Yuxi City, Yunnan Province\n\n"
          "Recitals. Party B operates a 300,000-tonne potline of primary aluminium. Party A "
          "owns the Corrin Valley station.\n\n"
          "1. Party A shall deliver power to Party B from 1 January 2027.\n\n"
          "Party A: Corrin Valley Hydropower Co., Ltd.      "
          "Party B: Aldane Green Aluminium Co., Ltd.\n")


def test_party_b_is_the_company_its_field_names(snapshot_kg):
    """No company called "Party B": the word is the buyer's alias, and what was read for
    "Party B" (its place, its potline) is the buyer's."""
    d = _draft(snapshot_kg, _POWER)
    assert not [e for e in d.new() if e.label == "Party B"]
    buyer = _named(d, "Aldane Green Aluminium Co., Ltd.")
    assert len(buyer) == 1
    assert "Party B" in buyer[0].aliases
    assert "Ridgeway Industrial Park" in _objects(d, buyer[0], "locatedIn")


_COURSE = ("NOTICE ON HOLDING THE THIRD TRAINING COURSE ON ZINC CONCENTRATE ASSAYING\n\n"
           "To all member units:\n\n"
           "Our institute will hold the third training course on zinc concentrate assaying "
           "from 16 to 18 March 2027. The course is organised by the Kestrel Metallurgical "
           "Testing Institute.\n\n"
           "1. Time and place\n"
           "   Check-in:  Monday, 15 March 2027\n"
           "   Course:    16-18 March 2027\n"
           "   Venue:     Orchard Hotel, Lianyungang\n")


def test_the_course_field_is_the_course_the_notice_names(snapshot_kg):
    """"Course:  16-18 March 2027" is the third training course: no event "Course" of its
    own; the course keeps its days and takes the field's venue."""
    d = _draft(snapshot_kg, _COURSE)
    assert not [e for e in d.new() if e.label == "Course"]
    course = [e for e in d.new() if e.label.lower().startswith("third training course")]
    assert len(course) == 1
    assert "2027-03-16" in _objects(d, course[0], "startDate") | \
        _objects(d, course[0], "plannedDate")
    assert "Orchard Hotel" in _objects(d, course[0], "heldIn")
    # the check-in, a day of its own, stays apart
    assert [e for e in d.new() if e.label == "Check-in"]


_ENTRY = ("Harbin Light Alloy Show 2027: Call for Exhibitors\n\n"
          "Send the entry form to the show office by 12 February 2027.\n\n"
          "Key dates\n"
          "   Entry form ..................... 12 February 2027\n"
          "   Hall plan sent out ............. 1 March 2027\n")


def test_a_field_word_that_is_no_head_of_the_other_stays_apart(snapshot_kg):
    """"Entry form" is not the deadline to send the entry form (whose head is "deadline"),
    though both fall on 12 February: each keeps its own entity."""
    d = _draft(snapshot_kg, _ENTRY)
    fields = {e.label for e in d.new() if e.rule == "event:schedule-line"}
    assert "Entry form" in fields, fields


_EDITION = ("Kunming to host this year's tin meeting\n\n"
            "The 2027 Dianchi Tin Smelting Conference will open in Kunming on 9 June 2027. "
            "The Dianchi Tin Smelting Conference has been held every year since 2011.\n")


def test_this_years_edition_and_its_series_stay_apart(snapshot_kg):
    """"2027 X Conference" is one edition of the series "X Conference": the year before an
    event's name keeps the two apart (the series is no alias of the edition)."""
    d = _draft(snapshot_kg, _EDITION)
    for ent in d.new():
        if ent.label.startswith("2027 Dianchi"):
            assert "Dianchi Tin Smelting Conference" not in ent.aliases
