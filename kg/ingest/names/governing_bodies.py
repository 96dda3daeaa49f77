"""The bodies that govern an organisation, named by their common noun in any case: "the board
of directors of the Company (the "Board")", "the issuer's board", "the association's third
council", "review by its presidium", "the fund's investment committee", "the Management Board of
X GmbH", "Board of Supervisors" in a company's minutes (nouns: ``data/governing-bodies.txt``).

Each (noun, organisation) is one new ``nfo:Organization`` (its ordinal counts the body's terms:
"the ninth board of directors" and "the board" of one company are one), ``nfo:unitOf`` the
organisation, labelled "Third council of X" (the printed noun, an alias). Whose it is, in order:

* the organisation named right after "of (the)", or "the Company" a text defines after a name;
* the organisation named right before "'s";
* "its": the organisation :mod:`kg.ingest.relations.referents` reads for it;
* "the <noun>'s": the organisation named first before it whose name holds the noun ("the
  association's" after "X Nonferrous Metals Industry Association", "the fund's" after "the X
  Fund", not a fund named later as its investor); "the company's" / "the group's" / "the
  issuer's" the company the text defines by that word or is about;

(rule ``name:governing-body``, confidence 0.45). With none of these, a noun marked "alone"
printed with capitals or after an ordinal ("Board of Supervisors", "the third board of
directors") is the body of the company the article is about, at a guess (rule
``name:governing-body-guessed-owner``, confidence 0.3). Later, "the <short word>" ("the Board",
"the council") is a mention of the one body the text named with that noun.

Refused: the noun as a modifier ("board meeting", "board secretary", "council members"), after a
post's title ("Chairman of the Board of Supervisors": the post's organisation is read there),
inside another name but an event's ("X Online Message Board"; "the 9th meeting of the third
board of directors" names the board), and a bare "the board" whose organisation the text does
not give. The body's mentions are not handed to the rules after this one: where the text makes
a board the subject ("the board of X approved the acquisition"), the curated reading is its
organisation's deal, and a post's seat ("Chairman of the board") is the organisation. One
pattern run around the nouns' last words (reading/windows.near): linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.windows import near
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import lead_company, referents
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "name:governing-body", 0.45
GUESS_RULE, GUESS_CONFIDENCE = "name:governing-body-guessed-owner", 0.3
_OF = re.compile(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?")
_OF_COMPANY = re.compile(r"[ \t\n]+of[ \t\n]+the[ \t\n]+(?P<noun>Company|company|Group|group|"
                         r"Issuer|issuer)(?![\w-])")
# what before the noun names its owner: "X's", "its", "the association's"
_POSS = re.compile(r"['\u2019]s[ \t\n]+$")
_ITS = re.compile(r"(?<![\w-])[Ii]ts[ \t\n]+$")
_THE_NOUN_POSS = re.compile(r"(?<![\w-])[Tt]he[ \t\n]+((?:[a-z]+[ \t\n]+)?[A-Za-z][a-z]+)['\u2019]s[ \t\n]+$")
_THE = re.compile(r"(?<![\w-])[Tt]he[ \t\n]+$")
_LEAD_NOUNS = frozenset({"company", "group", "issuer", "listed company", "corporation"})
# the noun as a modifier of another noun (no body named): "board meeting", "board secretary"
_MODIFIER = re.compile(r"[ \t]+(?:meetings?|sessions?|secretar(?:y|ies)|members?|membership|"
                       r"seats?|resolutions?|decisions?|approval|office|room|level|chair(?:man|"
                       r"woman|person)?|papers?|elections?|minutes|composition|term)(?![\w-])",
                       re.I)
# a post's title before the noun: "Chairman of the Board of Supervisors", "Secretary to the
# Board", "a member of the council"
_ROLE_BEFORE = re.compile(r"(?:[Cc]hair(?:man|woman|person)?|[Ss]ecretary|[Mm]embers?|"
                          r"[Dd]irector|[Pp]resident|[Hh]ead|[Vv]ice|[Dd]eputy)[ \t\n]+"
                          r"(?:of|to)[ \t\n]+(?:the[ \t\n]+|its[ \t\n]+)?(?:[A-Za-z]+[ \t\n]+)?$")


@lru_cache(maxsize=1)
def _table():
    rows = {}
    for line in lines("governing-bodies"):
        noun, short, alone = (x.strip() for x in line.split("|"))
        rows[noun] = (None if short == "-" else short, alone == "alone")
    nouns = sorted(rows, key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"[ \t\n]+") for n in nouns)
    ords = "|".join(sorted(words("ordinal-words"), key=lambda w: (-len(w), w)))
    rx = re.compile(rf"(?<![\w\-'\u2019])(?:(?P<pre>{ords})[ \t\n]+)?(?P<noun>{alt})(?![\w\-])",
                    re.I)
    lasts = tuple(sorted({n.split()[-1] for n in nouns}))
    return rows, rx, lasts


def _owner_before(text, a, by_end, poss_ent, company_at):
    """The organisation a possessive or "its" just before ``a`` names, or None; the second
    value says whether the phrase named one at all (an owner the text leaves open: no body)."""
    p = _POSS.search(text, max(0, a - 4), a)
    if p is not None:
        if p.start() in by_end:
            return by_end[p.start()], True
        the = _THE_NOUN_POSS.search(text, max(0, a - 40), a)
        if the is not None:
            noun = " ".join(the.group(1).lower().split())
            if noun in _LEAD_NOUNS:
                return company_at(the.start(1)), True
            return poss_ent(the.start(), noun.split()[-1]), True
        return None, True
    return None, False


class Reading:
    """What :func:`read_bodies` reads: ``rx`` (groups "pre": the words before the noun, an
    ordinal here; "noun"), run around the nouns' last words ``lasts``; ``rows``: noun ->
    (short word, alone); the rules and confidences of a stated and a guessed owner (no guess
    when ``guess_rule`` is empty); whether a post's title before the noun refuses it."""

    def __init__(self, rx, lasts, rows, rule, conf, guess_rule, guess_conf, role_refuses):
        self.rx, self.lasts, self.rows = rx, lasts, rows
        self.rule, self.conf, self.guess_rule, self.guess_conf = rule, conf, guess_rule, guess_conf
        self.role_refuses = role_refuses


