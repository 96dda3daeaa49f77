"""A document that is the text itself: a notice or announcement whose title heads the text
("X Co., Ltd. Announcement on the Acquisition of ...", under a stock-code line at most) and
that is signed and dated at its end ("Board of Directors of X / September 26, 2026") was
issued on its signature's date (``nfo:dateIssued``, rule ``date:signature``, evidence the date
line). Only when no sentence dates it; a standard named in a title is not the text."""
from __future__ import annotations

from kg.ingest.model import Span
from kg.ingest.reading.dates import signature_date

_TITLE_LINES = 3        # the headline, under at most two header lines (stock code, outlet)


def _title_end(text: str) -> int:
    """Where the first ``_TITLE_LINES`` non-empty lines end."""
    pos, seen = 0, 0
    while pos < len(text) and seen < _TITLE_LINES:
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if text[pos:le].strip():
            seen += 1
        pos = le + 1
    return pos


def signed_title(text: str, ent):
    """(date, rule, span) for the policy ``ent`` when it is the signed text itself, else None."""
    if str(ent.cls).lower().endswith("standard") or not ent.mentions:
        return None
    if min(m.start for m in ent.mentions) >= _title_end(text[:2000]):
        return None
    sig = signature_date(text)
    if sig is None:
        return None
    return sig, "date:signature", Span(sig.start, sig.end)
