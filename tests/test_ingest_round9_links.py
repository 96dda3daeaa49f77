"""`kg ingest` links and names (issue 10, round 9): a known agreement or event named only by its
kind in lower case is another article's own, a place followed by another level of
administration is another place. Articles written for these tests."""
from __future__ import annotations

import pytest

from draft_lookup import cli_drafter, known_in


@pytest.fixture
def drafted(run, tmp_path):
    return cli_drafter(run, tmp_path, "t-links9")


_known = known_in


DEALS = """Two smelters change hands

Published 2026-06-11

Pengda Copper Co., Ltd. signed an equity transfer agreement with Lixin Holdings Co., Ltd. on
June 3 to buy 40% of a cathode plant. A second equity transfer
agreement, for the rolling mill, was signed by the two companies a week later, and the board
said each equity transfer agreements still needs the approval of the regulator.
Lixin Holdings also held a production commencement ceremony at its new line. The plant
sells sulfuric acid to local fertiliser makers.
"""


def test_a_known_agreement_or_event_named_by_its_kind_in_lower_case_is_not_linked(drafted):
    payload, _ = drafted(DEALS)
    known = _known(payload)
    # the graph's "Equity Transfer Agreement" (of 2024) and its "production commencement
    # ceremony" are other articles' own: a description is no link, however it is wrapped
    assert not any(k.startswith("agreement-") for k in known), sorted(known)
    assert not any(k.startswith("event-") for k in known), sorted(known)
    # a product printed in lower case still is the product the graph knows
    assert "product-sulfuric-acid" in known


PLACES = """County plans new zinc line

Published 2026-07-02

Guiyang County in Chenzhou will build a zinc alloy line next year, the county said. Buyers
in Guiyang and in Yulin City have signed up for its output, and a trader from Henan Province
will sell it in Shaanxi Province.
"""


def test_a_place_followed_by_another_level_of_administration_is_another_place(drafted):
    payload, text = drafted(PLACES)
    known = _known(payload)
    # Guiyang is a city in the graph: "Guiyang County" is a county of that name elsewhere
    assert known["guiyang"]["mentions"] == 1
    new = {e["label"] for e in payload["entities"] if not e["known"]}
    assert "Guiyang County" in new
    # the same level, or the graph's own name with its level, is the known place
    assert "yulin" in known and "henan" in known and "shaanxi" in known


STANDARDS = """Ministry approves four materials standards

Published 2026-08-19

The ministry approved YS/T 2101-2026 "Cobalt Sulfate for Lithium-Ion Battery Precursors", the
group standard T/ABC 014-2026 "Aluminium Alloy Extrusions for Automotive Crash Boxes" and
GB/T 5150-2026 "Nickel Powder for Hydrogen Storage Alloys". It also approved YS/T 2104-2026
"Technical Specification for Tungsten Recovery from Cemented Carbide Scrap".
"""


def test_the_use_a_product_title_names_after_for_is_no_mention(drafted):
    payload, _ = drafted(STANDARDS)
    known = _known(payload)
    # the products: cobalt, aluminium alloy, nickel
    assert {"metal-cobalt", "metal-aluminium-alloy", "metal-nickel"} <= set(known), sorted(known)
    # their uses: no lithium, no automotive field, no hydrogen-storage alloy mention
    assert "metal-lithium" not in known
    assert not any(k.startswith("field-automotive") for k in known), sorted(known)


def test_a_title_with_no_metal_before_for_keeps_what_follows_it(kg):
    from kg.ingest.knowledge import snapshot
    text = ('They discussed "Technical Specification for Tungsten Recovery from Scrap" and '
            '"Requirements for Indium Targets", and the "Germanium Ingots for Infrared Optics".')
    linked = {m.surface for m in snapshot.gazetteer(kg).link(text)}
    # the link stage keeps the metal a title is about (what a new title's name then takes
    # out is the name rules' work); only the use after a product is dropped
    assert {"Tungsten", "Indium", "Germanium"} <= linked, linked


