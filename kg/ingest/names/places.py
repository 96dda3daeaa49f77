"""Places the graph does not know, named without a suffix ("Qujing", "Yichang"), from the cues
news text gives them (``data/place-cues.txt``): the dateline city ("Qujing, March 3, 2025 --"),
"in X, Y Province" / "X, Y" with Y a province, "X Municipal People's Government", "mayor of X",
"X-based", "X Provincial Department of ...". Each is a new City (Province or County when a cue
says so) with every bare occurrence of its name as a mention, located in the province or country
the text pairs it with (``nfo:locatedIn``, rule ``place:paired``). An organisation named
"X-based Y" ("X-headquartered Y") is Y (the name loses the prefix), located in X
(``place:based``). China's provinces by their short names (``data/china-provinces.txt``:
"in Fengxin, Jiangxi") are provinces, never cities, and take their full name. A listed city
(``data/china-cities.txt``) printed alone with no cue ("plants in Chenzhou and Hengyang") is a
City too (``place:city-list``, 0.5; so is a prefecture, ``data/place-prefectures.txt``), located
only where the text pairs it with a province. A listed country (``data/place-countries.txt``)
alone is a Country (``place:country-list``, 0.6; not in "Inner Mongolia"); "Peru's X Company" is
X, located in Peru (``place:possessive``); a new name that is exactly a province's or a
country's ("Guangxi", guessed a company) is that place (``place:listed-name``).

Never a person's name (a name some person of the draft bears, or a word printed in lower case
elsewhere), never a name the graph knows as something else, never an ordinary capitalised word
("Meanwhile, Hubei ..."). Confidence by cue: dateline 0.7, paired with a preposition 0.6, bare
pair or "-based" 0.5; several cues for one name take the highest."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest import ahead
from kg.ingest.names import surgery
from kg.ingest.names.slots import slot_places
from kg.ingest.names.dateline_places import no_place
from kg.ingest.names.countries import countries as _countries, inside_name, listed_places
from kg.ingest.names.listed_cities import city_list as _city_list, listed_cities as _cities, \
    name_pairs, short_form_at, without_ordinal
from kg.ingest.names.world_places import province_label, world, world_containers, world_places
from kg.ingest.names.place_cue_scan import AHEAD as _CUES_AHEAD, NAME as _NAME, cue_scans, \
    lower_words
from kg.ingest.names.unit_places import demonyms, unit_places
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.reading.windows import keyed
from kg.ingest.terms import NFO

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
# "Qujing, March 3, 2025 (reporter ...) --", "YICHANG, Hubei, Sept. 26 --", "Lanzhou, 20 April"
# (no space after a comma: "HOBART,May 5,2025 --", a full-width comma folded)
# a dateline's city in capitals, accented ("BOGOTÁ", "SÃO PAULO") and with its particles ("SANTA
# CRUZ DE LA SIERRA"): up to four words; a first word of two or three letters only before
# another ("SÃO PAULO", "LA PAZ", "LOS ANGELES"; "AFP, May 3" is no place)
_CAPS = "[A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "]"
_CAPS_PARTICLE = "(?:DE|DEL|DA|DO|DOS|DAS|LA|LAS|LOS|EL|DI|DU|DES|ES)"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<x>{_NAME}|(?:{_CAPS}{{4,}}|{_CAPS}{{2,3}}(?=\s{_CAPS}))(?:\s(?:{_CAPS_PARTICLE}\s){{0,2}}{_CAPS}{{3,}}){{0,3}}),\s*(?:(?P<y>{_NAME}),\s*)?"
    # (an ordinal day too: "WARSAW, March 4th 2027", "MEXICO CITY, the 3rd of May 2027")
    rf"(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?:{_MONTHS})\b)", re.MULTILINE)
# a wire's dateline with no day: "JAKARTA (Reuters) -", "HOBART, Tasmania (AP) --" (the
# city in capitals, the service's name in brackets, a dash)
_WIRE_DATELINE = re.compile(
    rf"^[ \t]*(?P<x>(?:{_CAPS}{{4,}}|{_CAPS}{{2,3}}(?=\s{_CAPS}))(?:\s(?:{_CAPS_PARTICLE}\s){{0,2}}{_CAPS}{{3,}}){{0,3}})"
    rf"(?:,\s*(?P<y>{_NAME}))?[ \t]*\([A-Z][\w.&' -]{{1,30}}\)[ \t]*(?:--|\u2014|\u2013|-(?=[ \t]))",
    re.MULTILINE)
_DATELINE_LINES = 4         # the dateline opens one of the first lines that hold text
_PLACE_CLASSES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}
_CONTAINERS = {NFO.Country, NFO.Province, NFO.Region}
_RANK = {"City": 0, "County": 1, "Province": 2, "Country": 3}
_NOT_NAMES = frozenset({
    "the", "this", "that", "these", "those", "meanwhile", "however", "moreover", "besides",
    "also", "first", "second", "third", "finally", "today", "yesterday", "tomorrow", "then",
    "since", "after", "before", "during", "in", "on", "at", "for", "and", "but", "so", "yet",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "reporter",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mr", "ms", "dr", "professor", "according", "overall",
    "currently", "previously", "recently", "similarly", "in addition", "last year", "this year"})


@lru_cache(maxsize=1)
def province_names() -> dict[str, str]:
    """short name -> full name of China's provincial-level divisions (data/china-provinces.txt)."""
    out = {}
    for line in lines("china-provinces"):
        short, full = re.split(r"\s{2,}", line, maxsplit=1)
        out[short] = full
    return out


