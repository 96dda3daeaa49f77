"""Minutes under a body's letterhead record a meeting that body holds: the meeting
``nfo:organizedBy`` the issuer (rule event:minutes-issuer); minutes issued by a body's office go to
the body when the text names it, and to nobody when it does not (the office only keeps the
record); a notice that is no minutes gives its meeting no organiser by this rule."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"

MINUTES = """Lantian County Water Resources Bureau

MEETING MINUTES

No. 4 (2026)

Meeting on Flood Season Safety at Copper Tailings Ponds

Time:      Wednesday, 13 May 2026, 9:00-11:30
Venue:     Conference room of the Bureau
Chaired:   Gao Ruolan, Deputy Director of the Bureau

The meeting heard reports from the two mining companies of the county on their ponds. It decided
that both ponds shall be inspected before the rains and that the drainage ditches shall be
cleared by 31 May.

Lantian County Water Resources Bureau
14 May 2026
"""

OFFICE = """Minutes of the Third Council Meeting of the Hexi Copper Traders Association

Time:      Friday, 6 March 2026, 14:00
Venue:     Hexi Hotel

The council agreed the fee scale for 2026 and admitted two new member companies.

Hexi Copper Traders Association Office
9 March 2026
"""

NOTICE = """Lantian County Water Resources Bureau

Notice on the Meeting on Flood Season Safety at Copper Tailings Ponds

All mining companies of the county shall send one deputy manager to the meeting on Wednesday,
13 May 2026, at the Lantian Hotel.

Lantian County Water Resources Bureau
6 May 2026
"""


def _organisers(draft):
    out = {}
    for e in draft.entities.values():
        for p, o, _, rule in e.statements:
            if str(p) == NFO + "organizedBy":
                target = draft.entities.get(o)
                out.setdefault(e.label, []).append(((target.label if target else str(o)), rule))
    return out


def test_letterhead_body_holds_the_meeting_its_minutes_record(snapshot_kg):
    draft = draft_of(snapshot_kg, MINUTES, "round60-minutes", "round60-minutes.txt")
    got = _organisers(draft)
    meeting = [k for k in got if k.startswith("Meeting on Flood Season Safety")]
    assert meeting, (got, sorted(e.label for e in draft.entities.values()))
    assert ("Lantian County Water Resources Bureau", "event:minutes-issuer@0.5") in got[meeting[0]]


def test_minutes_of_an_office_give_no_office_as_host(snapshot_kg):
    draft = draft_of(snapshot_kg, OFFICE, "round60-office", "round60-office.txt")
    for label, hosts in _organisers(draft).items():
        for host, rule in hosts:
            assert not (rule.startswith("event:minutes-issuer") and host.endswith("Office")), \
                (label, host)


def test_a_notice_is_no_minutes(snapshot_kg):
    draft = draft_of(snapshot_kg, NOTICE, "round60-notice", "round60-notice.txt")
    assert not any(r.startswith("event:minutes-issuer")
                   for hosts in _organisers(draft).values() for _, r in hosts)
