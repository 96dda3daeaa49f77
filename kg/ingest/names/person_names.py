"""People named by a surname (``data/surnames.txt``) and a capitalised given name that reads as
pinyin ("Wang Jian", "Li Xiaoming"), and research teams named by the people who lead them
("Professor X's team", "the team of Academician X"). People named by the role printed after
them, whose names are no Chinese ones, are :mod:`kg.ingest.names.role_people`."""
from __future__ import annotations

import re
from kg.ingest.records import Record
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate, _heads
from kg.ingest.reading.windows import near


_TITLE = r"(?:Professor|Prof\.|Academician|Dr\.)"
_PNAME = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2}"
_TEAM = re.compile(
    rf"\b{_TITLE}[ \t]+{_PNAME}['\u2019]s[ \t]+(?:research[ \t]+)?team\b"
    rf"|\b[Tt]eam[ \t]+of[ \t]+{_TITLE}[ \t]+{_PNAME}(?:[ \t]+and[ \t]+{_TITLE}[ \t]+{_PNAME})?"
    rf"|\b(?:[Aa]cademician|[Rr]esearch|[Ee]xpert|[Pp]roject)[ \t]+team[ \t]+(?:(?:is|was)[ \t]+)?"
    rf"led[ \t]+by[ \t]+(?:{_TITLE}[ \t]+)?"
    rf"{_PNAME}")


def teams(text: str) -> list[Candidate]:
    """Research teams named by the people who lead them: "Professor Zhang San's team", "the team
    of Academician X and Professor Y", "an academician team led by X", "the project team is led
    by X" (named "project team led by X")."""
    return [Candidate(m.start(), m.end(), _TEAM_VERB.sub(" ", " ".join(m.group(0).split())),
                      "ResearchTeam", "team:led-by", 0.6)
            for m in near(_TEAM, text, ("team", "Team"), before=200, after=200)]


_TEAM_VERB = re.compile(r" (?:is|was) (?=led by )")     # "the team is led by X": "team led by X"


# the vowels of pinyin with a tone mark ("Zhāng Wěi", "Lǚ Xīnyí"), each to its plain letter
# (one character for one: the offsets stay)
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ",
                       "aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUU")
# (a text with none of them is not translated: most articles, whatever else they print)
_TONED = re.compile("[" + "".join(chr(c) for c in _TONES) + "]")


def people(text: str) -> list[Candidate]:
    """People named by a Chinese surname and a pinyin given name, printed plain or with the
    tones marked ("Zhāng Wěi" is "Zhang Wei": the label is the plain pinyin)."""
    if not text.isascii() and _TONED.search(text) is not None:
        text = text.translate(_TONES)       # (each character looked up: some 600 instructions)
    surnames, common = _surnames(), _common()
    out = []
    # a lookahead, so that "Mayor Li Ke" still tries "Li Ke" after "Mayor Li" fails
    # (a hard-wrapped line may end between the two: "chairman, Shen\nGuoliang, said")
    # (a journal's style prints the surname in capitals: "ZHENG Lingyun(1)", "QIAN Haobo")
    # (a wide gap or a tab parts two cells of a row: "Sun Li     Candidate" names no "Li
    # Candidate"; one or two spaces part the words of a name)
    # (the match then reads the surname's capital: the engine skips to the capitals, as it
    # cannot for a match of no characters, and "Mayor Li Ke" still tries "Li" after "Mayor")
    rx = re.compile(r"\b(?=([A-Z][a-z]{0,7}|[A-Z]{2,8})( {1,2}(?![ \t])|[ \t]*\n[ \t]*)([A-Z][a-z]{1,10}(?:[\-][a-z]{1,8})?|\*+)(?![A-Za-z]))[A-Z]")
    for m in rx.finditer(text):
        sur, gap, given = m.group(1), m.group(2), m.group(3)
        if len(sur) > 1 and sur.isupper():
            sur = sur.title()
        given_at = m.start(3)
        m = _Span(m.start(), m.end(3))
        if sur not in surnames or given.lower() in common:
            continue
        if "\n" in gap and not (wrapped_at(text, m.start()) or _joined_across(text, m.start(), given_at)):
            continue
        if "\n" in gap and out and out[-1].start < m.start() < out[-1].end:
            continue    # "Du Kang" then "Wei" on the next line: "Kang" was a given name
        if not given.startswith("*") and not reads_as_pinyin(given):
            continue
        if gap == "  " and text[m.end():m.end() + 1] in (":", "\uff1a"):
            continue    # "Editor: Lu Qian  Reviewer: Fan X": the next field's label, no given name
        nxt = text[m.end():m.end() + 2]
        if nxt[:1] == " " and text[m.end() + 1:m.end() + 2].isupper() and _is_name_word(text, m.end() + 1):
            continue   # part of a longer capitalised name (a company, a place)
        if _DOC_NUMBER_AFTER.match(text, m.end()):
            continue   # "Gan Zi Ran Fa [2026] No. 37": a document's number, no person
        if sur == "An" and given[:1] in "AEIOU" and _OPENS.search(text, max(0, m.start() - 3),
                                                                  m.start()):
            continue   # "An Anhui Conch plant was built": the article, not the surname An
        if _NUMBER_MARK.match(text, m.end()):
            continue   # "(2025) Zhe 01 Min Chu No. 4417": "No." of a case number, no name
        if _street_after(text, m.end()):
            continue   # "No. 8 Wang Jun Road": a street named after a person, no person
        third = _THIRD.match(text, m.end())
        if third and third.group(1).lower() not in common and not _is_name_word(text, m.end() + 1):
            # "Tan Boon Keat", "Lee Hsien Loong": a given name of two words (Malaysia, Singapore)
            out.append(Candidate(m.start(), third.end(1), f"{sur} {given} {third.group(1)}",
                                 "Person", "person:surname", 0.7))
            continue
        out.append(Candidate(m.start(), m.end(), f"{sur} {given}", "Person", "person:surname", 0.7))
    return out



