"""The article's title as the tail of a label ("Forum: <title>", event:bare-noun): its first
sentence, at most 80 characters, cut after a whole word."""
from __future__ import annotations

import re


_TITLE_STOP = re.compile(r"[.!?](?=\s)")


def short_title(title) -> str:
    """The article's title for a label: its first sentence, at most 80 characters, cut after a
    whole word ("Lanping Lead Co., Ltd. cut output in June. We hold ..." is its first sentence;
    a title that runs on is not cut inside a word)."""
    t = " ".join((title or "").split())
    if len(t) <= 80:
        return t
    stop = next((m for m in _TITLE_STOP.finditer(t, 0, 81)
                 if not re.search(r"(?i)\b(?:Co|Ltd|No|Inc|Corp|Dr|Mr|St)$", t[:m.start()])), None)
    if stop is not None and stop.start() >= 20:
        return t[:stop.start()]
    return t[:81].rsplit(" ", 1)[0] if " " in t[:81] else t[:80]