def propose(draft, spans_of, minter) -> list:
    """Add the governing bodies (see the module's docstring) to the draft; ``spans_of`` is
    read, not extended."""
    rows, rx, lasts = _table()
    return read_bodies(draft, spans_of, minter, Reading(rx, lasts, rows, RULE, CONFIDENCE,
                                                        GUESS_RULE, GUESS_CONFIDENCE, True))


def read_bodies(draft, spans_of, minter, how: Reading) -> list:
    """The bodies ``how`` reads, each (words, owner) one new organisation ``nfo:unitOf`` its
    owner (the owner as the module's docstring says)."""
    text = draft.text
    rows, rx, lasts = how.rows, how.rx, how.lasts
    hits = list(near(rx, text, lasts, before=60, after=20, lower=True))
    if not hits:
        return []
    spans = spans_by_start(spans_of)
    orgs = [x for x in spans if kind(x[2]) == "org" and not x[2].role]
    org_starts = [x[0] for x in orgs]
    by_start = {s: x for s, e, x in orgs}
    by_end = {e: x for s, e, x in orgs}
    cov_starts = [x[0] for x in spans]
    sents = Sentences(text)
    refs = None
    lead = lead_company(text, spans, kind)

    def inside_name(a, b):
        """Whether a name of the draft other than an event's holds [a, b) and more (the
        meeting of a board names the board: "the 9th meeting of the third board")."""
        i = bisect.bisect_right(cov_starts, a) - 1
        lo = max(-1, i - 8)
        while i > lo:
            s, e, x = spans[i]
            if s <= a and b <= e and (s, e) != (a, b) and kind(x) != "event":
                return True
            i -= 1
        return False

    def poss_ent(p, noun):
        """The organisation named first before ``p`` whose name holds ``noun`` (the one the
        text is about: "the fund's" after "the X Fund ... Y Fund, an investor in it")."""
        for s, e, x in orgs[:bisect.bisect_left(org_starts, p)]:
            if noun in x.label.lower().split():
                return x
        return None

    def company_at(p):
        """What "the Company" / "the group" at ``p`` stands for (a term the text defined,
        else as relations/referents reads it), else the article's company."""
        nonlocal refs
        if refs is None:
            refs = {x[0]: x[2] for x in referents(text, spans, sents, kind)}
        return refs.get(p, lead)

    made: dict = {}         # (label key) -> entity
    by_short: dict = {}     # short word -> {entity iri}
    firsts: dict = {}       # short word -> first position of a full form
    later = []
    out = []
    for m in hits:
        a, b = m.start(), m.end()
        noun = " ".join(m.group("noun").lower().split())
        if noun not in rows or _MODIFIER.match(text, b) or inside_name(a, b):
            continue
        if how.role_refuses and _ROLE_BEFORE.search(text, max(0, a - 40), a):
            continue
        short, alone = rows[noun]
        ordinal = " ".join((m.group("pre") or "").lower().split())
        owner, rule, conf = None, how.rule, how.conf
        of = _OF.match(text, b)
        if of is not None and of.end() in by_start:
            owner = by_start[of.end()]
        elif _OF_COMPANY.match(text, b) is not None:
            oc = _OF_COMPANY.match(text, b)
            owner = company_at(oc.start("noun"))
        else:
            owner, said = _owner_before(text, a, by_end, poss_ent, company_at)
            if owner is None and not said and _ITS.search(text, max(0, a - 6), a):
                company_at(a)
                owner = refs.get(_ITS.search(text, max(0, a - 6), a).start())
                said = True
            printed = m.group("noun")
            named = ordinal or printed[:1].isupper()
            if owner is None and not said and how.guess_rule and (alone and named or ordinal) \
                    and lead is not None:
                owner, rule, conf = lead, how.guess_rule, how.guess_conf
        if owner is None:
            if short and noun == short and not ordinal and _THE.search(text, max(0, a - 5), a):
                later.append((a, b, short))     # "the Board", "the council": said before
            continue
        words_ = (ordinal + " " + noun).strip()
        key = (short or noun, owner.iri)       # ("the ninth board" after "the ninth board of
        # directors", "its board": one body; the ordinal counts its terms)
        ent = made.get(key)
        if ent is None:
            whose = owner.label.title() if owner.label.isupper() else owner.label
            label = f"{words_[:1].upper()}{words_[1:]} of {whose}"
            ent = Entity(minter.mint(label), NFO.Organization, label, False, rule, conf)
            ent.aliases.add(words_)
            ent.add(NFO.unitOf, owner.iri, Span(a, b), rule)
            draft.entities[ent.iri] = ent
            made[key] = ent
        ent.aliases.add(words_)
        ent.mentions.append(Span(a, b))
        out.append((a, b, ent))
        if short:
            by_short.setdefault(short, set()).add(ent.iri)
            firsts.setdefault(short, a)
    if not made:
        return []
    ents = {e.iri: e for e in made.values()}
    for a, b, short in later:
        one = by_short.get(short, set())
        if len(one) != 1 or a < firsts[short]:
            continue
        ent = ents[next(iter(one))]
        ent.mentions.append(Span(a, b))
        out.append((a, b, ent))
    # (the mentions stay out of ``spans_of``: the rules after would read the body where the
    # text means its organisation, as the subject of a deal or the seat of a post)
    return list(made.values())
