"""Industrial areas named in lower case: clusters, bases, core areas, zones and parks that a plan
builds or a region forms ("form an international titanium and titanium alloy material industry
cluster", "the core area of the new materials industry in Guanzhong"). A noun phrase ending in a
head of ``data/area-heads.txt``: the words before it run back to a word of
``data/phrase-stops.txt`` (or a verb, a possessive, punctuation), keeping "and" between two
modifiers ("titanium and new materials"), and it names a metal, field or material the graph
knows; what follows "of"/"for" (and "in" + a capitalised
place) completes it. One singular area, never a plural ("several industry clusters" names none).
Class ``nfo:Region``, low confidence (a reviewer keeps it or not). One regex pass: linear."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.lexicon import lines, words

RULE = "area:lower-head"
CONFIDENCE = 0.4
_HEADS = tuple(h.replace("_", " ") for h in lines("area-heads"))
_HEAD_RX = re.compile(r"(?<![A-Za-z\-])(" + "|".join(
    r"[ \t]+".join(re.escape(w) for w in h.split()) for h in sorted(_HEADS, key=len, reverse=True))
    + r")(?![A-Za-z\-])")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9\-]*|[A-Z]{2,}|[A-Z][a-z]+")
_LEAD = words("concept-lead-stops")
# words of the graph's concepts that say nothing of what an area makes ("national defense")
_GENERIC = {"national", "international", "industry", "industrial", "industries", "advanced",
            "high-end", "modern", "green", "development", "production", "processing"}
_COMPLEMENT = re.compile(
    r"[ \t]+(?:of|for)[ \t]+((?:the[ \t]+)?(?:[a-z0-9][a-z0-9\-]*[ \t]+){0,6}?[a-z0-9][a-z0-9\-]*)"
    r"(?:[ \t]+in[ \t]+((?:[A-Z][A-Za-z'\u2019\-]*)(?:[ \t]+[A-Z][A-Za-z'\u2019\-]*){0,2}))?"
    r"(?=[ \t]*[,.;:()\n]|[ \t]+(?:and|with|by|to|as|which|that|will|is|are)\b)")


def areas(text: str, vocab=frozenset()) -> list[Candidate]:
    """``vocab``: words of the metals, fields, products and technologies the graph knows
    (``ConceptModel.vocab``); an area's name holds one ("titanium", "materials"), so "the
    largest production base" names none."""
    stops = words("phrase-stops") - {"and", "new", "key", "major"}
    out = []
    for m in _HEAD_RX.finditer(text):
        before = text[max(0, m.start() - 160):m.start()]
        toks = before.split(" ")[:-1] if before.endswith(" ") else []
        keep: list[str] = []
        for tok in reversed(toks):
            low = tok.lower()
            if not _TOKEN.fullmatch(tok) or low in stops or low in _LEAD or len(keep) >= 9 \
                    or (low.endswith(("ed", "ly", "ing")) and "-" not in low):
                break
            if tok[:1].isupper() and not tok.isupper():
                break                   # a capitalised word: another name ends here
            keep.insert(0, tok)
        while keep and keep[0] == "and":
            keep = keep[1:]
        start = m.start() - len(" ".join(keep)) - 1 if keep else m.start()
        if keep and text[start:m.start() - 1] != " ".join(keep):
            continue
        end = m.end()
        comp = _COMPLEMENT.match(text, m.end())
        if comp and not keep:
            end = comp.end()
        elif not keep:
            continue                    # "the industry cluster": no name
        if "\n" in text[start:end] or vocab and not any(
                w.lower() in vocab and w.lower() not in _GENERIC for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text[start:m.start()]
                                                       + text[m.end():end])):
            continue
        label = " ".join(text[start:end].split())
        out.append(Candidate(start, end, label, "Region", RULE, CONFIDENCE))
    return out
