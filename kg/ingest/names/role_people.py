"""People whose names are no Chinese ones, found by the role printed after them: "Budi Santoso,
president director of ...", "Ousmane Camara, minister of ..." (the Chinese names are found by
their surname: :func:`kg.ingest.names.candidates.people`). Low confidence
(``person:name-role``): two or three capitalised words, none an ordinary word, a role word, a
word that ends an organisation's name or a Chinese surname before the last, just before a comma
and a role (``data/roles.txt``). One scan for ", <role>" (most commas are followed by none),
then a look back of 60 characters. The same names after a role printed in capitals as a title
("President Director Budi Hartono of PT X", "Minister Ousmane Camara said", "Chief executive Jane
Roe of X"), one to three words of roles (the first capitalised), the name followed by "of", "at",
"from", a verb of saying or of taking part ("opened", "attended", "spoke") or a comma
(``person:role-name``); and set off by commas after a clause that opens with a role ("Guinea's
Minister of Mines, Bouna Sylla, said": ``person:role-comma-name``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import _STARTERS, Candidate, _heads
from kg.ingest.names.given_name_list import given_names
from kg.ingest.names.person_names import wrapped_at
from kg.ingest.names.site_family import site_family
from kg.ingest.reading.headlines import headline_verbs
from kg.ingest.reading.windows import finds, keyed


# one word of a name: "Camara", "Jean-Marc", "O'Brien", "McKenzie", "Al-Amin", "Krüger"
# (the capitals and small letters of Latin-1 and the Latin Extended blocks, and combining accents:
# "Łukasz Nowak", "Zdeněk Novák", "Ştefan Popescu", "Søren Ørsted", "Nguyễn Văn An")
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, (*range(0x100, 0x250), *range(0x1E00, 0x1F00)))
                            if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in map(chr, (*range(0x100, 0x250), *range(0x1E00, 0x1F00)))
                            if c.islower()) + "\u0300-\u036f"
_W = (rf"[{_UP}](?:[{_LO}]+(?:[{_UP}][{_LO}]+)?|['’][{_UP}][{_LO}]+)"
      rf"(?:['’\-][{_UP}{_LO}][{_LO}]+)*")
# a lower-case particle before the last word: "Ludwig van Dijk", "Carlos da Silva", "Ali bin Ahmad"
_PARTICLES = ("van", "von", "der", "den", "de", "da", "do", "dos", "das", "du", "del", "della", "di",
              "le", "la", "bin", "binti", "al", "el", "ter", "ten")
# (two may stand together: "Pieter van der Merwe", "María José de la Cruz", "Ana de los Ríos")
# (or one joined by a hyphen or an apostrophe, in lower case: "Fatima al-Rashid", "Omar
# el-Sayed", "João Baptista d'Almeida")
_PARTICLE = (rf"(?:(?:{'|'.join(_PARTICLES)})[ \t]+(?:(?:der|den|la|las|los|le)[ \t]+)?"
             rf"|(?:{'|'.join(lines('hyphened-name-particles'))})-(?=[{_UP}])"
             rf"|(?:{'|'.join(lines('apostrophe-name-particles'))})['’](?=[{_UP}]))")
# the words of a name: two or three (a particle may stand before the last)
_NAME = rf"(?:{_W}[ \t]+){{1,2}}{_PARTICLE}?{_W}"
_NAME_BEFORE = re.compile(rf"(?<![\w'’&.-])({_NAME})$")


@lru_cache(maxsize=1)
def _role_after_comma():
    alts = "|".join(sorted((re.escape(r) for r in lines("roles")), key=len, reverse=True))
    # ", the chairman", ", its chief executive", ", formerly its CFO", ", 61, its chairman",
    # ", a director of X"
    # (a hard wrap may follow the comma: "and by Choi Soo-young," / "consul general of ...")
    return re.compile(rf",(?:[ \t]+|[ \t]*\n[ \t]*)(?:\d{{2}}[ \t]*,[ \t]+)?(?:(?:the|its|their|his|her|a|an|formerly|"
                      rf"former|previously|now|currently|also)[ \t]+){{0,3}}"
                      # ", Guinea's minister of mines", ", the company's chief executive"
                      rf"(?:(?:[\w.&\-]+[ \t]+){{0,3}}[\w.&\-]+['’]s[ \t]+(?:(?:new|former|current|acting)[ \t]+)?)?"
                      rf"(?:{alts})\b", re.I)


# the head words of a place's name: no word of a person's
_PLACE_HEADS = frozenset({"prefecture", "league", "county", "city", "province", "district",
                          "region", "banner", "township", "municipality", "oblast", "krai",
                          "governorate", "territory", "canton", "subdistrict", "prefectural",
                          "autonomous"})


def _not_name(ws, surnames, common, heads, role_words) -> bool:
    """Whether the words are no person's name: a Chinese surname before the last word (the
    Chinese names are :mod:`person_names`'), a headline's verb ("Completes", "Announces"), an
    ordinary, sentence-opening or role word, or a
    word ending an organisation's name ("Park", "Bank") -- but for the family name before a
    hyphenated given name ("Park Jin-woo", "Lee Hye-jin")."""
    if any(w.lower() in _PLACE_HEADS for w in ws):
        return True         # ("Jinping County, Honghe Prefecture, was closed": a place)
    korean = len(ws) >= 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", ws[-1]) is not None
    verbs = headline_verbs()    # "X Group Completes Acquisition of Y": a headline's verb
    return any(w in surnames for w in ws[:-1] if w.lower() not in _PARTICLES) or any(
        w in verbs for w in ws) or any(
        w.lower() in common or (w.lower() in heads and not (korean and i == 0))
        or w.lower() in _STARTERS or w.lower() in role_words for i, w in enumerate(ws))


def _not_titled_name(ws, surnames, common, heads, role_words) -> bool:
    """:func:`_not_name` of the words right after a job's title ("Chief engineer Mark Copper
    said", "race director Lin Nickel said"): there a given name (or a Chinese surname) and one
    ordinary capitalised word after it are a person's name, whose family name is a word
    (Copper, Stone, Gold) as many are; the title says it is a person, not the metal."""
    if len(ws) == 2 and (ws[0] in given_names() or ws[0] in surnames) and not _not_name(
            ws[:1], set(), common, heads, role_words) and ws[1].lower() not in role_words \
            and ws[1].lower() not in heads and ws[1].lower() not in _STARTERS \
            and ws[1].lower() not in _PLACE_HEADS and ws[1] not in headline_verbs():
        return False
    return _not_name(ws, surnames, common, heads, role_words)


# what follows a comma, up to the first word a role after it may start with
_AFTER_COMMA = re.compile(r",(?:[ \t]+|[ \t]*\n[ \t]*)(?:\d{2}[ \t]*,[ \t]+)?(?:(?:the|its|their|his|"
                          r"her|a|an|formerly|former|previously|now|currently|also)[ \t]+){0,3}"
                          r"(?P<w>[\w.&\-]+)", re.I)
_PARTS = re.compile(r"[.&\-]")


def _comma_roles(text):
    """The matches of :func:`_role_after_comma`, read faster: the pattern is tried only at a
    comma whose next word (after "the", "its", "former" ...) is a role's first word, whole or
    up to a hyphen or a point, or with a possessive ("'s") in the next 100 characters."""
    rx = _role_after_comma()
    firsts = _role_firsts()

    def ok(c):
        w = c.group("w").lower()
        if w in firsts or w.rstrip(".") in firsts:
            return True
        parts = _PARTS.split(w)
        if any("-".join(parts[:i]) in firsts for i in range(1, len(parts))):
            return True
        near = text[c.end():c.end() + 100]
        return "'s" in near or "’s" in near
    return _matches_after(text, _AFTER_COMMA, rx, 0, ok)


@lru_cache(maxsize=1)
def _role_firsts() -> frozenset:
    return frozenset(r.split()[0].lower() for r in lines("roles") if r.split())


def role_people(text: str) -> list[Candidate]:
    surnames = set(lines("surnames"))
    common = words("common-words") | words("not-given-names")
    heads = _heads()
    role_words = {w.lower() for r in lines("roles") for w in r.split()}
    role_heads = {r.split()[-1].lower() for r in lines("roles") if r.split()}
    out = []
    for m in _comma_roles(text):
        b = m.start()
        if b == 0 or not text[b - 1].isalpha():
            continue
        n = _NAME_BEFORE.search(text, max(0, b - 60), b)
        if n is None:
            continue
        ws = n.group(1).split()
        if _not_name(ws, surnames, common, heads, role_words) \
                and not site_family(ws, heads, lambda w: _not_name(
                    w, surnames, common, heads, role_words)):
            continue
        out.append(Candidate(n.start(1), b, " ".join(ws), "Person", "person:name-role", 0.5))
    for m in _titled_matches(text, frozenset(role_words), role_heads):
        ws = m.group("n").split()
        if m.group("t").split()[-1].lower() not in role_heads:
            continue        # ("Mining Lease No. 7": "Mining" is a word of "Mining Manager")
        if _not_titled_name(ws, surnames, common, heads, role_words):
            continue
        if "\n" in m.group("n") and not wrapped_at(text, m.start("n") + m.group("n").index("\n")):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:role-name", 0.5))
    out += _after_role(text, surnames, common, heads, role_words, role_heads)
    for m in keyed(_HONORIFIC, text, _HONORIFICS):   # "Mr. Jean Dupont", "Dr. Klaus Weber"
        ws = m.group("n").split()
        if _not_name(ws, surnames, common, heads, role_words):
            continue
        if "\n" in m.group("n") and not wrapped_at(text, m.start("n") + m.group("n").index("\n")):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:honorific-name", 0.5))
    rank_rx, rank_firsts = _rank_titles()
    for m in keyed(rank_rx, text, rank_firsts):     # "Datuk Seri Lim Boon Keat", "Hon. Paul Banda"
        ws = m.group("n").split()
        if _not_name(ws, surnames, common, heads, role_words) or \
                "\n" in m.group("n") and not wrapped_at(text, m.start("n") + m.group("n").index("\n")):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:honorific-name", 0.5))
    out += _succession(text, surnames, common, heads, role_words)
    name_rx, role_end = _lower_role_name()
    lasts = _lower_role_lasts()
    for m in _matches_after(text, _LOWER_WORD_CAP, name_rx, None,
                            lambda c: c.group(1) in lasts):
        if role_end.search(text, max(0, m.start() - 48), m.start()) is None:
            continue
        ws = m.group("n").split()
        if _not_titled_name(ws, surnames, common, heads, role_words):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:role-name", 0.5))
    return [_without_honorific(text, c) for c in out]


_LEADING_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Mme|Sir|Madam|Dame)\.?[ \t]+(?=\S+[ \t]+\S)")


@lru_cache(maxsize=1)
def rank_title_alts() -> str:
    """The titles of ``data/name-honorifics.txt`` as one alternation (longest first, any run
    of spaces or tabs between their words), for a rule that reads a title before a name."""
    titles = sorted(lines("name-honorifics"), key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in titles)


@lru_cache(maxsize=1)
def _rank_titles() -> tuple:
    """(a name of two to five words after a title of ``data/name-honorifics.txt``, then a
    lower-case word or punctuation; the titles' first words): "Datuk Seri Lim Boon Keat",
    "Sheikh Khalid bin Hamad Al Thani" (an Arab name's "bin"/"Al" within it)."""
    titles = lines("name-honorifics")
    alts = rank_title_alts()
    arab = rf"(?:(?:bin|binti|bint|ibn)[ \t]+{_W}|(?:Al|Al-|al-)[ \t]*{_W})"
    rx = re.compile(rf"(?<![\w'’&.-])(?:{alts})[ \t]+(?P<n>{_W}(?:{_GAP}(?:{_W}|{arab})){{1,3}}"
                    rf"(?:[ \t]+{arab})?)(?=[ \t]*[,.;:)!?'’]|[ \t]+[a-z]|[ \t]*\n[ \t]*[a-z])")
    return rx, tuple(sorted({t.split()[0].rstrip(".'’") for t in titles}))


def _without_honorific(text: str, c: Candidate) -> Candidate:
    """"The managing director, Ms Kate Young, ...": the person is "Kate Young", as the rule of
    honorifics names her ("Mr Peter Lowe": "Peter Lowe"); a title before a name of two words
    or more is no word of it."""
    m = _LEADING_HONORIFIC.match(text, c.start, c.end)
    if m is None:
        return c
    return Candidate(m.end(), c.end, " ".join(text[m.end():c.end].split()), c.cls, c.rule,
                     c.confidence, c.aliases)


@lru_cache(maxsize=1)
def _lower_role_name():
    """"Redbank's managing director Peter Hollis and ...", "the miner's chief executive Jane
    Roe said", "company secretary Ann Roe answered": a name of two or three capitalised words
    after a lower-case word, then a verb (one of a report, or any in the past),
    "and", "of/at" or punctuation (the pattern scanned), with a role of ``data/roles.txt`` in
    lower case just before it (checked on the few characters there)."""
    alts = "|".join(sorted((re.escape(r.lower()).replace(r"\ ", r"[ \t\n]+")
                            for r in lines("roles") if r[:1].isupper() and not r.isupper()),
                           key=len, reverse=True))
    name = re.compile(r"(?<=[a-z][ \t])(?P<n>" + _NAME + r")"
                      r"(?=[ \t]+(?:and|of|at|from|said|says|told|noted|added|also|opened|"
                      r"attended|spoke|signed|visited|presided|announced|stressed|urged|"
                      r"welcomed|put|will|would|has|had|was|is|"
                      # any verb in the past ("answered", "fielded", "briefed") and the
                      # irregular ones of a report ("took questions", "met investors")
                      r"[a-z]{3,}ed|took|gave|met|led|made|went|came|left|became|sat|held|"
                      r"oversaw|wrote|ran|won|sent|began|brought|sought|kept|heard|paid)\b"
                      r"|[ \t]*[,.;:)])")
    return name, re.compile(rf"(?<![\w-])(?:{alts})[ \t]+$")


# ", Bouna Sylla," after "Guinea's Minister of Mines": a name set off by commas after a role
# (the name may be broken by the hard wrap of a prose line: "The trade minister, Julien" /
# "Paluku, met ...")
_APPOSED_NAME = _NAME.replace(r"[ \t]+", r"(?:[ \t]+|[ \t]*\n[ \t]*)")


@lru_cache(maxsize=1)
def _apposed() -> re.Pattern:
    """A name set off by commas, a courtesy title before it left out of the name ("its lawyer,
    Comrade Bwalya Mulenga, said": ``data/courtesy-titles.txt``)."""
    titles = "|".join(re.escape(t) for t in sorted(lines("courtesy-titles"), key=len, reverse=True))
    # (or closing the sentence: "..., and X's chief executive, Efua Asante.")
    return re.compile(rf",[ \t]*\n?[ \t]*(?:(?:{titles})\.?[ \t]+)?(?P<n>{_APPOSED_NAME})"
                      r"(?:,|\.(?=[ \t]*(?:\n|$)|[ \t]+[A-Z\"“]))")
_LEGAL_FORM = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Pty|Bhd|Tbk|Pte|Plc|Cie|Nos?|St|Mt|Dr|Mr|Ms|Mrs|Prof)\.|"
                         r",(?=[ \t]*(?:Ltd|Inc|LLC|Limited|Corp|Plc|PLC|L\.?P)\b)")