def _title(word: str) -> str:
    """"BOGOTÁ" -> "Bogotá", "SANTA CRUZ DE LA SIERRA" -> "Santa Cruz de la Sierra"."""
    ws = word.split()
    return " ".join(w.lower() if 0 < k < len(ws) - 1 and re.fullmatch(_CAPS_PARTICLE, w)
                    else w.capitalize() if w.isupper() else w for k, w in enumerate(ws))


def propose_places(draft, spans_of: list, minter, gaz) -> None:
    text = draft.text
    _reclass_listed(draft, minter)
    slot_places(draft, spans_of)       # "Yichun supplies ..." beside "Yichun City"
    names = surgery.by_name(draft)
    people = {w for e in draft.entities.values() if e.cls == NFO.Person
              for w in [normalise_name(e.label)] + normalise_name(e.label).split()}
    # (the cues' matches and the words printed in lower case: the second process's when it
    # has sent them, kg/ingest/ahead.py)
    ready = ahead.answer(_CUES_AHEAD, text)
    lowered = ready[1] if ready is not None else lower_words(text)

    cache: dict = {}

    def known_place(name: str):
        """The graph's or the draft's place of that name ("Hubei" -> "Hubei Province")."""
        if name not in cache:
            cache[name] = _known_place(name)
        return cache[name]

    def _known_place(name: str):
        for key in (name, f"{name} province", f"{name} city", f"{name} county"):
            k = normalise_name(key)
            iri = gaz.owner(k)
            if iri is not None:
                return ("known", iri) if gaz.classes.get(iri) in _PLACE_CLASSES else ("other", iri)
            ent = names.get(k)
            if ent is not None:
                return ("draft", ent) if ent.cls in _PLACE_CLASSES else ("other", ent)
        full = province_names().get(name)
        if full is not None:
            k = normalise_name(full)
            iri = gaz.owner(k)
            if iri is not None and gaz.classes.get(iri) in _PLACE_CLASSES:
                return ("known", iri)
            if names.get(k) is not None and names[k].cls in _PLACE_CLASSES:
                return ("draft", names[k])
            return ("list", full)
        return None

    def fine(x: str) -> bool:
        k = normalise_name(x)
        first = k.split()[0]
        return not (k in _NOT_NAMES or first in _NOT_NAMES or k in people
                    # (a listed name of two words or more is one all the same: "the port
                    # of Port Elizabeth")
                    or x.split()[0].lower() in lowered and not (" " in x and x in world())
                    or words("common-words") & {k}
                    or first.endswith("ly") or x in demonyms())    # ("workers in Chinese")

    found: dict[str, dict] = {}     # place name -> {cls, conf, rule, spans, in, based, have}
    person_at = bytearray(len(text) + 1)
    is_person: dict = {}        # (an entity's class compared once, not once a mention)
    for a, b, e in spans_of:
        p = is_person.get(id(e))
        if p is None:
            p = is_person[id(e)] = e.cls == NFO.Person
        if p:
            person_at[a:b] = b"\x01" * (b - a)

    def note(x, xs, cls, conf, rule, y=None, ys=None, suffix=False, based_at=None):
        x, xs = without_ordinal(x, xs)      # ("the Sixteenth X Municipal People's Congress")
        while any(person_at[xs[0]:xs[1]]) and " " in x:     # ("Mayor of X Liu Qiang": not Liu)
            x = x.rsplit(" ", 1)[0]
            xs = (xs[0], xs[0] + len(x))
        if any(person_at[xs[0]:xs[1]]):
            return
        x = x if x in _countries() else _title(x)       # "DRC" stays as listed
        if not fine(x):
            return
        have = known_place(x)
        if have is not None and have[0] not in ("draft", "list"):
            return                  # the graph knows the name (as a place or as something else)
        if have is not None and have[0] == "list":
            cls, have = "Province", None        # "Hubei-based": a province, never a city
        f = found.setdefault(x, {"cues": [], "in": [], "based": [], "have": have})
        f["cues"].append((cls, conf, rule, xs, y and _title(y), ys, suffix))
        if based_at is not None:
            f["based"].append((based_at, "place:possessive" if rule == "place:possessive"
                               else "place:based"))

    # the dateline: the first lines that hold text (after the headline)
    head = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[:4000])][:_DATELINE_LINES]
    for ln in head:
        m = _DATELINE.match(text, ln.start(), ln.end()) or \
            _WIRE_DATELINE.match(text, ln.start(), ln.end())
        if m and not (m.group("x").isupper() and not re.search(r"[AEIOU]", m.group("x")[1:])
                      or no_place(m.group("x"))):     # ("News, 8 May 2026": no place)
            # ("SMM, March 3 --": an acronym, not a city)
            have = known_place(_title(m.group("x")))
            if have is not None and have[0] == "draft" and have[1].label.isupper():
                # "MEXICO CITY, 4 March --": the name a head word made, printed as the text does
                surgery.rename(draft, have[1], _title(have[1].label), minter)
            note(m.group("x"), m.span("x"), "City", 0.7, "place:dateline",
                 m.group("y"), m.span("y") if m.group("y") else None)
            break
    for x, xs, cls, at in _strip_possessive(draft, spans_of, minter, gaz, known_place):
        note(x, xs, cls, 0.6, "place:possessive", based_at=at)
    for rule, cls, conf, m in cue_scans(text, ready):
        if rule == "place:in-x" and m.group("x") in _cities():
            continue            # a listed city: the list names it (place:city-list)
        if rule == "place:lower-region" and m.group("x").split()[0] in demonyms():
            continue            # "the Peruvian region of X": no region named "Peruvian"
        if m.groupdict().get("adj") and m.group("adj") not in demonyms():
            continue            # "the Shet district of Karaganda Region": not of that rank
        gd = m.groupdict()
        based = m.end() + 1 if rule == "place:based" else None
        note(m.group("x"), m.span("x"), cls, conf, rule, gd.get("y"),
             (m.start("y"), m.end("s") if gd.get("s") else m.end("y")) if gd.get("y")
             else None, bool(gd.get("s")), based)
    covered, _ = surgery.coverage(text, spans_of)      # (the notes leave spans_of as it is)
    _city_list(text, spans_of, note, covered)
    listed_places(text, spans_of, note, province_names(), _NOT_NAMES, covered)
    world_places(text, spans_of, note, _NOT_NAMES, covered)     # "Perth", "Qujiang District"
    unit_places(text, spans_of, note, _NOT_NAMES,               # "the Lualaba province"
                lambda n: known_place(n) or (("found", n) if n in found else None))
    provinces_found = {x for x, f in found.items()
                       if any(c[0] == "Province" for c in f["cues"])}
    for x in list(found):
        f = found[x]
        kept = []
        wrong = _wrong_provinces(x, [c[4] for c in f["cues"]])
        for cls, conf, rule, xs, y, ys, suffix in f["cues"]:
            if y is not None and cls == "Province":
                continue            # a province is not located in another one
            if y is not None and _short(y) in wrong:
                continue            # the text names two provinces: the list's one wins
            if y is not None:
                got = known_place(y)
                cls_y = None
                if got is not None and got[0] == "known":
                    cls_y = gaz.classes.get(got[1])
                elif got is not None and got[0] == "draft":
                    cls_y = got[1].cls
                if cls_y in _CONTAINERS:
                    cont = got[1]
                elif got is not None and got[0] == "list":
                    cls_y, cont = NFO.Province, ("new-province", y, ys)
                elif got is None and (suffix or y in provinces_found):
                    cls_y, cont = NFO.Province, ("new-province", y, ys)
                elif got is None and y in _countries() and not suffix:
                    # "near Chinhoyi, Zimbabwe": a listed country the draft proposes too
                    cls_y, cont = NFO.Country, ("new-country", y, ys)
                elif got is None and rule == "place:dateline" and fine(y):
                    # "DENVER, Colorado, 10 October --": a dateline's second name is the
                    # city's state or province, listed or not (named as printed)
                    cls_y, cont = NFO.Province, ("new-province", y, ys, "bare")
                else:               # "X, Y" where Y is no province or country: no cue
                    if rule == "place:possessive-region":       # (a region all the same,
                        kept.append((cls, conf, rule, xs))      # placed by locations.py)
                    continue
                if rule == "place:x-y" and cls_y != NFO.Province:
                    continue        # a bare "X, Y" only with a province: "Meanwhile, China"
                f["in"].append((cont, xs))
            kept.append((cls, conf, rule, xs))
        if not kept:
            del found[x]
            continue
        # (the class data/world-places.txt gives wins over a cue's guess: "the smelter in
        # Katanga" is in the Region the list names, not in a city "Katanga")
        f["cls"] = next((c[0] for c in kept if c[2] == "place:world-list"), None) or \
            max((c[0] for c in kept), key=lambda c: _RANK.get(c, -1))   # (a Region: -1)
        best = max(kept, key=lambda c: c[1])
        f["conf"], f["rule"], f["spans"] = best[1], best[2], [c[3] for c in kept]
    if found:
        _strip_based(draft, spans_of, minter)
        _propose(draft, spans_of, minter, gaz, found)
        world_containers(draft)         # "Western Australia" ... "Australia's"
    # (a new name that opens with a place's name is not said to be located there: measured on
    # leave-one-out, 0 of 43 such pairs are curated)


