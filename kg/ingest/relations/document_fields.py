"""Who made a document, said in a labelled field of a form, a log or a notice's record of it:
"Report prepared by: No. 3 Geological Brigade of X", "Logged by: A / B", "Compiled by: C",
"Issued by: D". The organisations and people the field's value names (its line up to a wide
gap, and the indented lines it wraps onto) drafted (prepared, compiled, written, logged,
recorded: ``nfo:draftedBy``) or issued (issued, published, released, registered:
``nfo:issuedBy``, an organisation only) the document (rule ``document:field-by@0.5``; not a name the value denies or leaves
out: "(not by X)", "except Y"):

* the document a line above names in the field's block ("Report title: X Report" over "Report
  prepared by: ..."; no blank line between, eight lines up at most);
* else the document the text is: the one its first lines name (its title, "No. 1 Furnace -- Hot
  Commissioning Log").

A document the graph knows is left alone, as :mod:`document_voices` does. Whom a permit or
licence is given to (:func:`holder_fields`): a holder's field of its record, above or below its
number, or the heading its record opens with ("(2) X Co., Ltd. Y Mine" over "Licence No.:").
One scan of the lines: linear in the text."""
from __future__ import annotations

import bisect
import re

from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.relations.house_org import house
from kg.ingest.relations.record_fields import value_end
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "document:field-by@0.5"
HOLDER_RULE = "document:field-holder@0.5"
ISSUER_RULE = "document:record-issuer@0.45"
# the kinds of what a holder's field may name: an organisation, a project, a site
_HELD_KINDS = ("org", "Project", "place")
_GIVEN = {NFO.PolicyDocument}       # permits, licences, filings (not contracts, not reports)

_FIELD = re.compile(r"(?:^|(?<=[ \t]{3}))[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?P<verb>[Pp]repared|[Dd]rafted|"
                    r"[Cc]ompiled|[Ww]ritten|[Ll]ogged|[Rr]ecorded|[Ii]ssued|[Pp]ublished|"
                    r"[Rr]eleased|[Rr]egistered)[ \t]+by[ \t]*[:：][ \t]*", re.M)
# (a register's "Registered by: X, Legal Department": the office that files the sheet issues it)
_ISSUING = ("issued", "published", "released", "registered")
_CELL_GAP = re.compile(r"[ \t]{3,}")
# a name the value denies or leaves out: "the editorial office (not by X)", "all units except Y"
_DENIED = re.compile(r"\b(?:not|never|except|excluding|rather[ \t]+than|instead[ \t]+of)"
                     r"(?:[ \t]+(?:by|for|from|of))?[ \t]+(?:the[ \t]+)?$", re.I)
# a record's heading: an item's mark ("(2)", "[3]", "4.", "5)") before the holder's name
_ITEM_MARK = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}[.)])[ \t]+(?![^\n:]{1,40}:)")
# a field's line: "Licence No.:  ..." (a short label and a colon before the value)
_FIELD_LINE = re.compile(r"[ \t]*[A-Za-z][\w .()/'-]{0,30}[:：]")
# what may stand between the names of a heading: spaces, commas, "and", a closing point
_JOINER = re.compile(r"[\s,;/&.]*(?:and[\s,]*)?")
RECORD_RULE = "document:record-heading@0.5"
_TITLE_REACH = 300      # characters from the text's start where its own title stands
_BLOCK_LINES = 8


