"""Round 58, the article's metal and the standing rules it cites, on a short text written for
this file (an invented city bureau and copper company), kg/ingest/relations/document_metals.py:
in an article about copper, a body of standing rules the article cites ("Regulations on ...",
"Interim Rules of ...", "Measures for ...") is not given copper by ``context:article-metal``;
the article's own notice still is."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

RULE = "context:article-metal"


def _draft(kg, text: str, doc_id: str = "round58-standing-rules"):
    return draft_of(kg, text, doc_id, "round58.txt", today=dt.date(2027, 1, 20))


def _metals(draft) -> set:
    """{(document label, metal label)} of the draft's concernsMetal statements by the rule."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    return {(e.label, labels.get(str(o), str(o).rsplit("/", 1)[-1])) for e in draft.entities.values()
            for p, o, _, r in e.statements
            if str(p).endswith("#concernsMetal") and str(r).startswith(RULE)}


_TEXT = (
    "Harwick City Civil Affairs Bureau approves the new name of the copper trade group\n\n"
    "The Harwick City Civil Affairs Bureau has issued the Notice on Approving a New Group Name. "
    "The Harwick Copper Processors Group asked for the change in October. Under the Regulations on the Registration of Social Groups "
    "and the Interim Rules of Harwick City on Group Charters, the group may now use its new name. "
    "Its members roll copper strip and draw copper wire, and copper cathode bought from the "
    "smelters is their main input. The group said the copper processors of the city would keep "
    "their copper orders and copper contracts as before.\n\n"
    "Harwick City Civil Affairs Bureau\n"
    "12 December 2026\n"
)


def test_standing_rules_cited_get_no_article_metal(snapshot_kg):
    got = _metals(_draft(snapshot_kg, _TEXT))
    assert not any(d.startswith(("Regulations on", "Interim Rules")) for d, _ in got), got


def test_the_articles_own_notice_keeps_the_metal(snapshot_kg):
    got = _metals(_draft(snapshot_kg, _TEXT))
    assert any(d.startswith("Notice on Approving") and m.lower() == "copper" for d, m in got), got
