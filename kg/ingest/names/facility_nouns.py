"""Facilities named by a common noun: "the smelter", "its alumina refinery", "the company's
Guixi smelter", "X's tin smelter in Y", "potline No. 2", "the tailings dam", "the client's
warehouse" after a header line "Client: X Co., Ltd." (heads, their kind
and the stems they refer back by: ``data/facility-heads.txt``).

A head in lower case after a determiner ("the", "its", "this") or a possessive ("X's", "the
company's"), with up to four modifiers between (metal and product words, a capacity such as
"400,000-tonne", a place, "new"), and not itself a modifier ("plant protection", "the smelter
project") is a mention of a facility:

* of the project or site the text named before, when that name has the head's stem ("the
  refinery" after "the Boke Alumina Refinery", "the smelter" after "... copper smelting
  project"; a generic head, "the plant", "the facility", refers back to the facility named
  last): a mention and an alias of it;
* else of a new ``nfo:Site`` (rule ``site:facility-noun``, confidence 0.5), one per head and
  owner: later mentions are the same site. It needs an owner: the organisation of the
  possessive, "its" or "the company" (:mod:`kg.ingest.relations.referents`), "of X" after the
  head or before a verb of having after "that / which" ("the furnace that X built"), else the
  company the article is about (``@0.4``). Its label: the owner's short name,
  the content modifiers, the head ("Jiuhua Copper smelter"); the bare head is an alias.

What the mention's own words give the new site: ``nfo:ownedBy`` the owner, ``nfo:concernsMetal``
the metals among its modifiers, ``nfo:locatedIn`` a place among them or right after "in / at /
near"; and when a mention opens a sentence ("The smelter is in A District, B, and has a design
capacity of 400,000 tonnes of cathode copper"), the place after "is / stands / lies / is
located in" and the metals of that sentence (up to another organisation).

A company's base called by its place (the head's kind "town", round 39): "its Fugu base", "the
group's Chaohu base", "the Chaohu base of X", "its base in Fugu County" is X's site there,
labelled "Fugu base of X" as curators name one ("its customer base", "its copper base in Y":
none).

An indefinite one with its owner after "of" ("a calcined dolomite kiln of X Co., Ltd.", as a
list of signed projects prints them) is X's (``@0.6``). Plurals ("smelters in China", "its two
potlines"), other indefinites ("a new plant would be needed") and "every / each / any" mint
nothing. One search for the heads, a bounded look back from each:
linear in the text.

Why it is one piece (past 500 lines): one loop reads each head's phrase, and its owner, the
facility it refers back to and the site it mints share that loop's state (the sites minted so
far, the owner a verb of having gave the sentence); the parts that need none of it live apart
(:mod:`kg.ingest.names.site_hosts`, :mod:`kg.ingest.names.plural_sites`)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.names.capacities import SITE_RULE as CAPACITY_SITE_RULE
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.names.port_sites import RULE as PORT_RULE
from kg.ingest.names.site_hosts import Hosts, for_metals, place_word
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.defined_terms import defined_terms
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.labelled_parties import labelled_parties, party_before
from kg.ingest.relations.referents import by_head_noun, by_short_name, lead_company, referents
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.relations.voice import speaker_unit
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "site:facility-noun", 0.5
ROLE_CONFIDENCE = 0.45      # (a site of a party named by its role: no owner proposed)
HOST_RULE = "site:part-of-named-site"
_LOOK = 30          # how many facilities back "the smelter" may refer
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|"
         "might|must|should|shall|said|says|say|told|added|noted|as|than|also|not|no|every|each|"
         "all|any|other|such|per|about|into|over|under|after|before|when|where|while|but|if|"
         "so|do|does|did|than|both|either|neither|our|your|his|her|my|own")
# a modifier: a word, a capacity ("400,000-tonne", "2.4-million-tonne"), an acronym; a comma
# only inside a number (two joined by "and": "the plate and strip workshop of X")
_MOD = rf"(?!(?:{_STOP})\b)(?!No\.)[A-Za-z0-9](?:[\w\-/]|[.,](?=\d))*"
# "X owns an alumina refinery and a ... smelter": an indefinite one that a verb of having gives
# its subject (_HAVE: data/facility-have-verbs.txt), or one listed after it with "and" or a
# comma ("owns a mine in A, a refinery with a capacity of ..., and a smelter that ...")
_HAVE = "|".join(sorted(lines("facility-have-verbs"), key=len, reverse=True)).replace(" ", r"\s+")
_BACK = re.compile(rf"(?:(?P<det>\b(?:[Tt]he|[Ii]ts|[Tt]his|[Oo]ur))|"
                   rf"(?P<poss>['\u2019]s|(?<=[a-z]s)['\u2019](?=[ \t]))|"
                   rf"(?P<ind>(?:\b(?P<have>{_HAVE}|and)|(?P<comma>,))\s+an?)|"
                   rf"(?P<bare>\b[Aa]n?)|"
                   # a field's value: "Site visit: bonded copper warehouse of X Co., Ltd."
                   rf"(?P<field>(?:(?m:^)|(?<=[ \t]{{2}}))[ \t]*[A-Z][A-Za-z ()/-]{{0,30}}:))"
                   # ("its own smelter", "X's own mine": "own" says whose, no modifier)
                   rf"(?:\s+own(?=\s))?"
                   rf"\s+(?P<mods>(?:{_MOD}\s+(?:and\s+(?={_MOD}\s))?){{0,4}})(?:No\.\s*\d+\s+)?$")
# "the park's": the word of the possessive (checked against a park, zone or port named before)
_INDEFINITE = re.compile(rf"\b[Aa]n?\s+(?:{_MOD}\s+){{0,4}}$")
_IN_HOST = re.compile(r"\s+(?:in|at|inside|within)\s+the\s+([a-z]+)\b")
_POSS_WORD = re.compile(r"\b[Tt]he\s+([a-z]+)$")
_GOVERNED = re.compile(r"\b(?:of|with|from|to|by|for|than|as)\s+(?:the\s+)?$", re.I)
_NUMBERED = re.compile(r"\s+No\.\s*\d+\b")
_CAPACITY = re.compile(r"\d")
# words after a head that make it a modifier of another noun ("plant protection", "the smelter
# project", "the mine's" is fine)
_COMPOUND = {"project", "projects", "protection", "construction", "equipment", "operator",
             "operators", "worker", "workers", "staff", "manager", "managers", "industry",
             "industries", "sector", "gate", "gates", "fee", "fees", "price", "prices", "cost",
             "costs", "tour", "visit", "technology", "technologies", "design", "designs",
             "license", "licence", "permit", "company", "companies", "enterprise", "enterprises",
             "owner", "owners", "operation", "operations", "business", "group", "life",
             "train", "trains", "retrofit", "retrofits", "upgrade", "upgrades", "upgrading",
             "renovation", "revamp", "overhaul", "expansion", "customer", "customers", "client",
             "clients", "supplier", "suppliers", "user", "users"}
_PASSING = {"old", "former", "previous", "other", "closed", "idle", "shuttered", "typical",
            "average", "hypothetical", "future", "possible", "proposed", "planned"}
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_PROJECT_STEM = re.compile(r"\bproject\b")
_OF_PRONOUN = re.compile(r"\b(?:its|their|our)$", re.I)
# what makes "an alumina refinery" after "owns" one facility: its size ("with a (design)
# capacity of", "of 400,000 tonnes a year", "producing 30,000 tonnes", "that can make ...")
_SIZED = re.compile(r"\s*,?\s+(?:with\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:capacity|output)\b|"
                    r"(?:of|producing|making|turning\s+out)\s+(?:about\s+|some\s+|up\s+to\s+)?\d|"
                    r"(?:that|which)\s+(?:can\s+)?(?:makes?|produces?|turns?\s+out|treats?|"
                    r"processe?s?)\s+(?:about\s+|some\s+|up\s+to\s+)?\d)", re.I)
_IN_AFTER = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?")
# "the furnace that X built", "the mine which X operates": X owns it (the verbs of having)
_THAT = re.compile(r"\s+(?:that|which)\s+")
# "the river port of Kolaboui": "of" and a name of up to four capitalised words
# (a line end may fall between its words: "of Yantai\nHangyu")
_OF_NAME = re.compile(r"\s+of\s+(?P<name>[A-Z][\w'-]*(?:(?:[ \t]|[ \t]*\n[ \t]*)[A-Z][\w'-]*){0,3})")
_THAT_VERB = re.compile(rf"\s+(?:also\s+|later\s+|then\s+)?(?:{_HAVE})\b")
_SUBJECT_IN = re.compile(r"\s+(?:(?:is|was|are|has\s+been)\s+)?(?:(?:located|situated|based|"
                         r"sited)\s+|(?:stands|stood|lies|lay|sits|sat)\s+)?(?:in|at|near)\s+"
                         r"(?:the\s+)?")
_LEAD = re.compile(r"^(?:\d{1,2}[.)]\s*|[-*\u2022]\s*)?(?:(?:[A-Z][\w,'\u2019-]*\s*){1,6},\s*)?$")


# after a facility phrase: a hedge that it may not exist ("X's smelter, if any, ...")
_IF_ANY = re.compile(r"[ \t]*(?:,[ \t\n]*|\([ \t]*)(?:if[ \t\n]+(?:any|applicable|there[ \t\n]+is[ \t\n]+one)|"
                     r"where[ \t\n]+applicable)\b", re.I)


@lru_cache(maxsize=None)
def _table():
    heads = {}
    for ln in lines("facility-heads"):
        parts = re.split(r"\s{2,}", ln)
        heads[parts[0]] = (parts[1], re.compile(parts[2]))
    # by first letter, the check before a head after it: the same matches, the engine skipping
    # to those letters
    def pattern(names):
        groups: dict[str, list[str]] = {}
        for h in sorted(names, key=lambda h: (-len(h), h)):
            groups.setdefault(h[0], []).append(re.escape(h[1:]).replace(r"\ ", r"\s+"))
        alt = "|".join(f"{re.escape(c)}(?<![\\w\\-]{re.escape(c)})(?:{'|'.join(r)})"
                       for c, r in sorted(groups.items()))
        # (every head opening with a word character, no word character before it: "\b" first,
        # which the engine tells in place, so the letters' branches are tried only where a
        # word starts, not at every letter of the text: half the scan)
        start = r"\b" if all(c.isalnum() or c == "_" for c in groups) else ""
        return re.compile(rf"{start}(?:{alt})(?![\w\-])")
    # (a "placed" head, "site", is read here only: the other rules' heads leave it out, and no
    # "the plant" refers back to a name with "site" in it)
    kept = [h for h in heads if heads[h][0] not in ("placed", "town")]
    # (nor to a room or a building of an organisation's premises: "the plant" after "the group
    # headquarters" is no headquarters)
    stems = re.compile("|".join(f"(?:{heads[h][1].pattern})" for h in kept
                                if heads[h][0] != "premises"))
    return pattern(heads), heads, stems, pattern(kept)


_HITS: dict = {}


_SCAN = ("kg.ingest.names.facility_nouns", "scan_pattern")


def scan_pattern():
    """All the facility heads' pattern, "site" too: what :func:`head_hits` scans, here or in
    the second process (kg/ingest/reading/scans_ahead.py names this function)."""
    return _table()[0]


def head_hits(text: str) -> list:
    """The facility heads of ``text`` in lower case (one scan per text, shared by the rules
    that read them: :mod:`placed_sites` and this module)."""
    got = _HITS.get("text")
    if got is None or got[0] is not text:
        # (the scan maybe done ahead: kg/ingest/reading/scans_ahead.py)
        got = (text, [h for h in scans_ahead.finditer(_table()[0], text, _SCAN)
                      if h.group(0).islower()])
        _HITS["text"] = got
    return got[1]


def head_pattern() -> re.Pattern:
    """The facility heads of ``data/facility-heads.txt`` as one pattern (longest first), but
    those read only with a place and an owner ("site")."""
    return _table()[3]


def head_kinds() -> dict:
    """Each head of ``data/facility-heads.txt`` (one space between its words) and its kind."""
    return {h: k for h, (k, _) in _table()[1].items()}


def head_stem(head: str) -> re.Pattern | None:
    """The stem a facility named before must have for ``head`` to refer back to it."""
    got = _table()[1].get(head)
    return got[1] if got is not None else None


def placed_head(head: str) -> bool:
    """Whether ``head`` ("site") names a facility only with its owner and a place."""
    got = _table()[1].get(" ".join(head.split()))
    return got is not None and got[0] == "placed"


def _short(label: str) -> str:
    return without_suffix(label)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the facilities named by a common noun to the draft and to ``spans_of``."""
    text = draft.text
    _, heads, stems, _ = _table()
    hits = head_hits(text)
    if not hits:
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    within = overlapping(spans, starts)
    sents = Sentences(text)
    refs = referents(text, spans, sents, kind)
    ref_at = {s: x for x in refs for s in (x[0],)}
    ref_end = {x[1]: x for x in refs}
    org_end = {e: x for x in spans for e in (x[1],) if kind(x[2]) == "org"
               and not x[2].role}
    any_at = {}
    for x in spans:
        if kind(x[2]) in ("org", "place") and not x[2].role:
            old = any_at.get(x[0])
            if old is None or x[1] > old[1]:
                any_at[x[0]] = x
    named_at = {x[0] for x in spans if not x[2].role}     # (any name's start: a person's too)
    lead = lead_company(text, spans, kind)     # (header lines skipped: referents)
    parties = labelled_parties(text, spans, kind)      # "Client   X Co., Ltd." in a header
    org_rows = [x for x in spans if kind(x[2]) == "org" and not x[2].role]
    org_starts = [x[0] for x in org_rows]

    person_starts = {x[0] for x in spans if kind(x[2]) == "person"}
    named_end = {x[1] for x in spans}

    def short_name(p):
        """The organisation a short name no rule read stands for ("Xinrun's"), none when a
        name ends there ("China's": a place) or a verb "to be" stands before it (a description
        of a facility named before: "the refinery was Haibo's first overseas plant")."""
        if p in named_end or _COPULA.search(text, max(0, p - 40), p):
            return None     # ("the refinery was Haibo's first overseas plant": said of it)
        return by_short_name(text, p, org_rows, org_starts)

    def speaker(p):
        """The unit a speaker's label at the line's start names ("A, chairman of Y: our ...")."""
        return speaker_unit(text, p, person_starts, org_rows, org_starts)

    def orgs_before(p):
        """The organisations named in the sentence of ``p``, before it."""
        lo = sents.bounds(p)[0]
        return org_rows[bisect.bisect_left(org_starts, lo):bisect.bisect_left(org_starts, p)]
    name_starts = sorted(any_at)

    def named_before(p):
        """Whether an organisation or a place is named in the sentence of ``p``, before it."""
        i = bisect.bisect_left(name_starts, p) - 1
        return i >= 0 and name_starts[i] >= sents.bounds(p)[0]
    made: list[tuple[int, int, Entity]] = []
    minted: dict[tuple, Entity] = {}
    terms = defined_terms(text, org_rows) if "owns" in text or " a " in text else []

    def subjects_before(p):
        """The organisations named in the sentence of ``p`` before it, with the uses of a term
        the text defined for one ("The Debtor, in the X zone, made copper rod. Its plant in
        Chizhou ...": the Debtor's)."""
        lo = sents.bounds(p)[0]
        i = bisect.bisect_left(terms, (lo,))
        used = []
        while i < len(terms) and terms[i][0] < p:
            used.append(terms[i])
            i += 1
        return sorted(orgs_before(p) + used, key=lambda x: x[0]) if used else orgs_before(p)
    had: dict = {}          # sentence start -> the owner a verb of having named there last
    by_name: set = set()    # (the sites called by a name of their own: never "in passing")

    # (a port named by its city is no plant a later "the new plant" points back at)
    facilities = [x for x in spans if (kind(x[2]) == "project" or x[2].cls == NFO.Site)
                  and not x[2].rule.startswith("project:phase") and x[2].rule != PORT_RULE]
    fac_starts = [x[0] for x in facilities]

    def facility_before(p: int, stem):
        """The last project or site named before ``p`` whose name matches ``stem`` (of the
        last ``_LOOK`` named: a long text is read in linear time)."""
        best = next((x for x in made[-1:-_LOOK:-1] if x[1] <= p and _fits(x[2], stem)), None)
        i = bisect.bisect_left(fac_starts, p) - 1
        for j in range(i, max(-1, i - _LOOK), -1):
            x = facilities[j]
            if best is not None and x[0] <= best[0]:
                break
            if x[1] <= p and _fits(x[2], stem):
                return x
        return best

    hosts = Hosts(text, spans, _INDEFINITE)     # (parks a part belongs to)
    # the sites named by a name of their own, by where the name starts ("of Chisha Terminal")
    site_at = {x[0]: x[2] for x in spans if x[2].cls == NFO.Site and not x[2].role
               and x[2].rule != RULE}

    hosts.heads(hits)

    for h in hits:
        a_head, b = h.start(), h.end()
        head = " ".join(h.group(0).split())
        kind_, stem = heads[head]
        m = _BACK.search(text, max(0, a_head - 120), a_head)
        if m is None or "\n\n" in text[m.start():a_head]:
            continue
        mods = m.group("mods").split()
        if any(w.lower() in _PASSING for w in mods):
            continue        # "its old plant", "another smelter": one named in passing
        if kind_ == "modified" and not [w for w in mods if w != "new"] and not (
                (m.group("poss") or (m.group("det") or "").lower() in ("its", "our"))
                and _placed_end(text, b, any_at, None) != b):
            continue        # ("the works"; but "its works in Baoji": the place says which)
        if kind_ == "made" and not _makes(mods, within(m.start("mods"), a_head)):
            continue        # "the bottom line", "the front line": no works
        if kind_ == "placed" and (not (m.group("poss") or (m.group("det") or "").lower() in (
                "its", "our")) or _placed_end(text, b, any_at, None) == b):
            continue        # ("its site in Golmud"; not "the site", "its site" alone)
        if kind_ == "town" and not _town(m, text, b, any_at, within(m.start("mods"), a_head)):
            continue        # ("its Jingxi base", "its base in Fugu County"; not "its customer base")
        num = _NUMBERED.match(text, b)
        end = num.end() if num else b
        nxt = re.match(r"\s+([A-Za-z]+)", text[end:end + 30])
        if nxt and nxt.group(1).lower() in _COMPOUND or text[end:end + 1] in "-/":
            continue
        if re.match(r"\s+by\s+" + re.escape(head.split()[-1]) + r"\b", text[end:end + 40]):
            continue        # "carrying out the cuts plant by plant": each one, no facility
        if _IF_ANY.match(text, end):
            continue        # "the tenderee's smelter, if any,": one that may not be there
        of_owner = None
        if m.group("bare") or m.group("ind") or m.group("field"):
            # "a calcined dolomite kiln of X Co., Ltd.", "Site visit: bonded copper warehouse
            # of X": one facility, X's (none without its owner after "of")
            got = _owner(m, text, m.start("mods"), end, org_end, {}, {}, any_at, None,
                         orgs_before)
            if got[0] is not None and got[1] >= 0.6:
                of_owner = got
            elif m.group("bare") or m.group("field"):
                continue
        a = m.start("det") if m.group("det") else m.start("mods")
        names = [x for x in within(a if m.group("det") else m.start("mods"), end)
                 if x[2].cls not in (NFO.Metal, NFO.Field)
                 and not ((x[2].known or kind_ == "town") and kind(x[2]) == "place")]
        if of_owner is not None:
            owner, oconf, ospan = of_owner
        elif m.group("ind"):
            if _IN_AFTER.match(text, end) is None and not _CAPACITY.search(m.group("mods")) \
                    and not _SIZED.match(text, end) and not for_metals(text, end, within):
                continue        # "X has a plant", "X also runs a smelter": which, is not said
            named = [x for x in within(m.start("ind"), sents.bounds(a_head)[1])
                     if kind(x[2]) == "project" or x[2].cls == NFO.Site]
            owner, oconf, ospan = _subject(m, text, sents, orgs_before, terms, had, refs)
            if named:       # (a name another rule read there: "owns a tin mine in Dachang")
                x = named[0]
                if x[0] <= a_head and b <= x[1] and not x[2].known and owner is not None \
                        and kind(owner) == "org" and _owner_of(x[2]) is None:
                    x[2].add(NFO.ownedBy, owner.iri, Span(ospan[0], x[1]), f"{RULE}@{oconf}")
                continue
        else:
            owner, oconf, ospan = _owner(m, text, a, end, org_end, ref_at, ref_end, any_at, lead,
                                         subjects_before, named_before, parties,
                                         lambda q: by_head_noun(text, q, org_rows, org_starts),
                                         speaker, short_name, named_at)
        if names:
            # a name covers it or is in it ("the Towuti plant", an event's name); a new
            # facility named by its words ("the company's wheel plant") takes the owner
            x = names[-1]
            if len(names) == 1 and x[1] == end and not x[2].known and oconf >= 0.5 and (
                    kind(x[2]) == "project" or x[2].cls == NFO.Site) and \
                    _owner_of(x[2]) is None and kind(owner) == "org":
                x[2].add(NFO.ownedBy, owner.iri, Span(min(ospan[0], a), max(ospan[1], end)),
                         f"{RULE}@{oconf}")
            continue
        mod_words = [w for w in mods if not _CAPACITY.search(w) and w.lower() != "new"]
        bare = not mod_words and _IN_AFTER.match(text, end) is None
        # a facility the text named before ("the plant": the one named last, when bare)
        ref = facility_before(a, stem) if kind_ not in ("generic", "made") else \
            facility_before(a, stems) if bare and kind_ == "generic" else None
        if ref is not None and _named_otherwise(text, m.start("mods"), a_head, ref[2], within):
            ref = None      # ("The Baiyang mine ... The Dazhai pit": a pit of its own name)
        if ref is not None and kind_ == "generic" and _part_of_works(ref[2]):
            ref = None      # ("furnace No. 7 ... Our plant", "X Industrial Park ... the plant
                            # of Y Co., Ltd.": a part or a host, no plant)
        if m.group("ind") or kind_ == "town":
            ref = None      # ("its wire rod line in Yuxi opened in 2020, and a 50,000-tonne
            #                 line in Lufeng in 2022": an indefinite one is another; "its
            #                 base in X" after "its Y base": its place says which)
        elif kind_ == "made":   # ("its casting line" is no "industrial line" named before)
            ref = facility_before(a, re.compile(
                r"\b" + re.escape(normalise_name(" ".join(mod_words + [head]))) + r"\b"))
        if ref is None and kind_ == "made" and oconf < 0.5 and \
                facility_before(a, _PROJECT_STEM) is not None:
            continue    # "the zinc line" with no owner of its own: a part of the project
        if ref is not None and (owner is None or oconf < 0.5 or _owner_of(ref[2]) in (
                None, owner.iri)):     # (a bare "the smelter" is the one named before)
            ent = ref[2]
            ent.mentions.append(Span(a, end))
            if ent.rule == CAPACITY_SITE_RULE and owner is not None and kind(owner) == "org" \
                    and _owner_of(ent) is None:
                # "running a 3,000-tonne smelter ... beside the smelter": the company's, as the
                # one "the smelter" would have named
                ent.add(NFO.ownedBy, owner.iri, Span(min(ospan[0], a), max(ospan[1], end)),
                        f"{RULE}@{oconf}")
            if ent.rule == RULE:        # (another rule's name: the rules read the name, not
                made.append((a, end, ent))      # each "the plant" that refers back to it)
            if not ent.known:
                _read_phrase(text, ent, a, end, m.start("mods"), within, any_at)
                _read_sentence(text, ent, a, end, sents, spans, starts)
            continue
        # "the Nam Phak station": a facility called by a name no rule read is labelled by that
        # name, not by the company the article is about (which it may not belong to), and is
        # a site even when no owner is found
        placed = " ".join(x[2].label for x in within(m.start("mods"), end)
                          if kind(x[2]) == "place")
        proper = oconf < 0.5 and any(w[:1].isupper() and w not in placed for w in mod_words)
        of_name = _OF_NAME.match(text, end) if owner is None and not m.group("poss") and \
            (m.group("det") or "").lower() == "the" else None
        if of_name is not None and site_at.get(of_name.start("name")) is not None:
            of_name = None      # ("the sampling station of Chisha Terminal": a part of it)
        proper = proper or of_name is not None
        if owner is not None and kind(owner) != "org":
            owner = None
        # "the rail spur", "the park's warehouse" with no owner of its own, after a park, zone or
        # port the text named: a part of that site
        host = None
        if kind_ == "premises" and m.group("poss") and owner is not None:
            # "the township's cultural centre": the township's, not its government's
            word = _POSS_WORD.search(text, max(0, a - 40), m.start("poss"))
            if word is not None and place_word(word.group(1)) and \
                    hosts.before(a, word.group(1)) is not None:
                owner, oconf = None, 0.0
        if not proper and kind_ != "generic" and (
                (m.group("det") or "").lower() == "the" and oconf < 0.5 or
                m.group("poss") and owner is None):
            of = _OF.match(text, end)
            named_site = site_at.get(of.end()) if of is not None else None
            if named_site is not None:
                host = named_site       # ("the sampling station of Chisha Terminal")
            elif m.group("poss"):
                word = _POSS_WORD.search(text, max(0, a - 40), m.start("poss"))
                host = hosts.before(a, word.group(1)) if word is not None else None
            else:
                host = hosts.introduced(a_head, head)
            if host is not None:
                owner, oconf = None, 0.45
        if kind_ in ("placed", "town") and (owner is None or oconf < 0.5):
            continue
        # "the winner's plant in Baoji", "the holder's plant in Chaohu": the facility of a party
        # the text names by its role, which the place says: a site there, whose owner is left
        # to the reviewer
        role = _role_placed(text, m, end, any_at) if owner is None and not proper and \
            host is None and m.group("poss") else None
        if owner is None and not proper and host is None and role is None:
            continue
        key = (heads[head][0] if kind_ != "generic" else "generic",
               owner.iri if owner is not None else host.iri if host is not None
               else " ".join(mod_words + ([of_name.group(0)] if of_name else [])), head,
               " ".join(mod_words).lower() if kind_ == "made" else
               " ".join(mod_words + [text[b:_placed_end(text, b, any_at, None)]]).lower()
               if kind_ == "town" or role is not None else "", role)
        ent = minted.get(key)
        if ent is None and role is not None:
            label = " ".join([f"{role}'s"] + mod_words + [head] + text[
                end:_placed_end(text, end, any_at, None)].split())
            ent = Entity(minter.mint(label), NFO.Site, label[:1].upper() + label[1:], False, RULE,
                         ROLE_CONFIDENCE)
            draft.entities[ent.iri] = ent
            minted[key] = ent
        if ent is None:
            short = [] if proper or host is not None else [_short(owner.label)]
            words = mod_words      # (all of them: "Nanfang Zinc zinc oxide kiln")
            if short and kind_ == "premises" and words and (
                    words[0].lower() in short[0].lower().split()
                    or words[0].lower() in _role_nouns()):
                words = words[1:]  # ("the group headquarters" of X Group: X Group headquarters)
            label = " ".join(short + words + [head] + ([" ".join(num.group(0).split())]
                                                       if num else []))
            if kind_ == "town" and short:
                # "Fugu base of X", "Shangrao base of X" (for "its base in Shangrao"): the way
                # curators name a company's base
                where = words or _IN_AFTER.sub("", text[b:_placed_end(text, b, any_at, None)],
                                               count=1).split()
                label = " ".join(where + [head, "of", short[0]])
            if of_name is not None and host is None:   # ("river port of Kolaboui")
                label = f"{label} of {' '.join(of_name.group('name').split())}"
            if host is not None and host.cls != NFO.Site:
                # "the county's 110 kV substation": its words as printed, then the place
                label = " ".join([w for w in mods if w.lower() != "new"] + [head])
                label = f"{label[:1].upper()}{label[1:]} of {host.label}"
            elif host is not None:      # ("Rail spur of the Jiangnan Metals Logistics Park")
                label = f"{label[:1].upper()}{label[1:]} of the {host.label}"
            ent = Entity(minter.mint(label), NFO.Site, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            minted[key] = ent
            if owner is not None:
                ent.add(NFO.ownedBy, owner.iri, Span(min(ospan[0], a), max(ospan[1], end)),
                        f"{RULE}@{oconf}")
            if host is not None:
                ent.add(NFO.locatedIn, host.iri, Span(a, end), f"{HOST_RULE}@{oconf}")
                ent.aliases.add(" ".join(mod_words + [head]))
            if proper or kind_ == "seat":     # (a company has one head office: no passing word)
                by_name.add(id(ent))
        if mod_words:       # ("alumina refinery"; the bare head names too many things)
            ent.aliases.add(" ".join(mod_words + [head]))
        # (the mention holds the owner after "of" and the place right after it: "plant in
        # Golmud", "exhibition hall of X in Xi'an")
        of = _OF.match(text, end)
        tail = ospan[1] if of is not None and of.end() <= ospan[0] <= of.end() + 25 else end
        if tail != end and not _OF_PRONOUN.search(text, max(0, tail - 8), tail):
            # (the phrase names it: "exhibition hall of X"; not "auditorium of its")
            ent.aliases.add(" ".join(text[m.start("mods"):tail].split()))
        ent.mentions.append(Span(a, _placed_end(text, tail, any_at, ent)))
        made.append((a, end, ent))
        _read_phrase(text, ent, a, end, m.start("mods"), within, any_at)
        in_host = _IN_HOST.match(text, end)      # ("a laboratory in the park")
        host_in = hosts.before(end, in_host.group(1)) if in_host else None
        if host_in is not None and host_in is not ent and not any(
                p == NFO.locatedIn for p, *_ in ent.statements):
            ent.add(NFO.locatedIn, host_in.iri, Span(a, in_host.end()), f"{HOST_RULE}@0.45")
        # ("a warehouse for zinc and lead"; not of a site only guessed to be the article's
        # company's: "the largest base for titanium in the country")
        for x in for_metals(text, end, within) if oconf >= 0.45 else ():
            ent.add(NFO.concernsMetal, x[2].iri, Span(a, x[1]), RULE)
        if tail != end:         # ("... of X in Xi'an": the place after the owner)
            _read_phrase(text, ent, a, tail, tail, within, any_at)
        _read_sentence(text, ent, a, end, sents, spans, starts)
    # a site only the article's company owns, of which no mention says where it is or what it
    # makes, is a word in passing ("before leaving the plant"): none
    # (one the text comes back to, "the ore yard" ... "inspected the ore yard", in two
    # paragraphs, is a site it talks about)
    idle = {id(e) for e in minted.values() if e.statements and e.statements[0][3].endswith(
        "@0.4") and len(e.statements) == 1 and id(e) not in by_name
        and not _revisited(text, e)}
    for e in minted.values():
        if id(e) in idle:
            del draft.entities[e.iri]
    made = [x for x in made if id(x[2]) not in idle]
    spans_of.extend(made)
    return [e for _, _, e in made]


def _town(m, text, b, any_at, names) -> bool:
    """Whether a "town" head ("base") is a company's works called by its place: "its" / "our" /
    "X's" (or "the ... of X"), and a place's name its only modifier ("its Jingxi base", "the
    Chaohu base of X"), or no modifier and a place right after "in / at" ("its base in Fugu
    County")."""
    det = (m.group("det") or "").lower()
    if not (m.group("poss") or det in ("its", "our", "their") or
            det == "the" and _OF_NAME.match(text, b) is not None):
        return False
    mods = m.group("mods").split()
    if not mods:
        return _placed_end(text, b, any_at, None) != b
    places = [x for x in names if kind(x[2]) == "place"]
    return bool(places) and all(w[:1].isupper() for w in mods) and \
        places[0][0] <= m.start("mods") and places[-1][1] >= m.end("mods") - 1 - (
            len(m.group("mods")) - len(m.group("mods").rstrip()))


def _revisited(text, ent) -> bool:
    """Whether a site is mentioned in two paragraphs or more, with a modifier ("the ore yard",
    not "the plant")."""
    if not ent.aliases or len(ent.mentions) < 2:
        return False
    first, last = ent.mentions[0].start, ent.mentions[-1].start
    return "\n\n" in text[first:last] or "\n  " in text[first:last]


def _makes(mods, names) -> bool:
    """Whether the modifiers say what a "made" head ("line") makes or does: a metal or product
    the draft names among them, a capacity, a process ("breaking", "casting") or a word of
    ``data/works-line-words.txt`` ("industrial", "pilot")."""
    if any(x[2].cls == NFO.Metal for x in names):
        return True
    return any(_CAPACITY.search(w) or (w.islower() and w.endswith("ing") and len(w) > 5)
               or w.lower() in _line_words() for w in mods)


@lru_cache(maxsize=None)
def _line_words() -> frozenset:
    return words("works-line-words")


@lru_cache(maxsize=None)
def _part_words() -> frozenset:
    return words("facility-part-words")


def _part_of_works(ent) -> bool:
    """Whether a facility's name holds a word of ``data/facility-part-words.txt`` (a furnace,
    a line, a park: no works a bare "the plant" refers back to)."""
    return any(w in _part_words() for w in re.findall(r"[a-z]+", normalise_name(ent.label)))


def _named_otherwise(text, a, b, ent, within) -> bool:
    """Whether the modifiers ``a:b`` hold a capitalised word of a name of their own (no word of
    a place, metal or other name read there) that ``ent``'s name does not print: "the Dazhai
    pit" is not "the Baiyang mine" named before."""
    covered = [(x[0], x[1]) for x in within(a, b)]
    label = " " + normalise_name(ent.label) + " " + " ".join(
        normalise_name(x) for x in ent.aliases) + " "
    for w in re.finditer(r"[A-Z][a-z][\w'’-]*", text[a:b]):
        at = a + w.start()
        if any(s <= at < e for s, e in covered):
            continue
        if " " + normalise_name(w.group(0)) + " " not in label:
            return True
    return False


def _fits(ent, stem) -> bool:
    return any(stem.search(normalise_name(n)) for n in (ent.label, *ent.aliases))


def _owner_of(ent):
    return next((o for p, o, _, _ in ent.statements if p == NFO.ownedBy), None)


# a clause that opens with a name and a verb of saying before "its" ("Meanwhile, Alcoa said its
# ...", "Rio Tinto announced that its ..."; not "Output will supply its ...", a common noun)
_NAMED_SUBJECT = re.compile(r"(?:^|[.;:!?,\n][ \t]*|\A)(?P<n>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3})"
                            r"[ \t]+(?:said|says|announced|announces|reported|reports|confirmed|"
                            r"confirms|stated|states|added|noted)(?:[ \t]+that)?[ \t]+$")
_NOT_SUBJECT = frozenset(("The", "It", "This", "That", "These", "Those", "He", "She", "They",
                          "We", "I", "You", "Its", "Their", "Our", "His", "Her", "There", "A",
                          "An", "Each", "Every", "All", "Both", "Such", "One"))


def _unread_subject(text: str, p: int, named_at) -> int | None:
    """Where the name ends when the clause of a mid-sentence "its" at ``p`` opens with a
    capitalised name no rule read ("Meanwhile, Alcoa said its San Ciprian smelter ..."): the
    facility is that name's, not the article's company's; else None."""
    m = _NAMED_SUBJECT.search(text, max(0, p - 80), p)
    if m is None or m.group("n").split()[0] in _NOT_SUBJECT:
        return None
    first = m.group("n").split()[0]
    if re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", text):
        return None     # ("Analysts said its ...": a word the text prints in small letters)
    # (a name a rule read among its words, "Chairman Zhang Wei said its": the text's own)
    if any(i in named_at for i in range(m.start("n"), m.end("n"))):
        return None
    return m.end("n")


def _owner(m, text, a, end, org_end, ref_at, ref_end, any_at, lead, orgs_before,
           named_before=lambda p: True, parties=None, head_noun=None, speaker=None,
           short_name=None, named_at=frozenset()):
    """(owner, confidence, span) of the phrase ``m``: the possessive's name or referent, "its",
    "of X" after the head, else the article's company."""
    if m.group("poss"):
        p = m.start("poss")
        x = org_end.get(p) or ref_end.get(p)
        if x is not None:
            return x[2], 0.6 if p in org_end else 0.5, (x[0], x[1])
        x = party_before(text, p, parties)     # "the client's warehouse" ("Client: X")
        if x is not None:
            return x[2], 0.5, (a, end)
        the = _THE_BEFORE.search(text, max(0, p - 40), p) if head_noun is not None else None
        x = head_noun(the.start()) if the is not None else None
        if x is not None:
            # "the college's campus in Zhuzhou": the organisation named before whose name ends
            # with the noun (referents.by_head_noun)
            return x, 0.5, (a, end)
        if lead is not None and _role_before(text, p):
            # "the issuer's alumina refinery", "the tenderee's smelter" (no header line names
            # the part), "the company's rolling line" (no company in reach): the article's
            # company's, at low confidence
            return lead, 0.45, (a, end)
        x = short_name(p) if short_name is not None else None
        if x is not None:
            # "Xinrun's smelter in Gejiu": the organisation named before whose name holds the
            # short name (referents.by_short_name; not a place: "China's largest smelter")
            return x, 0.5, (a, end)
        return None, 0, (a, end)        # "China's largest smelter": no owner, no site
    det = (m.group("det") or "").lower()
    if det == "its":
        # the subject of its clause: the last organisation named before it in its sentence
        # that no preposition governs ("Y will ship ore to its refinery"), else the referent
        p = m.start("det")
        for x in reversed(orgs_before(p)):
            if x[1] <= p and not _GOVERNED.search(text, max(0, x[0] - 12), x[0]):
                return x[2], 0.5, (x[0], x[1])
        unread = _unread_subject(text, p, named_at) if text[p:p + 1] == "i" else None
        if unread is not None:
            # ("Lihe finished its second brine line": a short name of an organisation named
            # before is that organisation; "Alcoa said its smelter": none the draft holds)
            x = short_name(unread) if short_name is not None else None
            return (x, 0.5, (a, end)) if x is not None else (None, 0, (a, end))
        if lead is not None and text[p:p + 1] == "i" and not named_before(p):
            # a mid-sentence "its" with no organisation before it in its sentence ("The
            # proceeds will fund a line at its Nandan plant") is the article's company, not the
            # last organisation the sentences before named ("X Securities was the sponsor")
            return lead, 0.5, (a, end)
        x = ref_at.get(p)
        if x is None and p > 1 and "\n\n" not in text[max(0, p - 3):p]:
            # "X runs the Y mine. Its Z refinery ...": a sentence-opening "Its" the referents
            # left open is the subject of the sentence before (same paragraph)
            before = [y for y in orgs_before(p - 2)
                      if not _GOVERNED.search(text, max(0, y[0] - 12), y[0])]
            if before:
                x = before[0]
        return (x[2], 0.5, (x[0], x[1])) if x is not None else (None, 0, (a, end))
    of = _OF.match(text, end)
    if of is not None:
        x = any_at.get(of.end()) or ref_at.get(of.end())
        if x is not None and kind(x[2]) == "place" and text[x[1]:x[1] + 1] in (" ", "\n"):
            # "the industrial line of Yantai Hangyu": the company's short name after its city
            y = any_at.get(x[1] + 1)
            x = y if y is not None and kind(y[2]) == "org" else x
        if x is not None and kind(x[2]) == "org":
            return x[2], 0.6, (x[0], x[1])
        if _OF_NAME.match(text, end) is not None:
            # "the river port of Kolaboui": named by a place or a name no rule read, whose
            # owner the text does not give (not the article's company)
            return None, 0, (a, end)
    that = _THAT.match(text, end)
    if that is not None:
        # "the flash smelting furnace that X built (with Y)": X's
        x = any_at.get(that.end())
        if x is not None and kind(x[2]) == "org" and _THAT_VERB.match(text, x[1]):
            return x[2], 0.6, (x[0], x[1])
    if det == "our":
        x = speaker(m.start("det")) if speaker is not None else None
        if x is not None:
            return x, 0.5, (a, end)     # ("A, chairman of Y: our plant": the speaker's unit)
    if det == "our" and lead is not None:
        return lead, 0.5, (a, end)      # ("our dispatching control center": the writer's own)
    return lead, 0.4, (a, end)


# a verb "to be" right before a short name and its possessive
_COPULA = re.compile(r"\b(?:is|was|are|were|be|been|being|becomes|became|remains|remained)[ \t\n]+"
                     r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}$")
# "the college" right before a possessive's "'s"
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\n]+(?:[a-z][a-z-]+[ \t\n]+){0,2}[a-z][a-z-]+$")
# "the issuer" / "the right holder" right before a possessive's "'s"
_ROLE_POSS = re.compile(r"\b[Tt]he[ \t\n]+(?P<noun>(?:[a-z]{3,20}[ \t])?[a-z]{3,20})$")


