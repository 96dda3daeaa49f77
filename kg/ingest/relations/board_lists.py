"""The directors of a listed company as its announcement lists them, and a signature block:

* "As at the date of this announcement, the executive Directors are Mr. A and Ms. B; the
  non-executive Director is Mr. C; and the independent non-executive Directors are Mr. D and
  Dr. E", "the Board comprises Mr. A and Ms. B as executive Directors and Mr. C as independent
  non-executive Director": each person of a part (the parts split at ";") holds the directorship
  that part names, in the company the announcement calls 'the "Company"' (rule
  ``post:board-list@0.6``; no such company, no post);
* a signature of three lines, the organisation's name, then a person's, then a role
  ("X Holdings Limited" / "Zhou Ming" / "Chairman and Executive Director"), whatever their
  indentation (centred under "By order of the Board": relations/stacked_posts.py reads the
  lines that start at one column): the person's post in that organisation, with the first role
  of the line (``post:signature-block@0.6``).

A person the post rules before gave a post in that organisation keeps it (post_nodes.make_post).
One look at each paragraph that names a directorship, and at each person's line: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading import scans_ahead
from kg.ingest.reading.windows import Near
from kg.ingest.relations.post_nodes import make_post

BOARD_RULE, SIGNATURE_RULE, CONFIDENCE = "post:board-list@0.6", "post:signature-block@0.6", 0.6
_DIRECTORSHIP = re.compile(r"\b(?P<ind>independent[ \t\n]+)?(?P<non>non-)?executive[ \t\n]+"
                           r"directors?\b", re.I)
# (the text's scan tried only in the sentences that print "executive": reading/windows.py)
_DIRECTORSHIPS = Near(_DIRECTORSHIP, ("executive",), lower=True, stops=".")
_SCAN = ("kg.ingest.relations.board_lists", "directorship_pattern")


def directorship_pattern():
    """The directorships' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _DIRECTORSHIPS


# the company the announcement defines: 'X Holdings Limited (the "Company")'
_DEFINED = re.compile(r"[ \t\n]*\((?:the[ \t\n]+)?[\"\u201c](?:the[ \t\n]+)?Company[\"\u201d]\)")
# the list's verb after the directorship ("the executive Directors are"), or "as" before it
# ("Mr. A and Ms. B as executive Directors")
_LISTED = re.compile(r"[ \t\n]+(?:are|is|comprise|include)\b", re.I)
_AS = re.compile(r"\bas[ \t\n]+(?:an?[ \t\n]+)?(?:the[ \t\n]+)?$", re.I)


def _role(m) -> str:
    if m.group("ind"):
        return "Independent Non-executive Director"
    return "Non-executive Director" if m.group("non") else "Executive Director"


def _company(text, spans_of, kind):
    """The organisation the text defines as 'the "Company"', or None."""
    for s, e, ent in spans_of:
        if not ent.role and kind(ent) == "org" and _DEFINED.match(text, e):
            return ent
    return None


def board_lists(draft, minter, spans_of, roles, kind) -> None:
    text = draft.text
    people = sorted((s, e, ent) for s, e, ent in spans_of if ent.kind == "person")
    if not people:
        return
    company = None
    looked = False
    done = set()
    for m in scans_ahead.finditer(_DIRECTORSHIPS, text, _SCAN):     # (maybe read ahead)
        lo = text.rfind("\n\n", 0, m.start()) + 2 if "\n\n" in text[:m.start()] else 0
        if lo in done:
            continue
        done.add(lo)
        hi = text.find("\n\n", m.end())
        hi = len(text) if hi < 0 else hi
        if not looked:
            company, looked = _company(text, spans_of, kind), True
        if company is None:
            return
        start = lo
        for part_end in [x.start() for x in re.finditer(";", text[lo:hi])] + [hi - lo]:
            a, b = start, lo + part_end
            start = b + 1
            found = list(_DIRECTORSHIP.finditer(text, a, b))
            if len(found) != 1:
                continue        # no directorship, or two: whose is whose is not read here
            if not (_LISTED.match(text, found[0].end())
                    or _AS.search(text, a, found[0].start())):
                continue        # "A, executive director of X, said": the post rules' phrase
            for s, e, person in people:
                if a <= s and e <= b and person is not company:
                    make_post(draft, minter, person, company, _role(found[0]), Span(s, e),
                              BOARD_RULE, CONFIDENCE)
    # signature blocks: organisation / person / role, one a line
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    whole = {}
    for s, e, ent in spans_of:
        if ent.role:
            continue
        whole.setdefault((s, e), ent)
    for i, (a, b) in enumerate(lines[1:-1], start=1):
        seg = text[a:b]
        ps, pe = a + len(seg) - len(seg.lstrip()), a + len(seg.rstrip())
        person = whole.get((ps, pe))
        if person is None or person.kind != "person":
            continue
        (oa, ob), (ra, rb) = lines[i - 1], lines[i + 1]
        oseg, rseg = text[oa:ob], text[ra:rb]
        org = whole.get((oa + len(oseg) - len(oseg.lstrip()), oa + len(oseg.rstrip())))
        if org is None or org.kind != "org":
            continue
        r0 = ra + len(rseg) - len(rseg.lstrip())
        role = roles.match(text, r0, ra + len(rseg.rstrip()))
        if role is None:
            continue
        make_post(draft, minter, person, org, role.group(1), Span(ps, role.end()),
                  SIGNATURE_RULE, CONFIDENCE)
