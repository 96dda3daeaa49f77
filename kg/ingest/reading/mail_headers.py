"""The subject of an e-mail pasted as an article: a text that opens with a mail's header block
("From: A <a@x.org>" / "To: Board of Directors, X Co., Ltd." / "Date: ..." / "Subject: Re:
Visit to the plant") has its "Subject:" line's value for a headline, without the "Re:" and
"Fwd:" a reply or a forward puts before it. The recipients' line is no headline (it named the
article by "To: Board of Directors, X Co., Ltd."). Reads only the block at the text's top: two
header lines or more, the first at the first line that holds text; a "Subject:" line in a
letter's body is not read. The labels are data (``data/mail-header-labels.txt``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_REPLY = re.compile(r"(?:(?:re|fwd?|aw|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


@lru_cache(maxsize=1)
def _header() -> re.Pattern:
    alt = "|".join(sorted((re.escape(w) for w in lines("mail-header-labels") if w.strip()),
                          key=lambda w: (-len(w), w)))
    return re.compile(rf"[ \t]*({alt})[ \t]*:[ \t]*", re.I)


def subject_span(text: str, limit: int = 2000) -> tuple[int, int] | None:
    """(start, end) of the subject's words in a mail's header block at the text's top, or
    None (no such block, or no subject in it, or an empty one)."""
    head = text.lstrip()
    if not head[:12].lower().startswith(("from", "to", "cc", "sent", "date", "subject",
                                         "reply-to", "bcc")):
        return None
    pos = len(text) - len(head)
    seen, subject = 0, None
    for line in text[pos:limit].split("\n"):
        m = _header().match(line)
        if m is None:
            break
        seen += 1
        if m.group(1).lower() == "subject":
            a = pos + m.end()
            r = _REPLY.match(text, a)
            a = r.end() if r else a
            b = pos + len(line.rstrip())
            subject = (a, b) if b > a else None
        pos += len(line) + 1
    return subject if seen >= 2 else None
