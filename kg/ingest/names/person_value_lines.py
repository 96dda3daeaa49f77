"""Where a capitalised phrase running over a line break must end at it: after a form's line
whose value is a person's whole name ("Supervisor: Professor Li Baotou" over "Central South
University, School of Metallurgy"; "Prepared by: Anna Berg" over "Halcyon Nickel Ltd"). A
thesis's title page, a report's cover or a form stacks its fields one a line; the value ends
with its line, and the name of the school or company on the next line is no word of the
person's. The value: a courtesy title may open it (``data/courtesy-titles.txt``: "Professor",
"Dr."), then two or three capitalised words, the first a given name (``data/given-names.txt``)
or a Chinese surname (``data/surnames.txt``), and nothing else to the line's end. The phrase
starts in the value (a name that starts on the label's line before the colon is left alone).
Read by :mod:`kg.ingest.names.line_ends`; one anchored match a line break inside the phrase:
linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.given_name_list import given_names


@lru_cache(maxsize=1)
def _value_line() -> re.Pattern:
    titles = "|".join(re.escape(t) for t in sorted(lines("courtesy-titles"), key=len,
                                                   reverse=True))
    return re.compile(rf"[ \t]*[A-Z][A-Za-z'’ ()/-]{{0,30}}[:：][ \t]*(?:(?:{titles})\.?[ \t]+)?"
                      r"(?P<first>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z'’-]+){1,2}[ \t\r]*")


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return frozenset(lines("surnames"))


def after_person_value_line(text: str, s: int, e: int) -> int | None:
    """The end of the first line inside ``s:e`` that is a form's field whose value is a
    person's whole name, when the phrase starts in that value; None when none is so."""
    nl = text.find("\n", s, e)
    if nl == -1:
        return None
    ls = text.rfind("\n", 0, s) + 1
    colon = max(text.rfind(":", ls, s), text.rfind("：", ls, s))
    if colon == -1:
        return None         # (the phrase starts before the value, or on no field's line)
    m = _value_line().fullmatch(text, ls, nl)
    if m is None or (m.group("first") not in given_names() and
                     m.group("first") not in _surnames()):
        return None
    end = nl
    while end > s and text[end - 1] in " \t\r":
        end -= 1
    return end