@lru_cache(maxsize=None)
def _role_nouns() -> frozenset:
    return words("owner-role-nouns")


# a party called by its role before a possessive's "'s": "the winner", "our partner", "the car
# maker" (words in lower case: not a name, "China's", nor one no rule read, "Xinrun's")
_ROLE_OWNER = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)[ \t\n]+(?P<noun>(?:[a-z]{3,20}[ \t])?"
                         r"[a-z]{3,20})$")


def _role_placed(text, m, end, any_at) -> str | None:
    """The role noun of "the winner's plant in Baoji" (``m``: the phrase, its possessive's
    "'s"; ``end``: the head's end) when a place the draft read, not a country, follows the
    head; else None."""
    tail = _IN_AFTER.match(text, end)
    place = any_at.get(tail.end()) if tail else None
    if place is None or kind(place[2]) != "place" or place[2].cls == NFO.Country:
        return None     # (none, or a whole country: "the buyer's refinery in China" says not which)
    p = m.start("poss")
    got = _ROLE_OWNER.search(text, max(0, p - 30), p)
    if got is None or any(w in _STOP.split("|") for w in got.group("noun").split()):
        return None
    return " ".join(got.group("noun").split())


def _role_before(text, p) -> bool:
    """Whether the possessive whose "'s" starts at ``p`` is "the" and a noun of
    ``data/owner-role-nouns.txt`` (the article's company named by its part)."""
    m = _ROLE_POSS.search(text, max(0, p - 30), p)
    if m is None:
        return False
    noun = m.group("noun")
    return noun in _role_nouns() or noun.split()[-1] in _role_nouns() and " " in noun and \
        noun.split()[0] not in _STOP.split("|")


