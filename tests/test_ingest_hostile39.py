"""`kg ingest` attacked a thirty-ninth time (round 38), with short texts written for this file
in genres of their own (a summit's circular, a light-metals week's schedule, ...). A fault's
test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard their
fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile39-x"):
    return draft_of(kg, text, doc_id, "hostile39.txt")


# --- 1. a circular's "Organisers:" and "Host:" lines ----------------------------------------------
_CIRCULAR = ("2026 Battery Metals Summit\nProgramme (first circular, 3 March 2026)\n\n"
             "Dates:        12-13 May 2026\nVenue:        Yichun International Hotel\n"
             "Organisers:   Jiangxi Nonferrous Metals Industry Association; Yichun Municipal "
             "People's Government\nHost:         Ganfeng Lithium Group Co., Ltd.\n"
             "Co-organiser: Yichun Lithium Battery Industry Alliance\n")


def test_an_organisers_line_gives_each_organiser_and_the_host_their_roles(snapshot_kg):
    """"Organisers: A; B" / "Host: C": the summit was said to have A and C as participants
    (relations/party_roles gave every role of a "Role: Name" line nfo:participant) and B as
    nothing (only the first name after the label was read); "Co-organiser:" was no role."""
    draft = _draft(snapshot_kg, _CIRCULAR)
    summit = "2026 Battery Metals Summit"
    assert summit in _new(draft)
    assert {(summit, "Jiangxi Nonferrous Metals Industry Association"),
            (summit, "Yichun Municipal People's Government")} <= _values(draft, "organizedBy")
    assert (summit, "Ganfeng Lithium Group Co., Ltd.") in _values(draft, "hostedBy")
    assert (summit, "Yichun Lithium Battery Industry Alliance") in _values(draft, "coOrganizedBy")
    assert not {o for s, o in _values(draft, "participant") if s == summit}, \
        _values(draft, "participant")


def test_a_person_named_as_host_still_takes_part(snapshot_kg):
    """A podcast's host is a person who takes part in it, not a body that hosts it."""
    draft = _draft(snapshot_kg, "Metal Talk podcast, episode 12\n\nRecorded 3 March 2026\n\n"
                                "Host: Liu Fang\nGuest: Chen Bo, analyst\n\nThis week's "
                                "episode looks at the lithium price.\n")
    assert not {o for _, o in _values(draft, "hostedBy")} & {"Liu Fang"}