_CLAUSE_START = re.compile(r"[.;:,!?\n\"“”(][^.;:,!?\n\"“”(]*$")


@lru_cache(maxsize=2)
def _clause_role_words(role_words: frozenset) -> frozenset:
    """The words of roles that say a clause names a person's role: not a function word of a
    role ("the", "of", "and": "Secretary of the Party Committee") nor the noun of an
    organisation a text names alone ("The union, Sindicato Uno, said": ``union`` is a word of
    "Union Chairman", but the union is no person)."""
    return role_words - {"the", "of", "and", "to", "for", "a", "an"} - words("org-referent-heads")


def _after_role(text, surnames, common, heads, role_words, role_heads) -> list[Candidate]:
    """"Guinea's Minister of Mines, Bouna Sylla, told ...", "The chief executive of X, Jane
    Roe, said": the clause before the name (at most eight words) holds a role word."""
    out = []
    for m in _apposed().finditer(text):
        ws = m.group("n").split()
        if _not_name(ws, surnames, common, heads, role_words):
            continue
        if "\n" in m.group("n") and not wrapped_at(text, m.start("n") + m.group("n").index("\n")):
            continue
        # ("A spokesman for X Co., Ltd., B, said": a legal form's comma and points end no clause)
        before = _LEGAL_FORM.sub(lambda f: "x" * len(f.group(0)), text[max(0, m.start() - 80):m.start()])
        c = _CLAUSE_START.search(before)
        clause = (before[c.start() + 1:] if c else before).split()
        if not clause:
            continue
        # a role word among the clause's first four ("The chief executive of X, A,"), or the
        # role right before the comma ("... report to the minister, A, by May")
        clause_words = _clause_role_words(frozenset(role_words))
        if not (len(clause) <= 8 and any(w.lower().rstrip("'’s") in clause_words for w in clause[:4])
                or clause[-1].lower() in role_heads):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:role-comma-name", 0.5))
    return out


