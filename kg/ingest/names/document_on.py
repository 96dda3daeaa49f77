"""A document's, a project's or an event's head word inside a company's name phrase ("Penalty
Decision on X Co., Ltd.", "Report on the Corporate Bonds of X Co., Ltd.", "Co-Smelting Project
of X Co., Ltd."): where the document's name ends its head and the company's name begins. Read by
:mod:`kg.ingest.names.candidates` for phrases that end in a company's suffix."""
from __future__ import annotations

DOCUMENT_CLASSES = {"PolicyDocument", "Notice", "Report", "Measures", "Plan", "Guide"}
EVENT_CLASSES = {"Conference", "Forum", "SigningCeremony", "Meeting", "Seminar", "Exhibition"}
OF_HEADS = EVENT_CLASSES | {"Project"}


def document_on(part, heads) -> tuple[str, int] | None:
    """(class, index) of a document's head word followed by "on" and a name in ``part``
    ("... Decision on X"), or of a project's or an event's followed by "of" ("... Co-Smelting
    Project of X Co., Ltd.", "Press Conference of X Co., Ltd.": the company's, named with it)."""
    for i, (_, _, w) in enumerate(part[:-2]):
        h = heads.get(w.lower())
        if h and part[i + 2][2][:1].isupper() and (
                h[0] in DOCUMENT_CLASSES and part[i + 1][2] == "on"
                or h[0] in OF_HEADS and i > 0 and w[:1].isupper() and part[i + 1][2] == "of"):
            return h[0], i
        if h and h[0] in DOCUMENT_CLASSES and w[:1].isupper() and part[i + 1][2] == "on" \
                and part[i + 2][2] == "the":
            # "Report on the Corporate Bonds of X Co., Ltd.": the company is named after the
            # last "of" (capitalised words up to its suffix)
            ofs = [j for j in range(i + 3, len(part) - 2) if part[j][2] == "of"]
            if ofs and all(x[2][:1].isupper() for x in part[ofs[-1] + 1:]) \
                    and len(part) - ofs[-1] > 3:
                return h[0], ofs[-1] - 1
    return None
