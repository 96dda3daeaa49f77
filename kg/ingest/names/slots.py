"""Companies named without a suffix ("Yizumi", "Borche Intelligent", "SAIC"), found by the slot
they fill rather than by their words: the subject of an organisation's verb at the start of a
sentence, heading or dated clause ("On April 20, X and Y released ..."), a numbered heading's
possessive ("9. X's Magnesium Alloy ..."), the agent after "produced/developed by", the owner
after "owned/controlled/acquired by" ("owned by Silver Lake Minerals (60%)"), the partner
after "signed ... with" / "collaborates with", the organisation after a role ("Chairman of X"),
and lists introduced as companies ("enterprises such as X, Y and Z", "X (a ... company)"); and
listed companies by an industry word in market news ("Zijin Mining fell 2%":
``industry_names``). A slot word that is a new city's name without its suffix ("Yichun" beside
"Yichun City") is that city (``slot_places``, called by the place rules).
Low confidence: the reviewer confirms; the pipeline drops any that overlaps a known name."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import zip_longest

from kg.ingest.names.candidates import _STARTERS, Candidate
from kg.ingest.names.head_words import heads
from kg.ingest.lexicon import lines, words
from kg.ingest.reading.windows import Near, near
from kg.ingest.names import surgery
from kg.ingest.names.not_names import is_not_name
from kg.ingest.names.industry_names import industry_names

_W = r"(?:[A-Z][A-Za-z0-9&\-]*|[A-Z]{2,})"
NAME = rf"{_W}(?:[ ](?:&[ ])?{_W}){{0,3}}"      # "Wenfeng Steel & Aluminum"
_LIST = rf"(?P<list>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?)"


def _patterns() -> list[re.Pattern]:
    verbs = "|".join(sorted(lines("company-verbs"), key=len, reverse=True))
    base = "|".join(sorted(lines("company-base-verbs"), key=len, reverse=True))
    # where the list may start (a line, after "; ", ", ", "; and ", "3. "...), checked after its
    # first capital: the same matches, and the engine skips to capitals instead of trying
    # eight checks at every position (about 6x faster)
    # (and after a dateline's dash: "SYDNEY, 3 March 2025 -- BHP signed ...")
    first = (r"[A-Z](?:(?<=^[A-Z])|(?<=\n[A-Z])|(?<=[.;:]\s[A-Z])|(?<=,\s[A-Z])|(?<=\d\.\s[A-Z])"
             r"|(?<=\d\.\d\s[A-Z])|(?<=; and [A-Z])|(?<=, and [A-Z])|(?<=--\s[A-Z])"
             r"|(?<=\u2014\s[A-Z])|(?<=\u2014[A-Z]))(?:[A-Za-z0-9&\-]*|[A-Z]+)")
    # (at most 30 more names: each start in a long list of names with no verb after it tried
    # the rest of the list, quadratic in its length: 2,000 names took 4 s)
    first_list = (rf"(?P<list>{first}(?:[ ](?:&[ ])?{_W}){{0,3}}(?:\s*,\s*{NAME}){{0,30}}"
                  rf"(?:,?\s+and\s+{NAME})?)")
    return [
        # "X (controlled by Y) signed ...": a parenthesis between the name and its verb
        # ("; and X has made ...": a perfect tense too)
        # ("X on Monday signed ...", "X yesterday bought ...": a day between the name and its
        # verb; "X will acquire ...", "X plans to build ...": a verb's plain form after a modal)
        # (a verb on the next line is in lower case: "Visit" over "Posted 12/03/25" is a
        # headline over a field, not "Visit posted")
        re.compile(rf"{first_list}(?:\s+\([^()\n]{{0,60}}\))?{_WHEN}(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-z]))"
                   rf"(?:(?:(?:has|have|had)"
                   rf"\s+)?(?i:{verbs})|(?:will|would|plans?\s+to|agreed\s+to|is\s+to|are\s+to)"
                   rf"\s+(?i:{base}))\b(?![ \t]*:)", re.M),    # ("MetalHead posted:": a label)
        # a numbered heading's possessive, on its own line or run into the text ("... . 9. X's")
        # (spaces, not line ends, before the number: each line of a run of blank lines began
        # a scan to the run's end; a heading after blank lines is found at its own line)
        re.compile(rf"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t]*\d+(?:\.\d+)*\.?\s+(?P<list>{NAME})['\u2019]s\s",
                   re.M),
        # (and the owner: "is owned by X (60%) and Y", "a unit controlled by Z")
        re.compile(rf"\b(?:produced|developed|designed|manufactured|supplied|made|built|owned|"
                   rf"controlled|acquired|bought)\s+by\s+{_LIST}"),
        re.compile(rf"\b(?i:signed|collaborat\w*|cooperat\w*|partner\w*)\b[^.;\n]{{0,120}}?"
                   rf"\bwith\s+(?:the\s+)?{_LIST}"),
        None,       # "\b(?:<roles>)\s+of\s+NAME": read by _role_lists, "of NAME" first
        re.compile(rf"\b(?i:enterprises|companies|firms|automakers|carmakers|manufacturers|customers"
                   rf"|clients|peers|competitors|rivals|suppliers|brands|players|producers)"
                   rf"(?:\s+|\s*[\u2014\u2013]\s*)(?:such\s+as|including|like)\s+{_LIST}"),
        re.compile(rf"(?P<list>{NAME})\s+\((?:a|an)\s+[^()\n]{{0,60}}\b(?:company|enterprise|"
                   rf"firm|group|manufacturer)\)"),
        # the customer a product is made for or fitted to: "customized for A and B", "the
        # latest models of A", "investments in A"
        re.compile(rf"\b(?:customi[sz]ed|tailored|supplied|made)\s+(?:exclusively\s+)?for\s+{_LIST}"),
        re.compile(rf"\b(?:car|vehicle)?\s*models?\s+of\s+{_LIST}"),
        re.compile(rf"\b(?:equity\s+)?(?:investments?|stakes?)\s+in\s+{_LIST}"),
    ]


# a day printed between a subject and its verb: "on Monday", "on March 3", "yesterday"
_WHEN = (r"(?:,?[ \t]+(?:on[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|"
         r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2})|yesterday|today|earlier[ \t]+today"
         r"|last[ \t]+week),?)?")
_PATTERNS: list[re.Pattern] | None = None


def _scanners() -> dict:
    """{index of a pattern whose gate is in _IN_SENTENCES: its Near over the stretches between
    full stops that print a gate word}, the patterns made when first asked."""
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _patterns()
        _NEARS.update({i: Near(rx, gate, stops=".") for i, (rx, gate) in
                       enumerate(zip(_PATTERNS, _GATES)) if rx is not None and gate
                       and gate[0] in _IN_SENTENCES})
    return _NEARS


_NEARS: dict = {}


def bare_companies(text: str) -> list[Candidate]:
    nears = _scanners()
    lower_words = set(_LOWER_WORD.findall(text))
    # an ordinary word the text never prints in lower case may be a name ("Hydro")
    stop = {w for w in words("common-words") if w in lower_words or len(w) <= 3} | _STOP
    out = []
    seen = set()
    for i, (rx, gate) in enumerate(zip_longest(_PATTERNS, _GATES, fillvalue=())):
        if gate and rx is not None and all(g.lstrip("(") in rx.pattern for g in gate) and \
                not any(g in text for g in gate):
            continue            # (a text without the words a pattern needs is not scanned)
        if rx is None:
            lists = _role_lists(text)
        else:
            found = near(rx, text, gate, before=120, after=2000) \
                if gate and gate[0] in _NEAR_START else nears[i].finditer(text) \
                if i in nears else rx.finditer(text)
            lists = ((m.start("list"), m.group("list")) for m in found)
        for at, listed in lists:
            for n in re.finditer(NAME, listed):
                s = at + n.start()
                e = at + n.end()
                toks = n.group(0).split()
                while toks and toks[0].lower() in stop:       # "The", "On", "Both"
                    s += len(toks[0]) + 1
                    toks = toks[1:]
                while toks and toks[-1].lower() in stop:
                    e -= len(toks[-1]) + 1
                    toks = toks[:-1]
                if not toks or (s, e) in seen or toks[-1].lower() in words("slot-object-nouns"):
                    continue            # "Zinc Parts Deal Signed": a deal, not a company
                label = " ".join(toks)
                if is_not_name(label):
                    continue            # "Eight Projects", "Prices Hit Record"
                if len(toks) == 1 and (len(label) < 3 or not label.isupper() and (re.search(
                        r"(?:[^iu]s|ing|ed|tion|ment|ity|ly)$", label)
                        or label.lower() in lower_words or label.lower() in heads())):
                    continue            # "Components", "Overall": a word, not a name
                    # (one the text also prints in lower case is a word too: "Hydro" is a
                    # name in a text that never says "hydro"; a head word of names alone,
                    # "Ministry releases ...", "Exchange launches ..." atop a headline, is the
                    # noun of a body, not a company's name)
                seen.add((s, e))
                out.append(Candidate(s, e, label, "Company", "company-slot", 0.4))
    return out + industry_names(text)      # "Zijin Mining fell 2%", "shares of X Lithium"


_NAME_RX = re.compile(NAME)


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset, tuple[int, ...]]:
    roles = frozenset(lines("roles"))
    return roles, tuple(sorted({len(r) for r in roles}, reverse=True))


@lru_cache(maxsize=1)
def _portfolio_roles() -> frozenset:
    return frozenset(lines("portfolio-roles"))


def _role_lists(text: str) -> list[tuple[int, str]]:
    r"""The names after "<role> of" ("Chairman of X"), as the pattern
    ``\b(?:<roles, longest first>)\s+of\s+(?P<list>NAME)`` scanned over the text would give them
    (leftmost start, the longest role there, no two overlapping), found from each "of" followed
    by a name and the roles that end right before its spaces (a set look-up per role length):
    the same matches, without trying a thousand roles at every position of the text."""
    roles, lengths = _roles()
    found = {}          # role start -> (longest role there, the name's start, its end)
    o = text.find("of")
    while o >= 0:
        at = o
        o = text.find("of", o + 2)
        q = at
        while q > 0 and text[q - 1].isspace():
            q -= 1
        e = at + 2
        while e < len(text) and text[e].isspace():
            e += 1
        if q == at or e == at + 2:
            continue        # "\s+of\s+": spaces on both sides
        n = _NAME_RX.match(text, e)
        if n is None:
            continue
        for k in lengths:
            p = q - k
            if p < 0 or text[p:q] not in roles:
                continue
            if p and (text[p - 1].isalnum() or text[p - 1] == "_"):
                continue    # "\b" before the role (every role opens with a letter)
            if text[p:q].rsplit(None, 1)[-1].lower() in _portfolio_roles() or \
                    n.group(0).rsplit(None, 1)[-1].lower() in words("department-name-ends") or \
                    _role_through(text, p, e, roles, lengths):
                found[p] = (k, e, e)    # "Minister of Industry ...": a portfolio, no company
                continue                # ("Head of Corporate Affairs": a department; "Head
                #                         of Investor Relations": a listed role whole)
            old = found.get(p)
            if old is None or k > old[0]:
                found[p] = (k, n.start(), n.end())
    out = []
    last = 0
    for p in sorted(found):
        if p < last:
            continue
        _, s, e = found[p]
        if e > s:
            out.append((s, text[s:e]))
        last = max(e, p + 1)
    return out


def _role_through(text: str, p: int, e: int, roles, lengths) -> bool:
    """A listed role starts at ``p`` and runs on past the "of" to a word's end at or after
    the name's first word (``e``): "Head of Investor Relations, X Ltd" names a department of
    the role, not a company (the name after a role's "of" is a company only when the role ends
    before it)."""
    for k in lengths:
        end = p + k
        if end <= e:
            break
        if text[p:end] in roles and (end == len(text) or not text[end].isalnum()):
            return True
    return False


# what every match of each of _patterns() prints (one of them; () = always scanned)
_GATES = ((), (), ("by",), ("with",), (), ("such", "including", "like"), ("(a",),
          ("made", "supplied", "tailored", "customi"), ("model",), ("investment", "stake"))
# the gates printed near a match's start, its list after them: only the text around them is
# scanned (reading/windows.py; a list of names runs at most 2,000 characters)
_NEAR_START = frozenset({"model", "investment"})
# the gates of patterns that read no full stop: only the stretches between full stops that
# print one are scanned (reading/windows.py: the whole scan's matches)
_IN_SENTENCES = frozenset({"by", "with", "such", "made"})
# (and the words that open a sentence before a name: "Later, X Ltd signed ...")
_STOP = frozenset(lines("slot-stopwords")) | _STARTERS
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z\-]+")


# "Gecamines, the Congolese state miner", "Vale, the Brazilian miner": a name followed by an
# apposition that calls it a company, with a nationality or a word of its standing before the noun
_NATIONALITY = r"[A-Z][a-z]+(?:an|ese|ish|ian|ch|i)"
_STANDING = (r"(?:state|state-owned|state-run|listed|private|privately\s+held|leading|largest|"
             r"biggest|top|world['’]s|country['’]s|national)")
_APPOSITION_GAP = re.compile(r",\s+(?:the|an?|its)\s")      # (what every apposition holds)
_APPOSITION = re.compile(
    rf"(?<![\w&-])(?P<list>{NAME}),\s+(?:the|a|an)\s+(?:(?:{_NATIONALITY}|{_STANDING})\s+){{1,3}}"
    r"(?:[a-z]+\s+){0,2}?(?:miner|mining\s+(?:company|group|firm)|producer|company|firm|group|"
    r"refiner|smelter|trader|conglomerate|metals\s+company)\b"
    # "X, the local arm of Y", "X, a wholly owned subsidiary of Y", "X, a joint venture between"
    rf"|(?<![\w&-])(?P<list2>{NAME}),\s+(?:the|a|an|its)\s+(?:[a-z][a-z-]*\s+){{0,3}}?"
    r"(?:arm|unit|subsidiary|affiliate|division|joint\s+venture|venture|operating\s+company)"
    r"\s+(?:of|between|owned|controlled|set\s+up)\b")


# "Harmony is a Guinean mining company": a name the text says is a company, with a
# nationality or a word of its standing before the noun (as the apposition reads it)
_COPULA_GAP = re.compile(r"\s(?:is|was)\s+(?:the|an?)\s")
_DESCRIBED = re.compile(
    rf"(?<![\w&-])(?P<list>{NAME})\s+(?:is|was)\s+(?:a|an)\s+(?:(?:{_NATIONALITY}|{_STANDING})\s+)"
    r"{1,3}(?:[a-z]+\s+){0,2}?(?:miner|mining\s+(?:company|group|firm)|company|firm|"
    r"conglomerate|metals\s+company)\b"
    # (the noun ends the phrase: not "a Chinese company director")
    r"(?=\s*[.,;]|\s+(?:that|which|based|in|with|and|owned|controlled|listed)\b)")


def appositive_companies(text: str) -> list[Candidate]:
    """Companies an apposition names: "Gecamines, the Congolese state miner, will keep 20%",
    "Serbia Zijin Copper, the local arm of ..." (``company:apposition``, 0.5), and a name a
    sentence says is one, "Harmony is a Guinean mining company" (``company:described``, 0.5;
    an indefinite noun only: "China is the largest producer" describes no company). The name before the comma, not a word of a sentence's
    start ("Meanwhile, the Chilean miner ...")."""
    out = []
    # (looked for only around ", the" and the like: reading/windows.py)
    for m in near(_APPOSITION, text, _APPOSITION_GAP, before=160, after=240):
        group = "list" if m.group("list") else "list2"
        toks = m.group(group).split()
        s = m.start(group)
        while toks and toks[0].lower() in _STOP | _LEADS:
            s += len(toks[0]) + 1
            toks = toks[1:]
        if not toks or len(toks) == 1 and (len(toks[0]) < 3 or
                                           toks[0].lower() in _referent_nouns()):
            continue        # ("The Company, a subsidiary of X": no company named "Company")
        out.append(Candidate(s, m.end(group), " ".join(toks), "Company", "company:apposition",
                             0.5))
    described = near(_DESCRIBED, text, _COPULA_GAP, before=160, after=240) \
        if " is a" in text or " was a" in text else ()     # (no whole-text scan without one)
    for m in described:
        toks = m.group("list").split()
        s = m.start("list")
        while toks and toks[0].lower() in _STOP | _LEADS:
            s += len(toks[0]) + 1
            toks = toks[1:]
        label = " ".join(toks)
        if toks and (len(toks) > 1 or len(toks[0]) >= 3) and \
                not re.search(re.escape(label) + r"[ \t]+[A-Z]", text):
            # (not a short name of a longer one the text prints: "X Jinwang Lead-Zinc
            # Smelting Co., Ltd." ... "X Jinwang is a local company")
            out.append(Candidate(s, m.end("list"), label, "Company", "company:described", 0.5))
    return out


@lru_cache(maxsize=1)
def _referent_nouns() -> frozenset:
    return frozenset(lines("referent-nouns"))


_LEADS = {"meanwhile", "however", "separately", "also", "but", "and", "in", "on", "by", "last",
          "this", "next", "earlier", "later", "today", "yesterday"}


def slot_places(draft, spans_of) -> None:
    """"Yichun supplies lepidolite" in a text that names "Yichun City": the one word a
    company's slot found is the draft's new city or county of that name, not a company."""
    places = {}
    for ent in draft.entities.values():
        if not ent.known and str(ent.cls).rsplit("#", 1)[-1] in ("City", "County", "Province"):
            m = re.fullmatch(r"(.+) (?:City|County|Province)", ent.label)
            if m:
                places[m.group(1)] = ent
    if not places:
        return
    for ent in list(draft.entities.values()):
        if ent.rule == "company-slot" and not ent.known and ent.label in places:
            surgery.fold(draft, spans_of, ent, places[ent.label])
