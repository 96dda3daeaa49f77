"""The metals of a list the article is, read from its lead paragraph: a notice, list or
bulletin the article is (its title is the article's headline, heading or title block) whose
sentences give it no metal, whose article has no one metal for it, and whose first prose
paragraph introduces the rows below it ("below", "the following", "as follows", "listed", or
a closing colon), concerns the metals its title and that paragraph name, two or more ("the
bureau inspected the closed small mines of the counties, most of them tin, tungsten and antimony
pits. The six mines below passed"), or one that the sentence introducing the rows names ("the
permits of the tungsten works renewed this month are listed below"), not one printed inside
another entity's name ("X Molybdenum Co., Ltd."): the lead states the
list's scope. Rule ``document:lead-metals@0.5``, a guess a reviewer confirms. The lead
paragraph is the first paragraph (blank-line separated) after the title that reads as prose:
long enough, with a sentence's end, not an addressee line ("To the bureaus of A and B:"), a
block of fields ("Date: ... No.: ...") nor one with dotted leaders (a table of contents, a
form).

Measured on dev sets 2-72 while writing it: the article's own document only (a report or
notice merely named at the top, "FIRST CIRCULAR", "ABOUT THIS REPORT", lets its lead name the
metals of the meeting or the company instead: 2 of 12 right); two metals or more (one metal
the lead names is one the article, not about it, names in passing: 1 of 5 right); and a lead
that introduces a list (any own document's lead: 18 of 27 right on dev sets, 0 of 3 on the
check sets). Round 50, on dev sets 2-112: a lead that introduces the list and names one metal
in the sentence that introduces the rows names their scope too ("the four filings by tin
smelters are listed below"): 2 of 2 right (one metal named in another sentence of such a lead,
"the town's work centred on cobalt. Its results are reported as follows", 1 of 4; one metal in
a lead that introduces no list, 1 of 7). One look per own document: linear in the article's
names."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.names.nesting import containers
from kg.ingest.terms import NFO

RULE = "document:lead-metals@0.5"
OWN_RULES = ("document:headline", "document:heading", "document:title-block")
_PROSE = 100            # characters a lead paragraph has at least
_PARAGRAPHS = 4         # paragraphs after the title looked at for the lead
_BREAK = re.compile(r"\n[ \t]*\n")
_LEADERS = re.compile(r"\.{4,}|(?:\. ){3,}")
_SENTENCE = re.compile(r"[a-z)][.;](?:\s|$)")
_INTRODUCES = re.compile(r"\b(?:below|as follows|the following|listed)\b|:[ \t]*$", re.I)
_FIELD = re.compile(r"^[ \t]*[A-Z][\w .'/()-]{0,30}:[ \t]", re.M)


def lead_metals(draft, spans_of, kind, docs) -> int:
    """Give each own document of ``docs`` ((start, end, entity) of the draft's new documents)
    that has no metal the metals of its title and lead paragraph; returns how many got one."""
    own = [(s, e, d) for s, e, d in docs if d.rule in OWN_RULES
           and not any(st[0] == NFO.concernsMetal for st in d.statements)]
    if not own:
        return 0
    text = draft.text
    metals = sorted((s, e, x) for s, e, x in spans_of if x.kind == "metal")
    if not metals:
        return 0
    inside = containers(spans_of)
    n = 0
    seen = set()
    for s, e, doc in sorted(own, key=lambda x: x[0]):
        if doc.iri in seen:
            continue
        seen.add(doc.iri)
        lead = _lead(text, e)
        if lead is None:
            continue
        lo, hi = lead
        if not _INTRODUCES.search(text, lo, hi):
            continue
        got = {}
        for ms, me, metal in metals:
            if not ((s <= ms and me <= e) or (lo <= ms and me <= hi)):
                continue
            holder = inside.get((ms, me, id(metal)))
            if holder is not None and holder is not doc:
                continue        # "X Molybdenum Co., Ltd.": the company's metal
            got.setdefault(metal.iri, []).append(ms)
        if len(got) == 1 and not any(s <= at < e or _in_cue_sentence(text, lo, hi, at)
                                     for at in next(iter(got.values()))):
            continue            # one metal named apart from the words that introduce the rows
        for iri in got:
            doc.add(NFO.concernsMetal, iri, Span(lo, hi), RULE)
        n += bool(got)
    return n


def _in_cue_sentence(text: str, lo: int, hi: int, at: int) -> bool:
    """Whether ``at`` lies in a sentence of the lead ``lo``-``hi`` that introduces the rows."""
    start = max(text.rfind(". ", lo, at) + 1, text.rfind(".\n", lo, at) + 1, lo)
    ends = [i for i in (text.find(". ", at, hi), text.find(".\n", at, hi)) if i >= 0]
    return _INTRODUCES.search(text, start, min(ends) + 1 if ends else hi) is not None


def _lead(text: str, after: int) -> tuple[int, int] | None:
    """(start, end) of the first prose paragraph after ``after`` (the title's end), or None."""
    at = after
    for _ in range(_PARAGRAPHS):
        m = _BREAK.search(text, at)
        if m is None:
            return None
        start = m.end()
        nxt = _BREAK.search(text, start)
        end = nxt.start() if nxt else len(text)
        par = text[start:end].strip()
        at = end
        if len(par) < _PROSE or par.rstrip().endswith(":") and par.count("\n") < 2 and \
                par.lower().startswith("to "):
            continue        # a date line, a document number, "To the bureaus of A and B:"
        if len(_FIELD.findall(par)) >= 2 or _LEADERS.search(par) or not _SENTENCE.search(par):
            continue        # a block of fields ("Date: ...", "Document No.: ..."), a table of
            # contents or a form with dotted leaders ("Training ......... 3"), no sentence
        return start, end
    return None
