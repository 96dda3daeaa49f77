"""Round 23, new entities: the record of something said that a text is, named by its headline
("Speech at ...", "Transcript | ...", "INTERVIEW TRANSCRIPT"); rooms and buildings printed as a
venue ("Venue: Room 12, X Building, Y Campus"); the numbered packages of a procurement ("Package
2 (gas analyser)"). Texts written for these tests."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _new(draft):
    return {e.label: e for e in draft.new() if not e.role}


def _cls(ent):
    return str(ent.cls).rsplit("#", 1)[-1]


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if str(p).endswith("#" + pred)}


@pytest.fixture(scope="module")
def drafts(kg, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("r23-entities")
    return {k: _draft(kg, tmp, text, f"r23-ent-{k}") for k, text in TEXTS.items()}


TEXTS = {
    "speech": """Speech at the Opening of the Zinc Alloy Casting Line of
Dongshan Metals Company

Zhao Minqiang

Dear guests, we start the new line today. In my speech at the forum last year I promised it.
""",
    "closing": """Closing Speech to the Third Council of the Hunan Tin Association

Members, the council has done its work well this year.
""",
    "bar": """Transcript | Briefing of the Municipal Industry Office on Tin Exports

Host: Good morning. Our speakers will answer questions.
""",
    "caps": """INTERVIEW TRANSCRIPT

Interviewee:  Lu Pingan, Director, Hengyun Tin Smelting Co., Ltd.

Q: How did the year go?
""",
    "field": """Remarks: none
Notes on the stock count at the Tongling yard. The speech was short.
""",
    "venue": """Notice of the Thesis Defence

  Venue:        Room 412, Rare Metals Building, Nanhu Campus,
                Yuelu District, Changsha
  Time:         14:00

The committee meets in Conference Room 2 of the Graduate School. Party Building work is
reviewed every month, and the Capacity Building programme goes on.
Place:   Metallurgy Hall, Lianhua Office Building, Taiping Town
""",
    "packages": """Result Announcement of the Procurement of Furnace Spares

Package 1 (refractory bricks): Supplier: Xinhe Refractories Co., Ltd.
Package 2 (gas analyser): failed; fewer than three suppliers responded.
Package 1 is to be delivered in March.
""",
    "seat": """Liancheng Tin Industry Co., Ltd. held its board meeting at the head office on 3 May. Its
smelting shop will be rebuilt. Workers met the press at the coffee shop.
""",
    "minutes": """HUAXI NICKEL CO., LTD.
MINUTES OF THE 4TH MEETING OF THE SECOND BOARD OF DIRECTORS
Minutes No. HX-BD-2027-04                                 Internal

The board approved the budget. The IEA Annual Meeting was held in Paris in June.
""",
    "blocks": """Publicity of Two Projects Proposed for Approval

No. 1
Builder:        Qinling Tungsten Industry Co., Ltd.
Location:       the builder's concentrator, Shiquan County

No. 2
Builder:        Ankang Zinc Products Co., Ltd.
Location:       the builder's roasting plant, Hanbin District
""",
    "journal": """Call for papers

Selected papers will be printed in the Journal of Rare Metal Smelting Research. The journal of
the shift was lost.
""",
    "mail": """From: Wu Tao
Subject: Re: zinc concentrate offer

Thanks, we accept.

> Best regards,
> Peter Lim
> Sales Manager, Zinc and Lead Concentrates
> Harbourline Metals Pte. Ltd., Singapore
""",
    "no-procurement": """Holiday notes

