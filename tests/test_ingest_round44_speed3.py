"""Round 44, speed (third pass): the roles of ``data/roles.txt`` as one pattern
(relations/post_nodes.role_rx, asked for by some six post rules in a run) is built once for the
list as read and handed again, not re-escaped, re-joined and looked up afresh on every call. The
pattern kept is the one building it gives, and the posts drafted are the same with it as when
it is built anew. No timing is asserted here (bench/ingest_speed.py)."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines
from kg.ingest.output.draft import to_turtle
from kg.ingest.relations import post_nodes

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401 (a fixture)


def _built() -> re.Pattern:
    """The pattern as building it from the list gives (the frames of data/role-frames.txt,
    round 50's "Chief ... Officer", then the longest role first)."""
    roles = sorted(lines("roles"), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join([*lines("role-frames"), *(
        re.escape(r).replace(r"\ ", r"\s+") for r in roles)]) + r")\b", re.IGNORECASE)


def test_the_roles_pattern_is_built_once_and_is_what_building_gives():
    first = post_nodes.role_rx()
    assert post_nodes.role_rx() is first
    fresh = _built()
    assert first.pattern == fresh.pattern and first.flags == fresh.flags


def test_the_kept_pattern_still_reads_a_role_broken_over_a_line():
    rx = post_nodes.role_rx()
    m = rx.search("said Orla Vance, the chief\nexecutive officer of Quillmere Tin")
    assert m is not None and " ".join(m.group(1).split()).lower() == "chief executive officer"
    assert rx.search("the kitchen table was oak") is None


def test_a_list_read_anew_gets_its_own_pattern(monkeypatch):
    kept = post_nodes.role_rx()
    monkeypatch.setattr(post_nodes, "lines", lambda name: ("Harbour warden",))
    other = post_nodes.role_rx()
    assert other is not kept and other.search("the harbour warden spoke")
    assert other.search("the chairman spoke") is None
    monkeypatch.undo()
    assert post_nodes.role_rx().pattern == kept.pattern


class _Forgetful(dict):
    """A memo that keeps nothing: each rule asking for the roles' pattern has it built anew."""

    def get(self, key, default=None):
        return default


_BOARD = ("Quillmere Tin names a new chief\n\n"
          "Quillmere Tin Ltd. said on Tuesday that Orla Vance, its chief executive officer, will "
          "also chair the board from 1 March 2027. Dunstan Pell, chief financial officer of "
          "Quillmere Tin Ltd., will step down at the end of the month.\n")


def test_posts_are_the_same_with_the_kept_pattern_as_with_one_built_anew(snapshot_kg,
                                                                          monkeypatch):
    kept = draft_of(snapshot_kg, _BOARD, "round44-speed3", "round44-speed3.txt")
    monkeypatch.setattr(post_nodes, "_ROLE_RX", _Forgetful())    # built anew on every call
    anew = draft_of(snapshot_kg, _BOARD, "round44-speed3", "round44-speed3.txt")
    got = posts(kept)
    assert any(holder == "Orla Vance" for holder, _, _ in got), got
    assert not any(holder and "Quillmere" in holder for holder, _, _ in got), got
    assert got == posts(anew)
    assert to_turtle(kept) == to_turtle(anew)