# "Mwila Banda succeeds Peter Tembo as chief executive", "Grace Phiri, who was appointed finance
# director": the people a change of post names (a role after "as" / the verb)
_N = _NAME
_SUCCEEDS = re.compile(r"(?<=[a-zà-ÿ'’\-])[ \t\n]+(?:will[ \t]+)?(?:succeeds?|succeeded|replaces?|replaced|succeed|replace|"
                       rf"(?:takes?|took|take)[ \t]+over[ \t]+from)[ \t\n]+(?P<b>{_N})"
                       r"(?:[ \t]*,[^,.;\n]{0,60},)?[ \t\n]+as[ \t\n]+(?:the[ \t\n]+)?"
                       r"(?:new[ \t\n]+|acting[ \t\n]+)?")
_WHO_NAMED = re.compile(r",[ \t\n]+who[ \t\n]+(?:was|is|has[ \t\n]+been|will[ \t\n]+be)[ \t\n]+"
                        r"(?:appointed|named|elected|promoted)[ \t\n]+(?:as[ \t\n]+|to[ \t\n]+)?"
                        r"(?:the[ \t\n]+)?(?:new[ \t\n]+|acting[ \t\n]+)?")


# "The board appointed Grace Phiri as finance director", "named A to the post of chief engineer",
# "elected A, 56, as chairman": the person after the verb (a role after "as"/"to" is checked)
_APPOINTS = re.compile(r"\b(?:(?:re-?)?appointed|named|(?:re-?)?elected|nominated|hired|promoted|tapped|"
                       r"picked|chose|chosen|selected|designated|installed|confirmed|recruited)"
                       rf"[ \t\n]+(?P<b>{_NAME})(?:[ \t]*,[^,.;\n]{{0,60}},)?[ \t\n]+(?:as|to)[ \t\n]+"
                       r"(?:the[ \t\n]+(?:post[ \t\n]+of[ \t\n]+|position[ \t\n]+of[ \t\n]+|role[ \t\n]+of[ \t\n]+)?)?"
                       r"(?:(?:new|acting|interim|its|their|his|her)[ \t\n]+)?")


