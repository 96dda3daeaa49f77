"""Round 17, the lead's own texts: the title a draft gives a document when none is passed is the
text's headline, past the lines a copied page carries above it (time stamp and source, section
label, breadcrumb, a filing's key-value line, byline), with the lines a wrapped headline runs
onto, and without an issuer printed on its own line above a document's title."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.options import default_title
from kg.ingest.reading.text import read_article
from kg.ingest.reading.title_lines import metadata_line

BODY = ("\n\nThe plant's owner said on Monday that output would rise by a fifth this year.\n"
        "It gave no figure for the cost.\n")


@pytest.mark.parametrize("top, title", [
    ("2027-03-02 10:40   Source: Hunan Metals Herald\n\nTin Refiner Starts Second Line",
     "Tin Refiner Starts Second Line"),
    ("METALS WEEKLY | Markets | Monday, 1 March 2027\n\nCobalt Hydroxide Prices Ease",
     "Cobalt Hydroxide Prices Ease"),
    ("Home / News / Industry\n\nBauxite Imports Hit a Record", "Bauxite Imports Hit a Record"),
    ("Stock code: 601000    Stock abbreviation: Huanan Tin    Announcement No.: 2027-003\n\n"
     "Announcement on a Related-Party Purchase of Tin Concentrate",
     "Announcement on a Related-Party Purchase of Tin Concentrate"),
    ("INTERVIEW\n\nWhy the smelter moved to the hydropower belt",
     "Why the smelter moved to the hydropower belt"),
    ("Release time: 2027/01/15 08:00    Views: 312\n\nCounty halts two zinc kilns",
     "County halts two zinc kilns"),
    ("Provincial bureau fines three antimony smelters over flue gas readings\nthat broke the "
     "limit\n\nBy Zheng Wen, Southwest Metals Daily",
     "Provincial bureau fines three antimony smelters over flue gas readings that broke the limit"),
    ("Qiandong County Natural Resources Bureau\nNotice on the Hearing for the Revocation of the "
     "Mining Licence\nof Qiandong Fluorite Mining Co., Ltd.",
     "Notice on the Hearing for the Revocation of the Mining Licence of Qiandong Fluorite Mining "
     "Co., Ltd."),
    ("Nickel Refiner Names New Chief Executive\nLanzhou Metals Review, 12 May 2027",
     "Nickel Refiner Names New Chief Executive"),
])
def test_the_default_title_is_the_headline_past_the_page_furniture(top, title):
    assert default_title(top + BODY) == title


@pytest.mark.parametrize("text, title", [
    # a text with no headline: its first line, as before (a dateline paragraph)
    ("KUNMING, May 3 -- A tin refiner in Gejiu said it would add a line. The county\n"
     "approved the plan on Friday and work will start in June, the company said in a\n"
     "statement. It gave no figure for the cost.\n",
     "KUNMING, May 3 -- A tin refiner in Gejiu said it would add a line. The county"),
    # a headline followed at once by the body: the headline alone
    ("Zinc Output Rises in April\nZinc output rose 4% in April, the bureau said. Lead output\n"
     "fell. Both figures were revised.\n", "Zinc Output Rises in April"),
    # a year after a comma is part of the title, not a date line
    ("Major Events in the Tungsten Industry, 2026\n\nText.\n",
     "Major Events in the Tungsten Industry, 2026"),
    ("By 2030, Copper Demand Could Double\n\nText.\n", "By 2030, Copper Demand Could Double"),
    # only furniture: the first line, as before
    ("2027-01-01 09:00\n", "2027-01-01 09:00"),
])
def test_texts_without_furniture_keep_their_first_line(text, title):
    assert default_title(text) == title


@pytest.mark.parametrize("line", ["Source: Xinhua", "Editor: Li Na", "Friday 5 March 2027",
                                  "By Gao Lin, Metal Bulletin", "12/03/2027 10:15",
                                  "Metals Daily -- 5 June 2027", "* * *", "FEATURE"])
def test_page_furniture_lines(line):
    assert metadata_line(line)


@pytest.mark.parametrize("line", ["Sources Say Copper Will Rise", "From Ore to Ingot in a Week",
                                  "US, EU Tariffs Hit Copper Foil", "In 2026, Output Rose 4%"])
def test_headlines_are_not_furniture(line):
    assert not metadata_line(line)


# --- names a copied text breaks or heads the lists missed (own text) ---

VENUES = """Farewell held for a retired tin engineer

Kunming, May 4 -- Friends of Li Dongping, a former chief engineer of Gejiu Tin Works, said
goodbye to him at the Kunming Xishan Crematorium on Sunday. The county games of the tin miners
took place at the Gejiu Municipal Gymnasium on May 2.

