"""Who issued a document, where its name or the layout of the text says so rather than a verb:

* the body named right before the document's name: "MOFCOM Announcement No. 41 of 2026",
  "the NDRC's Notice on ...", "CSRC Order No. 5", "Zijin Mining's 2025 annual report" (rule
  ``document:issuer-before-name``): a name, then nothing but a space or "'s";
* the text itself, signed at its end: a notice or announcement whose title heads the text and
  whose last lines name an organisation over the date ("Board of Directors of X Co., Ltd." /
  "2 April 2026") was issued by that organisation, and by each of the bodies that sign it one
  a line ("Ministry of Finance" / "Ministry of Commerce" / "3 May 2027"), also when no rule
  read those lines as names (a right-aligned block: a line that prints only the name of an
  organisation the text names elsewhere) (rule ``document:signed-by``; which document is the
  text: :func:`kg.ingest.events.signed_document.signed_title`); a title under a letterhead
  is issued by the office that signs it too ("Party Committee Office (seal)" over a date set
  right); a distribution footer's lines ("Copied to: members of the leading group",
  ``data/distribution-labels.txt``) name no signer.

Only new documents that have no issuer yet get one; only organisations issue. One pass over the
documents' mentions, a bisect per mention: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.signed_document import signed_title
from kg.ingest.lexicon import lines
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.relations.house_org import letterhead
from kg.ingest.reading.dates import signature_date
from kg.ingest.terms import NFO

# what may stand between the issuer's name and the document's: a space, "'s", "’s"
_GAP = re.compile(r"(?:['\u2019]s)?[ \t]+")
_SIGNATURE_LINES = 3     # the lines over the signature's date that may name the signer


def document_issuers(draft, spans_of, kind) -> int:
    """Add ``nfo:issuedBy`` to the new documents whose name or signature names their issuer;
    returns how many were added."""
    text = draft.text
    rows = [x for x in spans_of if x[2].cls not in RELATION_NODES]
    orgs = sorted((x for x in rows if x[2].kind == "org"), key=lambda x: x[1])
    ends = [x[1] for x in orgs]
    docs = sorted((x for x in rows if x[2].kind == "policy" and not x[2].known),
                  key=lambda x: x[0])
    n = 0
    done: set = set()
    for s, e, doc in docs:
        if id(doc) in done or any(st[0] == NFO.issuedBy for st in doc.statements):
            continue
        org = _named_before(text, orgs, ends, s)
        if org is not None:
            doc.add(NFO.issuedBy, org[2].iri, Span(org[0], e), "document:issuer-before-name")
            done.add(id(doc))
            n += 1
    signers = _signers(text, orgs)
    head = letterhead(text, sorted((x for x in orgs if x[2].cls != NFO.MediaOutlet),
                                   key=lambda x: x[0])) if signers else None
    if head is not None and all(x[2] is not head[0] for x in signers) and any(
            x[2] is head[0] and x[0] >= signers[0][0] - _CO_SIGNED for x in orgs):
        signers = []        # the letterhead's organisation signs too, among other parties
        # ("Agents ... X Agency Co., Ltd." beside "Receivers' representative: ... Y Co., Ltd."):
        # the text is the letterhead's (read below)
    if signers:
        for _, _, doc in docs:
            # (a title under a letterhead: the office that signs it at its foot issued it too,
            # "Party Committee Office (seal)" under "X Co., Ltd.")
            headed = [st for st in doc.statements if st[0] == NFO.issuedBy]
            if id(doc) in done or any(not st[3].startswith("document:letterhead")
                                      for st in headed) or headed and doc.rule == _BLOCK_RULE:
                continue    # (a title block's signature is that reader's: names/title_fields)
            if signed_title(text, doc) is not None:
                for signer in signers:
                    if headed and not _alone(text, signer[0], signer[1]):
                        continue    # ("Bureau, Committee of X" over the date: which one?)
                    if not doc.statements.has(NFO.issuedBy, signer[2].iri):
                        doc.add(NFO.issuedBy, signer[2].iri, Span(signer[0], signer[1]),
                                "document:signed-by")
                        n += 1
                done.add(id(doc))
    n += _under_letterhead(text, orgs, docs, done)
    return n


_BLOCK_RULE = "document:title-block"
_UNIT_COMMA = re.compile(r",[ \t]*\n?[ \t]*")
_ASIDES = re.compile(r"\((?:seal|stamp|signature|signed|chop)\)", re.I)


def _alone(text: str, s: int, e: int) -> bool:
    """Whether the name at s..e fills its line (a "(seal)" aside at most)."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    return "\n" not in text[s:e] and not text[ls:s].strip() and \
        not _ASIDES.sub("", text[e:le]).strip(" \t,;")


