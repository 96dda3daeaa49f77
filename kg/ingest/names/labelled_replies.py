"""A reply printed under a label on a message board or a consultation page ("Reply:" on a line
of its own, or opening the reply's first line) under fields that say who handled the message
("Handled by: X Bureau", "Reply unit: X") and when it was answered ("Replied: 2026-11-10"):
the reply is a document of its own (``nfo:PolicyDocument``, rule ``document:labelled-reply``),
issued by the body the handler field names first, on the date of the reply's date field,
labelled "Reply of X" (" to message N" when a "Message No.:" field numbers the message). The
labels are data (``data/reply-fields.txt``). A "Reply:" label with no handler field (an
e-mail's quoted reply, a Q&A's answer) is no document: only a handler says whose reply it is.

Its mention is the label and the reply's first line. One regex pass for each kind of field:
linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import field_patterns
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "document:labelled-reply", 0.5
_NEAR = 12          # how far after a handler's label its name may start


@lru_cache(maxsize=1)
def _fields() -> dict[str, AtLineStarts]:
    # (each label opens a line: tried only where one starts, kg/ingest/reading/windows.py)
    return {kind: AtLineStarts(rx) for kind, rx in field_patterns("reply-fields").items()}


def labelled_replies(draft, spans_of, minter, kind_of):
    """Propose the reply a labelled page prints (see the module's notes); returns it or None."""
    text = draft.text
    f = _fields()
    reply = f["reply"].search(text)
    handler = f["handler"].search(text)
    if reply is None or handler is None:
        return None
    org = min((x for x in spans_of if kind_of(x[2].cls) == "org"
               and handler.end() <= x[0] <= handler.end() + _NEAR), key=lambda x: x[0],
              default=None)
    if org is None:
        return None
    body = reply.end()
    le = text.find("\n", body)
    le = len(text) if le < 0 else le
    if not text[body:le].strip():           # ("Reply:" alone: the text starts on the next line)
        body = le + 1
        le = text.find("\n", body)
        le = len(text) if le < 0 else le
    if body >= len(text) or not text[body:le].strip():
        return None
    start = reply.start() + len(reply.group(0)) - len(reply.group(0).lstrip())
    label = f"Reply of {org[2].label}"
    msg = f.get("message")
    m = msg.search(text) if msg is not None else None
    if m is not None:
        num = re.match(r"[^\s]+", text[m.end():m.end() + 60])
        if num is not None and any(ch.isdigit() for ch in num.group(0)):
            label += f" to message {num.group(0)}"
    doc = Entity(minter.mint(label), NFO.PolicyDocument, label, False, RULE, CONFIDENCE)
    doc.mentions.append(Span(start, le))
    draft.entities[doc.iri] = doc
    spans_of.append((start, le, doc))
    doc.add(NFO.issuedBy, org[2].iri, Span(org[0], org[1]), RULE)
    d = f["date"].search(text)
    if d is not None:
        de = text.find("\n", d.end())
        de = len(text) if de < 0 else de
        got = [x for x in find_dates(text[d.end():de]) if x.kind == "date"]
        if got:
            doc.add(NFO.dateIssued, date_literal(got[0].value),
                    Span(d.end() + got[0].start, d.end() + got[0].end), "date:reply-field")
    return doc