def _reclass_listed(draft, minter) -> None:
    """A new name that is exactly a province's short name or a listed country's ("Guangxi",
    guessed a company by the slot it fills) is that place (``place:listed-name``)."""
    for ent in list(draft.entities.values()):
        if ent.known or ent.role or ent.cls in _PLACE_CLASSES:
            continue
        if ent.label in province_names():
            cls, label = NFO.Province, province_names()[ent.label]
        elif ent.label in _countries():
            cls, label = NFO.Country, _countries()[ent.label]
        else:
            continue
        short = ent.label
        ent.cls, ent.rule, ent.confidence = cls, "place:listed-name", max(ent.confidence, 0.6)
        if label != short:
            surgery.rename(draft, ent, label, minter)
            ent.aliases.add(short)


def _short(y: str) -> str:
    return re.sub(r"\s+(?:Province|Zhuang|Hui|Uygur|Autonomous)\b.*", "", y)


def _wrong_provinces(x: str, ys: list) -> set[str]:
    """"Yichun, Jiangxi" and "Yichun, Heilongjiang" in one text for a Yichun plant in Jiangxi:
    the provinces the text pairs a listed city with that the list does not (none unless the
    text names two and the list agrees with one)."""
    listed = _cities().get(x)
    named = {_short(y) for y in ys if y is not None} & set(province_names())
    if not listed or len(named) < 2 or not named & listed:
        return set()
    return named - listed