_CO_SIGNED = 400    # how far over the signer the letterhead's organisation may sign beside it
_UNDER = 400        # how far under the letterhead's line the document's title may begin


def _under_letterhead(text, orgs, docs, done) -> int:
    """The text's own title printed under its letterhead ("X SHIPPING AGENCY CO., LTD." /
    "STATEMENT OF FACTS"): the first new document named there, not a standard, is issued by
    the letterhead's organisation (rule ``document:letterhead@0.5``), or by the office printed
    alone on the line under it (rule ``document:letterhead-unit@0.5``: :func:`_unit_line`)."""
    head = letterhead(text, sorted((x for x in orgs if x[2].cls != NFO.MediaOutlet),
                                   key=lambda x: x[0]))
    if head is None:
        return 0
    org, line_end = head
    for s, e, doc in docs:
        if s < line_end or id(doc) in done or str(doc.cls).endswith("Standard"):
            continue
        if s > line_end + _UNDER:
            break
        if text[text.rfind("\n", 0, s) + 1:s].strip():
            continue        # a title opens its line; not a document the text cites
        if not any(st[0] == NFO.issuedBy for st in doc.statements):
            unit = _unit_line(text, orgs, org, line_end, s)
            if unit is not None:    # (the office under the body's name wrote it)
                doc.add(NFO.issuedBy, unit.iri, Span(s, e), "document:letterhead-unit@0.5")
            else:
                doc.add(NFO.issuedBy, org.iri, Span(s, e), "document:letterhead@0.5")
            done.add(id(doc))
            return 1
        break
    return 0


_ASIDE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*")


def _unit_line(text, orgs, org, line_end: int, title: int):
    """The organisation printed alone on the line right under the letterhead's (a bracketed
    aside after it at most), above the title: the department or office of the letterhead's
    body that wrote the text ("X CO., LTD." / "Supply Chain Management Department" /
    "Results of ..."), which issued it, as the other letterhead readers give a title the
    body named nearest it (names/heading_documents.py); else None."""
    ls = line_end + 1
    if ls >= title:
        return None
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    if le >= title:
        return None
    on_line = sorted((x for x in orgs if ls <= x[0] < le), key=lambda x: (x[0], -x[1]))
    if not on_line:
        return None
    s, e, ent = on_line[0]
    if ent is not org and not text[ls:s].strip() and _ASIDE_END.fullmatch(text, e, le):
        return ent
    return None


def _named_before(text: str, orgs, ends, s: int):
    """The organisation whose name ends right before ``s`` (a space or "'s" between), or None;
    the longest such name."""
    i = bisect.bisect_right(ends, s) - 1
    best = None
    while i >= 0 and ends[i] >= s - 4:
        os_, oe, org = orgs[i]
        if _GAP.fullmatch(text, oe, s) and (best is None or os_ < best[0]):
            best = orgs[i]
        i -= 1
    return best


def _signers(text: str, orgs) -> list:
    """The organisations that sign a text jointly, one a line over its date ("Ministry of
    Finance" / "Ministry of Commerce" / "3 May 2027"): each that fills its line; else the one
    :func:`_signer` finds."""
    sig = signature_date(text)
    if sig is None:
        return []
    one = _signer(text, orgs)
    if one is None:
        return _named_lines(text, orgs, sig.start)
    out = []
    for x in orgs:
        if x[1] <= sig.start and x[0] >= one[0] - 600:
            ls = text.rfind("\n", 0, x[0]) + 1
            le = text.find("\n", x[1])
            if not text[ls:x[0]].strip() and not text[x[1]:le].strip(" \t,;") \
                    and all(o[2] is not x[2] for o in out) and _over(text, x[1], sig.start):
                out.append(x)
    return out if one in out else [one]


