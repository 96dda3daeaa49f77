"""The metals a place or a company produces or holds, stated by a clause it opens: "Shaanxi
has ... molybdenum, gold", "Shaanxi's production of magnesium ...", "Chinalco produces alumina".
The subject is a place or company whose mention starts the sentence or a clause (after ", ",
"that", "and", "while") and is followed by a word of ``data/producer-verbs.txt`` (adverbs such as
"currently" or "not only" may stand between); each metal named later in the same sentence, before
another place or organisation, becomes ``nfo:concernsMetal`` (rule ``context:producer-metal``).

The same link is read from a metal's industry, sector, chain or cluster "in" a place ("the titanium
and titanium alloy industry chain in Shaanxi Province", rule ``context:metal-industry-in-place``;
the metals of a list before it count too). A place named right before a metal ("Shaanxi
titanium", "Yunnan zinc smelters") is not read as one: it says whose or where the things are,
not that the place's industry is the metal's (the rule that read it, ``context:place-metal``, was
right once in 16 on the dev sets and never proposed on leave-one-out).

A metal whose imports or supply "come from" places is held by each of them ("most of its nickel
ore comes from A, a quarter from B", rule ``context:sourced-from``).

Both read a place's metals only in a survey of the industry: an article that names metals
``SURVEY_METALS`` times or more (an industry report, plan or conference record, whose curated
files say which provinces and cities make which metals: the five sources name metals 53 to 194
times). A notice or news item names a few metals and "the titanium industry of Baoji" or "Yulin
supplies half of the magnesium" in passing, as the backdrop of its own subject, and its curated
file gives the place no metal (dev sets 7-152, whose articles name metals 3 to 18 times: 0 right
of 68 such place statements; a company's clause is read in any article).

The country the article names most (``home_country``: a Chinese industry report names China
throughout) is the backdrop, not a producer: the curated documents never link it to the metals
such sentences name (0 of 15 on leave-one-out), so it is left out of the first three rules."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.pronoun_producers import pronoun_producers
from kg.ingest.terms import NFO

_OPENERS = re.compile(r"(?:^|[,;:]|--|—|\bthat|\band|\bwhile|\bwhere|\bwhich|\bas)\s*(?:the\s+)?$",
                      re.I)     # ("Lincang, July 2 -- X Co. produces": a dateline's dash too)
_ADVERBS = r"(?:(?:[a-z]+ly|also|not\s+only|still|now|already|long)\s+)*"


def _verb_rx():
    verbs = [v for v in lines("producer-verbs") if v != "'s"]
    alt = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"^(?:['’]s\b|\s+{_ADVERBS}(?:{alt})\b)")


# ", based in Nandan County, Hechi," / ", a unit of X,": the clause's verb comes after it
_APPOSED = re.compile(r"\s*,\s*(?:based|located|headquartered|a|an|the)\s[^,;.()]{1,40}"
                      r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,(?=\s)")
# "recovers indium from zinc residues": the zinc is what it starts from, not what it makes
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)

HOME_MENTIONS = 3
SURVEY_METALS = 20          # metal mentions that make an article a survey of the industry


def home_country(spans_of):
    """The country an article names most, and at least ``HOME_MENTIONS`` times (None on a tie:
    a country named once or twice is a subject of the article, not its backdrop)."""
    counts: dict = {}
    for s, e, ent in spans_of:
        if ent.known and str(ent.cls).endswith("#Country"):
            counts[ent.iri] = counts.get(ent.iri, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < HOME_MENTIONS or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.get)


# (an industry, sector, chain or cluster only: "zinc reserves in China", "the molybdenum base in
# Henan", "alumina bases in China" say where things are, and the curated files never read them
# as the place's metal: 0 right in 17 on the dev sets while the nouns were allowed)
_INDUSTRY = re.compile(r"[ \t]+(?:(?:metal|materials?|products?)[ \t]+)?(?:industry|industries|"
                       r"industrial|sector|chain|cluster|clusters)(?:[ \t]+(?:chain|cluster|"
                       r"base|belt))?[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?", re.I)
_LIST_GAP = re.compile(r"[ \t]*(?:,|and|or|,[ \t]*and)[ \t]*", re.I)


def place_metals(text, spans_of, kind, home) -> None:
    """"the titanium industry chain in Shaanxi Province"."""
    by_start = {}
    for s, e, ent in spans_of:
        by_start.setdefault(s, (s, e, ent))
    for i, (s, e, ent) in enumerate(spans_of):
        if ent.kind != "metal":
            continue
        m = _INDUSTRY.match(text, e)
        hit = by_start.get(m.end()) if m else None
        if hit is None or hit[2].kind != "place" or hit[2].iri == home:
            continue
        place = hit[2]
        metals = [(s, ent)]
        j = i
        while j > 0 and len(metals) < 8:       # "titanium and titanium alloy industry"
            ps, pe, prev = spans_of[j - 1]
            if prev.kind != "metal" or not _LIST_GAP.fullmatch(text, pe, metals[-1][0]):
                break
            metals.append((ps, prev))
            j -= 1
        for ms, metal in metals:
            place.add(NFO.concernsMetal, metal.iri, Span(ms, hit[1]),
                      "context:metal-industry-in-place")


def is_survey(spans_of) -> bool:
    """Whether the article names metals ``SURVEY_METALS`` times or more (one pass)."""
    n = 0
    for _, _, ent in spans_of:
        n += ent.kind == "metal"
        if n >= SURVEY_METALS:
            return True
    return False


def producer_metals(text, spans_of, sents, kind) -> None:
    verb = _verb_rx()
    home = home_country(spans_of)
    survey = is_survey(spans_of)
    if survey:
        place_metals(text, spans_of, kind, home)
    sourced_from(text, spans_of, sents, kind)
    article_metal(spans_of, kind, sents)
    pronoun_producers(text, spans_of, sents, kind)  # "The mine is run by X. It produces tin"
    for i, (s, e, ent) in enumerate(spans_of):
        k = ent.kind
        if not (k == "place" and survey or str(ent.cls).endswith("#Company")) or ent.iri == home:
            continue
        ss, se = sents.bounds(s)
        before = text[ss:s].strip(" \t\n\"“")
        # (the pattern ends the string: its last 40 characters hold any match, and a search
        # from there finds what one from the start would, "^" and "\b" reading the whole string)
        opener = _OPENERS.search(before, max(0, len(before) - 40))
        if opener is None or (opener.group(0).strip()[:1] in ("-", "—") and k == "place"):
            continue        # (a dateline's dash opens a company's clause, not a country's)
        at = e
        if not verb.match(text[e:e + 60]):
            # "X, based in Y County, Z, recovers ...": an apposition between subject and verb
            a = _APPOSED.match(text, e, min(len(text), e + 90))
            if a is None or not verb.match(text[a.end():a.end() + 60]):
                continue
            at = a.end()
        for j in range(i + 1, len(spans_of)):      # no slice: a 10 MB text has many spans
            s2, e2, other = spans_of[j]
            if s2 >= se:
                break
            if s2 < at:
                continue               # (the places of the apposition)
            ko = other.kind
            if ko in ("place", "org") and other is not ent:
                break                  # another subject or owner: its own clause
            if ko == "metal" and not _FROM_BEFORE.search(text, max(0, s2 - 7), s2):
                ent.add(NFO.concernsMetal, other.iri, Span(s, e2), "context:producer-metal")


_FROM = re.compile(r"\s+(?:(?:imports?|supplies|supply|ores?|concentrates?|raw\s+materials?)\s+)?"
                   r"(?:mainly\s+|mostly\s+|largely\s+)?(?:come|comes|came|coming|are\s+sourced|is\s+"
                   r"sourced|were\s+sourced|originates?|originated)\s+(?:mainly\s+|mostly\s+)?from\s+"
                   r"(?:the\s+)?", re.I)
_FROM_MORE = re.compile(r"\bfrom\s+(?:the\s+)?", re.I)


def sourced_from(text, spans_of, sents, kind) -> None:
    """"Half of the plant's nickel ore comes from A, and a quarter from B": each place the metal
    is said to come from holds it (``nfo:concernsMetal``, rule ``context:sourced-from``)."""
    by_start = {}
    for s, e, ent in spans_of:
        by_start.setdefault(s, (s, e, ent))
    for s, e, ent in spans_of:
        if ent.kind != "metal":
            continue
        m = _FROM.match(text, e)
        if m is None:
            continue
        hit = by_start.get(m.end())
        if hit is None or hit[2].kind != "place":
            continue
        _, se = sents.bounds(s)
        places = [hit]
        for m2 in _FROM_MORE.finditer(text, hit[1], se):
            more = by_start.get(m2.end())
            if more is not None and more[2].kind == "place":
                places.append(more)
        for ps, pe, place in places:
            place.add(NFO.concernsMetal, ent.iri, Span(s, pe), "context:sourced-from")


TOPIC_MENTIONS = 5          # an article's own metal: named at least this often ...
TOPIC_LEAD = 2.0            # ... and this many times as often as any other metal
KNOWN_MENTIONS = 20         # a known company takes it only in a text that names it this often


def topic_metal(spans_of, kind):
    """The metal an article is about: the one it names most, clearly ahead of the others."""
    counts: dict = {}
    ents = {}
    for s, e, ent in spans_of:
        if ent.kind == "metal":
            counts[ent.iri] = counts.get(ent.iri, 0) + 1
            ents[ent.iri] = ent
    ranked = sorted(counts.items(), key=lambda x: (-x[1], str(x[0])))
    if not ranked or ranked[0][1] < TOPIC_MENTIONS or (
            len(ranked) > 1 and ranked[0][1] < TOPIC_LEAD * ranked[1][1]):
        return None
    return ents[ranked[0][0]]


def article_metal(spans_of, kind, sents=None) -> None:
    """The companies an article about one metal names are in that metal's business (rule
    ``context:article-metal@0.5``, a statistical guess a reviewer confirms) when their name
    says the metal or a metals trade (``data/metal-trade-words.txt``: "Mining", "Smelting",
    "Nonferrous Metals"), or a sentence names it with the metal. A company the graph knows
    takes it only in a long text about the metal (named ``KNOWN_MENTIONS`` times or more: an
    industry report or conference record, whose curated files state the metals of the known
    companies it reports on, leave-one-out on the five sources); a notice or news item that
    names the metal a few times names a known company in passing, and the curated files of the
    dev sets never restate its metal (sets 100-128: 0 of 27 right)."""
    metal = topic_metal(spans_of, kind)
    if metal is None:
        return
    seen = set()
    named = None        # how often the article names the metal (counted for a known company)
    trade = _trade_rx()
    stem = metal.label.split()[-1].lower()[:5]      # "Primary aluminium": "alumi"
    with_metal = {sents.bounds(s)[0] for s, _, x in spans_of if x is metal} if sents else set()
    said = {id(x) for s, _, x in spans_of if sents and sents.bounds(s)[0] in with_metal}
    for s, e, ent in spans_of:
        if not str(ent.cls).endswith("#Company") or ent.iri in seen:
            continue
        seen.add(ent.iri)
        if ent.known:
            if named is None:
                named = sum(1 for _, _, x in spans_of if x is metal)
            if named < KNOWN_MENTIONS:
                continue    # (a company the graph knows, named in a short text about the
                # metal: dev sets 100-128, 0 of 27 right, the metal named 5 to 12 times)
        if stem not in ent.label.lower() and not trade.search(ent.label) and id(ent) not in said:
            continue    # a bank, a port, a magnet maker named apart from the metal: measured
            # on sets 1-17, 14 of 99 such guesses right
        ent.add(NFO.concernsMetal, metal.iri, Span(s, e), "context:article-metal@0.5")


@lru_cache(maxsize=1)
def _trade_rx():
    """A word of ``data/metal-trade-words.txt`` opening a word of a name."""
    alts = "|".join(sorted((re.escape(w) for w in lines("metal-trade-words")),
                           key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![A-Za-z])(?:{alts})", re.I)
