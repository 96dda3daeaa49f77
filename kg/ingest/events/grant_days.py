"""The day of an award granted at a ceremony the text dates: "On the 25th, the award ceremony
for the third X Award was held ... The winners are: (1) A ..., (2) B ..." gives each winner's
``nfo:AwardGrant`` the ceremony's day (``nfo:startDate``, or ``nfo:plannedDate`` when the
ceremony is still to come), rule ``date:grant-ceremony``.

What is read: the draft's new award grants with no date of their own, the award each grants
(``nfo:award``), and the draft's events about that award (``nfo:about`` it, or whose label holds
the award's name: "Award ceremony for the third X Award", "X Award presentation"). Only when
those events give one day: two ceremonies of the award on different days (a provincial round
and a national one) date no grant. Not read: a grant with no ceremony (a document that confers
it, a year in the grant's own clause: other rules' or the reviewer's), nor an award named in
an event that is not about it."""
from __future__ import annotations

from kg.ingest.terms import NFO

RULE = "date:grant-ceremony"
_DATES = (NFO.startDate, NFO.plannedDate)


def _dates(ent) -> list:
    return [st for st in ent.statements if st[0] in _DATES]


def grant_days(draft, kind) -> int:
    """Date each undated new award grant by its award's one dated ceremony; how many."""
    grants = [e for e in draft.new() if e.cls == NFO.AwardGrant and not _dates(e)]
    if not grants:
        return 0
    # (not a period an announcement opens, "Public comment period of the X list": no ceremony)
    events = [e for e in draft.new() if kind(e.cls) == "event" and _dates(e)
              and e.rule != "event:open-period"]
    if not events:
        return 0
    n = 0
    for g in grants:
        awards = {o for p, o, _, _ in g.statements if p == NFO.award}
        if len(awards) != 1:
            continue
        award = next(iter(awards))
        name = draft.entities[award].label.lower() if award in draft.entities else ""
        held = [e for e in events
                if any(p == NFO.about and o == award for p, o, _, _ in e.statements)
                or len(name) > 8 and name in e.label.lower()]
        days = {(st[0], str(st[1])) for e in held for st in _dates(e)}
        if len(days) != 1:
            continue
        pred, value, span, _ = next(st for e in held for st in _dates(e))
        g.add(pred, value, span, RULE)
        n += 1
    return n
