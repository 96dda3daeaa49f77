"""People named as the value of a form's field whose label says the value is a person
(``data/person-field-labels.txt``): "Prepared by: A", "Duty forecaster: B", "Contact: C, tel.
...", "Legal representative   D" (a label alone at a line's start, a wide gap after it),
"Inspectors: E (team leader), F, G". The surname reader finds Chinese names anywhere; the names
it cannot read (Uyghur, Tibetan, Kazakh, Indonesian, European ...: "Ablimit Tursun", "Dorje
Tsering") are people here because the label says so.

The value: an honorific may open it ("Ms.", "Dr."), then two or three capitalised words (or a
Chinese surname and a pinyin given name of one word, "Wei Hongbo"), ending the value: the line's
end, a wide gap (the next cell), or a comma, semicolon or bracket; after a plural label, each
item of a comma list so ended. Not a person: a word of the value ordinary, a role word, a head
word of an organisation or place ("Place Names Section"), a legal form; a title before a
Chinese name is left out ("Curator Tang Yuehua" is "Tang Yuehua").

One look-up of each label (a literal search of its last word), then a look at the label's
start and the value after it: linear in the text. Rule ``person:field-value`` (confidence
0.5)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.given_names import _LEGAL, _lists
from kg.ingest.names.role_people import _W, _not_name

RULE, CONFIDENCE = "person:field-value", 0.5

_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Madam)\.?[ \t]+)?"
# one item: two or three words of a name, then what ends a value
_ITEM = re.compile(rf"{_HONORIFIC}(?P<name>{_W}(?:[ \t]{_W}){{1,2}})"
                   r"(?=[ \t]*(?:$|\n|[,;，；()（）]|\r)|[ \t]{2,}|\t)")
# (the list's next item after a bracketed note: "E (team leader), F")
_NOTE = re.compile(r"[ \t]*[(（][^()\n（）]{0,40}[)）]")
_SEP = re.compile(r"[ \t]*[,;，；][ \t]*")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The label before a colon (searched in the few characters before it), and a label that
    opens its line with a wide gap or dot leaders after it."""
    alts = "|".join(f"(?:{x})" for x in lines("person-field-labels"))
    return (re.compile(rf"(?i)(?<![\w'’-])(?:{alts})[ \t]*$"),
            re.compile(rf"(?i)[ \t]*(?:{alts})(?:[ \t]{{2,}}|[ \t]*\.{{3,}}[ \t]*)(?=\S)"))


_BEFORE = 40        # how far before its colon a label may start
_SPACE = re.compile(r"[ \t]*")


def field_people(text: str) -> list[Candidate]:
    before, opening = _patterns()
    out = []
    for colon in (":", "：", ):
        c = text.find(colon)
        while c >= 0:
            ls = max(text.rfind("\n", 0, c) + 1, c - _BEFORE)
            if before.search(text[ls:c]) is not None:
                out.extend(_values(text, _SPACE.match(text, c + 1).end(), text[ls:c]))
            c = text.find(colon, c + 1)
    if "  " in text or "..." in text:
        i = 0
        while i >= 0:
            m = opening.match(text, i)
            if m is not None:
                out.extend(_values(text, m.end(), m.group(0)))
            i = text.find("\n", i)
            i = i + 1 if i >= 0 else -1
    return out


def _values(text: str, pos: int, label: str) -> list[Candidate]:
    label = label.strip(" \t.").lower()
    plural = label.endswith("s") and not label.endswith(("ss", "by"))
    surnames, common, heads, role_words = _lists()
    out = []
    for _ in range(8 if plural else 1):
        v = _ITEM.match(text, pos)
        if v is None:
            break
        ws, start = v.group("name").split(), v.start("name")
        if len(ws) == 3 and ws[1] in surnames and ws[0] not in surnames:
            # ("Approved by: Curator Tang Yuehua": a title before a Chinese name)
            start = text.index(ws[1], start + len(ws[0]))
            ws = ws[1:]
        last = ws[-1].lower()
        chinese = ws[0] in surnames and len(ws) == 2
        if ws[-1].isupper() or last in heads or last in _LEGAL or (
                _not_name(ws[1:] if chinese else ws, set(), common, heads, role_words)):
            break
        out.append(Candidate(start, v.end("name"), " ".join(ws), "Person", RULE,
                             CONFIDENCE))
        pos = v.end()
        n = _NOTE.match(text, pos)
        if n is not None:
            pos = n.end()
        s = _SEP.match(text, pos)
        if s is None:
            break
        pos = s.end()
    return out
