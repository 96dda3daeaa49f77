"""A known body's alias without its place ("Provincial Department of Ecology and Environment",
an alias of Shaanxi's) links only in an article that names that place: in an article on
another province the same words are that province's body (texts written for this test)."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

SHAANXI_BODY = "shaanxi-provincial-department-of-ecology-and-environment"


def _linked(kg, text: str) -> set:
    draft = draft_of(kg, text, "placeless-x")
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.entities.values() if e.known}


@pytest.mark.parametrize("text", [
    "Nanning, May 4, 2026 -- The provincial department of ecology and environment of Guangxi "
    "fined Acme Zinc Co., Ltd. on Monday.\n",
    "Kunming, May 4, 2026 -- Yunnan's smelters were inspected. The Provincial Department of "
    "Ecology and Environment ordered two of them to stop.\n",
])
def test_a_placeless_alias_in_an_article_on_another_province_is_no_link(snapshot_kg, text):
    assert SHAANXI_BODY not in _linked(snapshot_kg, text)


@pytest.mark.parametrize("text", [
    "Xi'an, May 4, 2026 -- Shaanxi fined Acme Zinc Co., Ltd. The Provincial Department of "
    "Ecology and Environment said the smelter must stop.\n",
    "Yulin, May 4, 2026 -- Smelters in SHAANXI were inspected; the provincial department of "
    "ecology and environment will publish the results.\n",
])
def test_a_placeless_alias_in_an_article_naming_its_place_links(snapshot_kg, text):
    assert SHAANXI_BODY in _linked(snapshot_kg, text)


def test_the_full_name_links_anywhere(snapshot_kg):
    text = ("Nanning, May 4, 2026 -- Officials of the Shaanxi Provincial Department of Ecology "
            "and Environment visited Guangxi.\n")
    assert SHAANXI_BODY in _linked(snapshot_kg, text)