_OVER_FROM = re.compile(r"over[ \t\n]+from")
_APPOINT_VERBS = ("appointed", "reappointed", "re-appointed", "named", "elected", "reelected",
                  "re-elected", "nominated", "hired", "promoted", "tapped", "picked", "chose",
                  "selected", "designated", "installed", "confirmed", "recruited")


def _succeeds_matches(text):
    """``_SUCCEEDS.finditer(text)``, tried only at the spaces before a verb of succession
    (str.find), or before "will" and the verb: where that pattern's matches start."""
    at = sorted({i for k in ("succeed", "replace", "take", "took") for i in finds(text, k)})
    last = 0
    for i in at:
        starts = []
        k = i
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k < i and text[k - 4:k] == "will":
            starts.append(_space_before(text, k - 4))
        starts.append(_space_before(text, i))
        for s0 in starts:
            if s0 is None or s0 < last:
                continue
            m = _SUCCEEDS.match(text, s0)
            if m is not None:
                last = m.end()
                yield m
                break


def _space_before(text, i):
    """The start of the run of spaces and line breaks that ends at ``i``, if any."""
    j = i
    while j > 0 and text[j - 1] in " \t\n":
        j -= 1
    return j if j < i else None



def _succession(text, surnames, common, heads, role_words) -> list[Candidate]:
    roles = _role_start()
    out = []

    def ok(ws):
        return not (_not_name(ws, surnames, common, heads, role_words))

    firm_roles = set(lines("firm-roles"))
    for rx in (_SUCCEEDS, _WHO_NAMED, _APPOINTS):
        if rx is _SUCCEEDS and not ("succeed" in text or "replac" in text
                                    or _OVER_FROM.search(text)):
            continue        # (no match is possible: the pattern is tried at every space)
        for m in (keyed(rx, text, _APPOINT_VERBS) if rx is _APPOINTS
                  else _succeeds_matches(text) if rx is _SUCCEEDS else rx.finditer(text)):
            r = roles.match(text, m.end())
            if r is None or rx is _APPOINTS and " ".join(r.group(0).lower().split()) in firm_roles:
                continue        # ("appointed Grant Thornton Zambia as liquidator": a firm)
            n = None if rx is _APPOINTS else _NAME_BEFORE.search(text, max(0, m.start() - 60),
                                                                 m.start())
            names = [(n.start(1), n.end(1), n.group(1))] if n else []
            if "b" in m.groupdict():
                names.append((m.start("b"), m.end("b"), m.group("b")))
            for a, b, name in names:
                ws = name.split()
                if ok(ws):
                    out.append(Candidate(a, b, " ".join(ws), "Person", "person:role-change",
                                         0.5))
    return out


