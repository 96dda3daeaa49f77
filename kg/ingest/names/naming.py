"""Whether a name holds another entity's name: "EV battery aluminum foil" holds the metal
Aluminium (printed "aluminum" in the text). The entity's label, aliases and the surface forms of
its mentions are tried, normalised (case, punctuation), as whole words ("magnesium-based" holds
magnesium)."""
from __future__ import annotations

import re

from kg.ingest.reading.text import normalise_name


def names_in(ent, label: str, text: str = "") -> bool:
    low = normalise_name(label)
    forms = {normalise_name(ent.label)} | {normalise_name(a) for a in ent.aliases}
    forms |= {normalise_name(text[m.start:m.end]) for m in ent.mentions[:20] if text}
    return any(f and re.search(rf"(?<![a-z0-9]){re.escape(f)}(?![a-z0-9])", low)
               for f in forms)
