"""A document named once (by its number and title) and then described by words of its title
and a document noun: "the cobalt tetroxide standard", "The tin standard", "the copper plan",
"the lithium and nickel standards" (one document per group of words). Such a phrase is a span
of the document it describes for the rules that read a sentence (who drafted it, what it
concerns), not evidence that names it (the draft's mentions stay names).

A phrase describes a document when every word before the noun is a word of the document's
label or of one of its titles (a plural and its singular are one word), at least one of those
words says more than "national", "industry", "new" ... (``data/document-generic-words.txt``),
the noun fits the document (``data/document-referents.txt``: "standard" needs a standard), and
exactly one document named before the phrase fits. A phrase inside another name, or followed
by "of"/"for"/"on" (a new description: "the standard for X"), is left alone. One scan of the
text; each phrase is compared with the few documents of the article: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names import surgery

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
# the inner words only: a metal or field named inside the phrase stays a mention of its own
_INSIDE_OK = ("metal", "field")


@lru_cache(maxsize=1)
def _nouns() -> dict:
    return {n: w for n, w in (line.split() for line in lines("document-referents"))}


@lru_cache(maxsize=1)
def _generic() -> frozenset:
    return frozenset(w.lower() for w in lines("document-generic-words"))


@lru_cache(maxsize=1)
def _rx():
    alts = "|".join(re.escape(n) for n in sorted(_nouns(), key=len, reverse=True))
    return re.compile(
        rf"\b[Tt]he\s+(?P<w>(?:(?![Tt]he\b)[A-Za-z][A-Za-z0-9-]*,?\s+){{1,6}}?)(?P<n>{alts})\b"
        rf"(?![\w-]|\s+(?:of|for|on)\b)")


def _stem(w: str) -> str:
    w = w.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _words(ent) -> frozenset:
    out = set()
    for name in (ent.label, *ent.aliases):
        out.update(_stem(w) for w in _WORD.findall(name))
    return frozenset(out)


def _fits(ent, want: str) -> bool:
    return want == "*" or want in str(ent.cls).rsplit("#", 1)[-1].lower() \
        or want in ent.label.lower()


def describe_documents(draft, spans_of: list, kind) -> None:
    """Add a span of each document a phrase of its title's words describes (see above);
    ``kind`` maps a class to its kind ("policy" for documents)."""
    text = draft.text
    docs = {}
    for s, _, ent in spans_of:
        if kind(ent.cls) == "policy" and not ent.known and not ent.role:
            docs[ent.iri] = (min(s, docs[ent.iri][0]) if ent.iri in docs else s, ent)
    if not docs:
        return
    covered = bytearray(len(text) + 1)
    for a, b, ent in spans_of:
        if kind(ent.cls) not in _INSIDE_OK:
            covered[a:b] = b"\x01" * (b - a)
    words = {iri: _words(ent) for iri, (_, ent) in docs.items()}
    generic = _generic()
    for m in _rx().finditer(text):
        a, b = m.span()
        if any(covered[a:b]):
            continue
        want = _nouns()[m.group("n")]
        noun = m.group("n")
        plural = noun[:-1] in _nouns() or noun.endswith("ies") and noun[:-3] + "y" in _nouns()
        groups = [g.split() for g in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("w").strip())
                  if g.strip()] if plural else [m.group("w").split()]
        if not plural and len(groups[0]) and "and" in (w.lower() for w in groups[0]):
            continue
        found = []
        for group in groups:
            stems = [_stem(w.rstrip(",")) for w in group]
            if not stems or all(w in generic for w in stems):
                found = []
                break
            fit = [ent for iri, (first, ent) in docs.items() if first < a
                   and _fits(ent, want) and all(w in words[iri] for w in stems)]
            if len(fit) != 1 or fit[0] in found:
                found = []
                break
            found.append(fit[0])
        for ent in found:
            surgery.add_mention(ent, spans_of, a, b, evidence=False)
        if found:
            covered[a:b] = b"\x01" * (b - a)
