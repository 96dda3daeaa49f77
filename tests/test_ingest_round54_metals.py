"""Round 54, the metals of a document's addressees, on short texts written for this file
(invented bureaus and companies), kg/ingest/relations/addressee_metals.py: a notice sent "To all
tin and tungsten smelters of the county and the public:" concerns tin and tungsten; addressees
that are a company's creditors, a purpose clause that ends with a colon, or a metal printed
inside a company's name give nothing."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

RULE = "document:addressee-metal"


def _draft(kg, text: str, doc_id: str = "round54-metals"):
    return draft_of(kg, text, doc_id, "round54.txt", today=dt.date(2027, 1, 20))


def _metals(draft) -> set:
    """{(document label, metal label)} of the draft's concernsMetal statements by the rule."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    return {(e.label, labels.get(str(o), str(o).rsplit("/", 1)[-1])) for e in draft.entities.values()
            for p, o, _, r in e.statements
            if str(p).endswith("#concernsMetal") and str(r).startswith(RULE)}


_NOTICE = (
    "LOWMERE COUNTY EMERGENCY MANAGEMENT BUREAU\n\n"
    "Notice on Checking the Dust Extraction Systems before the Winter Shutdown\n\n"
    "Low Ying Ji Fa [2026] No. 31\n\n"
    "To all tin and tungsten smelters of the county and the public:\n\n"
    "The Bureau will send teams to check the dust extraction systems of the plants between 3 "
    "and 14 November 2026. Each plant shall name a contact person by 30 October.\n\n"
    "Lowmere County Emergency Management Bureau\n"
    "20 October 2026\n"
)


def test_a_notice_concerns_the_metals_of_its_addressees(snapshot_kg):
    got = _metals(_draft(snapshot_kg, _NOTICE))
    assert {m.lower() for _, m in got} == {"tin", "tungsten"}, got
    assert all(d.startswith("Notice on Checking") for d, _ in got), got


def test_a_purpose_clause_with_a_colon_is_no_addressee_line(snapshot_kg):
    text = _NOTICE.replace(
        "To all tin and tungsten smelters of the county and the public:",
        "To keep the tin and tungsten smelters safe, the Bureau will check them. The steps are "
        "as follows:")
    assert _metals(_draft(snapshot_kg, text)) == set()


def test_a_metal_inside_a_company_name_is_not_the_documents(snapshot_kg):
    text = _NOTICE.replace(
        "To all tin and tungsten smelters of the county and the public:",
        "To all creditors of Lowmere Brightford Tin Co., Ltd.:")
    assert _metals(_draft(snapshot_kg, text)) == set()


def test_addressees_without_a_metal_give_nothing(snapshot_kg):
    text = _NOTICE.replace("To all tin and tungsten smelters of the county and the public:",
                           "To all township governments of the county:")
    assert _metals(_draft(snapshot_kg, text)) == set()


_ONE_METAL = (
    "Titanium Week Opens in Fenmoor\n\n"
    "Fenmoor, 12 May 2026 -- The first Fenmoor titanium week opened on Tuesday. Titanium "
    "makers showed titanium tubes and titanium wire, and buyers from four provinces asked about "
    "titanium prices. Baotai Group and Fenmoor Brightwire Titanium Co., Ltd. showed titanium "
    "plates at the fair.\n\n"
    "The organisers said titanium demand would rise this year.\n"
)


def _article_metal(draft) -> set:
    return {e.label for e in draft.entities.values()
            for p, o, _, r in e.statements
            if str(p).endswith("#concernsMetal") and str(r).startswith("context:article-metal")}


def test_a_known_company_does_not_take_the_articles_metal(snapshot_kg):
    draft = _draft(snapshot_kg, _ONE_METAL)
    known = {e.label for e in draft.entities.values() if e.known}
    assert "Baotai Group" in known, known
    got = _article_metal(draft)
    assert "Baotai Group" not in got, got
