"""Posts in forms the relation rules do not read. "Professor Lin Hui of Guangxi University": the
title is the post (:func:`title_posts`). Posts news text prints with a place instead of the
body that holds them (:func:`place_posts`): "Li Wenhua, deputy mayor of Qujing", "Zhang
Jianhua, vice governor of Hubei Province", "Deputy Mayor of Yichang Liu Qiang", "Yichang vice
mayor Liu Qiang", "Vice Mayor Liu Qiang of Yichang", "vice chairman of the Guangxi Zhuang
Autonomous Region" are posts in the place's people's government when the text names it
("the Qujing Municipal People's Government": ``post:place-government``, as the gold of sets
1-7 and 11 records it; set 8's put two in the place), else in the government the title implies
(minted without a mention: relations/implied_governments.py, ``post:implied-government``), or
in the place itself when it has none (a town, a foreign place: ``post:in-place``); a body named in the phrase, "vice mayor of the X Municipal People's
Government", is the post rules' of its own; a title with no place ("chaired by Mayor A") is a
post in the one people's government of its level the text names
(:func:`titled_government_posts`); "Party Secretary of X" is a post in its Party committee (as
the graph names it, minted when new; ``post:place-government``). Roles:
``data/government-posts.txt``."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.relations.implied_governments import CONFIDENCE as IMPLIED_CONF, \
    RULE as IMPLIED_RULE, implied_government
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.stated_posts import LIFE_YEARS
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

# a possessive after a post's place: the post is of what the place owns ("the mayor of
# Jinchang's sister city")
_OWNS_NEXT = re.compile(r"['\u2019]s\b")
_PLACES = {NFO.City: "Municipal", NFO.Province: "Provincial", NFO.County: "County",
           NFO.Region: "Regional"}
# a town, township or village (a place of no level of its own): "mayor of X Town", "Party
# secretary of Y Village" name it with its level word, as its bodies' names do
_TOWN = re.compile(r"[ \t](?:Town|Township|Village|Sub-district|Subdistrict)$")


def _is_place(ent) -> bool:
    return ent.cls in _PLACES or (ent.cls == NFO.Place and _TOWN.search(ent.label) is not None)


@lru_cache(maxsize=1)
def _roles():
    out = []
    for line in lines("government-posts"):
        body, rx = re.split(r"\s{2,}", line, maxsplit=1)
        out.append((body, rx))
    alts = "|".join(f"(?P<{b}>{rx})" for b, rx in out)
    after = re.compile(rf",\s+(?:the\s+)?(?:{alts})\s+of\s+(?:the\s+)?", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:{alts})\s+of\s+(?:the\s+)?", re.IGNORECASE)
    # "Jinzhou vice mayor Liu Qiang": the place, the role, the name (nothing between)
    plain = re.compile(rf"[ \t]+(?:{alts})[ \t]+", re.IGNORECASE)
    # "Vice Mayor Fang Qiuyun of Ningbo": the role, the name, then "of" the place
    titled = re.compile(rf"(?<![\w-])(?:{alts})(?:[ \t]+|[ \t]*\n[ \t]*)$", re.IGNORECASE)
    return after, before, plain, titled


_GOVERNOR = re.compile(r"governor", re.I)
_CHAIR = re.compile(r"chair", re.I)
# the place's name goes on as a body's name the draft did not read
_BODY_AFTER = re.compile(r"(?:[ \t\n]+[A-Z][\w'’-]*){0,3}?[ \t\n]+(?:People['’]s|Municipal|"
                         r"Provincial|Regional|Government|Party|Standing|Committee|Congress|"
                         r"CPPCC|Political)\b")
_REGION = re.compile(r"autonomous\s+region", re.I)


# the words between a place's name and "People's Government" in its government's name
_LEVELS = {"municipal", "provincial", "city", "county", "district", "autonomous", "region",
           "prefecture", "league", "banner", "town", "township", "zhuang", "hui", "uygur",
           "uyghur", "tibet", "mongolian", "regional"}
_GOV_END = "people's government"


def _government_of(label: str, base: str) -> bool:
    low = " ".join(label.lower().replace("\u2019", "'").split())
    if not low.endswith(_GOV_END) or not low.startswith(base.lower() + " "):
        return False
    middle = low[len(base) + 1:-len(_GOV_END)].split()
    return len(middle) <= 4 and all(w in _LEVELS for w in middle)


def named_government(draft, place: Entity):
    """The place's people's government, when the text names it ("Ganzhou Municipal People's
    Government" for Ganzhou, "Guangxi Zhuang Autonomous Region People's Government" for the
    Guangxi Zhuang Autonomous Region): the one draft organisation so named, else None."""
    base = re.sub(r"\s+(?:Province|City|County|District|(?:Zhuang\s+|Hui\s+|Uygur\s+)?"
                  r"Autonomous\s+Region)$", "", place.label)
    found = [e for _, e in _governments(draft) if _government_of(e.label, base)]
    return found[0] if len(found) == 1 else None


_MAYOR = re.compile(r"mayor|magistrate", re.I)
_LEVEL_OF = (("municipal", "city"), ("provincial",), ("county",), ("district",))


def _only_government(draft, role: str):
    """The one people's government of the level a title with no place belongs to ("Mayor A":
    a city's; "Vice Governor B": a province's) that the draft names, else None."""
    low = role.lower()
    if _MAYOR.search(low):
        words = ("county",) if "county" in low or "magistrate" in low else (
            ("district",) if "district" in low else ("municipal", "city"))
    elif _GOVERNOR.search(low):
        words = ("provincial",)
    else:
        return None
    found = [e for label, e in _governments(draft)
             if any(f" {w} " in f" {label} " for w in words)]
    return found[0] if len(found) == 1 else None


def _governments(draft) -> list:
    """(label in lower case, entity) of the people's governments the draft names (once a
    draft: the rules ask for each titled person)."""
    got = draft.__dict__.get("_people_governments")
    if got is None:
        got = []
        for e in draft.entities.values():
            if "overnment" not in e.label or e.role or not e.mentions or e.kind != "org":
                continue        # ("Press conference of X People's Government": an event)
            label = " ".join(e.label.lower().replace("\u2019", "'").split())
            if label.endswith(_GOV_END):
                got.append((label, e))
        draft.__dict__["_people_governments"] = got
    return got


def titled_government_posts(draft, spans_of: list, minter) -> None:
    """"chaired by Mayor Qiao Hongjun", "Vice Governor A told the meeting": a government title
    before a name, no place before it nor "of" a place after it, in an article that names one
    people's government of the title's level (a city's for a mayor, a province's for a
    governor): a post in that government (rule ``post:title-article-government``, 0.4)."""
    from kg.ingest.relations.propose import _post
    if not _governments(draft):
        return
    text = draft.text
    titled_rx = _roles()[3]
    of_rx = re.compile(r"\s+of\s")
    after_rx = _apposed_title()
    for s, e, person in [x for x in spans_by_start(spans_of) if x[2].cls == NFO.Person]:
        tm = titled_rx.search(text, max(0, s - 40), s)
        span_s, span_e = (tm.start(), e) if tm is not None else (s, e)
        if tm is None or not tm.group("government") or of_rx.match(text, e):
            # "Gao Hongzhen, Deputy Mayor." / "A, vice governor, said": the title after the
            # name, no place after it either
            tm = after_rx.match(text, e, min(len(text), e + 60))
            if tm is None or not tm.group("government"):
                continue
            span_s, span_e = s, tm.end("government")
        gov = _only_government(draft, tm.group("government"))
        if gov is None:
            continue
        _post(draft, minter, person, gov, " ".join(tm.group("government").split()),
              Span(span_s, span_e), "post:title-article-government", 0.4)


@lru_cache(maxsize=1)
def _apposed_title():
    """", Deputy Mayor." after a name: a government title closed by the clause's end (no "of"
    after it, which place_posts reads)."""
    alts = "|".join(f"(?P<{b}>{rx})" for b, rx in (
        re.split(r"\s{2,}", line, maxsplit=1) for line in lines("government-posts")))
    return re.compile(rf"[ \t]*,[ \t\n]+(?:the[ \t]+)?(?:{alts})(?=[ \t]*(?:[.;,)]|\n|$))",
                      re.IGNORECASE)


def _body_name(place: Entity, body: str) -> str:
    base = re.sub(r"\s+(?:Province|City|County|Autonomous\s+Region)$", "", place.label)
    if place.cls == NFO.Place:       # "X Town Party Committee", "X Town People's Government"
        return f"{place.label} Party Committee" if body == "party" \
            else f"{place.label} People's Government"
    if body == "party":
        kind = _PLACES.get(place.cls, "Municipal")
        return f"{base} {kind} Party Committee" if place.cls != NFO.County \
            else f"{place.label} Party Committee"
    if place.cls == NFO.County:
        county = place.label if place.label.endswith("County") else f"{base} County"
        return f"{county} People's Government"
    return f"{base} {_PLACES.get(place.cls, 'Municipal')} People's Government"


# "of the university's College of X": a body's noun and its possessive before the unit's name
_OWNER_NOUN = re.compile(r"(?:university|college|academy|institute|school)['\u2019]s[ \t\n]+",
                         re.I)


@lru_cache(maxsize=1)
def _titles():
    alts = "|".join(re.escape(t) for t in sorted(lines("title-words"), key=len, reverse=True))
    return (re.compile(rf"(?<![\w-])(?P<t>{alts})\s+$"),
            re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?"))


def propose_posts(draft, spans_of: list, minter, gaz) -> None:
    from kg.ingest.names.bylines import byline_posts
    from kg.ingest.relations.board_lists import board_lists
    from kg.ingest.relations.post_nodes import make_post, role_rx
    title_posts(draft, spans_of, minter)
    place_posts(draft, spans_of, minter, gaz)
    titled_government_posts(draft, spans_of, minter)
    described_posts(draft, spans_of, minter)
    byline_posts(draft, minter, make_post)      # "By X, Securities Times": X reports for it
    board_lists(draft, minter, spans_of, role_rx(), kind)  # "the executive Directors are A and B"


# "Zhou Ping, chief analyst of X", "Li Na, senior researcher at the Y": a job the role list does
# not hold, one to four lower-case words ending in a noun of a person's job
_DESCRIBED = re.compile(r",\s+(?P<role>(?:[a-z][a-z-]+\s+){0,3}?[a-z][a-z-]*(?:er|or|ist|yst|ian|ant|"
                        r"ent|man|woman|person|head|chief|officer|fellow|secretary|dean|lead))"
                        r"\s+(?:of|at)\s+(?:the\s+)?")
_TIME_WORDS = {"formerly", "previously", "currently", "now", "lately", "recently"}
_NOT_ROLE = {"who", "which", "said", "says", "is", "was", "and", "or", "a", "an", "the", "also",
             "with", "from", "in", "on", "for", "to", "as", "its", "his", "her", "their", "one",
             "former", "then", "now", "member"}


def described_posts(draft, spans_of: list, minter) -> None:
    """"Zhou Ping, chief analyst of X Co., Ltd.": a post whose role the word lists do not know,
    read from the apposition (rule ``post:name-comma-described-role``, confidence 0.5)."""
    from kg.ingest.relations.propose import _post
    text = draft.text
    orgs_at = {}
    for s, e, ent in spans_of:
        if not ent.role and ent.kind == "org":
            orgs_at.setdefault(s, (e, ent))
    for s, e, person in spans_of:
        if person.cls != NFO.Person or text[e:e + 1] != ",":
            continue
        m = _DESCRIBED.match(text, e, min(len(text), e + 80))
        if m is None or m.end() not in orgs_at:
            continue
        words = m.group("role").split()
        while words[:-1] and words[0] in _TIME_WORDS:
            words = words[1:]       # "formerly second-level inspector of X" (a former post)
        if any(w in _NOT_ROLE for w in words):
            continue
        end, org = orgs_at[m.end()]
        _post(draft, minter, person, org, " ".join(words), Span(s, end),
              "post:name-comma-described-role", 0.5)


@lru_cache(maxsize=1)
def _roles_before():
    """A role of ``data/roles.txt`` right before a name, capitalised as a title ("Vice Mayor A",
    "General Manager B"), not after "of" ("the wife of Director A" aside, a role's own body)."""
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+")
                    for t in sorted(lines("roles"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<t>(?:{alts}))[ \t]+$")


# ", " (a line may break after it) between a titled name and its organisation, and where such
# an item ends: a list's ";" or ",", a full stop, a bracket, the line's end (not "and": "Professor
# A, X Co., Ltd. and Y Co., Ltd. signed" is a list of parties)
_COMMA_ORG_AFTER = re.compile(r"[ \t]*,[ \t]*(?:\n[ \t]*)?(?:the[ \t]+)?")
_ITEM_END = re.compile(r"[ \t]*(?:[;,.)]|\n|$)")


def title_posts(draft, spans_of: list, minter) -> None:
    """"Professor Lin Hui of Guangxi University": the title is Lin Hui's post in the university
    (rule ``post:title-of-org``; titles: ``data/title-words.txt``); so is a role of the roles
    list printed as a title ("Vice Mayor Fang Li of the X Municipal People's Government")."""
    from kg.ingest.relations.propose import _post
    text = draft.text
    before_rx, of_rx = _titles()
    orgs_at = {}
    for s, e, ent in spans_of:
        if ent.kind == "org":
            orgs_at.setdefault(s, (e, ent))
    roles_rx = _roles_before()
    for s, e, person in spans_of:
        if person.cls != NFO.Person:
            continue
        t = before_rx.search(text, max(0, s - 40), s)
        if t is None and of_rx.match(text, e):
            t = roles_rx.search(text, max(0, s - 60), s)     # "Vice Mayor A of the X Government"
        m = of_rx.match(text, e) if t else None
        at = m.end() if m is not None else None
        if at is not None and at not in orgs_at:
            # "Professor A of the university's College of X": the unit the noun's body owns
            owned = _OWNER_NOUN.match(text, at)
            at = owned.end() if owned is not None else None
        rule = "post:title-of-org"
        if at is None and t is not None and m is None:
            # "Professor Liu Wen, Harbin Institute of Technology;": the title, the name, a
            # comma and the organisation alone up to the item's end (a speakers' or a
            # panel's list, a paper's byline): the same post
            c = _COMMA_ORG_AFTER.match(text, e)
            if c is not None and c.end() in orgs_at \
                    and _ITEM_END.match(text, orgs_at[c.end()][0]):
                at, rule = c.end(), "post:title-comma-org"
        if at is None or at not in orgs_at:
            continue
        end, org = orgs_at[at]
        _post(draft, minter, person, org, t.group("t"), Span(t.start(), end), rule)


def place_posts(draft, spans_of: list, minter, gaz) -> None:
    from kg.ingest.relations.propose import _post
    text = draft.text
    after_rx, before_rx, plain_rx, titled_rx = _roles()
    of_rx = re.compile(r"\s+of\s+(?:the\s+)?")      # (a line may break before "of")
    places_at = {}
    for s, e, ent in spans_of:
        if _is_place(ent):
            places_at.setdefault(s, (e, ent))
    if not places_at:
        return
    bodies = {normalise_name(e.label): e for e in draft.entities.values() if not e.role}
    org_starts = {s for s, e, ent in spans_of if not ent.role and not _is_place(ent)
                  and ent.cls != NFO.Person and e - s > 0}
    provinces = [e for e in draft.entities.values() if e.cls == NFO.Province and e.mentions]
    # where the role after a place's name may end: its end, the place and its start, by the
    # start of the name that follows (the role is a few words: at most 40 characters)
    place_starts: dict = {}
    ends = sorted(((e, s, ent) for s, (e, ent) in places_at.items()), key=lambda x: x[:2])
    end_at = [x[0] for x in ends]
    for s, e, ent in spans_of:
        if ent.cls == NFO.Person:
            for pe, ps, place in ends[bisect.bisect_left(end_at, s - 40):
                                      bisect.bisect_left(end_at, s)]:
                place_starts.setdefault(s, []).append((pe, place, ps))
    for s, e, person in [x for x in spans_by_start(spans_of) if x[2].cls == NFO.Person]:
        found = None
        # "Li Wenhua, deputy mayor of Qujing": the role after the name, then the place
        life = LIFE_YEARS.match(text, e, min(len(text), e + 60))
        if life is not None and text.startswith(",", life.end()):
            e = life.end()      # "X (born 1962), mayor of Y"
        m = after_rx.match(text, e, min(len(text), e + 120))
        if m and m.end() in places_at and (m.end() in org_starts or _BODY_AFTER.match(
                text, places_at[m.end()][0])):
            continue    # "vice chairman of the X Autonomous Region People's Government"
        if m and m.end() in places_at:
            if _OWNS_NEXT.match(text, places_at[m.end()][0]):
                continue    # "A, the mayor of Jinchang's sister city": the other city's post
            found = (m, places_at[m.end()], Span(s, places_at[m.end()][0]))
        else:
            # "Deputy Mayor of Yichang Liu Qiang": role, place, then the name
            lo = max(0, s - 120)
            for bm in before_rx.finditer(text, lo, s):
                pe_ent = places_at.get(bm.end())
                if pe_ent and re.fullmatch(r"\s*", text[pe_ent[0]:s]):
                    found = (bm, pe_ent, Span(bm.start(), e))
            if found is None:
                # "Jinzhou vice mayor Liu Qiang": the place's name ends where the role begins
                for ps in place_starts.get(s, ()):
                    pm = plain_rx.match(text, ps[0], s)
                    if pm and pm.end() == s:
                        found = (pm, (ps[0], ps[1]), Span(ps[2], e))
                        break
            if found is None:
                # "Vice Mayor Fang Qiuyun of Ningbo"
                tm = titled_rx.search(text, max(0, s - 40), s)
                of = of_rx.match(text, e) if tm else None
                if of and of.end() in places_at:
                    found = (tm, places_at[of.end()], Span(tm.start(), places_at[of.end()][0]))
                elif tm and tm.group("government") and not of_rx.match(text, e) and \
                        _only_government(draft, tm.group("government")) is not None:
                    continue    # (titled_government_posts)
                elif tm and tm.group("government") and _GOVERNOR.search(tm.group(0)) \
                        and len(provinces) == 1 and not of_rx.match(text, e):
                    # "Rescue work was led by Vice Governor Huang Yong" in an article that
                    # names one province: most likely that province's (a guess), in the
                    # government its title implies
                    body = implied_government(draft, provinces[0], gaz, minter) or provinces[0]
                    if not body.known and body is not provinces[0]:
                        body.add(NFO.locatedIn, provinces[0].iri, Span(tm.start(), e),
                                 f"{IMPLIED_RULE}@{IMPLIED_CONF}")
                    _post(draft, minter, person, body,
                          " ".join(tm.group("government").split()), Span(tm.start(), e),
                          "post:title-article-province", 0.4)
                    continue
        if found is None:
            continue
        m, (_, place), span = found
        body_kind = "party" if m.group("party") else "government"
        role = m.group(body_kind)
        if _CHAIR.search(role) and not _REGION.search(place.label):
            continue        # ("chairman of Yunnan X": a region's chairman only)
        if body_kind == "government":
            # the phrase names no body ("vice mayor of Hebi", "vice governor of Guizhou
            # Province"): a post in the place's people's government when the text names it
            # (as most curated readings record it), else in the place itself
            gov = named_government(draft, place)
            if gov is not None:
                _post(draft, minter, person, gov, " ".join(role.split()), span,
                      "post:place-government", 0.5)
            elif (gov := implied_government(draft, place, gaz, minter)) is not None:
                # no government named: the one its title implies ("Jinchang Municipal
                # People's Government"), minted without a mention, in the place
                if not gov.known:
                    gov.add(NFO.locatedIn, place.iri, span, f"{IMPLIED_RULE}@{IMPLIED_CONF}")
                _post(draft, minter, person, gov, " ".join(role.split()), span,
                      IMPLIED_RULE, IMPLIED_CONF)
            else:
                _post(draft, minter, person, place, " ".join(role.split()), span,
                      "post:in-place", 0.5)
            continue
        name = _body_name(place, body_kind)
        body = bodies.get(normalise_name(name))
        if body is None:
            iri = gaz.owner(normalise_name(name))
            if iri is not None:
                body = draft.entities.get(iri) or Entity(
                    iri, gaz.classes.get(iri) or NFO.GovernmentBody, name, True,
                    "gazetteer:name", 0.9)
                bodies[normalise_name(name)] = body
            elif body_kind == "party":
                body = Entity(minter.mint(name), NFO.PartyOrganization, name, False,
                              "post:place-government", 0.5)
                draft.entities[body.iri] = body
                bodies[normalise_name(name)] = body
        if body is None:
            # no body named, none known: the post is in the place itself ("vice governor of
            # Guizhou Province", "vice mayor of Hebi"), as the curators record it
            _post(draft, minter, person, place, " ".join(role.split()), span, "post:in-place",
                  0.5)
            continue
        _post(draft, minter, person, body, " ".join(role.split()), span, "post:place-government",
              0.5)
