"""Round 58, speed: `kg ingest` imports no ``dataclasses`` (the decorator builds each class's
methods from source text at import, and the module itself is a sizable import): the name
candidates, the date mentions and two private records of the names wing are written out as
the other records are (kg/ingest/records.py), ``records.replace`` stands in for
``dataclasses.replace``, and the comparison of names the rules use (``normalise``) lives in
kg/model/name_keys.py, so the name index (kg/model/names.py, with its frozen ``Match``) is not
imported either. The records behave as the dataclasses did: the same fields and defaults,
equality by value, no hash, the same ``repr``; the drafts are the same."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)
from kg.ingest import records
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.date_mention import DateMention, copies
from kg.model import name_keys, names

# (invented firms, places and people)
ARTICLE = """Harrowgate Tin signs a supply deal with Pellam Wire

Harrowgate Tin Co., Ltd. and Pellam Wire Ltd. signed a three-year supply agreement in
Dunmere City on 14 April 2026. Mr. Osric Vale, chairman of Harrowgate Tin Co., Ltd., said
the first shipment of tin ingots would leave the smelter on 2 May 2026.
"""


def test_candidate_fields_defaults_and_equality():
    a = Candidate(1, 5, "Pellam Wire", "Company", "rule-x", 0.7)
    b = Candidate(1, 5, "Pellam Wire", "Company", "rule-x", 0.7)
    assert a == b and a is not b
    assert a.aliases == set() and a.aliases is not b.aliases      # a new set each
    assert Candidate(1, 5, "P", "Company", "r", 0.5, aliases={"Q"}).aliases == {"Q"}
    assert a != Candidate(1, 6, "Pellam Wire", "Company", "rule-x", 0.7)
    assert repr(a) == ("Candidate(start=1, end=5, label='Pellam Wire', cls='Company', "
                       "rule='rule-x', confidence=0.7, aliases=set())")
    with pytest.raises(TypeError):
        hash(a)                                      # (mutable, compared by value)
    assert a.__eq__("Pellam Wire") is NotImplemented


def test_replace_gives_a_new_record_with_the_changes():
    a = Candidate(1, 5, "Pellam Wire", "Company", "rule-x", 0.7, {"PW"})
    b = records.replace(a, end=9, label="Pellam Wire Ltd")
    assert (b.start, b.end, b.label, b.cls, b.rule, b.confidence) == \
        (1, 9, "Pellam Wire Ltd", "Company", "rule-x", 0.7)
    assert b.aliases is a.aliases                    # (as dataclasses.replace: the same value)
    assert (a.end, a.label) == (5, "Pellam Wire")
    with pytest.raises(TypeError):
        records.replace(a, colour="red")
    d = DateMention(3, 13, "2026-04-14", "date")
    assert (d.until, d.ambiguous, d.weekday_year, d.datatype) == (None, False, False, "date")
    e = records.replace(d)
    assert e == d and e is not d
    assert copies([d]) == [d] and copies([d])[0] is not d


def test_name_comparison_is_the_index_s():
    assert names.normalise is name_keys.normalise
    assert name_keys.normalise("Ｆｕｇｕ  Co.-\nLtd.") == names.normalise("Ｆｕｇｕ  Co.-\nLtd.")
    assert name_keys.normalise("Harrowgate Tin Co., Ltd.") == "harrowgate tin co ltd"


def test_library_draft_unchanged_shape(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, ARTICLE, "round58-speed")
    labels = {e.label for e in draft.new()}
    assert "Harrowgate Tin Co., Ltd." in labels
    assert "Pellam Wire Ltd." in labels
    assert "Harrowgate Tin Co" not in labels


def test_command_imports_no_dataclasses(tmp_path):
    """A `kg ingest` process drafts without importing ``dataclasses`` or the name index (once
    its caches are made: the first run loads the graph, which builds the name index)."""
    src = tmp_path / "deal.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    script = (
        "import sys\n"
        "sys.argv = ['kg', 'ingest', sys.argv[1], '--id', 'round58-speed', '-o', sys.argv[2],"
        " '--force']\n"
        "from kg.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        "print(sorted(m for m in ('dataclasses', 'kg.model.names') if m in sys.modules))\n")
    env = dict(os.environ, KG_INGEST_AHEAD="0", KG_CACHE_DIR=str(tmp_path / "cache"))
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", script, str(src), str(tmp_path / "d.ttl")],
                             env=env, text=True, capture_output=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert "Pellam Wire Ltd." in (tmp_path / "d.ttl").read_text(encoding="utf-8")
