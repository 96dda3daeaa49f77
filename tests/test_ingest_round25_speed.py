"""Round 25, speed: more rules scan only the text around the words their matches print
(kg/ingest/reading/windows.py), found in the text in lower case for a case-blind pattern
(``lower=True``) or as whole lines for a pattern of one line (``lines=True``). What a reader of
the draft sees is what a scan of the whole text gave: a person controlling a company, a room in
a building, the people who took part in an event, a professor's team, the companies whose
models a product is fitted to; and nothing where the words are printed without the rest of
the construction. Texts written for these tests."""
from __future__ import annotations

import re

import pytest

from hostile_drafts import snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.reading.caseless import prints_any
from kg.ingest.reading.gates import any_of
from kg.ingest.reading.windows import near, windows

POSITIVE = """Huanglong Titanium Works Opens Assay Hall
Tianshui, April 21, 2026 -- Huanglong Titanium Works Co., Ltd. held an opening ceremony for its assay hall on Tuesday in Room 405, Maiji Research Building.
Huanglong Titanium Works Co., Ltd. is ultimately controlled by Qiao Renshan, who set it up in 2011.
Professor Yan Shulan's research team showed a porous titanium filter at the ceremony. Kou Jianping, deputy mayor of Tianshui, and Longdong Rare Metals Research Institute took part.
The company said its filters are fitted to the latest models of Chery and Weihe Trucks.
The filters are delivered under supply contract HL-GX-2026-031 of the works.
The works also ships 5N-grade high-purity INDIUM to Xi'an.
"""

NEGATIVE = """Huanglong Titanium Works Reports Output
Tianshui, April 22, 2026 -- Huanglong Titanium Works Co., Ltd. said it controlled its costs in the first quarter, Qiao Renshan told staff in a roomy hall.
Part of the output went to the team in the south plant. The models were shown in a catalogue.
Batch HL-GX-2026-031 was weighed at noon. Indium prices fell.
"""


@pytest.fixture(scope="module")
def drafts(snapshot_kg, tmp_path_factory):  # noqa: F811
    out = {}
    for name, text in (("pos", POSITIVE), ("neg", NEGATIVE)):
        path = tmp_path_factory.mktemp(f"r25-speed-{name}") / f"r25-speed-{name}.txt"
        path.write_text(text, encoding="utf-8")
        out[name] = ingest(snapshot_kg, read_article(path), f"r25-speed-{name}")
    return out


def _facts(draft) -> set[tuple[str, str, str, str]]:
    """(subject label, predicate, object label, rule) of every statement."""
    out = set()
    for e in draft.entities.values():
        for p, o, _, rule in e.statements:
            obj = draft.entities[o].label if o in draft.entities else str(o)
            out.add((e.label, str(p).rsplit("#", 1)[-1], obj, rule.split("@")[0]))
    return out


def _new(draft, rule: str) -> list[str]:
    return [e.label for e in draft.entities.values() if not e.known and e.rule == rule]


def test_a_person_controlling_a_company(drafts):
    assert ("Qiao Renshan", "actualControllerOf", "Huanglong Titanium Works Co., Ltd.",
            "org:controlled-by-person") in _facts(drafts["pos"])
    # "controlled its costs": no controller
    assert not [f for f in _facts(drafts["neg"]) if f[1] == "actualControllerOf"]


def test_a_room_in_a_building(drafts):
    assert _new(drafts["pos"], "site:room") == ["Room 405, Maiji Research Building"]
    assert ("Room 405, Maiji Research Building", "locatedIn", "Maiji Research Building",
            "site:room") in _facts(drafts["pos"])
    assert not _new(drafts["neg"], "site:room")     # ("a roomy hall")


def test_those_who_took_part(drafts):
    took = {f[2] for f in _facts(drafts["pos"]) if f[3] == "event:participants-cue"}
    assert {"Kou Jianping", "Longdong Rare Metals Research Institute"} <= took
    # ("Part of the output"): no one took part
    assert not [f for f in _facts(drafts["neg"]) if f[3] == "event:participants-cue"]


def test_a_professor_s_team(drafts):
    assert _new(drafts["pos"], "team:led-by") == ["Professor Yan Shulan's research team"]
    assert ("Professor Yan Shulan's research team", "ledBy", "Yan Shulan",
            "team:leader-in-name") in _facts(drafts["pos"])
    assert not _new(drafts["neg"], "team:led-by")   # ("the team in the south plant")