def _named_lines(text: str, orgs, sig: int) -> list:
    """The lines right over the signature's date (up to the first blank line, at most
    ``_SIGNATURE_LINES``) that print nothing but the name of an organisation the text names
    elsewhere (a signature block no rule read as a name: "    X Co., Ltd." / "    Y Tendering
    Co., Ltd." / "    9 October 2026"): [(start, end, organisation)], top line first."""
    by_name = {}
    for _, _, ent in orgs:
        for name in (ent.label, *ent.aliases):
            by_name.setdefault(" ".join(name.split()).lower(), ent)
    out, pos = [], text.rfind("\n", 0, sig) + 1      # (the date's line starts there)
    if text[pos:sig].strip():
        return []
    pos = _over_gap(text, pos)
    for _ in range(_SIGNATURE_LINES):
        if pos <= 0:
            break
        ls = text.rfind("\n", 0, pos - 1) + 1
        line = text[ls:pos - 1].strip()
        if not line:
            break
        ent = by_name.get(" ".join(line.rstrip(" ,;").split()).lower())
        if ent is None:
            break
        a = ls + len(text[ls:pos - 1]) - len(text[ls:pos - 1].lstrip())
        out.append((a, a + len(line), ent))
        pos = ls
    return out[::-1]


def _over_gap(text: str, ls: int) -> int:
    """Where the signature block over a date's line (starting at ``ls``) ends: ``ls``; or, when
    one blank line stands between them and the line over it has words, the blank line's start
    (a page that sets a blank line between every two lines: "Henan X Department" / "" /
    "15 December 2026")."""
    if ls <= 0:
        return ls
    bs = text.rfind("\n", 0, ls - 1) + 1           # the line over the date's
    if text[bs:ls].strip() or bs <= 0:
        return ls
    above = text.rfind("\n", 0, bs - 1) + 1
    return bs if text[above:bs].strip() else ls


def _over(text: str, end: int, sig: int) -> bool:
    """Only lines that are names (no blank line, at most ``_SIGNATURE_LINES`` lines) between a
    signer's line and the signature's date (one blank line right over the date's line aside)."""
    ls = text.rfind("\n", 0, sig) + 1
    between = text[end:_over_gap(text, ls) if not text[ls:sig].strip() else sig]
    return "\n\n" not in between.replace(" ", "").replace("\t", "") and \
        between.count("\n") <= _SIGNATURE_LINES


@lru_cache(maxsize=1)
def _distribution() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in
                   sorted(lines("distribution-labels"), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{alt})[ \t]*:", re.I)


def _cut_short(text: str, x) -> bool:
    """Whether a new organisation is printed there by the first words of its name only ("Xi'an
    Customs" read as "Xi'an Customs Technology Center"): the body that signs is another."""
    printed = " ".join(text[x[0]:x[1]].split()).lower()
    label = x[2].label.lower()
    return not x[2].known and label != printed and label.startswith(printed + " ")


def _signer(text: str, orgs):
    """The organisation named on the lines right over the date a text is signed with at its end
    (the one named last there), or None; a distribution footer's lines ("Copied to: members of
    the leading group") name no signer."""
    sig = signature_date(text)
    if sig is None:
        return None
    lo, pos, seen = sig.start, sig.start, 0
    ls0 = text.rfind("\n", 0, sig.start) + 1
    if not text[ls0:sig.start].strip():
        lo = pos = _over_gap(text, ls0)     # (a date set right, spaces before it on its line;
        #                                     a blank line over it: see _over_gap)
    while seen < _SIGNATURE_LINES and pos > 0:
        ls = text.rfind("\n", 0, pos - 1) + 1
        if not text[ls:pos].strip() or _distribution().match(text, ls, pos):
            break           # (a blank line: the signature block ends)
        lo, pos, seen = ls, ls, seen + 1
    named = [x for x in orgs if lo <= x[0] and x[1] <= sig.start and not _cut_short(text, x)]
    if not named:
        return None
    best = max(named, key=lambda x: (x[1], x[1] - x[0]))
    # "Economic Development Bureau, Administrative Committee of X": the unit before its parent
    unit = next((x for x in named if x[1] < best[0] and _UNIT_COMMA.fullmatch(text, x[1], best[0])),
                None)
    return unit or best
