"""Round 53, what the text's own document is about as its title states it, on short texts written
for this file (invented bureaus, companies and people), kg/ingest/relations/title_event_nouns.py:
"Announcement of Audit Results" is about the one audit its body tells ("Financial audit of X
began on ..."); two audits in the body, a title without the noun, or a body whose only event
has the noun as a modifier ("The audit team met ...") give nothing."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round53-about"):
    return draft_of(kg, text, doc_id, "round53.txt", today=dt.date(2027, 1, 20))


def _about(draft, rule: str) -> set:
    """{(document label, thing label)} of the draft's nfo:about statements by ``rule``."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    return {(e.label, labels.get(str(o))) for e in draft.entities.values()
            for p, o, _, r in e.statements
            if str(p).endswith("#about") and str(r).startswith(rule)}


_AUDIT = (
    "MERROWVALE MUNICIPAL AUDIT BUREAU\n\n"
    "Announcement of Audit Results\n"
    "Mer Shen Gong Gao [2026] No. 4\n\n"
    "Financial audit of Fenmoor Tin Group Co., Ltd. began on 3 March 2026 and ended on 30 April "
    "2026. The auditors checked the accounts of the Group's smelter and two mines.\n\n"
    "The Group has corrected most of the problems found.\n\n"
    "Merrowvale Municipal Audit Bureau\n"
    "12 June 2026\n"
)


def test_an_audit_report_is_about_the_one_audit_its_body_tells(snapshot_kg):
    got = _about(_draft(snapshot_kg, _AUDIT), "topic:title-noun")
    assert len(got) == 1, got
    (doc, thing), = got
    assert doc.startswith("Announcement of Audit Results"), got
    assert thing.lower().startswith("financial audit"), got


def test_two_audits_in_the_body_give_no_topic(snapshot_kg):
    text = _AUDIT.replace(
        "The Group has corrected",
        "Special audit of the Group's tin concentrate purchases began on 5 May 2026 and ended on "
        "20 May 2026.\n\nThe Group has corrected")
    assert _about(_draft(snapshot_kg, text), "topic:title-noun") == set()


def test_a_title_without_a_happening_noun_gives_no_topic(snapshot_kg):
    text = _AUDIT.replace("Announcement of Audit Results", "Announcement of Account Findings")
    assert _about(_draft(snapshot_kg, text), "topic:title-noun") == set()


def test_the_noun_must_head_the_events_name(snapshot_kg):
    text = _AUDIT.replace(
        "Financial audit of Fenmoor Tin Group Co., Ltd. began on 3 March 2026 and ended on 30 "
        "April 2026.",
        "The audit team met the managers of Fenmoor Tin Group Co., Ltd. on 3 March 2026.")
    assert _about(_draft(snapshot_kg, text), "topic:title-noun") == set()
