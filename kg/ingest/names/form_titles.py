"""Documents a form names in a field by their title: a contract summary sheet's "Contract title |
Natural Gas Supply Contract (2027-2029)" (a box of "|" cells), a register's "Name of agreement:
Framework Agreement on ...", "Document title      Measures for ..." (labels of
``data/form-title-labels.txt``, then a colon, a "|" or a gap of two spaces or more, then the
value to the cell's or the line's end).

* The value is the document when it is printed in title case and names a kind of document
  (``data/document-kinds.txt``, ``data/heading-document-kinds.txt``; a period in brackets may
  follow: "(2027-2029)"): one entity of the label's class (rule ``document:form-title``, 0.55),
  labelled as printed; a document another rule read on the same place is that one.
* A form that titles one agreement so records it: the parties its header fields name by their
  part ("| Buyer | X Co., Ltd.", "Seller: Y Co., Ltd.") and its day of signing ("Date of
  signing | 25 November 2026") are that agreement's
  (:func:`kg.ingest.names.heading_agreements.read_agreement_header`).
* The text's own document (the form's heading or title block: "CONTRACT SUMMARY SHEET") is about
  the document it titles (:func:`own_about`, rule ``document:form-about``, after the heading
  readers ran).

One regex pass over the lines' openings, each match bounded: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.heading_agreements import read_agreement_header
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts

RULE, CONFIDENCE = "document:form-title", 0.55
ABOUT_RULE = "document:form-about"
_OWN_RULES = ("document:headline", "document:heading", "document:title-block")
_SMALL = frozenset(("of", "on", "the", "and", "for", "in", "to", "a", "an", "by", "with", "at",
                    "from", "regarding", "concerning", "about", "between", "or", "its"))


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern, dict[str, str]]:
    table = {}
    for ln in lines("form-title-labels"):
        label, cls = re.split(r"\s{2,}", ln.strip())
        table[" ".join(label.lower().split())] = cls
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                   for w in sorted(table, key=len, reverse=True))
    rx = re.compile(rf"^[ \t]*(?:\|[ \t]*)?(?P<label>{alt})[ \t]*(?::|\||[ \t]{{2,}})[ \t]*"
                    r"(?P<v>[^|\n]{3,150})", re.I | re.M)
    return AtLineStarts(rx), table      # (tried only where a line starts)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("document-kinds", "heading-document-kinds"):
        for ln in lines(name):
            word, cls = ln.split()
            out.setdefault(word.lower(), cls)
    return out


# "the contract", "this agreement" with no word of its own: the one the form titles (not "the
# current contract", "the contract price")
_REFERRED = re.compile(r"(?:[Tt]he|[Tt]his)[ \t\n]+(?:contract|agreement)")


_AS_OF = re.compile(r"[ \t]*\((?:as[ \t]+(?:of|at)|valid|revised|draft)\b[^()]{0,40}\)$", re.I)
_PERIOD = re.compile(r"[ \t]*\([^()]{1,30}\)[ \t]*$")


def _title(value: str):
    """The class named by the title ``value`` (its last kind word), or None when it is no
    title: not in title case, or naming no kind of document."""
    core = _PERIOD.sub("", value).strip()
    words = [w.strip(",;:\"'") for w in core.split()]
    big = [w for w in words if w.lower() not in _SMALL and any(c.isalpha() for c in w)]
    if len(big) < 2 or any(not (w[:1].isupper() or w[:1].isdigit()) for w in big):
        return None
    kinds = _kinds()
    for w in reversed(words):
        cls = kinds.get(w.lower())
        if cls is not None:
            return cls
    return None


_WRAP_LINES = 3         # a title's value wraps onto at most this many more lines
_FIELD = re.compile(r"[^:|]{1,30}:(?:[ \t]|$)")


def _wrapped(text: str, vs: int, ve: int) -> int:
    """Where a field's value that wraps ends: the lines under it whose words start at the
    value's column (a box's "|" cell or spaces before them), no field of their own."""
    col = vs - (text.rfind("\n", 0, vs) + 1)
    end = ve
    for _ in range(_WRAP_LINES):
        ls = text.find("\n", end)
        if ls < 0:
            break
        ls += 1
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        line = text[ls:le]
        lead, rest = line[:col], line[col:]
        if lead.strip(" \t|") or not rest[:1].strip() or _FIELD.match(rest):
            break
        cell = re.split(r"[ \t]*\||[ \t]{3,}", rest)[0].rstrip()
        if not cell:
            break
        end = ls + col + len(cell)
        if len(cell) < len(rest.rstrip(" \t|")):
            break       # (another field beside it)
    return end


def _closed(value: str) -> str:
    """``value`` up to a bracket it opens and never closes ("Supply Contract (2027-": a cell cut
    short, a note broken off): the title is what is before it."""
    opened = []
    for i, c in enumerate(value):
        if c in "([\uff08":
            opened.append(i)
        elif c in ")]\uff09" and opened:
            opened.pop()
    return value[:opened[0]].rstrip() if opened else value


def propose(draft, spans_of, minter) -> list:
    """Add the documents a form's fields title to the draft and to ``spans_of``."""
    text = draft.text
    rx, table = _labels()
    made = []
    for m in rx.finditer(text):
        raw = m.group("v")
        value = re.split(r"[ \t]{3,}", raw)[0].rstrip()    # (another field after a wide gap)
        if len(value) < 3:
            continue
        e = m.start("v") + len(value)
        if len(value) == len(raw.rstrip()):
            e = _wrapped(text, m.start("v"), e)
            value = text[m.start("v"):e]
        value = _closed(value)
        e = m.start("v") + len(value)
        named = _title(" ".join(value.split()))
        if named is None:
            continue
        cls = table[" ".join(m.group("label").lower().split())]
        if cls != "Agreement" and named != "Agreement":
            cls = named
        s = m.start("v")
        had = [x for x in spans_of if x[0] <= s and e <= x[1] and not x[2].known
               and (x[2].cls == NFO.Agreement or x[2].cls == NFO[cls])]
        if had:
            ent = had[0][2]
        else:
            label = " ".join(value.split())
            label = _AS_OF.sub("", label)      # "(as of 31 December 2025)": no word of its name
            ent = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            ent.mentions.append(Span(s, e))
            spans_of.append((s, e, ent))
        made.append(ent)
    agreements = [x for x in made if x.cls == NFO.Agreement]
    if len(agreements) == 1:        # (a register of several: whose fields, the form does not say)
        read_agreement_header(text, spans_of, agreements[0])
    draft.__dict__["_form_titled"] = made
    return made