@lru_cache(maxsize=1)
def _role_start():
    alts = "|".join(sorted((re.escape(r).replace(r"\ ", r"[ \t\n]+") for r in lines("roles")),
                           key=len, reverse=True))
    return re.compile(rf"(?:{alts})\b", re.I)


# after a title, names of up to four words ("Deputy Minister Nguyen Van Thanh Long"), which a
# prose line's hard wrap may break
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_TITLED_NAME = rf"(?:{_W}{_GAP}){{1,3}}{_PARTICLE}?{_W}"
# a name of two to four words after an honorific ("Mr. Jean Dupont said", "Dr Klaus Weber of X",
# "Ms. Ana Lucia Torres, who ..."): then a lower-case word or punctuation, not another name's word
# (the lower-case word may open the next line of a hard-wrapped paragraph: "Mrs. Chanda Mwale" over
# "will become its ...")
_HONORIFICS = ("Mr", "Ms", "Dr", "Prof", "Mme", "Sir", "Madam", "Dame")     # (their starts)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Mme|Messrs|Sir|Madam|Dame)\.?[ \t]+"
                        r"(?P<n>(?:" + _W + r"(?:[ \t]+|[ \t]*\n[ \t]*)){1,3}" + _PARTICLE + "?" + _W
                        + r")(?=[ \t]*[,.;:)!?'’]|[ \t]+[a-z]|[ \t]*\n[ \t]*[a-z])")