_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]*)\.?(?![\w'\u2019-])")


def _street_after(text: str, end: int) -> bool:
    """The word after a name ending at ``end`` (or after its third word) ends a street's name
    (``data/street-words.txt``: "Road", "Street")."""
    for _ in range(2):
        m = _NEXT_WORD.match(text, end)
        if m is None:
            return False
        if m.group(1).lower() in words("street-words"):
            return True
        end = m.end()
    return False


# a third short word of a name, then no capitalised word ("Tan Boon Keat said", "Lee Hsien Loong,")
_THIRD = re.compile(r" ([A-Z][a-z]{1,4})(?![\w'’-]| [A-Z&(])")
_DOC_NUMBER_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){0,4}[ \t]*[\[〔(（][ \t]*(?:19|20)\d\d[ \t]*[\]〕)）]")
# a sentence's or a line's start (before "An")
_OPENS = re.compile(r"(?:^|[.!?:;][\"'\u201d\u2019)]?[ \t]+|\n[ \t]*)$")
# an abbreviation's stop and a number after the "given name" ("Chu No. 4417")
_NUMBER_MARK = re.compile(r"\.[ \t]?\d")
_PINYIN = re.compile(r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v|ng|n))+$")


class _Span(Record):
    _fields = __match_args__ = ("s", "e")

    def __init__(self, s: int, e: int):
        self.s = s
        self.e = e

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


def wrapped_at(text: str, i: int) -> bool:
    """Whether the line break after the word at ``i`` is a hard wrap inside running prose: the
    line holds 40 characters or more before the word and the word is no list's or table's
    label ("... its general manager, Pan" then "Zhiyong, said"); a short line ending in a
    surname-like word (a heading, a table cell) joins nothing."""
    line_start = text.rfind("\n", 0, i) + 1
    before = text[line_start:i]
    return len(before.strip()) >= 40 and before.rstrip()[-1:] not in (":", "|")


# a courtesy or academic title just before a surname ("Contact: Ms Ren" / "Xiaodan")
_HONORIFIC_BEFORE = re.compile(r"(?:^|[\s(])(?:Mr|Ms|Mrs|Miss|Dr|Prof|Comrade)\.?[ \t]+$")
_LABEL_VALUE = re.compile(r"[ \t]*[A-Za-z][\w ()/'-]{0,40}:[ \t]+(?=\S)")


def _joined_across(text: str, i: int, j: int) -> bool:
    """Whether a surname at ``i`` at a line's end and a given name at ``j`` opening the next
    line are one name though the line is short: a title stands before the surname ("Ms Ren" /
    "Xiaodan"); the next line is indented to the column where the surname or its line's value
    starts (a field's value or a table cell wrapped under itself: "Analyst:   Ren" /
    "           Xiaotong"); or the given name goes on the sentence (a comma, ";" or ")" after
    it) after words on the surname's own line ("(contact: Zhang" / "Huiping, 0912-...")."""
    line_start = text.rfind("\n", 0, i) + 1
    before = text[line_start:i]
    if _HONORIFIC_BEFORE.search(before):
        return True
    given_line = text.rfind("\n", 0, j) + 1
    col = j - given_line
    if col > 0:
        value = _LABEL_VALUE.match(text, line_start, i + 1)
        first = len(before) - len(before.lstrip(" \t"))
        if col in (i - line_start, first) or value is not None and col == value.end() - line_start:
            return True
    k = j
    while k < len(text) and (text[k].isalpha() or text[k] == "-"):
        k += 1
    return bool(before.strip()) and text[k:k + 1] in (",", ";", ")")


def reads_as_person(name: str) -> bool:
    """Whether a name on its own reads as a Chinese person's: a surname of the list and one
    capitalised given name that reads as pinyin and is no ordinary word ("Dong Pengfei")."""
    ws = name.split()
    return (len(ws) == 2 and ws[0] in _surnames() and ws[1][:1].isupper() and ws[1][1:].islower()
            and ws[1].lower() not in _common() and reads_as_pinyin(ws[1]))


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return frozenset(lines("surnames"))


@lru_cache(maxsize=1)
def _common() -> frozenset:
    return frozenset(words("common-words") | words("not-given-names"))


def reads_as_pinyin(word: str) -> bool:
    """Whether a word, read in lower case, is a run of pinyin syllables ("Yuguang", "Dewei")."""
    return bool(_PINYIN.match(word.lower().replace("-", "")))


def _is_name_word(text: str, i: int) -> bool:
    m = re.match(r"[A-Z][A-Za-z]*", text[i:i + 30])
    if not m:
        return False
    w = m.group(0).lower()
    return w in _heads() or w in ("magnesium", "titanium", "aluminium", "aluminum", "metal",
                                  "metals", "industry", "new", "material", "materials")