def test_a_standards_title_on_the_next_line_is_the_same_standard(drafted):
    payload, _ = drafted(STANDARDS)
    new = [e for e in payload["entities"] if not e["known"]]
    standards = [e for e in new if e["class"].endswith("Standard")]
    # four numbers, four standards: the hard-wrapped title is the fourth one's, not a fifth
    assert len(standards) == 4, [e["label"] for e in standards]
    fourth = next(e for e in standards if e["label"] == "YS/T 2104-2026")
    assert fourth["mentions"] == 2


REPORTS = """Association publishes yearbook

Published 2026-10-08

The Hunan Antimony Association released its "2026 Report on the Competitiveness of Japan's
Antimony Oxide Industry" on Monday and the "2025 Annual Statistics Catalogue of Smelters" a
week earlier. Members also read the "2024 Outline for Tin Exports" and a note called
"2026 figures for the quarter".
"""


def test_a_quoted_title_may_open_with_a_year(drafted):
    payload, _ = drafted(REPORTS)
    new = {e["label"]: e["class"] for e in payload["entities"] if not e["known"]}
    assert new.get("2026 Report on the Competitiveness of Japan's Antimony Oxide Industry") \
        == "Report", new
    assert new.get("2025 Annual Statistics Catalogue of Smelters") == "Catalogue", new
    assert new.get("2024 Outline for Tin Exports") == "Plan", new
    # a year and lower-case words are no title
    assert not any(lbl.startswith("2026 figures") for lbl in new)
    # Japan is printed only inside the report's title: a word of that name, no mention
    assert "japan" not in _known(payload)


SHORTS = """Three suppliers sign on

Published 2026-05-20

Hubei Qingshan Copper Group Co., Ltd. (Qingshan Copper), Ningxia Dongfang Tantalum Industry
Co., Ltd. (Dongfang Tantalum) and Fujian Minxi Rare Metals Holding Company (Minxi Holding)
joined the programme. Qingshan Copper will ship cathodes from June, Dongfang Tantalum will
supply powder, and Minxi Holding said it would follow. Jiangxi Lutai Tungsten Group (Holding)
Co., Ltd. (Jiangxi) declined.
"""


def test_an_unquoted_short_form_in_brackets_is_the_companys(drafted):
    payload, _ = drafted(SHORTS)
    new = {e["label"]: e for e in payload["entities"] if not e["known"]}
    # each short form is the company named before it: the name with its bracket is one
    # mention, the later occurrence another; no company of its own
    assert new["Hubei Qingshan Copper Group Co., Ltd."]["mentions"] == 2, sorted(new)
    assert new["Ningxia Dongfang Tantalum Industry Co., Ltd."]["mentions"] == 2
    assert new["Fujian Minxi Rare Metals Holding Company"]["mentions"] == 2
    assert not {"Qingshan Copper", "Dongfang Tantalum", "Minxi Holding"} & set(new)
    # tantalum printed only inside the company's names is a word of them
    assert "metal-tantalum" not in _known(payload)
    # a bracket inside a name, or a place alone after it, is no short form of it
    lutai = next(e for lbl, e in new.items() if lbl.startswith("Jiangxi Lutai Tungsten"))
    assert lutai["mentions"] == 1


PAPERS = """Zinc Premiums Rise Three Times in a Quarter

By Lin Qiao, Nonferrous Metals Times | June 2, 2026

Suzhou Tianyi Equity Investment Partnership (Limited Partnership) owns 12% of the smelter,
and Hangzhou Fengyuan Capital Partnership (General Partnership) 5%. The Shanghai Metals Times
and the China Mining Times both reported that premiums rose 10 Times in five years.
"""


