"""Products named by a model designation: capitalised words holding a model number or code
("CR450", "Tianzhou-8", "Long March 7 Yao 9", "ThinkBook 2024") followed by a lower-case noun
of ``data/product-nouns.txt``, maybe after one or two modifiers ("the X-8 cargo spacecraft",
"the AB450 EMU prototype"). The whole phrase is the label; the designation alone is an alias
(articles name it so again, and each later mention of it is one of the product). Class ``nfo:Product``, low confidence. One regex pass: linear.

Also documents named by their serial number (:func:`numbered_documents`): a head word of
``data/numbered-documents.txt`` followed by "No. N", maybe with its year ("Announcement No. 33
of 2026", "Circular [2025] No. 12"), with the class words of its series before it ("China
National Standard Announcement No. 15 of 2026"): a new notice or policy document named so, confidence 0.6.
A number with a bracketed year after a code of romanised words and no head word ("Zhengjian
Xuke [2026] No. 1128", "Guo Fa [2024] No. 7": the way Chinese authorities number what they
issue) is a policy document named so too; a licence or permit number may hold letters
("Mining Licence No. C5300002026011").
An article that prints the number names one document, whatever it calls it later."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.lexicon import lines, words
from kg.ingest.reading.number_lines import NUMBER_LINE
from kg.ingest.reading.windows import near

RULE = "product:designation"
CONFIDENCE = 0.4
_NOUN_WORDS = tuple(lines("product-nouns"))
_NOUNS = "|".join(sorted((re.escape(n) for n in _NOUN_WORDS), key=len, reverse=True))
_NAME_REACH = 240       # the name and its modifiers before the noun, at most (characters)
_CAPW = r"(?:[A-Z][A-Za-z0-9'\u2019]*(?:-[A-Za-z0-9]+)*|[0-9]+[A-Za-z]*)"
_RX = re.compile(
    rf"(?<![A-Za-z0-9\-'\u2019])(?P<name>{_CAPW}(?:[ ]{_CAPW}){{0,5}})"
    rf"(?P<mid>(?:[ ](?:[a-z][a-z\-]+|[A-Z]{{2,5}})){{0,2}})[ ](?P<noun>{_NOUNS})s?(?![A-Za-z\-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_STOP = words("slot-stopwords")


NUMBERED_RULE = "document:numbered"
NUMBERED_CONFIDENCE = 0.6
_DOC_HEADS = dict(line.split() for line in lines("numbered-documents"))
# the capitalised class words of the series a numbered document belongs to, part of its name
# ("China National Standard Announcement No. 15 of 2026", "Industry Standard Bulletin No. 4")
_SERIES = (r"(?:(?:China|Chinese|National|Industry|Standards?|Local|Provincial|Group|Mining|"
           r"Exploration|Safety|Production|Pollutant|Discharge|Business|Operating|Export|Import|"
           r"Environmental|Administrative|Penalty|Registration|Construction|Planning|Land|Water|"
           r"Official|Approval)[ \t]+){1,4}")
_YEAR_BRACKET = r"[\[\u3014\uff3b](?:19|20)\d\d[\]\u3015\uff3d]"
# the serial number: digits ("12", "2027-118", "45/2027"), or a licence's code of capitals and
# digits ("C5300002026011", "KZ-2027-0442")
_SERIAL = r"No\.\s?(?:\d+(?:[-/]\d+)*|[A-Z]{1,4}-?\d[\dA-Z\-/]*)"
_NUMBERED = re.compile(
    rf"(?<![A-Za-z0-9\-])(?:{_SERIES})?(?P<head>" + "|".join(map(re.escape, sorted(_DOC_HEADS, key=len,
                                                                    reverse=True)))
    + rf")(?:\s+{_YEAR_BRACKET})?\s+{_SERIAL}(?:\s+of\s+(?:19|20)\d\d)?(?![\w\-])")
# words that open a clause before a document's code ("Under Guo Fa [2024] No. 7")
_LEADS = frozenset("under per pursuant according see citing via with in by of to for as and or "
                   "file document number reply approval ref".split())
# "Zhengjian Xuke [2026] No. 1128": one to six romanised words, the year in brackets, the number
_CODED = re.compile(rf"(?<![A-Za-z0-9\-])(?P<code>[A-Z][a-z]{{0,11}}(?:[ \t]*\n?[ \t]*[A-Z][a-z]{{0,11}}){{0,5}})"
                    rf"[ \t]*\n?[ \t]*{_YEAR_BRACKET}[ \t]*(?:No\.[ \t]?)?(?:[A-Z]{{1,4}})?\d{{1,5}}(?![\w\-])")
# a line that holds such a code, its bracketed year and its serial alone (reading/number_lines)
_NUMBER_ALONE = re.compile(NUMBER_LINE)
# where one may end: the bracketed year (found first: the engine skips to the bracket)
_BRACKETED_YEAR = re.compile(_YEAR_BRACKET)
_CODE_REACH = 90        # the code's words stand at most this far before the bracket


def numbered_documents(text: str) -> list[Candidate]:
    """"Announcement No. 33 of 2026": a notice named by its number (one regex pass)."""
    if "No." not in text and "[" not in text and "\u3014" not in text:
        return []
    out = []
    for m in _NUMBERED.finditer(text):
        # the series' words are in its span and an alias: its label starts at the head word
        label = " ".join(text[m.start("head"):m.end()].split())
        full = " ".join(m.group(0).split())
        out.append(Candidate(m.start(), m.end(), label, _DOC_HEADS[m.group("head")],
                             NUMBERED_RULE, NUMBERED_CONFIDENCE,
                             {full} if full != label else set()))
    if "[" not in text and "\u3014" not in text and "\uff3b" not in text:
        return out
    taken = bytearray(len(text) + 1)        # the characters the numbers above cover
    for c in out:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    for y in _BRACKETED_YEAR.finditer(text):
        m = _CODED.search(text, max(0, y.start() - _CODE_REACH), min(len(text), y.end() + 20))
        if m is None or m.start("code") >= y.start():
            continue
        if taken.find(1, m.start(), m.end()) >= 0:
            continue        # ("Circular [2025] No. 12": named by its head word above)
        toks = list(re.finditer(r"\S+", m.group("code")))
        ls = text.rfind("\n", 0, y.start()) + 1
        le = text.find("\n", y.end())
        if ls > m.start("code") and _NUMBER_ALONE.fullmatch(text, ls, len(text) if le < 0 else le):
            # (a number on its own line under a title: "Announcement of Audit Results" over
            # "Shaan Shen Gong Gao [2026] No. 9": the code opens the line, the title's words
            # above are none of it)
            toks = [t for t in toks if m.start("code") + t.start() >= ls]
            alone = True        # (its words are all the code's: "He Zheng Ban", no "he")
        else:
            alone = False
        while toks and not alone and toks[0].group(0).lower() in _STOP | _LEADS:
            toks = toks[1:]                 # "Under", "The" before the code
        if not toks or toks[-1].group(0).lower() in _STOP | _LEADS:
            continue
        s = m.start() + toks[0].start()
        label = " ".join(text[s:m.end()].split())
        out.append(Candidate(s, m.end(), label, "PolicyDocument", NUMBERED_RULE,
                             NUMBERED_CONFIDENCE))
    return out


def designations(text: str) -> list[Candidate]:
    out = []
    # (looked for only around the product nouns it ends with: reading/windows.py)
    for m in near(_RX, text, _NOUN_WORDS, before=_NAME_REACH, after=40):
        toks = m.group("name").split(" ")
        s = m.start("name")
        while toks and (toks[0].lower() in _STOP or re.fullmatch(r"(?:19|20)\d\d", toks[0])):
            s += len(toks[0]) + 1          # "The", "On", a year before the name
            toks = toks[1:]
        numbered = [t for t in toks if any(c.isdigit() for c in t)]
        if not numbered or all(_YEAR.fullmatch(t) for t in numbered) and not any(
                _CAMEL.fullmatch(t) for t in toks):
            continue                    # no model number: "Great Wall Motor car", "2024 model"
        if all(t.isdigit() for t in toks):
            continue                    # "2,000 vehicles"
        mid = m.group("mid").split()
        if any(w.lower() in _STOP for w in mid):
            continue
        label = " ".join(text[s:m.end()].split())
        while len(toks) > 1 and toks[-1].isupper() and not any(c.isdigit() for c in toks[-1]):
            toks = toks[:-1]            # "ThinkBook 2024 AI laptop": the name is "... 2024"
        name = " ".join(toks)
        out.append(Candidate(s, m.end(), label, "Product", RULE, CONFIDENCE,
                             {name} if name != label else set()))
    # the designation alone, named again later ("The X-8 weighs ..."), is the same product
    names = {c.aliases and next(iter(c.aliases)): c for c in out if c.aliases}
    names.pop(None, None)
    if names:
        first = {c.label: c.start for c in out}
        rx = re.compile(r"(?<![A-Za-z0-9\-'\u2019])(?:" + "|".join(
            re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![A-Za-z0-9\-])")
        taken = [(c.start, c.end) for c in out]
        for m in rx.finditer(text):
            c = names[m.group(0)]
            if m.start() > first[c.label] and not any(a <= m.start() < b for a, b in taken):
                out.append(Candidate(m.start(), m.end(), c.label, "Product", RULE, CONFIDENCE,
                                     set(c.aliases)))
    return out
