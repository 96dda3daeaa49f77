"""Documents named in running text by a phrase in lower case, not by a title: "Project 2 is also on
the provincial list for 2027 issued by the X Commission", "The full-year bulletin will be
released in March next year", "Additions ... will appear in the next revision, planned for June
2027".

* The phrase: a determiner ("the", "a", "its", "this", "our"), one to three words in lower case
  of which one says which document of its kind (``data/running-document-words.txt``: "next",
  "full-year", "provincial", "second" ...), a head noun (``data/running-document-heads.txt``:
  "list", "catalogue", "bulletin", "revision", "edition", "volume" ...), and "for <year>" after
  it at most ("the provincial list for 2027").
* It is a document when the clause says who issued it ("issued / released / compiled /
  published by X": ``nfo:issuedBy`` X, an organisation the draft names right after "by", rule
  ``document:issued-by-phrase``), or when its sentence says it is still to come ("will",
  "planned for", "due", "to be published") and gives a date (``nfo:plannedDate``, rule
  ``date:planned-document``), in a clause that neither denies nor supposes it ("if the next
  revision is planned for June", "whether the second edition will appear"). A new document of
  the head's class (rule ``document:phrase``)
  labelled by the phrase without its determiner.
* What it is on, set off by a comma right after it ("a second volume, on X's partners abroad"):
  ``nfo:about`` the organisation, place or project the draft names there (rule
  ``document:phrase-on``).
* A list named by words in lower case after "listed / included / selected (again) among / in /
  on the" and before "of" an organisation, ending in a plural or a list's noun ("listed again among the typical revitalisation cases
  of the X Association"): a new catalogue (rule ``document:listed-in``) issued by that
  organisation.
* A document of the text's own series ("the full-year bulletin" in a bulletin, "the next
  revision" of a chronicle: its head word is in the own document's label, or is "revision",
  "edition", "issue") with no issuer of its own is issued by the text's own issuer (rule
  ``document:series-issuer@0.5``).

One regex pass over the text (literal head nouns, bounded words around them); each hit reads
its sentence only: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, mood, phrase_unreal
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near
from kg.ingest.span_order import spans_by_start

RULE = "document:phrase"
CONFIDENCE = 0.5
_OWN_RULES = ("document:headline", "document:heading", "document:title-block")
_SERIES = frozenset(("revision", "edition", "issue"))
_SENTENCE = 300         # how far a sentence runs either side of the phrase (characters)
_BY = re.compile(r"[ \t\n]*,?[ \t\n]*(?:issued|released|compiled|published|drawn[ \t\n]+up)"
                 r"[ \t\n]+by[ \t\n]+(?:the[ \t\n]+)?")
_FUTURE = re.compile(r"\b(?:will|shall|planned[ \t\n]+for|due[ \t\n]+(?:in|by|out|for)|"
                     r"scheduled[ \t\n]+for|(?:is|are)[ \t\n]+(?:planned|expected|due)|"
                     r"to[ \t\n]+be[ \t\n]+(?:released|published|issued|compiled))\b")
_ON = re.compile(r"[ \t\n]*,[ \t\n]*(?:on|about|covering)[ \t\n]+(?:the[ \t\n]+)?")
_STOP = re.compile(r"[.;!?](?=\s|$)|\n[ \t]*\n")


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return dict(line.split() for line in lines("running-document-heads"))


_SCAN = ("kg.ingest.names.running_documents", "document_pattern")


def document_pattern():
    """The running documents' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _pattern()


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    heads = "|".join(sorted(_heads(), key=len, reverse=True))
    return re.compile(r"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Oo]ur|[Tt]heir)[ \t\n]+"
                      r"(?P<mods>(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)?[ \t\n]+){1,3})"
                      rf"(?P<head>{heads})\b(?P<tail>[ \t\n]+for[ \t\n]+(?:19|20)\d\d\b)?")


def sentence_around(text: str, s: int, e: int) -> tuple[int, int]:
    """Where the sentence holding text[s:e] starts and ends (at most _SENTENCE characters either
    side of it)."""
    lo = max(0, s - _SENTENCE)
    starts = [m.end() for m in _STOP.finditer(text, lo, s)]
    a = starts[-1] if starts else lo
    m = _STOP.search(text, e, min(len(text), e + _SENTENCE))
    return a, (m.start() if m else min(len(text), e + _SENTENCE))


def _own(draft, spans_of, kind_of):
    docs = [x for x in spans_of if x[2].rule in _OWN_RULES and kind_of(x[2].cls) == "policy"]
    return min(docs, key=lambda x: x[0])[2] if docs else None