def document_fields(draft, spans_of, kind) -> None:
    text = draft.text
    if " by:" not in text and " by :" not in text and " by：" not in text:
        return
    plain, docs, doc_starts = _documents(spans_of, kind)
    if not docs:
        return
    makers = [x for x in plain if not x[2].role and x[2].kind in ("org", "person")]
    maker_starts = [x[0] for x in makers]
    title = next((x for x in docs if x[0] < _TITLE_REACH), None)
    for m in _FIELD.finditer(text):
        ls, who = _value_names(text, m, makers, maker_starts, lambda x: not _DENIED.search(
            text, max(m.end(), x[0] - 30), x[0]))
        if not who:
            continue
        doc = _block_doc(text, ls, docs, doc_starts) or title
        if doc is None or doc[2].known:
            continue
        issuing = m.group("verb").lower() in _ISSUING
        pred = NFO.issuedBy if issuing else NFO.draftedBy
        for x in who:
            if issuing and x[2].kind != "org":
                continue
            if not doc[2].statements.has(pred, x[2].iri):
                doc[2].add(pred, x[2].iri, Span(m.start(), x[1]), RULE)


@lru_cache(maxsize=1)
def _holder_rx() -> AtLineStarts:
    """A holder's field at a line's start, after an item's mark at most ("[A] Holder:")."""
    labels = alternation("document-holder-fields", r"[ \t]+")
    return AtLineStarts(re.compile(
        r"^[ \t]*(?:(?:\[[A-Z0-9]{1,2}\]|\([A-Za-z0-9]{1,2}\)|\d{1,2}[.)])[ \t]+)?"
        rf"(?P<label>(?i:{labels}))[ \t]*[:：][ \t]*",
        re.M))


def holder_fields(draft, spans_of, kind) -> None:
    """Whom a numbered document was given to, in the fields under its number: "[1] Permit No.:
    6108..." / "Project:  X retrofit project (Phase I)" / "Builder:  Y Co., Ltd." (labels of
    ``data/document-holder-fields.txt``): the document (a new one of a line above, in the same
    block of lines, as :func:`document_fields` finds it) applies to the organisations, projects
    and sites the field's value names (``nfo:appliesTo``, rule ``document:field-holder@0.5``).
    A permit, licence or filing so given (``nfo:PolicyDocument``) with no issuer yet was issued
    by the government body whose text lists it (its letterhead or signature: rule
    ``document:record-issuer@0.45``). One scan of the field labels: linear in the text."""
    text = draft.text
    if ":" not in text:
        return
    plain, docs, doc_starts = _documents(spans_of, kind)
    if not docs:
        return
    held = [x for x in plain if not x[2].role and x[2].kind in _HELD_KINDS]
    held_starts = [x[0] for x in held]
    given = []
    for m in _holder_rx().finditer(text):
        ls, who = _value_names(text, m, held, held_starts)
        if not who:
            continue
        doc = _block_doc(text, ls, docs, doc_starts) or _doc_below(text, ls, m.end(), docs,
                                                                    doc_starts)
        if doc is None or doc[2].known:
            continue
        for x in who:
            if x[2] is not doc[2]:
                doc[2].add(NFO.appliesTo, x[2].iri, Span(m.start("label"), x[1]), HOLDER_RULE)
        if doc[2].cls in _GIVEN:
            given.append(doc)
    given += _headed_records(text, docs, held, held_starts)
    if not given:
        return
    issuer = house(text, [x for x in plain if not x[2].role and x[2].kind == "org"])
    if issuer is None or issuer.cls != NFO.GovernmentBody:
        return
    for a, b, d in given:
        if d.first(NFO.issuedBy) is None:
            d.add(NFO.issuedBy, issuer.iri, Span(a, b), ISSUER_RULE)


def _documents(spans_of, kind):
    """The drafted spans (start, end, entity) by start, no relation nodes but documents; the
    documents among them; their starts."""
    plain = [x for x in spans_by_start(spans_of) if not x[2].role or x[2].kind == "policy"]
    docs = [x for x in plain if x[2].kind == "policy"]
    return plain, docs, [x[0] for x in docs]


