"""Round 37, lead: a site or project named after "of the" inside a lower-case document's name
("Reserves verification report of the / Dashigou tungsten mine", a title wrapped in a table
cell) is a name of its own, as the issuer after "of the" is: the round's longer document names
(names/phrases, over a line break after "of the") had swallowed it, so the mine, its place and
what the report is about were lost. And a known company printed without the province its name
opens with ("Yuguang Gold Lead") is the company in an article that names the province, not the
metals its name holds. Texts written for this test."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO

TEXT = """Publicity of Reviewed Reports

No. Report                                          Holder
1   Reserves verification report of the
    Dashigou tungsten mine, Xunyang County          Xunyang Tungsten Co., Ltd.

The department reviewed the report on 3 November 2026.
"""


def _by_label(draft) -> dict:
    return {e.label: e for e in draft.new()}


def test_a_mine_named_in_a_wrapped_report_title_is_drafted_and_the_report_is_about_it(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, TEXT, "r37-lead-1")
    new = _by_label(draft)
    report = new["Reserves verification report of the Dashigou tungsten mine"]
    mine = new["Dashigou tungsten mine"]
    assert draft.text[mine.mentions[0].start:mine.mentions[0].end] == "Dashigou tungsten mine"
    assert report.statements.has(NFO.about, mine.iri)


def test_a_report_of_a_person_or_a_plain_phrase_mints_no_site(snapshot_kg):  # noqa: F811
    text = ("The annual report of the board was read on 3 November 2026. The inspection report "
            "of the\n    committee was filed on 5 November 2026.\n")
    draft = draft_of(snapshot_kg, text, "r37-lead-2")
    assert not [e for e in draft.new() if str(e.cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
                in ("Site", "Project")]


YUGUANG = ("Yuguang Gold Lead joins the index\n\nZHENGZHOU, Dec. 11 -- Henan Yuguang Gold Lead Co., "
           "Ltd. said on Friday that its shares will join the index. Yuguang Gold Lead makes lead "
           "and silver.\n")


def _linked(draft) -> dict:
    out: dict = {}
    for e in draft.known():
        for m in e.mentions:
            out.setdefault(draft.text[m.start:m.end], set()).add(str(e.iri).rsplit("/", 1)[-1])
    return out


def test_a_known_company_printed_without_its_province_is_the_company_where_the_province_is_named(snapshot_kg):  # noqa: F811
    linked = _linked(draft_of(snapshot_kg, YUGUANG, "r37-lead-3"))
    assert linked["Yuguang Gold Lead"] == {"henan-yuguang-gold-lead"}
    assert "Gold" not in linked                 # (no metal read inside the company's name)
    assert linked["lead"] == {"metal-lead"}     # the metal it makes is still the metal


def test_without_the_province_the_short_name_is_no_link(snapshot_kg):  # noqa: F811
    text = "LUOYANG, Dec. 11 -- Yuguang Gold Lead, a trading house, said on Friday that it bought lead.\n"
    linked = _linked(draft_of(snapshot_kg, text, "r37-lead-4"))
    assert "Yuguang Gold Lead" not in linked
    assert not any("henan-yuguang-gold-lead" in v for v in linked.values())