def _subject(m, text, sents, orgs_before, terms, had, refs=()):
    """(owner, confidence, span) of "owns an alumina refinery": the subject of the verb (the
    first organisation of its sentence that no preposition governs, a defined term such as
    "The Debtor", or "The company" when the text makes plain which); of "and an alumina
    refinery" or ", an alumina refinery", the owner the verb of its sentence gave."""
    p = m.start("ind")
    ss = sents.bounds(p)[0]
    if m.group("comma") or m.group("have").lower() == "and":
        got = had.get(ss)
        return got if got is not None else (None, 0, (p, p))
    lo = bisect.bisect_left(terms, (ss,))
    cands = [x for x in orgs_before(p) if not _GOVERNED.search(text, max(0, x[0] - 12), x[0])]
    cands += [x for x in terms[lo:lo + 1] if x[0] < p]
    cands += [x for x in refs if ss <= x[0] < p and text[max(ss, x[0] - 4):x[0]].lower() == "the "
              and not _GOVERNED.search(text, max(0, x[0] - 12), x[0])]
    if not cands:
        return None, 0, (p, p)
    x = min(cands, key=lambda x: x[0])
    if re.search(r"[;:]|\b(?:said|says|that|while|whereas)\b", text[x[1]:p]):
        return None, 0, (p, p)
    had[ss] = (x[2], 0.5, (x[0], x[1]))
    return had[ss]


