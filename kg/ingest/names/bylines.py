"""The article's byline: "(reporter Zhao Linfeng)", "(Reporter: Hu Jing)", "Reporter: X",
"By X", "Correspondent X", the agency after a dateline ("Nanning, July 8 (Xinhua) --"). The
people and agencies it names wrote the article: they are never a participant,
speaker, chair, organiser or party of what the article reports, so statements that make them
one are dropped (whatever rule proposed them), and the person's rule says "byline" for the
reviewer. Only the first lines (``_HEAD`` characters) and a last "Editor:"-style line count."""
from __future__ import annotations

import re

from kg.ingest.terms import NFO

_HEAD = 800
_WHO = (r"(?:[Rr]eporters?|[Cc]orrespondents?|[Ee]ditors?|[Ww]ritten\s+by|[Aa]uthors?|"
        r"[Tt]ext|[Pp]hoto)")
# "(reporter X)", "(Xinhua reporter X)", "(Reporter: X)" -- not "(supported by X)"
_BYLINE = re.compile(
    rf"\((?:[A-Z][\w.]*\s+)?{_WHO}\s*[:：]?\s+(?P<a>[^()\n]{{2,80}})\)"
    rf"|^[ \t]*[A-Z][\w'’ ]{{1,30}},\s+(?:[A-Z][\w.]*\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z]\w*)"
    rf"(?:,\s+\d{{4}})?"
    rf"\s+\((?P<d>[^()\n]{{2,60}})\)\s*(?:--|—|–)"
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
        g = next(x for x in ("a", "b", "c", "d") if m.group(x))
        out.append(m.span(g))
    return out


def drop_byline_roles(draft) -> None:
    spans = byline_spans(draft.text)
    if not spans:
        return
    authors = {e.iri: e for e in draft.entities.values() if not e.role and e.mentions
               and e.cls in (NFO.Person, NFO.MediaOutlet, NFO.Organization, NFO.Company)
               and any(a <= sp.start and sp.end <= b for sp in e.mentions for a, b in spans)}
    for ent in authors.values():
        if ent.cls == NFO.Person:
            ent.rule = f"{ent.rule} (byline: the article's author)"
    for ent in draft.entities.values():
        if any(o in authors for _, o, _, _ in ent.statements):
            ent.statements = [st for st in ent.statements
                              if not (st[1] in authors and st[0] in _ROLES)]


def hide_bylines(draft, spans_of: list) -> None:
    """Before the relation rules run: the names inside a byline are taken out of ``spans_of``
    (they stay mentions of their entities), so no rule reads them as a party, speaker or
    participant of what the sentence reports."""
    spans = byline_spans(draft.text)
    if spans:
        spans_of[:] = [x for x in spans_of
                       if not any(a <= x[0] and x[1] <= b for a, b in spans)]