def _propose(draft, spans_of, minter, gaz, found) -> None:
    text = draft.text
    covered, starts = surgery.coverage(text, spans_of)
    new_provinces: dict[str, Entity] = {}
    new_countries: dict[str, Entity] = {}      # by label: "DRC" and its full name are one
    pairs = None        # (the word pairs of the companies' names, made when first needed)
    # (provinces and countries first: a city's container is made before the city)
    for x, f in sorted(found.items(), key=lambda xf: (xf[1]["cls"] != "Province",
                                                      xf[1]["cls"] != "Country")):
        if f["have"] is not None:
            ent = f["have"][1]                  # the draft's "Hubei Province": "Hubei" too
            if not ent.known and ent.label != x:
                ent.aliases.add(x)
        elif province_names().get(x, x) in new_provinces:
            ent = new_provinces[province_names().get(x, x)]
        elif f["cls"] == "Country" and _countries().get(x, x) in new_countries:
            ent = new_countries[_countries().get(x, x)]
            if ent.label != x:
                ent.aliases.add(x)
        else:
            label = (province_names().get(x) or province_label(x)) if f["cls"] == "Province" else \
                _countries().get(x, x) if f["cls"] == "Country" else x
            ent = Entity(minter.mint(label), NFO[f["cls"]], label, False, f["rule"], f["conf"])
            if label != x:
                ent.aliases.add(x)
            draft.entities[ent.iri] = ent
            if f["cls"] == "Province":
                new_provinces[province_names().get(x, x)] = ent     # "Guangxi", "Guangxi Zhuang"
            elif f["cls"] == "Country":
                new_countries[label] = ent
        if pairs is None:
            pairs = name_pairs(spans_of)
        lit = re.escape(x).replace("\\ ", r"\s+")     # (a name may wrap over a line)
        rx = re.compile(rf"(?<![\w'’-]){lit}(?![\w'’-]|\s+(?:Province|City|County)\b)"
                        if f["have"] is not None else
                        rf"(?<![\w'’-]){lit}(?![\w]|['’](?!s\b))")     # "Peru's"
        # (tried only where its first word is printed: a scan of the whole text for each place
        # found was quadratic, 8,000 places in 344 kB took 12 s)
        for m in keyed(rx, text, x.split()[:1] or [x]):
            a, b = m.span()
            if f["cls"] == "Country" and inside_name(text, a, _NOT_NAMES):
                continue            # "Inner Mongolia" is no mention of Mongolia
            # a bare occurrence, or the first word of a longer name ("Qujing Municipal ..."),
            # not of a company's name or its short form ("Dongying Magnesium" for "Hebi
            # Dongying Magnesium Industry Co., Ltd.": names/listed_cities.py)
            if not any(covered[a:b]) and not short_form_at(text, b, x, pairs) or (
                    a in starts and all(e.cls not in (NFO.Person, NFO.Company)
                                        for _, e in starts[a])):
                surgery.add_mention(ent, spans_of, a, b)
        if not ent.mentions:
            surgery.add_mention(ent, spans_of, *f["spans"][0])
        for cont, xs in f["in"]:
            if isinstance(cont, tuple) and cont[0] == "new-country":
                _, y, ys = cont
                country = new_countries.get(_countries().get(y, y))
                if country is None:
                    continue        # (the country's own occurrence was not taken)
                target = country.iri
            elif isinstance(cont, tuple):
                _, y, ys = cont[:3]
                prov = new_provinces.get(province_names().get(y, y))
                if prov is None:
                    # as printed: "Jiangxi Province", "Guangxi Zhuang Autonomous Region"
                    label = " ".join(draft.text[ys[0]:ys[1]].split()) if ys else y
                    if not label.endswith(("Province", "Region")) and len(cont) == 3:
                        label = province_names().get(y) or f"{y} Province"
                    prov = Entity(minter.mint(label), NFO.Province, label,
                                  False, "place:province-suffix", 0.6)
                    draft.entities[prov.iri] = prov
                    new_provinces[province_names().get(y, y)] = prov
                if ys and (not any(covered[ys[0]:ys[1]]) or not prov.mentions):
                    # (a new province is named where it is printed, even inside a longer name
                    # that a later repair cuts: "Inner Mongolia on Friday for the X Forum")
                    surgery.add_mention(prov, spans_of, ys[0], ys[1])
                    if draft.text[ys[0]:ys[1]] != prov.label:
                        prov.aliases.add(draft.text[ys[0]:ys[1]])
                target = prov.iri
            else:
                target = cont.iri if isinstance(cont, Entity) else cont
            if target != ent.iri and not ent.known:
                ent.add(NFO.locatedIn, target, Span(xs[0], xs[1]), "place:paired")
        for at, rule in f["based"]:
            orgs = [(b, o) for b, o in starts.get(at, ())
                    if o.cls not in _PLACE_CLASSES and o.cls != NFO.Person]
            if not orgs and not covered[at] and rule == "place:based":
                got = _based_name(draft, spans_of, minter, gaz, at)
                orgs = [got] if got else []
            for b, org in orgs:
                if not org.known:
                    org.add(NFO.locatedIn, ent.iri, Span(draft.text.rfind(x, 0, at), b), rule)