def own_about(draft, spans_of) -> int:
    """``nfo:about`` from the text's own document to the document its form titles; an agreement
    another rule read only from "the contract" / "this contract" in the form is that one (it
    goes)."""
    made = draft.__dict__.get("_form_titled") or []
    if len(made) != 1 or made[0].iri not in draft.entities:
        return 0
    doc = made[0]
    text = draft.text
    if doc.cls == NFO.Agreement:
        gone = [x for x in draft.entities.values() if x is not doc and not x.known
                and x.cls == NFO.Agreement and x.rule == "event:bare-noun" and x.mentions
                and all(_REFERRED.fullmatch(text, m.start, m.end) or _REFERRED.fullmatch(
                    text, max(0, m.start - 5), m.end) for m in x.mentions)]
        for x in gone:
            draft.entities.pop(x.iri, None)
        ids = {id(x) for x in gone}
        spans_of[:] = [x for x in spans_of if id(x[2]) not in ids]
    own = [x for x in spans_of if x[2].rule in _OWN_RULES and x[2] is not doc
           and not x[2].known and x[2].iri in draft.entities]
    if not own:
        return 0
    s, e, ent = min(own, key=lambda x: x[0])
    m = doc.mentions[0]
    ent.add(NFO.about, doc.iri, Span(min(s, m.start), max(e, m.end)), ABOUT_RULE)
    return 1


_EVENT_CLASSES = ("Event", "Milestone", "Meeting")


def table_events(draft, kind_of) -> int:
    """The steps a form lists in its tables (drafted, reviewed, approved, signed: events the
    dated-row readers read out of a "Step / Person / Date" table) are about the one agreement
    the form titles (rule ``agreement:form-step@0.5``). Run after those readers."""
    from kg.ingest.reading.table_positions import in_table
    made = draft.__dict__.get("_form_titled") or []
    if len(made) != 1 or made[0].cls != NFO.Agreement or made[0].iri not in draft.entities:
        return 0
    doc, text, n = made[0], draft.text, 0
    for ent in list(draft.entities.values()):
        if ent.known or kind_of(ent.cls) != "event" or not ent.mentions:
            continue
        m = ent.mentions[0]
        if m.start < doc.mentions[0].end or not in_table(text, m.start):
            continue
        if not ent.statements.has(NFO.about, doc.iri):
            ent.add(NFO.about, doc.iri, Span(m.start, m.end), "agreement:form-step@0.5")
            n += 1
    return n