def propose(draft, spans_of, minter, kind_of, doc_year=None) -> list:
    """Propose the documents running text names by a phrase (see the module's notes)."""
    text = draft.text
    which = words("running-document-words")
    heads = _heads()
    rows = spans_by_start(spans_of)
    starts = [x[0] for x in rows]
    own = None
    made = []
    for m in scans_ahead.finditer(_pattern(), text, _SCAN):    # (maybe read ahead)
        mods = m.group("mods").split()
        if not any(w in which for w in mods):
            continue
        s, e = m.start("mods"), m.end()
        k = bisect.bisect_left(starts, m.start())
        if any(x[0] < e and x[1] > s and kind_of(x[2].cls) in ("policy", "org")
               for x in rows[max(0, k - 5):k + 5]):
            continue        # (a name of the draft there already)
        issuer = None
        by = _BY.match(text, e)
        if by is not None:
            j = bisect.bisect_left(starts, by.end())
            if j < len(rows) and rows[j][0] == by.end() and kind_of(rows[j][2].cls) == "org":
                issuer = rows[j]
        a, b = sentence_around(text, s, e)
        if phrase_unreal(text, m.start(), e, a, b):
            continue        # ("If the next revision is planned for June", "whether the second
            #                 edition, due in May, will appear": none said to come)
        planned = None
        if _FUTURE.search(text, a, b):
            got = [d for d in find_dates(text[a:b], doc_year, extended=True)
                   if d.value[:4].isdigit() and a + d.start >= e - 1]
            if got:
                planned = got[0]
                if mood(text, m.start(), a + planned.end, a, b) in (NEGATED, CONDITIONAL):
                    planned = None      # ("the next revision, issued by X, will not appear in
                    #                     June": no day it is to come)
        if issuer is None and planned is None:
            continue
        label = " ".join(text[s:e].split())
        head = m.group("head")
        ent = Entity(minter.mint(label), NFO[heads[head]], label, False, RULE, CONFIDENCE)
        ent.mentions.append(Span(s, e))
        draft.entities[ent.iri] = ent
        spans_of.append((s, e, ent))
        made.append(ent)
        if issuer is not None:
            ent.add(NFO.issuedBy, issuer[2].iri, Span(s, issuer[1]), "document:issued-by-phrase")
        on = _ON.match(text, e)
        if on is not None:
            j = bisect.bisect_left(starts, on.end())
            if j < len(rows) and rows[j][0] == on.end() and \
                    kind_of(rows[j][2].cls) in ("org", "place", "project"):
                ent.add(NFO.about, rows[j][2].iri, Span(s, rows[j][1]), "document:phrase-on")
        if planned is not None:
            ent.add(NFO.plannedDate, date_literal(planned.value),
                    Span(a + planned.start, a + planned.end), "date:planned-document")
        if issuer is None:
            own = own or _own(draft, spans_of, kind_of)
            if own is not None and own is not ent and (head in _SERIES
                                                       or head in own.label.lower()):
                for st in list(own.statements):
                    if st[0] == NFO.issuedBy:
                        ent.add(NFO.issuedBy, st[1], Span(s, e), "document:series-issuer@0.5")
    made += _listed_in(draft, spans_of, minter, kind_of)
    return made


# "listed again among the typical rural revitalisation cases of the X Association": a list
# named by lower-case words after "listed / included / selected ... among / in / on the", its
# issuer the organisation after "of"
_LISTED = re.compile(r"\b(?:listed|included|selected|entered)(?:[ \t\n]+(?:again|also|once[ \t\n]+"
                     r"more))?[ \t\n]+(?:among|in|on|into)[ \t\n]+the[ \t\n]+"
                     r"(?P<name>[a-z][a-z0-9-]*(?:[ \t\n]+[a-z][a-z0-9-]*){1,5}?)"
                     r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_LISTED_NEAR = Near(_LISTED, ("listed", "included", "selected", "entered"), stops=".,;")


def _listed_in(draft, spans_of, minter, kind_of) -> list:
    """A list named by lower-case words after "listed in the", issued by the organisation its
    "of" names (rules ``document:listed-in``, ``document:issued-by-phrase``)."""
    text = draft.text
    if "listed" not in text and "included" not in text and "selected" not in text \
            and "entered" not in text:
        return []
    rows = spans_by_start(spans_of)
    starts = [x[0] for x in rows]
    heads = _heads()
    made = []
    for m in _LISTED_NEAR.finditer(text):
        j = bisect.bisect_left(starts, m.end())
        if j >= len(rows) or rows[j][0] != m.end() or kind_of(rows[j][2].cls) != "org":
            continue
        s, e = m.start("name"), m.end("name")
        if any(x[0] < e and x[1] > s for x in rows[max(0, j - 6):j]):
            continue        # (a name of the draft there already)
        label = " ".join(text[s:e].split())
        last = label.rsplit(" ", 1)[-1]
        if last not in heads and not (last.endswith("s") and not last.endswith("ss")):
            continue        # ("included in the scope of the ministry": no list of things)
        cls = heads.get(last, "Catalogue")
        ent = Entity(minter.mint(label), NFO[cls], label, False, "document:listed-in",
                     CONFIDENCE)
        ent.mentions.append(Span(s, e))
        draft.entities[ent.iri] = ent
        spans_of.append((s, e, ent))
        made.append(ent)
        org = rows[j]
        ent.add(NFO.issuedBy, org[2].iri, Span(s, org[1]), "document:issued-by-phrase")
    return made