The Package 3 of the city's relief plan was welcome. Staff will get a package of snacks.
""",
}


def test_a_speech_headline_names_one_report_and_a_speech_in_a_sentence_none(drafts):
    new = _new(drafts["speech"])
    reports = [e for e in new.values() if _cls(e) == "Report"]
    # (the events' reader of speech titles names it with its speaker; this one adds no twin)
    assert len(reports) == 1 and "Zinc Alloy Casting Line" in reports[0].label, sorted(new)
    assert not any(lbl.lower().startswith("speech at the forum") for lbl in new)


def test_a_closing_speech_without_an_occasion_word_is_a_report(drafts):
    new = _new(drafts["closing"])
    label = "Closing Speech to the Third Council of the Hunan Tin Association"
    assert label in new and _cls(new[label]) == "Report", sorted(new)
    assert new[label].aliases == {"Closing Speech"}


def test_a_transcript_after_a_bar_and_an_upper_case_genre_line_are_reports(drafts):
    new = _new(drafts["bar"])
    label = "Transcript of Briefing of the Municipal Industry Office on Tin Exports"
    assert label in new and _cls(new[label]) == "Report", sorted(new)
    assert new[label].aliases == {"Transcript"}
    caps = _new(drafts["caps"])
    reports = [e for e in caps.values() if _cls(e) == "Report"]
    assert len(reports) == 1 and any(m.start == 0 for m in reports[0].mentions), sorted(caps)
    # a field label "Remarks:" and a speech in the body name no report
    assert not any(_cls(e) == "Report" for e in _new(drafts["field"]).values()), \
        sorted(_new(drafts["field"]))


def test_a_room_and_its_building_in_a_venue_line_are_sites(drafts):
    draft = drafts["venue"]
    new = _new(draft)
    room, bld = "Room 412, Rare Metals Building", "Rare Metals Building"
    for name in (room, bld):
        assert name in new and _cls(new[name]) == "Site", sorted(new)
    assert _objects(draft, new[room], "locatedIn") == {bld}
    assert _objects(draft, new[bld], "locatedIn") == {"Nanhu Campus"}
    # a room with no building after it is the room alone; a building after "Place:" is a site
    assert "Conference Room 2" in new and _cls(new["Conference Room 2"]) == "Site"
    assert "Lianhua Office Building" in new and _cls(new["Lianhua Office Building"]) == "Site"
    # "Building" with no room or venue label before it names no site
    assert not any("Party Building" in lbl or "Capacity Building" in lbl for lbl in new), \
        sorted(new)
    assert not any(lbl.lower() in ("rare metals", "lianhua office") for lbl in new)
    assert not any(e.label.lower() == "rare metals" for e in draft.known())


def test_numbered_packages_of_a_procurement_are_projects(drafts):
    new = _new(drafts["packages"])
    for name in ("Package 1", "Package 2"):
        assert name in new and _cls(new[name]) == "Project", sorted(new)
    assert len(new["Package 1"].mentions) == 2
    other = _new(drafts["no-procurement"])
    assert not any(lbl.startswith("Package") for lbl in other), sorted(other)


def test_a_company_head_office_and_a_works_shop_are_its_sites(drafts):
    draft = drafts["seat"]
    new = _new(draft)
    sites = {lbl: e for lbl, e in new.items() if _cls(e) == "Site"}
    office = next((e for e in sites.values() if "head office" in e.aliases), None)
    shop = next((e for e in sites.values() if "smelting shop" in e.aliases), None)
    assert office is not None and shop is not None, sorted(new)
    for e in (office, shop):
        assert _objects(draft, e, "ownedBy") == {"Liancheng Tin Industry Co., Ltd."}
    # a shop that makes nothing is no site of the company
    assert not any("coffee" in a for e in sites.values() for a in {e.label} | e.aliases)


def test_the_builders_plant_in_a_block_is_of_the_builder_of_that_block(drafts):
    draft = drafts["blocks"]
    new = _new(draft)
    plant = next((e for e in new.values() if "roasting plant" in e.aliases), None)
    mill = next((e for e in new.values() if "concentrator" in e.label.lower()), None)
    assert plant is not None and mill is not None, sorted(new)
    assert _objects(draft, plant, "ownedBy") == {"Ankang Zinc Products Co., Ltd."}
    assert _objects(draft, mill, "ownedBy") == {"Qinling Tungsten Industry Co., Ltd."}


def test_a_journal_of_a_field_is_a_media_outlet(drafts):
    new = _new(drafts["journal"])
    name = "Journal of Rare Metal Smelting Research"
    assert name in new and _cls(new[name]) == "MediaOutlet", sorted(new)
    assert not any(lbl.lower().startswith("journal of the") for lbl in new)


def test_a_company_under_a_role_and_unit_line_of_a_quoted_signature_is_its_own_name(drafts):
    new = _new(drafts["mail"])
    assert "Harbourline Metals Pte. Ltd." in new, sorted(new)
    assert not any("Concentrates Harbourline" in lbl for lbl in new)


def test_an_upper_case_heading_word_is_no_acronym_of_an_organiser(drafts):
    new = _new(drafts["minutes"])
    assert "MINUTES" not in new, sorted(new)
    assert "IEA" in {e.label for e in drafts["minutes"].entities.values()}
    # the number printed under the heading numbers the minutes, one space after "No."
    reports = [e for e in new.values() if _cls(e) == "Report"]
    assert len(reports) == 1 and "HX-BD-2027-04" in reports[0].aliases, sorted(new)
    # a number with one space after a bare "No." in a sentence numbers nothing
    assert not any("2027" in a for e in reports for a in e.aliases if a != "HX-BD-2027-04")


def test_rooms_buildings_and_packages_repeated_stay_linear(snapshot_kg):  # noqa: F811
    one = ("Venue: Room {n}, Jinhe Assay Building, Beiyuan Campus, Xigu District. "
           "Package {n} (assay balances) failed; the suppliers were too few. ")
    text = "Tender Result of the Assay Balances\n\n" + "\n".join(
        one.format(n=i % 900 + 1) for i in range(420))
    assert len(text) > 40_000
    draft = linear_cpu(lambda t: draft_of(snapshot_kg, t, "r23-ent-linear", "r23-ent.txt"),
                       text, "rooms and packages")
    assert draft.entities