def test_times_ends_a_papers_name_and_a_partnership_a_companys(drafted):
    payload, _ = drafted(PAPERS)
    new = {e["label"]: e["class"] for e in payload["entities"] if not e["known"]}
    for paper in ("Nonferrous Metals Times", "Shanghai Metals Times", "China Mining Times"):
        assert new.get(paper) == "MediaOutlet", (paper, new)
    assert new.get("Suzhou Tianyi Equity Investment Partnership (Limited Partnership)") \
        == "Company", new
    assert new.get("Hangzhou Fengyuan Capital Partnership (General Partnership)") == "Company"
    # a count before "Times" is no paper: not in a headline, not in the text
    assert not any(lbl.endswith("Three Times") or lbl.endswith("10 Times") for lbl in new), new
    # the city a partnership's name opens is a word of that name
    assert "suzhou" not in _known(payload)


def test_a_headline_ends_before_the_outlet_line_under_it(drafted):
    payload, _ = drafted("""Copper Output Climbs in First Half
Nonferrous Weekly Herald | 2026-07-03

According to the Plan, smelters will cut energy use. When finished, the Jiangxi Xinlu Copper
Co., Ltd. line will add 50,000 tonnes. While prices held, Hunan Baiyun Zinc Co., Ltd. sold more.
""")
    # the news item itself is a Report labelled by its whole headline (events/news_items)
    reports = {e["label"] for e in payload["entities"] if e["class"].endswith("Report")}
    assert reports == {"Copper Output Climbs in First Half"}, reports
    new = {e["label"] for e in payload["entities"]
           if not e["known"] and not e["class"].endswith("Report")}
    # the outlet under the headline, not the headline's words run on into it
    assert "Nonferrous Weekly Herald" in new, new
    assert not any("First Half" in lbl for lbl in new), new
    # "According to the Plan" names no plan; "When"/"While" open a clause, no company
    assert not any(lbl.startswith(("According", "When", "While")) for lbl in new), new
    assert "Jiangxi Xinlu Copper Co., Ltd." in new and "Hunan Baiyun Zinc Co., Ltd." in new


def test_a_wrapped_first_line_of_a_paragraph_is_no_headline(drafted):
    payload, _ = drafted("""The new rules were issued by the Hubei Provincial Development and
Reform Commission on May 2, 2026 and take effect in July.
""")
    new = {e["label"] for e in payload["entities"] if not e["known"]}
    assert "Hubei Provincial Development and Reform Commission" in new, new
    payload, _ = drafted("""The new rules were issued on May 2 by the Hubei Provincial Development
and Reform Commission and take effect in July.
""", doc_id="t-links9b")
    new = {e["label"] for e in payload["entities"] if not e["known"]}
    assert "Hubei Provincial Development and Reform Commission" in new, new


def test_a_basin_an_island_a_plateau_name_a_region(drafted):
    payload, _ = drafted("""Brine projects move west

Published 2026-04-14

Lithium from brine in the Tarim Basin and nickel ore shipped from Halmahera Island will feed
the new plants, and a solar farm on the Ordos Plateau will power them. Analysts said the
island's ore grades have been falling.
""")
    new = {e["label"]: e["class"] for e in payload["entities"] if not e["known"]}
    for place in ("Tarim Basin", "Halmahera Island", "Ordos Plateau"):
        assert new.get(place) == "Region", (place, new)
    # a lower-case "island" names nothing
    assert not any(lbl.lower().startswith("island") for lbl in new), new


def test_an_ordinary_word_alias_links_only_where_its_context_is_named(kg):
    from kg.ingest.knowledge import snapshot
    gaz = snapshot.gazetteer(kg)
    product = "product-baotai-titanium-alloy-materials"     # "titanium alloy materials"

    def linked(text):
        return [m.iri.rsplit("/", 1)[-1] for m in gaz.link(text)]
    # any maker's titanium alloy materials: not Baotai Group's product
    assert product not in linked("A plant in Hunan makes titanium alloy materials for jets.")
    assert product not in linked("Exports of titanium alloy materials rose 8% in May.")
    # in a sentence naming Baotai Group (the graph's producer of it): that product
    assert product in linked("Baotai Group raised its output of titanium alloy materials.")
    assert product in linked("Output of titanium alloy materials at Baotai Group rose.")
