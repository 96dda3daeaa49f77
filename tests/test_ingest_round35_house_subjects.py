"""Round 35, what a notice's own issuer does, by the noun its text names it with: "The Bureau
will hold a seminar", "our Centre will run a training course" (relations/house_subjects.py,
rule ``event:house-subject@0.5``): the event is organised by the issuer; "the Bureau of
Commerce" or "the Bureau Chief" is another's name, and a sentence whose subject is someone else
gives the issuer nothing."""
from __future__ import annotations

from hostile_drafts import draft_of, parsed, pairs, snapshot_kg  # noqa: F401

NOTICE = """Qujing Municipal Bureau of Industry and Information Technology

Notice on Energy Audits of Tin and Zinc Smelters in 2027

To the smelters concerned:

Eleven smelters in the city handed in their energy audit reports by 30 November. Three of
them have not yet fitted meters on their roasting kilns.

1. Each smelter shall correct the problems found before 31 January 2027.
2. The Bureau will hold a seminar on waste heat recovery in Qujing on 18 January 2027.
3. Longyuan Energy Consulting Co., Ltd. will run a training course on metering in
   Qujing on 25 January 2027.

Qujing Municipal Bureau of Industry and Information Technology
21 December 2026
"""


def test_the_issuers_noun_as_subject_organises_the_event(snapshot_kg):
    d = draft_of(snapshot_kg, NOTICE, "t-r35-house-subject")
    got = pairs(parsed(d), "organizedBy")
    bureau = "Qujing Municipal Bureau of Industry and Information Technology"
    seminar = {e for e, o in got if o == bureau}
    assert any("seminar" in e.lower() for e in seminar), got
    # the course is run by the consultancy, the subject of its own sentence: not the bureau's
    assert not any("course" in e.lower() for e in seminar), got
    rules = {r.split("+")[0] for e in d.entities.values() for *_, r in e.statements}
    assert "event:house-subject@0.5" in rules


CONTACT = """Kunming Institute of Mining Safety

Notice on a Training Course on Tailings Dam Monitoring

To the mining enterprises concerned:

A two-day course on tailings dam monitoring will be held in Kunming on 14 and 15 April 2027.
Each enterprise may send two engineers.

Contact: Laboratory of Geotechnical Monitoring, Li Ming, 0871-6555 0101

Kunming Institute of Mining Safety
2 March 2027
"""


def test_a_unit_on_the_contact_line_is_the_houses(snapshot_kg):
    d = draft_of(snapshot_kg, CONTACT, "t-r35-contact-unit")
    got = pairs(parsed(d), "unitOf")
    assert ("Laboratory of Geotechnical Monitoring", "Kunming Institute of Mining Safety") in got, \
        got