# where a title may start: a capitalised word (of letters) set off before, then a space
# (the pattern's look-behind, "(?<![\w'’&.-])", is checked on the character before)
# (from a word's first letter only: tried at every capital of a long run of letters, "AAAA...",
# a base64 blob, each try read the run to its end, quadratic)
_CAP_WORD = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*(?=[ \t])")
_NOT_BEFORE_TITLE = re.compile(r"[\w'’&.-]")
# where a name after a lower-case role may start: a lower-case word, a space, a capital
_LOWER_WORD_CAP = re.compile(r"\b([a-z]+)[ \t](?=[A-Z])")


@lru_cache(maxsize=1)
def _lower_role_lasts() -> frozenset:
    """The last words (after a hyphen) of the roles :func:`_lower_role_name` reads."""
    return frozenset(r.lower().split()[-1].split("-")[-1] for r in lines("roles")
                     if r[:1].isupper() and not r.isupper())


def _matches_after(text, cue, rx, offset, ok=None):
    """The matches ``rx.finditer(text)`` gives, read faster: ``rx`` is tried only where ``cue``
    finds a place it may start (``offset`` characters into the cue's match; ``ok`` checks the
    cue's text), and as finditer does, not inside the match before."""
    last = 0
    for c in cue.finditer(text):
        at = c.end() if offset is None else c.start() + offset
        if at < last or ok is not None and not ok(c):
            continue
        m = rx.match(text, at)
        if m is not None:
            last = m.end() if m.end() > m.start() else m.end() + 1
            yield m


