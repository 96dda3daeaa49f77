"""The parties a record's header names by their part, one a line: "Owner: X Co., Ltd.",
"Client           Y Co., Ltd.", "Receivers    : Z Co., Ltd.", "INSURED   W Co., Ltd.", "Buyer
(Party A):  V Co., Ltd.", a box's "| Seller   | U Co., Ltd. |" (a capitalised word, or "Party A", opening the line, then a colon, a
gap of two spaces or more or dotted leaders, "Respondent ...... Y Co., Ltd.", then an
organisation's name). Weekly
reports, test reports, statements of facts and permits name their parties so and then call
them by the part alone: "the owner's site office", "the client's warehouse in Xi'an", "the
receivers' alumina refinery" are those organisations' (read by
:mod:`kg.ingest.names.facility_nouns`).

A part named by two lines for two organisations stands for neither in the table returned; a
mention after such lines ("No. 1 ... Builder: X ... No. 2 ... Builder: Y ... the builder's
plant") takes the last one printed before it (:func:`party_before`, round 23: a publicity of
several projects in blocks). One pass over the lines' openings: linear in the text."""
from __future__ import annotations

import bisect
import re
from kg.ingest.reading.windows import AtLineStarts

# (a box's cells too: "| Buyer        | X Co., Ltd.   |")
_LABEL = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?P<label>[A-Z][a-z]{2,20}|[A-Z]{3,21}|Party[ \t][A-Z])"
                    r"(?:[ \t]+\((?P<alt>Party[ \t][A-Z])\))?"
                    r"[ \t]*(?::[ \t]*|[ \t]*\|[ \t]*|[ \t]{2,}|\t[ \t]*|\.{3,}[ \t]*)", re.M)
_LABEL_LINES = AtLineStarts(_LABEL)     # (tried only where a line starts)
# "the client's", "the Insured's", "Party A's"
_THE_PART = re.compile(r"(?:\b[Tt]he[ \t\n]+(?P<part>[a-z]{3,21}|[A-Z][a-z]{2,20})"
                       r"|\b(?P<party>Party[ \t][A-Z]))$")


def labelled_parties(text: str, spans_of, kind) -> dict:
    """{part in lower case, singular and as printed: (start, end, organisation)}."""
    at = {}
    for s, e, x in spans_of:
        if x.kind == "org" and not x.role and (s not in at or e > at[s][1]):
            at[s] = (s, e, x)
    if not at:
        return {}
    out: dict = _Parties()
    clash: set = set()
    for m in _LABEL_LINES.finditer(text):
        x = at.get(m.end())
        if x is None:
            continue
        word = m.group("label").lower()
        forms = {word, word[:-1] if word.endswith("s") else word}
        if m.group("alt"):      # "Buyer (Party A):  X Co., Ltd."
            forms.add(" ".join(m.group("alt").lower().split()))
        for w in forms:
            if w in out and out[w][2] is not x[2]:
                clash.add(w)
            out[w] = x
            out.by_line.setdefault(w, []).append((m.start(), x))
    for w in clash:
        del out[w]
    out.by_line = {w: v for w, v in out.by_line.items() if w in clash}
    return out


class _Parties(dict):
    """{part: (start, end, organisation)}, and ``by_line``: for a part named by several lines
    for several organisations, [(where the line starts, (start, end, organisation))] in order."""

    def __init__(self):
        super().__init__()
        self.by_line: dict = {}


def party_before(text: str, p: int, parties: dict):
    """The labelled party "the <part>" right before ``p`` (the start of its "'s") names, or
    None."""
    if not parties and not getattr(parties, "by_line", None):
        return None
    m = _THE_PART.search(text, max(0, p - 30), p)
    if m is None:
        return None
    part = (m.group("part") or " ".join(m.group("party").split())).lower()
    got = parties.get(part)
    rows = getattr(parties, "by_line", {}).get(part) if got is None else None
    if rows:        # (several lines name the part: the last one before the mention)
        i = bisect.bisect_left([r[0] for r in rows], p) - 1
        got = rows[i][1] if i >= 0 else None
    return got
