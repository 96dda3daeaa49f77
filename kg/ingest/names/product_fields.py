"""Products a record prints under a label of its own: a spot check's or a test report's
"Product:  Pure titanium vacuum cup, 450 ml, model TB-450", a certificate's "Product    Al99.70
remelted aluminium ingot", a form's "| 3. Goods | Vanadium-aluminium master alloy (brand AlV85), |"
(the labels: ``data/product-field-labels.txt``).

A line that opens (after its indentation, a table's bar or an item's number) with such a label,
then a colon, a bar or a gap of two spaces or more, gives its value to the line's end or the
cell's bar. The value is the product's name up to a bracket or a lot, batch or number ("12 um
battery foil, lot 2611-07 (31.2 t)": "12 um battery foil"). It is no product when it is a row
of several columns ("Product   27 Nov   20 Nov   Change": a table's header), when it has no word
in lower case (a day, a figure), when it opens in lower case, when it ends in a legal form, or
when another name the draft has already covers any of its words but known ones (a metal, a
field, a known product: "Copper cathode" is linked as known). Else a new ``nfo:Product`` (rule
``product:labelled-field``, 0.5) labelled by the value, its model ("model TB-450") and brand
("(brand AlV85)") aliases.

Its maker: the organisation named in a field labelled "Producer", "Manufacturer", ... a few lines
above or below in the same block (``data/product-maker-labels.txt``; no blank or ruled line
between), ``nfo:producedBy`` (rule ``product:maker-field``). :func:`field_org` is the same look
for a vessel's "Owners" (:mod:`kg.ingest.names.vessel_names`). One pass over the lines that
print a label: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "product:labelled-field", 0.5
MAKER_RULE = "product:maker-field"
_NEAR = 4           # how many lines above or below a maker's field may stand
# where the name ends: a bracket, ", lot", "; ", ", batch", ", No."
_CUT = re.compile(r"[ \t]*\(|[;,][ \t]*(?:lot|batch|No\.|serial|grade|quantity|qty)\b|;", re.I)
_COLUMNS = re.compile(r"\S[ \t]{2,}\S")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_LEGAL_END = re.compile(r"\b(?:Ltd|Co|Inc|Corp|LLC|GmbH|S\.A|PLC)\.?$", re.I)
_MODEL = re.compile(r"\bmodel[ \t]+(?P<m>[A-Z0-9][\w./-]*\d[\w./-]*)")
_BRAND = re.compile(r"\(brand[ \t]+(?P<m>[A-Z0-9][\w./-]*)")
_RULED = re.compile(r"[ \t|+]*[-=]{5,}")


def _label_alt(labels) -> str:
    alts = []
    for lab in sorted(labels, key=len, reverse=True):
        head, rest = lab[0], re.escape(lab[1:]).replace(r"\ ", r"[ \t]+")
        alts.append(f"[{head.upper()}{head.lower()}]{rest}")
    return "|".join(alts)


@lru_cache(maxsize=None)
def _fields():
    products = _label_alt(lines("product-field-labels"))
    field = re.compile(rf"(?m)^[ \t]*(?:\|[ \t]*)?(?:\d{{1,2}}\.[ \t]*)?(?:{products})[ \t]*"
                       r"(?::[ \t]*|\|[ \t]*|[ \t]{2,})(?P<value>[^\n|]*)")
    makers = {}
    for ln in lines("product-maker-labels"):
        lab, rel = (x.strip() for x in ln.split("|"))
        makers[lab] = rel
    maker = {rel: re.compile(rf"[ \t]*(?:\|[ \t]*)?(?:{_label_alt([k for k, r in makers.items() if r == rel])})"
                             r"[ \t]*(?::|\|)[ \t]*") for rel in set(makers.values())}
    return field, maker


def field_org(text: str, spans_of, kind_of, at: int, rel: str):
    """(start, end, organisation) named in a field labelled for ``rel`` ("producer", "owner")
    within a few lines of the line of ``at``, in the same block, else None."""
    maker = _fields()[1].get(rel)
    if maker is None:
        return None
    ls = text.rfind("\n", 0, at) + 1
    starts = [ls]
    p = ls
    for _ in range(_NEAR):          # the lines above, up to a blank or ruled line
        q = text.rfind("\n", 0, max(0, p - 1)) + 1
        if p == 0 or not text[q:p - 1].strip() or _RULED.match(text, q):
            break
        starts.append(q)
        p = q
    p = ls
    for _ in range(_NEAR):          # and below
        e = text.find("\n", p)
        if e < 0:
            break
        q = e + 1
        end = text.find("\n", q)
        end = len(text) if end < 0 else end
        if not text[q:end].strip() or _RULED.match(text, q):
            break
        starts.append(q)
        p = q
    for q in starts:
        m = maker.match(text, q)
        if m is None:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        orgs = sorted((x for x in spans_of if m.end() <= x[0] < end and kind_of(x[2].cls) == "org"
                       and not x[2].role), key=lambda x: x[0])
        if orgs:
            return orgs[0]
    return None


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the products printed under a label of their own to the draft and to ``spans_of``."""
    text = draft.text
    field = _fields()[0]
    made = []
    names = {normalise_name(e.label) for e in draft.entities.values()}
    for m in field.finditer(text):
        a, raw = m.start("value"), m.group("value")
        cut = _CUT.search(raw)
        value = (raw[:cut.start()] if cut else raw).rstrip(" \t,.;:")
        b = a + len(value)
        if not value or _COLUMNS.search(value) or not (value[0].isupper() or value[0].isdigit()
                                                       or value[0] in "\"\u201c"):
            continue
        if not _LOWER_WORD.search(value) or _LEGAL_END.search(value) or len(value) > 100:
            continue
        if normalise_name(value) in names:
            continue
        if any(x[0] < b and a < x[1] and not (x[2].known or x[2].cls in (NFO.Metal, NFO.Field))
               for x in spans_of):
            continue        # (a name another rule read there)
        if any(x[0] == a and x[1] == b and x[2].known for x in spans_of):
            continue        # (a known product: linked as known)
        label = " ".join(value.split())
        ent = Entity(minter.mint(label), NFO.Product, label, False, RULE, CONFIDENCE)
        ent.mentions.append(Span(a, b))
        for code in (_MODEL.search(value), _BRAND.search(raw)):
            if code is not None:
                ent.aliases.add(code.group("m").rstrip(".,"))
        draft.entities[ent.iri] = ent
        names.add(normalise_name(label))
        made.append((a, b, ent))
        org = field_org(text, spans_of, kind_of, a, "producer")
        if org is not None:
            ent.add(NFO.producedBy, org[2].iri, Span(min(a, org[0]), max(b, org[1])), MAKER_RULE)
    spans_of.extend(made)
    return [x[2] for x in made]