# "Hubei-based Jingchu Lithium said ...": the capitalised words after "X-based", up to a word
# in lower case or a comma, name an organisation (a company unless its last word says otherwise)
_BASED_NAME = re.compile(r"(?P<n>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of)){0,5}?)"
                         r"(?=\s+[a-z]|\s*[,.;:)]|\s*$)")
_HEAD_CLASS = {"university": NFO.University, "institute": NFO.ResearchInstitute,
               "association": NFO.IndustryAssociation, "alliance": NFO.Alliance,
               "bureau": NFO.GovernmentBody, "department": NFO.GovernmentBody,
               "commission": NFO.GovernmentBody}


def _based_name(draft, spans_of, minter, gaz, at):
    m = _BASED_NAME.match(draft.text, at)
    if m is None or m.group("n").split()[-1] in ("and", "of", "&"):
        return None
    name = m.group("n").rstrip(".")
    key = normalise_name(name)
    if gaz.owner(key) is not None or key in _NOT_NAMES:
        return None
    same = surgery.by_name(draft).get(key)
    ent = same or Entity(minter.mint(name), _HEAD_CLASS.get(name.split()[-1].lower(),
                                                           NFO.Company),
                         name, False, "name:after-based", 0.4)
    draft.entities.setdefault(ent.iri, ent)
    surgery.add_mention(ent, spans_of, at, at + len(name))
    if same is None:        # and wherever the name recurs on its own
        covered, _ = surgery.coverage(draft.text, [x for x in spans_of if x[2].cls not in (
            NFO.Metal, NFO.Field)]) if draft.text.count(name) > 1 else (None, None)
        if covered is not None:
            for mm in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", draft.text):
                if not any(covered[mm.start():mm.end()]):
                    surgery.add_mention(ent, spans_of, mm.start(), mm.end())
    return at + len(name), ent


