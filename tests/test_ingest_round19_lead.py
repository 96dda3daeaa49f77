"""Round 19, the lead's own texts: "the same day", "the next day" and "the day before" count
from a weekday when the day named last before them is one ("On Tuesday ... On the same day"),
not from the dateline's day."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

WEEKDAY_THEN_SAME = """Sindh mining delegation tours Shaanxi smelters

XI'AN, Friday, October 23, 2026 -- A mining delegation from Sindh ended a three-day
tour of Shaanxi this week.

On Tuesday the visitors met managers of Hanzhong Jinfeng Zinc Co., Ltd. in Hanzhong.
On the same day the delegation signed a memorandum of understanding with the company
on zinc concentrate supply.
"""

PRINTED_DAY_LAST = """Zinc talks in Hanzhong

XI'AN, Friday, October 23, 2026 -- On Tuesday the visitors met managers of Hanzhong
Jinfeng Zinc Co., Ltd. in Hanzhong. Talks resumed on 22 October. On the same day the
delegation signed a memorandum of understanding with the company on zinc supply.
"""


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _signed(draft):
    return {str(o) for e in draft.entities.values() if str(e.cls).endswith("#Agreement")
            for p, o, *_ in e.statements if p == NFO.dateSigned}


def test_the_same_day_after_a_weekday_is_that_weekday(kg, tmp_path):
    draft = _draft(kg, tmp_path, WEEKDAY_THEN_SAME, "r19-same")
    assert _signed(draft) == {"2026-10-20"}


def test_the_same_day_after_a_printed_day_is_still_that_day(kg, tmp_path):
    draft = _draft(kg, tmp_path, PRINTED_DAY_LAST, "r19-same-printed")
    assert _signed(draft) == {"2026-10-22"}
