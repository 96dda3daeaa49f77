"""Nicknames and other proper names printed in quotation marks that no rule reads as an entity:
'a furnace hand known as "Old Copper"', 'the research vessel, nicknamed "Silver Lotus"', 'the
storm "Frente Cobre"'. The quotes hold two to six words, each capitalised (or a short function
word between two that are: "Lady of the Lake"), and nothing else: a proper name of its own, of
which a known metal's or place's name is only a word (used by names/words_of_names.py, which
takes out a known metal or place printed only inside names). A quotation of speech holds a
verb in lower case or a stop, so it is none of these. One pass over the text."""
from __future__ import annotations

import re

_WORD = r"[A-Z][\w'\u2019&.-]*"
_JOIN = r"(?:of|the|and|de|la|del|da|du|von|van)"
_RUN = rf"{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)*{_WORD}){{1,5}}"
_QUOTED = re.compile(rf"\"({_RUN})\"|\u201c({_RUN})\u201d|\u2018({_RUN})\u2019")


def quoted_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each such pair of quotation marks."""
    return [m.span(m.lastindex) for m in _QUOTED.finditer(text)]
