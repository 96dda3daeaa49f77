"""The article's byline: "(reporter Zhao Linfeng)", "(Reporter: Hu Jing)", "Reporter: X",
"By X", "Correspondent X". The people it names wrote the article: they are never a participant,
speaker, chair, organiser or party of what the article reports, so statements that make them
one are dropped (whatever rule proposed them), and the person's rule says "byline" for the
reviewer. Only the first lines (``_HEAD`` characters) and a last "Editor:"-style line count."""
from __future__ import annotations

import re

from kg.model.namespaces import NFO

_HEAD = 800
_WHO = r"(?:[Rr]eporters?|[Cc]orrespondents?|[Ee]ditors?|[Ww]ritten\s+by|[Bb]y|[Aa]uthors?|[Tt]ext|[Pp]hoto)"
_BYLINE = re.compile(
    rf"\((?:[^()\n]{{0,30}}?\b)?{_WHO}\s*[:：]?\s+(?P<a>[^()\n]{{2,80}})\)"
    rf"|^[ \t]*{_WHO}\s*[:：]\s*(?P<b>[^\n]{{2,80}})$"
    rf"|^[ \t]*By\s+(?P<c>[A-Z][^\n,]{{2,60}})$", re.MULTILINE)
_ROLES = {NFO.participant, NFO.speaker, NFO.presidedBy, NFO.organizedBy, NFO.coOrganizedBy,
          NFO.hostedBy, NFO.party, NFO.supportedBy}


def byline_spans(text: str) -> list[tuple[int, int]]:
    out = []
    tail = max(0, len(text) - 300)
    for m in _BYLINE.finditer(text):
        if m.start() > _HEAD and m.start() < tail:
            continue
        g = next(x for x in ("a", "b", "c") if m.group(x))
        out.append(m.span(g))
    return out


def drop_byline_roles(draft) -> None:
    spans = byline_spans(draft.text)
    if not spans:
        return
    authors = {e.iri: e for e in draft.entities.values() if e.cls == NFO.Person and e.mentions
               and any(a <= sp.start and sp.end <= b for sp in e.mentions for a, b in spans)}
    for ent in authors.values():
        ent.rule = f"{ent.rule} (byline: the article's author)"
    for ent in draft.entities.values():
        if any(o in authors for _, o, _, _ in ent.statements):
            ent.statements = [st for st in ent.statements
                              if not (st[1] in authors and st[0] in _ROLES)]
