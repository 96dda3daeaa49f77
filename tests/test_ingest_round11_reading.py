"""Round 11, reading: in a hard-wrapped text, a line break inside a paragraph ends no sentence,
also when the text holds lists and tables (whose short lines made the whole text look unwrapped)
and when the next line opens with a capitalised name. Texts written for these tests."""
from __future__ import annotations

from kg.ingest.reading.sentences import Sentences, soft_breaks

WRAPPED = (
    "Hengda Tin files prospectus, seeks 1.2 billion yuan for a new smelter\n"
    "\n"
    "(Market News) May 12 -- Yunnan Hengda Tin Co., Ltd., a maker of tin solder and\n"
    "tin chemicals in Gejiu, has filed for a listing on the main board. The Shenzhen Stock\n"
    "Exchange accepted its application on the 8th, and the prospectus was posted\n"
    "on the exchange's website on Monday.\n"
    "\n"
    "Shareholders before the offering:\n"
    "* Gejiu Hengda Holding Co., Ltd., 41.3%;\n"
    "* Li Minghua, the founder, 12.6%;\n"
    "* other investors, 46.1%.\n"
    "\n"
    "  Year    Revenue    Net profit\n"
    "  2024    3,420      188\n"
    "  2025    4,105      252\n"
    "\n"
    "Li Minghua and his wife Zhao Qin, who is a director of the company, own\n"
    "Gejiu Hengda Holding outright and are the actual controllers of the\n"
    "company, with 53.9% of the votes between them.\n"
)


def test_a_wrapped_line_that_opens_with_a_name_goes_on_with_its_sentence():
    soft = soft_breaks(WRAPPED)
    at = WRAPPED.index("Stock\nExchange") + len("Stock")
    assert at in soft
    assert WRAPPED.index("own\nGejiu") + len("own") in soft
    sents = Sentences(WRAPPED)
    a, b = sents.bounds(WRAPPED.index("Exchange accepted"))
    assert WRAPPED[a:b].startswith("The Shenzhen Stock")


def test_list_items_and_table_rows_keep_their_line_breaks():
    soft = soft_breaks(WRAPPED)
    for before in ("offering:", "41.3%;", "12.6%;", "Net profit", "3,420      188"):
        assert WRAPPED.index(before) + len(before) not in soft, before


def test_a_text_of_one_paragraph_a_line_has_no_soft_breaks():
    text = "\n".join(f"Paragraph {i} of a text whose paragraphs are one line each runs on " * 4
                     + "and has no full stop at its end" for i in range(8))
    assert soft_breaks(text) == set()


def test_a_day_said_in_an_aside_about_something_else_dates_no_event():
    from hostile_drafts import draft_of
    from kg.ingest.knowledge.snapshot import open_for_ingest
    kg = open_for_ingest(None, None)
    text = ("Cobalt Recycling Alliance to Hold Summit in Ganzhou\n\nGanzhou Metals Daily, "
            "2027-09-22\n\nThe China Cobalt Recycling Industry Alliance, which was founded on "
            "April 20, held its second council meeting in Ganzhou. The council also agreed to "
            "hold a cobalt summit in Ganzhou.\n\nThe Tin Society, set up on May 3, 2019, held its "
            "annual meeting on September 18, 2027 in Gejiu.\n")
    draft = draft_of(kg, text, "r11-aside")
    days = {(e.label, str(o)) for e in draft.entities.values() for p, o, *_ in e.statements
            if p.endswith(("startDate", "plannedDate"))}
    assert not any(day.endswith("-04-20") for _, day in days), days
    assert any(day == "2027-09-18" for _, day in days), days