def _titled_matches(text, role_words: frozenset, role_heads=None):
    """The matches of :func:`_titled_name`, tried only at a capitalised word that is one of its
    titles' first words (the pattern's alternatives are whole capitalised words) and, given
    ``role_heads``, with a role's last word among its first three words (the title must end in
    one: "Technology Co., Ltd." is not tried)."""
    rx = _titled_name(role_words)
    firsts = _title_words(role_words)

    def ok(c):
        if c.group(0) not in firsts or c.start() and _NOT_BEFORE_TITLE.match(text, c.start() - 1):
            return False
        return role_heads is None or any(
            w.lower() in role_heads for w in text[c.start():c.start() + 80].split(None, 3)[:3])
    return _matches_after(text, _CAP_WORD, rx, 0, ok)


@lru_cache(maxsize=1)
def _title_words(role_words: frozenset) -> frozenset:
    return frozenset(w.capitalize() for w in role_words if w.isalpha() and w not in _SMALL)


_SMALL = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "with", "from"}


@lru_cache(maxsize=1)
def _titled_name(role_words: frozenset):
    """A title of one to three role words in capitals, then a name of two or three
    capitalised words, then "of/at/from", a verb of saying or punctuation."""
    alts = "|".join(sorted((re.escape(w.capitalize()) for w in role_words
                           if w.isalpha() and w not in _SMALL),
                           key=lambda a: (-len(a), a)))     # (ties by text: one pattern every run)
    low = alts.lower()          # "Chief executive Jane Roe": the title's later words in lower case
    return re.compile(rf"(?=[A-Z])(?<![\w'’&.-])(?P<t>(?:{alts})[ \t]+(?:(?:{alts}|{low})[ \t]+){{0,2}})"
                      r"(?P<n>" + _TITLED_NAME + r")"
                      r"(?=[ \t]+(?:of|at|from|said|says|told|noted|added|also|opened|attended|"
                      r"spoke|signed|visited|presided|announced|stressed|urged|welcomed|"
                      # any verb in the past or the third person ("Chairman A thanked", "Minister
                      # B visits"), an auxiliary, "and" (a second title and name follows)
                      r"[a-z]{3,}ed|[a-z]{3,}s|will|would|has|had|was|is|and|to)\b"
                      r"|[ \t]*[,.;:])")
