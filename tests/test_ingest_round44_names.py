"""Round 44, new names and links: companies of any trade named without their legal form in
news ("Tianrong Motors said", "shares of Hualing Chemicals"), and a country's possessive before
a name the graph knows ("China's 14th Five-Year Plan": the known plan, not a new one); on short
texts written for this file (invented companies and places)."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round44-names"):
    return draft_of(kg, text, doc_id, "round44.txt")


def _linked(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.known()}


# --- 1. a company of any trade, named by its trade word and a cue --------------------------------
_WIRE = ("SHENZHEN, May 6 -- Tianrong Motors said on Tuesday it would buy more magnesium "
         "wheels next year. Shares of Hualing Chemicals rose 4% after the news, while "
         "Qiaobei Electronics fell 1%. Kunhai Energy and Sanhe Steel signed a power deal.\n")


def test_companies_of_other_trades_are_drafted(snapshot_kg):
    """A trade word of any industry ends a company's name when an actor's word follows (said,
    rose, fell, signed) or "shares of" comes before: each is a company, named as printed."""
    got = new_labels(_draft(snapshot_kg, _WIRE), "Company")
    for name in ("Tianrong Motors", "Hualing Chemicals", "Qiaobei Electronics", "Kunhai Energy",
                 "Sanhe Steel"):
        assert name in got, (name, got)


_PLAIN = ("The plant uses green energy said to come from the hills. Solar Energy rose as a topic "
          "at the fair, and the Hengde Motors Co., Ltd. booth drew crowds.\n")


def test_a_trade_word_without_a_name_is_no_company(snapshot_kg):
    """Lower-case words ("green energy said"), a trade word after a field's word only ("Solar
    Energy rose"), and a name that goes on to its legal form are not read as such companies."""
    got = new_labels(_draft(snapshot_kg, _PLAIN), "Company")
    assert not any(g.lower() in ("green energy", "energy", "solar energy", "hengde motors")
                   for g in got), got


# --- 2. a country's possessive before a known name -----------------------------------------------
_PLAN = ("Hefei, March 3 -- The Luheng group will build a rolling line under China's 14th "
         "Five-Year Plan, and a second one under Anhui's 14th Five-Year Plan for industry.\n")


def test_a_country_s_possessive_before_a_known_plan_links_the_plan(snapshot_kg):
    """"China's 14th Five-Year Plan" is the known national plan (and China), not a new plan
    named with the possessive; the province's plan stays a new plan of its own."""
    draft = _draft(snapshot_kg, _PLAN)
    linked = _linked(draft)
    assert "14th-five-year-plan" in linked and "china" in linked, linked
    got = new_labels(draft)
    assert not any(g.startswith("China") for g in got), got
    assert "Anhui's 14th Five-Year Plan" in got, got