def test_the_companies_whose_models_a_product_fits(drafts):
    assert "Weihe Trucks" in _new(drafts["pos"], "company-slot")
    assert not _new(drafts["neg"], "company-slot")  # ("The models were shown")


def test_a_document_named_by_its_kind_and_code(drafts):
    assert _new(drafts["pos"], "document:coded") == ["Supply contract HL-GX-2026-031"]
    assert not _new(drafts["neg"], "document:coded")    # ("Batch HL-GX-...": no kind)


def test_a_graded_metal_in_capitals(drafts):
    # (the metals looked for in the text in lower case)
    assert _new(drafts["pos"], "concept:graded-metal") == ["5N-grade high-purity INDIUM"]
    assert not _new(drafts["neg"], "concept:graded-metal")     # ("Indium prices")


# --- the windows themselves: the matches of a whole scan -------------------------------------
_CASE_BLIND = re.compile(r"\b(?:gold|silver)[ \t-]+(?:award|medal)s?\b", re.I)
_LINE = re.compile(r"^[-= \t]*(?:cut|fold)[ \t]+here[-= \t]{3,}$", re.M | re.I)
_WINDOWED = ("Gold Award for A; silver medals for B.\n" + "x " * 400 + "\nA GOLD MEDAL\n"
             "----- CUT HERE -----\nnot a line to cut here\n== fold here ===\n")


def test_windows_found_in_lower_case_give_the_whole_scan_s_matches():
    whole = [m.span() for m in _CASE_BLIND.finditer(_WINDOWED)]
    assert len(whole) == 3
    assert [m.span() for m in near(_CASE_BLIND, _WINDOWED, ("award", "medal"), before=40,
                                   after=10, lower=True)] == whole
    # (without lower=True the words in capitals are not found: "A GOLD MEDAL" is missed)
    assert [m.span() for m in near(_CASE_BLIND, _WINDOWED, ("award", "medal"), 40, 10)] \
        == whole[:2]
    assert list(near(_CASE_BLIND, "no such words here", ("award", "medal"), lower=True)) == []


def test_line_windows_give_the_whole_scan_s_matches():
    whole = [m.span() for m in _LINE.finditer(_WINDOWED)]
    assert len(whole) == 2
    assert [m.span() for m in near(_LINE, _WINDOWED, ("cut", "fold"), lower=True,
                                   lines=True)] == whole
    # each window a whole line, without its break
    for a, b in windows(_WINDOWED, ("cut",), lower=True, lines=True):
        assert (a == 0 or _WINDOWED[a - 1] == "\n") and (b == len(_WINDOWED) or _WINDOWED[b] == "\n")
        assert "\n" not in _WINDOWED[a:b]


def test_a_gate_matches_where_one_of_its_cues_does():
    cues = [r"(?:held|hosted)\s+by", r"co-?organi[sz]ed\s+by", r"[a-z]+ing\s+in", r"\d+\s+years?",
            r"(?:attended|joined)\b", r"(?:x?)"]
    text = "it was hosted by a and co-organised by b; 12 years of joining in. nobody attended"
    joined = re.compile("|".join(f"(?:{c})" for c in cues[:-1]))
    gate = re.compile(any_of(cues[:-1]))
    assert [p for p in range(len(text) + 1) if gate.match(text, p)] == \
        [p for p in range(len(text) + 1) if joined.match(text, p)]
    assert gate.search("a plain sentence with none of them") is None
    # a cue that may match nothing can start anywhere: kept as it is, so it matches everywhere
    assert re.compile(any_of(cues)).match("zzz", 1) is not None


def test_words_printed_in_any_case():
    words = ("day", "morning", "tonight")
    assert prints_any("Signed on TUESDAY in Lanzhou", words)
    assert prints_any("x" * 3000 + " Tonight", words)
    assert not prints_any("Signed on 4 May in Lanzhou", words)
    # a dotless i is an "i" to a case-blind search: the text is searched case-blind, as before
    assert prints_any("signed this MORN\u0131NG", ("morning",))
    assert not prints_any("signed this MORN\u0131NG", ("evening",))
