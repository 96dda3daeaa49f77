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


_NAME_BEFORE = re.compile(r"(?<![\w'’&.-])((?:[A-Z][a-zà-ÿ'’\-]+[ \t]+){1,2}[A-Z][a-zà-ÿ'’\-]+)$")


@lru_cache(maxsize=1)
def _role_after_comma():
    alts = "|".join(sorted((re.escape(r) for r in lines("roles")), key=len, reverse=True))
    # ", the chairman", ", its chief executive", ", formerly its CFO", ", 61, its chairman",
    # ", a director of X"
    return re.compile(rf",[ \t]+(?:\d{{2}}[ \t]*,[ \t]+)?(?:(?:the|its|their|his|her|a|an|formerly|"
                      rf"former|previously|now|currently|also)[ \t]+){{0,3}}(?:{alts})\b", re.I)


def role_people(text: str) -> list[Candidate]:
    surnames = set(lines("surnames"))
    common = words("common-words") | words("not-given-names")
    heads = _heads()
    role_words = {w.lower() for r in lines("roles") for w in r.split()}
    role_heads = {r.split()[-1].lower() for r in lines("roles") if r.split()}
    out = []
    for m in _role_after_comma().finditer(text):
        b = m.start()
        if b == 0 or not text[b - 1].isalpha():
            continue
        n = _NAME_BEFORE.search(text, max(0, b - 60), b)
        if n is None:
            continue
        ws = n.group(1).split()
        if any(w in surnames for w in ws[:-1]) or any(
                w.lower() in common or w.lower() in heads or w.lower() in _STARTERS
                or w.lower() in role_words for w in ws):
            continue
        out.append(Candidate(n.start(1), b, " ".join(ws), "Person", "person:name-role", 0.5))
    for m in _titled_name(frozenset(role_words)).finditer(text):
        ws = m.group("n").split()
        if m.group("t").split()[-1].lower() not in role_heads:
            continue        # ("Mining Lease No. 7": "Mining" is a word of "Mining Manager")
        if any(w in surnames for w in ws[:-1]) or any(
                w.lower() in common or w.lower() in heads or w.lower() in _STARTERS
                or w.lower() in role_words for w in ws):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:role-name", 0.5))
    out += _after_role(text, surnames, common, heads, role_words)
    out += _succession(text, surnames, common, heads, role_words)
    name_rx, role_end = _lower_role_name()
    for m in name_rx.finditer(text):
        if role_end.search(text, max(0, m.start() - 48), m.start()) is None:
            continue
        ws = m.group("n").split()
        if any(w in surnames for w in ws[:-1]) or any(
                w.lower() in common or w.lower() in heads or w.lower() in _STARTERS
                or w.lower() in role_words for w in ws):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:role-name", 0.5))
    return out


@lru_cache(maxsize=1)
def _lower_role_name():
    """"Redbank's managing director Peter Hollis and ...", "the miner's chief executive Jane
    Roe said": a name of two or three capitalised words after a lower-case word, then a verb,
    "and", "of/at" or punctuation (the pattern scanned), with a role of ``data/roles.txt`` in
    lower case just before it (checked on the few characters there)."""
    alts = "|".join(sorted((re.escape(r.lower()).replace(r"\ ", r"[ \t\n]+")
                            for r in lines("roles") if r[:1].isupper() and not r.isupper()),
                           key=len, reverse=True))
    name = re.compile(r"(?<=[a-z][ \t])(?P<n>(?:[A-Z][a-zà-ÿ'’\-]+[ \t]+){1,2}[A-Z][a-zà-ÿ'’\-]+)"
                      r"(?=[ \t]+(?:and|of|at|from|said|says|told|noted|added|also|opened|"
                      r"attended|spoke|signed|visited|presided|announced|stressed|urged|"
                      r"welcomed|put|will|would|has|had|was|is)\b|[ \t]*[,.;:)])")
    return name, re.compile(rf"(?<![\w-])(?:{alts})[ \t]+$")


# ", Bouna Sylla," after "Guinea's Minister of Mines": a name set off by commas after a role
_APPOSED = re.compile(r",[ \t]+(?P<n>(?:[A-Z][a-zà-ÿ'’\-]+[ \t]+){1,2}[A-Z][a-zà-ÿ'’\-]+),")
_CLAUSE_START = re.compile(r"[.;:,!?\n\"“”(][^.;:,!?\n\"“”(]*$")


def _after_role(text, surnames, common, heads, role_words) -> list[Candidate]:
    """"Guinea's Minister of Mines, Bouna Sylla, told ...", "The chief executive of X, Jane
    Roe, said": the clause before the name (at most eight words) holds a role word."""
    out = []
    for m in _APPOSED.finditer(text):
        ws = m.group("n").split()
        if any(w in surnames for w in ws[:-1]) or any(
                w.lower() in common or w.lower() in heads or w.lower() in _STARTERS
                or w.lower() in role_words for w in ws):
            continue
        before = text[max(0, m.start() - 80):m.start()]
        c = _CLAUSE_START.search(before)
        clause = (before[c.start() + 1:] if c else before).split()
        if not clause or len(clause) > 8 or not any(
                w.lower().rstrip("'’s") in role_words for w in clause[:4]):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person",
                             "person:role-comma-name", 0.5))
    return out


# "Mwila Banda succeeds Peter Tembo as chief executive", "Grace Phiri, who was appointed finance
# director": the people a change of post names (a role after "as" / the verb)
_N = r"(?:[A-Z][a-zà-ÿ'’\-]+[ \t]+){1,2}[A-Z][a-zà-ÿ'’\-]+"
_SUCCEEDS = re.compile(r"(?<=[a-zà-ÿ'’\-])[ \t\n]+(?:will[ \t]+)?(?:succeeds?|succeeded|replaces?|replaced|succeed|replace|"
                       rf"(?:takes?|took|take)[ \t]+over[ \t]+from)[ \t\n]+(?P<b>{_N})"
                       r"(?:[ \t]*,[^,.;\n]{0,60},)?[ \t\n]+as[ \t\n]+(?:the[ \t\n]+)?"
                       r"(?:new[ \t\n]+|acting[ \t\n]+)?")
_WHO_NAMED = re.compile(r",[ \t\n]+who[ \t\n]+(?:was|is|has[ \t\n]+been|will[ \t\n]+be)[ \t\n]+"
                        r"(?:appointed|named|elected|promoted)[ \t\n]+(?:as[ \t\n]+|to[ \t\n]+)?"
                        r"(?:the[ \t\n]+)?(?:new[ \t\n]+|acting[ \t\n]+)?")


def _succession(text, surnames, common, heads, role_words) -> list[Candidate]:
    roles = _role_start()
    out = []

    def ok(ws):
        return not (any(w in surnames for w in ws[:-1]) or any(
            w.lower() in common or w.lower() in heads or w.lower() in _STARTERS
            or w.lower() in role_words for w in ws))

    for rx in (_SUCCEEDS, _WHO_NAMED):
        for m in rx.finditer(text):
            if not roles.match(text, m.end()):
                continue
            n = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
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
                      r"(?P<n>(?:[A-Z][a-zà-ÿ'’\-]+[ \t]+){1,2}[A-Z][a-zà-ÿ'’\-]+)"
                      r"(?=[ \t]+(?:of|at|from|said|says|told|noted|added|also|opened|attended|"
                      r"spoke|signed|visited|presided|announced|stressed|urged|welcomed)\b"
                      r"|[ \t]*[,.;:])")
