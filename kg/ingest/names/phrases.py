"""Policies, notices, reports, standards and projects named in lower case: a noun phrase ending
in a head of ``data/lower-heads.txt``, with what follows "for"/"of"/"on" after it ("the import
management announcement for secondary copper and aluminum raw materials", "pilot projects for
the transshipment of secondary metal raw materials", "a 10% benchmark tariff", "the government
work report"). The words before the head run back to a word of ``data/phrase-stops.txt``, a
possessive or punctuation (as for ``project_phrases``); the phrase needs two of them, or one and
a complement, or one holding a digit or a capital; a document needs none when its complement
names its issuer ("the measures of the State Administration for Market Regulation for ...":
the body stays a mention of its own, pipeline._nested_ok). A complement runs on over a line
break after "of", "for", "and" or "the". Low confidence: a reviewer confirms. Government
bodies in lower case ("the provincial department of ecology and environment"): ``lower_bodies``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.names.not_names import counted_plural
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.lower_bodies import lower_bodies
from kg.ingest.lexicon import lines, words
from kg.ingest.reading.headlines import present_verbs

_MOD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-%]*(?:,\d{3})*")
# a plural common noun ("smelters", "Miners"; not "SMS", "Ross", a possessive) and what follows a
# verb, its object: a lower-case word that is no preposition, conjunction or verb of its own
_PLURAL = re.compile(r"[A-Za-z][a-z]*[a-rt-z]s")
_OBJECT = re.compile(r"[ \t]+(?!(?:of|on|for|to|in|at|by|from|with|and|or|but|that|which|who|"
                     r"was|is|are|were|has|had|have|will|shall|would|said|says|shows|showed|"
                     r"released|issued|published)\b)[a-z]")
# "on" and a day: when something happened, not a complement of its name
_ON_A_DAY = re.compile(r"[ \t]+on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                       r"January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d|"
                       r"the[ \t]+(?:\d|same[ \t]+day|next[ \t]+day|day))")
_INNER = {"the", "and", "of", "for"}      # words a complement may hold inside
# a complement that names the body that issued the document: "of the Ministry of Finance" (a
# document of these classes needs no word before its head then)
_ISSUED = {"Measures", "PolicyDocument", "Notice", "Report", "Catalogue", "Guide", "Policy",
           "Standard"}
_ISSUER = re.compile(r"[ \t\n]+of[ \t\n]+the[ \t\n]+[A-Z][a-z]+[ \t\n]+(?:[A-Z]|of\b|for\b|and\b)")
# finite verbs that end a complement: the clause's verb, no word of the name ("the export tariff
# on unwrought antimony rises from 10%", "the quota for tin concentrate falls")
_FINITE = frozenset("rises rose falls fell climbs climbed drops dropped increases decreases "
                    "takes took sets remains remained becomes became goes went comes came "
                    "requires required covers covered applies applied says said shows showed "
                    "stands stood reaches reached".split())
_ORGS = {"GovernmentBody", "Alliance"}
_ARTICLES = {"the", "a", "an"}
_EVENTS = {"Conference", "Forum", "Seminar", "Symposium", "Meeting"}
# words before "government" that say whose, not which ("the local government")
_GENERIC_ORG = {"local", "central", "national", "municipal", "provincial", "county", "city",
                "federal", "state", "new", "same", "whole", "other", "two", "three"}


def _placed(keep) -> bool:
    """"the Fugu county government", "the Baotou municipal government": the generic words
    (at most two) stand after a capitalised name, which says whose government it is ("the
    county government" alone refers back to one)."""
    n = len(keep)
    while n and keep[n - 1].lower() in _GENERIC_ORG:
        n -= 1
    return 0 < n and len(keep) - n <= 2 and keep[n - 1][:1].isupper()


# words before a verb: a head right after one is a verb ("shall report"), and a verb of
# ``data/phrase-lead-verbs.txt`` right after one is no part of the name ("to fund ... projects")
# (and the auxiliaries and negations of a verb: "Reuters did not report on 3 May" names no report)
_MODALS = frozenset("to shall will must should may can could would might did does do not never"
                    .split())
# quantifiers: "Both standards", "All three reports", "Each plan" refer to documents named
# elsewhere; a phrase never runs back past one
_QUANTIFIERS = frozenset("both all each every either neither any some several many most few "
                         "various such other another".split())


def _finite_verbs() -> frozenset[str]:
    """(reading/headlines.present_verbs: a headline's verb is never a word of a name)"""
    return present_verbs()


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return words("phrase-lead-verbs")


def lower_names(text: str) -> list[Candidate]:
    heads = dict(line.split() for line in lines("lower-heads"))
    stops = words("phrase-stops") - {"new", "key", "major"}
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    lead = words("concept-lead-stops")      # "ask what measures", "revise ... standards"
    out = []
    for m in re.finditer(rf"(?<![A-Za-z\-])({alt})(?![A-Za-z\-])", text):
        before = text[max(0, m.start() - 160):m.start()]
        toks = before.split(" ")[:-1] if before.endswith(" ") else []
        keep: list[str] = []
        if toks and toks[-1].lower() in _MODALS:
            continue        # "Local bureaus shall report progress": a verb, not a report
        stop = ""
        for i in range(len(toks) - 1, -1, -1):
            tok = toks[i]
            low = tok.lower()
            if not _MOD.fullmatch(tok) or low in stops or low in lead or len(keep) >= 8 \
                    or low in _MODALS or low in _QUANTIFIERS:
                stop = low
                break
            if low in _finite_verbs() or low in words("unchanged-past-verbs") and i > 0 \
                    and toks[i - 1][:1].isupper():
                break           # "Governor inspects copper projects": the clause's verb
                # (and "The X Board of Zambia set new tariffs": a past like its plain form)
            if low.endswith(("ed", "ly")) and "-" not in low:
                if low.endswith("ed") and keep and i > 0 and toks[i - 1].lower() in _ARTICLES:
                    keep.insert(0, tok)     # "the integrated development strategy": an adjective
                break
            keep.insert(0, tok)
        if stop in _QUANTIFIERS or stop == "no":
            continue        # "all tailings dam projects", "no smelter project": a kind, or none
        if keep and _PLURAL.fullmatch(keep[-1]) and not m.group(1).endswith("s") and \
                _OBJECT.match(text, m.end()):
            continue        # "Smelters report higher profits", "makers notice weaker demand":
            # a verb after its plural subject, with its object after it
        while keep and (keep[0].lower() in lead or keep[0].lower().endswith("ing")):
            keep = keep[1:]                 # "revise ...", "taking multiple measures"
        if keep and stop in _MODALS and keep[0].lower() in _verbs():
            keep = keep[1:]                 # "bonds ... to fund low-carbon projects"
        comp, end = _complement(text, m.end(), stops)
        if comp and heads[m.group(1)] in _ORGS and not re.match(r"[ \t]*(?:[,.;:()]|$)", text[end:end + 2]):
            comp, end = False, m.end()  # a body's "for ..." tail ends a clause, or is a verb's
        strong = any(t[:1].isupper() or any(c.isdigit() for c in t) for t in keep)
        cls = heads[m.group(1)]
        if cls in _ORGS:
            # a body: "the US government", "a university-industry-research consortium"; one
            # word before it must be a name or a compound ("local government" names none); an
            # alliance may have two plain words ("a future industry innovation consortium")
            if not keep or keep[-1].lower() in _GENERIC_ORG and not _placed(keep) or not (
                    strong or "-" in keep[-1] or cls == "Alliance" and len(keep) >= 2):
                continue
        elif not (len(keep) >= 2 or keep and (comp or strong)
                  or not keep and comp and cls in _ISSUED and _ISSUER.match(text, m.end())):
            continue        # ("the measures of the State Administration for ...": its issuer
            # names it, with no word before the head)
        if len(keep) == 1 and re.fullmatch(r"[\d,.]+", keep[0]) and not comp:
            continue        # "48 projects won first prizes": a count, not a name
        if cls != "Measures" and counted_plural(keep + [text[m.start():m.end()]]):
            continue        # "12 industry standards", "three new smelters": a count too
            # (a package of measures is named by its count: "the 16 specific measures")
        start = m.start() - len(" ".join(keep)) - 1 if keep else m.start()
        if keep and text[start:m.start() - 1] != " ".join(keep):
            continue
        label = " ".join(text[start:end].split())
        if cls in _EVENTS and len(keep) == 1 and re.fullmatch(r"[A-Z]{3,8}", keep[0]):
            # "ICSOBA conferences": named by the body that holds them, as "TMS Annual Meeting"
            # is (a name, not a lower-case phrase: the body's name inside it stands too)
            out.append(Candidate(start, end, label, cls, "name:acronym-event", 0.5))
            out.append(Candidate(start, start + len(keep[0]), keep[0], "Organization",
                                 "name:inner-org", 0.4))
            continue
        out.append(Candidate(start, end, label, cls, "lower-name", 0.4))
    return out + lower_bodies(text)     # "the provincial department of commerce"


def _complement(text: str, pos: int, stops) -> tuple[bool, int]:
    """" for the transshipment of secondary metal raw materials": up to punctuation or a word
    that cannot be inside a name, at most ten words; (found, end offset)."""
    lead = re.match(r"[ \t]+(?:for|of|on)[ \t]+", text[pos:pos + 12])
    if not lead or _ON_A_DAY.match(text, pos):
        return False, pos   # ("published its annual report on Monday": when, not which)
    i = pos + lead.end()
    last_good = None
    n = 0
    prev = "for"
    for t in re.finditer(r"[^\s,.;:()\"\u201c\u201d]+|[,.;:()\"\u201c\u201d\n]", text[i:i + 160]):
        w = t.group(0)
        low = w.lower()
        if w == "\n" and prev in _INNER and n:
            continue        # "... of the State Administration for\n   Market Regulation": wrapped
        if not _MOD.fullmatch(w) or (low in stops and low not in _INNER) or n >= 10 \
                or low in _FINITE \
                or (low.endswith(("ed", "ly")) and "-" not in low and prev in ("and", "")):
            break           # "... for all countries and imposed" (but "for recycled zinc")
        prev = low
        n += 1
        if low not in _INNER:
            last_good = i + t.end()
    return (last_good is not None, last_good if last_good else pos)
