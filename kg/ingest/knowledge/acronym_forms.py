"""One-word names the graph prints only as an acronym ("AI", "PV", "5G", "NEVs"): linked only
where the article prints them so too, in capitals ("Ms Ai Lin" is a person, "ai" in a word
list no field). A name the graph also prints another way ("Baotai", "Hydro") is left to the
other tests of the gazetteer. Read by knowledge/gazetteer.py: one set built with the
automaton, one look-up per match."""
from __future__ import annotations

import re

# an acronym as the graph prints it: capitals and digits, at least one capital, a plural "s"
_SHAPE = re.compile(r"(?=[A-Z0-9&]*[A-Z])[A-Z0-9&]{2,6}s?")


class AcronymForms:
    """The keys (normalised names) of one word seen, each with whether every form the graph
    prints of it is an acronym."""

    def __init__(self) -> None:
        self._caps: set[str] = set()
        self._other: set[str] = set()

    def add(self, key: str, printed: str) -> None:
        if " " in key:
            return
        (self._caps if _SHAPE.fullmatch(printed.strip()) else self._other).add(key)

    def keys(self) -> frozenset[str]:
        return frozenset(self._caps - self._other)


def printed_as_acronym(surface: str) -> bool:
    """Whether ``surface`` is printed in capitals (a plural "s" allowed): "AI", "NEVs"."""
    return bool(_SHAPE.fullmatch(surface.strip()))
