"""`kg ingest` links (issue 10, round 8): the metals of the reference data, the longest name
winning over a known place or metal printed only inside a new name, and another romanisation
of a known organisation's name. Articles written for these tests."""
from __future__ import annotations

import pytest

from draft_lookup import cli_drafter, known_in

TRADE = """Minor metals see busy quarter

Published 2026-04-09

Guizhou Qianneng Antimony Co., Ltd. signed a three-year supply contract with Weifang
Wangfeng Magnesium Technology Development Co., Ltd. on April 3, 2026. Traders said prices of gallium and bismuth rose in March, while tin
and antimony ingots were flat. Analysts called the weaker dollar a silver lining for exporters.
Shanxi Nonferrous Metals Group, a different company from its namesake across the Yellow River,
bought two tin mines in Yunnan Province.
"""


@pytest.fixture
def drafted(run, tmp_path):
    return cli_drafter(run, tmp_path, "t-links")


_known = known_in


def test_metals_of_the_reference_data_are_linked(drafted):
    payload, text = drafted(TRADE)
    known = _known(payload)
    assert {"metal-gallium", "metal-bismuth", "metal-tin", "metal-antimony"} <= set(known)
    # "a silver lining" is no metal
    assert "metal-silver" not in known


def test_a_known_name_printed_only_inside_a_new_name_is_no_mention(drafted):
    payload, text = drafted(TRADE)
    known = _known(payload)
    # Guizhou is printed only as the first word of a company's name: not a mention
    assert "guizhou" not in known
    # Yunnan Province is printed on its own: linked
    assert "yunnan" in known
    # the new company is proposed whole
    labels = {e["label"] for e in payload["entities"] if not e["known"]}
    assert any(lbl.startswith("Guizhou Qianneng Antimony") for lbl in labels)


def test_a_metal_printed_only_inside_a_name_is_no_mention(drafted):
    payload, _ = drafted("""Smelter news

Published 2026-05-02

Hunan Lianxing Bismuth Industry Co., Ltd. opened a new furnace on April 28, 2026.
""", "t-bismuth")
    assert "metal-bismuth" not in _known(payload)


def test_another_romanisation_of_a_known_company_is_that_company(drafted):
    payload, text = drafted(TRADE)
    known = _known(payload)
    # "Wangfeng" for the graph's "Wanfeng", the name broken across a line
    assert "weifang-wanfeng-magnesium-technology-development" in known
    assert known["weifang-wanfeng-magnesium-technology-development"]["rule"] == \
        "gazetteer:spelling-variant"
    assert not any("Wangfeng" in e["label"] for e in payload["entities"] if not e["known"])
    # a province's name one letter apart is another province: no link to Shaanxi's group
    assert "shaanxi-nonferrous-metals-group" not in known
