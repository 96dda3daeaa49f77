"""New IRIs by the slug rules of data/CURATION.md: lower-case ASCII words joined by ``-``, never
colliding with an IRI the graph (or this draft) already uses."""
from __future__ import annotations

import re
import unicodedata

from kg.ingest.terms import NF, URIRef



# Latin letters that no decomposition takes to ASCII (NFKD leaves them whole and the ASCII step
# dropped them: "G\u0142og\u00f3w" gave "gogow", "Gro\u00dfmann" "gromann"): spelt as they are transliterated
_SPELT = str.maketrans({"\u00df": "ss", "\u1e9e": "SS", "\u0142": "l", "\u0141": "L", "\u00f8": "o",
                        "\u00d8": "O", "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe", "\u0152": "OE",
                        "\u0111": "d", "\u0110": "D", "\u00f0": "d", "\u00d0": "D", "\u00fe": "th",
                        "\u00de": "TH", "\u0131": "i", "\u0127": "h", "\u0126": "H", "\u0167": "t",
                        "\u0166": "T", "\u014b": "ng", "\u014a": "NG"})


def slug(text: str, max_words: int = 10) -> str:
    if not text.isascii():
        text = text.translate(_SPELT)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’]s\b", "s", text.lower()).replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words]) or "entity"


class Minter:
    def __init__(self, used: set[str]):
        self.used = set(used)
        self._next: dict[str, int] = {}     # base -> the first suffix not yet tried

    def mint(self, *parts: str) -> URIRef:
        base = "-".join(p for p in (slug(x) for x in parts if x) if p) or "entity"
        # (from the last suffix given: 1,000 entities of one name tried 500,000 IRIs)
        n = self._next.get(base, 2)
        iri = base if n == 2 else f"{base}-{n}"
        while str(NF[iri]) in self.used:
            iri, n = f"{base}-{n}", n + 1
        self._next[base] = n
        self.used.add(str(NF[iri]))
        return NF[iri]