def _value_names(text, m, items, starts, keep=None):
    """The start of field ``m``'s line, and the distinct ``items`` (start, end, entity; sorted,
    ``starts`` their starts) its value names whole: the line after the label up to a wide gap
    (a table's next cell), with the indented lines it wraps onto; ``keep`` may refuse one."""
    ls = text.rfind("\n", 0, m.start()) + 1
    le = text.find("\n", m.end())
    le = len(text) if le < 0 else le
    gap = _CELL_GAP.search(text, m.end(), le)
    end = gap.start() if gap is not None else value_end(text, m.end(), le)
    i = bisect.bisect_left(starts, m.end())
    who = []
    while i < len(items) and items[i][0] < end:
        x = items[i]
        if x[1] <= end and all(x[2] is not w[2] and x[0] >= w[1] for w in who) and \
                (keep is None or keep(x)):
            who.append(x)       # (not a place printed inside the name before: "Hebi X Co.")
        i += 1
    return ls, who


def _doc_below(text, ls, at, docs, doc_starts):
    """The document named first in a field below the field at ``at`` (its line at ``ls``) in
    its record (a record that names its holder before its number: "Licensee:  X" over "Licence
    No.:  Y"): the fields of one indent, and the lines their values wrap onto, up to a blank
    line or a line that is neither; None if there is none."""
    indent = _indent(text, ls)
    pos = text.find("\n", at)
    for _ in range(_BLOCK_LINES):
        if pos < 0:
            return None
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        if not text[pos + 1:end].strip():
            return None
        field = _indent(text, pos + 1) == indent and _FIELD_LINE.match(text, pos + 1, end)
        if not field and _indent(text, pos + 1) <= indent:
            return None
        i = bisect.bisect_left(doc_starts, pos + 1)
        if field and i < len(docs) and docs[i][0] < end:
            return docs[i]
        pos = end
    return None


def _indent(text, ls) -> int:
    n = ls
    while n < len(text) and text[n] in " \t":
        n += 1
    return n - ls


def _headed_records(text, docs, held, held_starts) -> list:
    """A record headed by its holder's name on an item's line, its number in a field below:
    "(2) X Co., Ltd. Y Mine" over "Licence No.:  Z": the permit, licence or filing (a new
    ``nfo:PolicyDocument``) applies to each organisation and site the heading names, when the
    heading holds nothing but names (rule ``document:record-heading@0.5``). The documents given
    so."""
    out = []
    for a, b, doc in docs:
        if doc.known or doc.cls not in _GIVEN or doc.first(NFO.appliesTo) is not None:
            continue
        ls = text.rfind("\n", 0, a) + 1
        if not _FIELD_LINE.match(text, ls, a):
            continue
        top = _block_top(text, ls)
        if top is None:
            continue
        mark = _ITEM_MARK.match(text, top)
        if mark is None:
            continue
        le = text.find("\n", mark.end())
        le = len(text) if le < 0 else le
        i = bisect.bisect_left(held_starts, mark.end())
        named, rest, pos = [], [], mark.end()
        while i < len(held) and held[i][0] < le:
            x = held[i]
            i += 1
            if x[0] < pos or x[1] > le:
                continue
            rest.append(text[pos:x[0]])
            named.append(x)
            pos = x[1]
        rest.append(text[pos:le])
        if not named or any(_JOINER.fullmatch(r) is None for r in rest):
            continue
        for x in named:
            doc.add(NFO.appliesTo, x[2].iri, Span(top, x[1]), RECORD_RULE)
        out.append((a, b, doc))
    return out


def _block_top(text, ls):
    """The start of the first line of the block of lines holding the line at ``ls`` (eight
    lines up at most), or None when it runs further."""
    for _ in range(_BLOCK_LINES):
        if ls <= 0:
            return 0
        start = text.rfind("\n", 0, ls - 1) + 1
        if not text[start:ls - 1].strip():
            return ls
        ls = start
    return None


def _block_doc(text, ls, docs, doc_starts):
    """The last document named on the lines above ``ls`` in its block, or None."""
    pos = ls
    for _ in range(_BLOCK_LINES):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        if not text[start:pos - 1].strip():
            return None
        i = bisect.bisect_left(doc_starts, start)
        if i < len(docs) and docs[i][0] < pos - 1:
            return docs[i]
        pos = start
    return None
