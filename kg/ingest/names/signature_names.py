"""The bodies that sign a text jointly, one a line over its date ("State Administration for
Market Regulation" / "Standardization Administration of China" / "17 August 2026"), are read
by the name rules as one name running over the line break. When each line of such a name is,
in full, the name of an entity the draft already has (named in the text's body: a known body
or a new one), the joined name is no entity: each line is a mention of its own entity, so that
the signature names every issuer (``relations/document_issuers``).

Only names in the signature block (the last lines over a date that ends the text); each line
looked up by its normalised name in one dict of the draft's names: linear."""
from __future__ import annotations

from kg.ingest.model import Span
from kg.ingest.names.surgery import redirect
from kg.ingest.reading.dates import signature_date
from kg.ingest.reading.text import normalise_name

_BLOCK = 400        # how far over the signature's date the signers may stand


def split_signature_names(draft, spans_of: list) -> int:
    """Split joined signers into their lines' entities; returns how many were split."""
    text = draft.text
    sig = signature_date(text)
    if sig is None:
        return 0
    lo = max(0, sig.start - _BLOCK)
    joined = [x for x in spans_of if lo <= x[0] and x[1] <= sig.start and not x[2].known
              and "\n" in text[x[0]:x[1]] and not x[2].role]
    if not joined:
        return 0
    by_name: dict = {}
    for ent in draft.entities.values():
        if ent.role:
            continue
        for name in {ent.label} | set(ent.aliases):
            by_name.setdefault(normalise_name(name), ent)
    n = 0
    for s, e, ent in joined:
        parts, pos = [], s
        for line in text[s:e].split("\n"):
            a = pos + len(line) - len(line.lstrip())
            b = pos + len(line.rstrip())
            pos += len(line) + 1
            if a < b:
                parts.append((a, b, by_name.get(normalise_name(text[a:b]))))
        if len(parts) < 2 or any(p[2] is None or p[2] is ent for p in parts):
            continue
        spans_of[:] = [x for x in spans_of if not (x[2] is ent and (x[0], x[1]) == (s, e))]
        ent.mentions[:] = [m for m in ent.mentions if (m.start, m.end) != (s, e)]
        if not ent.mentions:
            # (what was said of the joined name is said of its line of the same class: an
            # agreement's party was "Notice No. 18\nX Co., Ltd.", it is X Co., Ltd.)
            same = [p[2].iri for p in parts if p[2].cls == ent.cls] or [p[2].iri for p in parts]
            redirect(draft, ent.iri, list(dict.fromkeys(same)))
            draft.entities.pop(ent.iri, None)
        for a, b, part in parts:
            part.mentions.append(Span(a, b))
            spans_of.append((a, b, part))
        n += 1
    return n