def _placed_end(text, end, any_at, ent) -> int:
    """The end of the place named right after a facility's head ("the company's plant in
    Golmud"), else the head's end."""
    tail = _IN_AFTER.match(text, end)
    hit = any_at.get(tail.end()) if tail else None
    return hit[1] if hit is not None and kind(hit[2]) == "place" and hit[2] is not ent else end


def _read_phrase(text, ent, a, end, mods_at, within, any_at) -> None:
    """The metals and places among the phrase's modifiers, and the place right after it."""
    for s, e, x in within(mods_at, end):
        if x.cls == NFO.Metal:
            ent.add(NFO.concernsMetal, x.iri, Span(a, end), RULE)
        elif kind(x) == "place" and x is not ent and text[s:s + 1].isupper():
            ent.add(NFO.locatedIn, x.iri, Span(a, end), RULE)
    tail = _IN_AFTER.match(text, end)
    hit = any_at.get(tail.end()) if tail else None
    if hit is not None and kind(hit[2]) == "place" and hit[2] is not ent:
        ent.add(NFO.locatedIn, hit[2].iri, Span(a, hit[1]), RULE)


def _read_sentence(text, ent, a, end, sents, spans, starts) -> None:
    """A mention that opens its sentence: the place it "is in" and the metals of the sentence
    (up to another organisation's name)."""
    ss, se = sents.bounds(a)
    if not _LEAD.match(text[ss:a].strip(" \t\n\"\u201c")):
        return
    placed = False
    where = _SUBJECT_IN.match(text, end)
    i = bisect.bisect_left(starts, end)
    while i < len(spans) and spans[i][0] < se:
        s, e, x = spans[i]
        i += 1
        if e > se or x is ent:
            continue
        k = kind(x)
        if k == "org" and not x.role:
            break
        if k == "place" and not placed and where is not None and s == where.end():
            ent.add(NFO.locatedIn, x.iri, Span(a, e), RULE)
            placed = True
        elif x.cls == NFO.Metal:
            ent.add(NFO.concernsMetal, x.iri, Span(a, e), RULE)


# (shared with :mod:`kg.ingest.names.plural_sites`, which reads the same phrase in the plural)
phrase_owner = _owner
COMPOUND, PASSING = frozenset(_COMPOUND), frozenset(_PASSING)
