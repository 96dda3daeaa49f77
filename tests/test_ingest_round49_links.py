"""Round 49, links: a known name printed as a word of a longer name is no mention of its own
(data/CURATION.md rule 7), for three shapes new genres print: the quoted title of a work, a
programme or a channel ('the book "A History of Magnesium Smelting in Fugu"', 'its "zinc for
life" programme', 'the talk "..."'); a listed company's short name ("Stock
abbreviation: X Titanium", "(X Titanium, 688999)"); and a province's or a city's own body
named by a national one's short name ("Provincial SASAC", a level word ending the line before
it). The same names printed on their own stay mentions. On short texts written for this file
(invented companies, people and books)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _known(kg, text: str) -> dict:
    """local name of each linked entity -> the surfaces of its mentions."""
    draft = draft_of(kg, text, "round49-links", "round49.txt", today=dt.date(2028, 6, 1))
    return {e.iri.rsplit("/", 1)[-1]: [draft.text[m.start:m.end] for m in e.mentions]
            for e in draft.known()}


def test_a_metal_in_a_book_or_film_title_is_no_mention(snapshot_kg):
    text = ('Ms Orla Venn launched the book "A History of Magnesium Smelting in Fugu" in '
            'Baoji on 5 May 2028.\nThe film "Light as Magnesium" won the jury prize.\n')
    known = _known(snapshot_kg, text)
    assert "metal-magnesium" not in known, known
    assert "fugu-county" not in known, known
    assert "baoji" in known, known        # (the town of the launch, outside the title, stays)


def test_a_metal_in_a_quoted_programme_or_talk_title_is_no_mention(snapshot_kg):
    text = ('At 10:20 Dr Piet Holm gave the talk "Nickel and Cobalt in Modern Batteries".\n'
            'The firm\'s "zinc for\nlife" programme gave two million yuan to the school.\n')
    known = _known(snapshot_kg, text)
    for metal in ("metal-nickel", "metal-cobalt", "metal-zinc"):
        assert metal not in known, known


def test_a_metal_in_plain_text_or_in_speech_stays_a_mention(snapshot_kg):
    text = ('"We will double our zinc output next year," said Ms Orla Venn on 5 May 2028.\n'
            'The plant also refines nickel.\n')
    known = _known(snapshot_kg, text)
    assert "metal-zinc" in known and "metal-nickel" in known, known



def test_a_stock_short_name_holds_no_metal_or_field(snapshot_kg):
    text = ("Stock code: 688999          Stock abbreviation: Marlow Titanium          "
            "No.: 2028-011\n\nANNOUNCEMENT ON A BOARD RESOLUTION\n\n"
            "The board met on 3 May 2028 in Xi'an.\n")
    known = _known(snapshot_kg, text)
    assert "metal-titanium" not in known, known
    assert "xian" in known, known
    text = ("Securities short name: Pellow New Materials     Securities code: 300999\n\n"
            "Pellow New Materials Co., Ltd. said on 2 May 2028 that its plant will start.\n")
    assert "field-new-materials" not in _known(snapshot_kg, text)


def test_a_short_name_in_brackets_with_its_code_holds_no_metal(snapshot_kg):
    text = ("Shares of Dunmore Holdings (Dunmore Aluminium, 601999) rose on 2 May 2028.\n")
    assert "metal-aluminium" not in _known(snapshot_kg, text)


def test_a_provincial_body_is_not_the_national_one(snapshot_kg):
    text = ("Responsible units: Yulin Municipal People's Government; Provincial SASAC.\n"
            "The plan was approved on 4 May 2028.\n")
    draft = draft_of(snapshot_kg, text, "round49-links", "round49.txt", today=dt.date(2028, 6, 1))
    assert "sasac" not in {e.iri.rsplit("/", 1)[-1] for e in draft.known()}
    # (the province's own body, named so, is proposed as a body of its own)
    assert "Provincial SASAC" in {e.label for e in draft.new()}
    # (the national body named on its own stays)
    text = "SASAC approved the merger of the two groups on 4 May 2028.\n"
    assert "sasac" in _known(snapshot_kg, text)