Our joint venture PT
Sumber Timah Indonesia will ship 3,000 tonnes of tin this year, the company said.
"""


@pytest.fixture(scope="module")
def venues(kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("r17lead") / "venues.txt"
    path.write_text(VENUES, encoding="utf-8")
    return ingest(kg, read_article(path), "r17-venues")


def _labels(draft, cls):
    return {e.label for e in draft.entities.values() if e.cls.endswith("#" + cls)}


def test_a_crematorium_and_a_gymnasium_are_sites(venues):
    assert {"Kunming Xishan Crematorium", "Gejiu Municipal Gymnasium"} <= _labels(venues, "Site")


def test_a_legal_form_that_ends_a_line_still_opens_the_company_s_name(venues):
    assert "PT Sumber Timah Indonesia" in _labels(venues, "Company")


# --- a short form two companies share names neither (own text) ---

TWINS = """Two tin smelters sign a supply pact

Kunming, May 6 -- Xiangtan Baiyun Tin Co., Ltd. and Ganzhou Baiyun Tin Co., Ltd. signed a
concentrate supply pact on Tuesday. Zhou Ming, general manager of Baiyun Tin, said deliveries
would start in June. Separately, Honghe Dashan Smelting Co., Ltd. said Dashan Smelting would
raise output; Li Wen, chairman of Dashan Smelting, gave no figure.
"""


@pytest.fixture(scope="module")
def twins(kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("r17lead") / "twins.txt"
    path.write_text(TWINS, encoding="utf-8")
    return ingest(kg, read_article(path), "r17-twins")


def _posts(draft):
    return {e.label for e in draft.entities.values() if e.cls.endswith("#Post")}


def test_a_short_form_two_companies_share_is_neither_s(twins):
    assert not any("Zhou Ming" in p and "Baiyun" in p for p in _posts(twins))
    for e in twins.entities.values():
        if "Baiyun Tin Co" in e.label:
            assert "Baiyun Tin" not in e.aliases, e.label


def test_a_short_form_one_company_has_is_its_own(twins):
    assert any(p.startswith("Li Wen") and "Honghe Dashan Smelting Co., Ltd." in p
               for p in _posts(twins)), _posts(twins)


# --- a project named with its owner is no company (own texts) ---

@pytest.mark.parametrize("text, project, company", [
    ("Work on the Zinc Residue Recycling Project of Hunan Gaoling Lead Co., Ltd. began on "
     "Monday.", "Zinc Residue Recycling Project of Hunan Gaoling Lead Co., Ltd.",
     "Hunan Gaoling Lead Co., Ltd."),
    ("The county approved the Second-Phase Expansion Project of Xinjiang Tianyu Nickel Co., Ltd. "
     "in May.", "Second-Phase Expansion Project of Xinjiang Tianyu Nickel Co., Ltd.",
     "Xinjiang Tianyu Nickel Co., Ltd."),
])
def test_a_project_of_a_company_is_a_project_and_its_company_is_named_apart(text, project,
                                                                            company):
    from kg.ingest.names.candidates import organisations
    got = {(c.label, c.cls) for c in organisations("Notice\n\n" + text + "\n")}
    assert (project, "Project") in got and (company, "Company") in got, got
    assert not any(cls == "Company" and "Project" in label for label, cls in got), got


def test_a_foreign_legal_form_ends_the_name_before_to_and_the_next_name():
    from kg.ingest.names.candidates import organisations
    text = ("Deal\n\nASTANA, June 3 -- Kokshe Ore JSC agreed to sell Balkhash Zinc LLP to "
            "Cordillera Metales S.A. on Monday; Irtysh Copper PJSC Bought Steppe Lead LLP.\n")
    got = {c.label for c in organisations(text) if c.cls == "Company"}
    assert {"Kokshe Ore JSC", "Balkhash Zinc LLP", "Cordillera Metales S.A.",
            "Irtysh Copper PJSC"} <= got, got


def test_a_line_that_opens_in_lower_case_goes_on_with_the_sentence_before():
    from kg.ingest.reading.sentences import Sentences
    text = ("Shanghai-listed Qilian Nickel Materials Co., Ltd. (stock code 600999)\n"
            "held its interim results briefing on Friday. Its chairman spoke.\n"
            "Key figures:\nrevenue 1.2 billion yuan\nprofit 0.3 billion yuan\n")
    s = Sentences(text)
    assert s.bounds(text.index("held"))[0] == 0
    # a short line over a lower-case one may be a list: its break stays
    assert s.bounds(text.index("profit"))[0] == text.index("profit")
