"""A signature's role on a line of its own above the signer's organisation ("Helen Ashdown" /
"Managing Director" / "X Cobalt Ltd"): a name read over the line break took the role for its
first words (a Company "Managing Director X Cobalt Ltd"). When the words of a name before its
first line break are a whole line and a role of ``data/roles.txt`` ("General Counsel",
"Company Secretary"), the name starts on the next line (:func:`after_role_line`, read by
:func:`kg.ingest.names.trims.trimmed`). A role that opens a name on one line ("Chairman Li of X
Group", "Board Secretary Office") is left to the other rules."""
from __future__ import annotations

from kg.ingest.names.head_guards import _roles


def after_role_line(text: str, start: int, end: int) -> int:
    """Where the name from ``start`` to ``end`` starts once a role alone on its first line is
    left out: the next line's first word, else ``start``."""
    br = text.find("\n", start, end)
    if br < 0:
        return start
    ls = text.rfind("\n", 0, start) + 1
    if text[ls:start].strip():
        return start        # (the name opens inside its line: no line of its own)
    line = " ".join(text[start:br].split()).rstrip(".,:;").lower()
    if line not in _roles():
        return start
    nxt = br + 1
    while nxt < end and text[nxt] in " \t\n":
        nxt += 1
    return nxt if len(text[nxt:end].split()) >= 2 else start
