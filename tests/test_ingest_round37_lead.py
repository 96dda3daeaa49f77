"""Round 37, lead: a site or project named after "of the" inside a lower-case document's name
("Reserves verification report of the / Dashigou tungsten mine", a title wrapped in a table
cell) is a name of its own, as the issuer after "of the" is: the round's longer document names
(names/phrases, over a line break after "of the") had swallowed it, so the mine, its place and
what the report is about were lost. Texts written for this test."""
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