_POSSESSIVE = re.compile(r"^(?P<x>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})['’]s\s+(?=[A-Z])")


def _strip_possessive(draft, spans_of: list, minter, gaz, known_place) -> list:
    """"Mongolia's Erdenet Mining Corporation" is "Erdenet Mining Corporation", located in
    Mongolia (``place:possessive``): a new organisation's name opening with a listed or known
    place's possessive. Returns (place, span, where the organisation starts) for the places the
    graph does not know; a known place takes the statement here."""
    out = []
    names = None        # (made at the first name that opens with a possessive)
    for ent in list(draft.entities.values()):
        if ent.known or ent.role or str(ent.cls).rsplit("#", 1)[-1] not in _ORG_CLASSES:
            continue
        m = _POSSESSIVE.match(ent.label)
        if m is None:
            continue
        if names is None:
            names = surgery.by_name(draft)
        x = m.group("x")
        have = known_place(x)
        listed = x in _countries() or x in province_names()
        if not listed and (have is None or have[0] not in ("known", "draft")):
            continue
        cut = m.end()
        label = ent.label[cut:]
        spans = [sp for sp in ent.mentions
                 if draft.text[sp.start:sp.start + cut].replace("\n", " ") == ent.label[:cut]]
        surgery.move_spans(ent, spans_of, {(sp.start, sp.end): (sp.start + cut, sp.end)
                                           for sp in spans})
        same = names.get(normalise_name(label))
        if same is not None and same is not ent:
            ent.label = label
            surgery.fold(draft, spans_of, ent, same)
            ent = same
        else:
            surgery.rename(draft, ent, label, minter)
        for sp in spans:
            xs = (sp.start, sp.start + len(x))
            if have is not None and have[0] == "known":
                ent.add(NFO.locatedIn, have[1], Span(sp.start, sp.end), "place:possessive")
            elif have is not None and have[0] == "draft" and have[1].cls in _PLACE_CLASSES:
                ent.add(NFO.locatedIn, have[1].iri, Span(sp.start, sp.end), "place:possessive")
            else:
                out.append((x, xs, "Country" if x in _countries() else "Province",
                            sp.start + cut))
    return out


_ORG_CLASSES = {"Organization", "GovernmentBody", "IndustryAssociation", "Company", "University",
                "ResearchInstitute", "Alliance", "MediaOutlet"}


_BASED = re.compile(r"^(?P<x>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)-(?:based|headquartered)\s+(?=[A-Z])")


def _strip_based(draft, spans_of: list, minter) -> None:
    """"Lanzhou-based Xibei Cobalt Industry Co., Ltd." is "Xibei Cobalt Industry Co., Ltd.":
    the new name loses the prefix (and is the entity of that name if the draft has one)."""
    names = None        # (made at the first "X-based" name)
    for ent in list(draft.entities.values()):
        if ent.known or ent.role:
            continue
        m = _BASED.match(ent.label)
        if m is None:
            continue
        if names is None:
            names = surgery.by_name(draft)
        surgery.cut_prefix(draft, spans_of, ent, m.end(), minter, whole=False, names=names)
