"""Round 20, the lead's own texts (a listed company's board resolutions, a standards body's
notice): a bracketed place on the line a company's name wraps onto, the signing body's line
over the company's name in a signature, an appointment by a resolution ("to appoint Mr. A as
the Company's general manager") and a surname used alone after "Mr." with a past post."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _labels(draft, cls):
    return {e.label for e in draft.entities.values() if str(e.cls).endswith("#" + cls)}


def _issuers(draft):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for e in draft.entities.values()
            for p, o, *_ in e.statements if p == NFO.issuedBy}


RESOLUTIONS = """Stock code: 601677    Short name: Minjiang Copper    Notice No.: 2026-044

FUJIAN MINJIANG COPPER FOIL CO., LTD.
NOTICE ON RESOLUTIONS OF THE NINTH MEETING OF THE FOURTH BOARD OF DIRECTORS

The ninth meeting of the fourth Board of Directors of Fujian Minjiang Copper Foil Co., Ltd.
(the "Company") was held in Nanping on 9 March 2026. Seven of the nine directors attended.

The board approved the following proposals:

1. To set up a wholly-owned subsidiary, Minjiang Copper Foil (Vietnam)
Technology Co., Ltd., in Hai Phong, with registered capital of US$30 million, which will
build a 20,000-tonne electrolytic copper foil line.

2. To appoint Mr. Tang Weiguo as the Company's general manager. Mr. Tang previously served
as deputy general manager of Nanping Xinhe Copper Materials Co., Ltd.

Board of Directors
Fujian Minjiang Copper Foil Co., Ltd.
10 March 2026
"""

# a signature of two bodies, each line a whole name: both sign (not split by this rule)
TWO_SIGNERS = """Notice on the 2026 Audit of Copper Foil Plants

All copper foil plants in the province shall submit their energy data by 30 April 2026.
The audit covers plants commissioned before the end of 2024 and is carried out by the
provincial energy conservation centre with the support of the industry association.
Plants that fail to report will be named in the next quarterly bulletin.

Fujian Provincial Department of Industry and Information Technology
Fujian Provincial Development and Reform Commission
12 March 2026
"""

# a company's name wrapped in running text (no signature under it) stays one name
WRAPPED_IN_TEXT = """Copper foil maker adds capacity

Fujian Minjiang Copper Foil Co., Ltd. said on Monday it had signed a supply deal with Board
Material Nanping Xinhe Copper Co., Ltd. for cathode copper over the next three years, and
that its new line in Nanping would start in June.
"""


def test_a_bracketed_place_before_a_line_break_stays_in_the_company_name(kg, tmp_path):
    draft = _draft(kg, tmp_path, RESOLUTIONS, "r20-resolutions")
    companies = _labels(draft, "Company")
    assert "Minjiang Copper Foil (Vietnam) Technology Co., Ltd." in companies
    assert "Technology Co., Ltd." not in companies


def test_the_signing_board_s_line_is_no_word_of_the_company_under_it(kg, tmp_path):
    draft = _draft(kg, tmp_path, RESOLUTIONS, "r20-resolutions-sig")
    assert not any(c.startswith("Directors") for c in _labels(draft, "Company"))
    assert _issuers(draft) == {"Fujian Minjiang Copper Foil Co., Ltd."}


def test_two_signing_bodies_each_sign(kg, tmp_path):
    draft = _draft(kg, tmp_path, TWO_SIGNERS, "r20-two-signers")
    assert {"Fujian Provincial Department of Industry and Information Technology",
            "Fujian Provincial Development and Reform Commission"} <= _issuers(draft)


def test_a_name_wrapped_in_running_text_is_not_cut_at_the_break(kg, tmp_path):
    draft = _draft(kg, tmp_path, WRAPPED_IN_TEXT, "r20-wrapped")
    assert "Board Material Nanping Xinhe Copper Co., Ltd." in _labels(draft, "Company")


def test_a_resolution_to_appoint_mr_a_as_the_company_s_role_is_a_post(kg, tmp_path):
    posts = _labels(_draft(kg, tmp_path, RESOLUTIONS, "r20-resolutions-posts"), "Post")
    assert "Tang Weiguo, General manager, Fujian Minjiang Copper Foil Co., Ltd." in posts


def test_mr_and_a_chinese_surname_alone_keeps_the_past_post(kg, tmp_path):
    posts = _labels(_draft(kg, tmp_path, RESOLUTIONS, "r20-resolutions-past"), "Post")
    assert "Tang Weiguo, Deputy general manager, Nanping Xinhe Copper Materials Co., Ltd." \
        in posts


NO_COMPANY = """Copper foil forum held

The forum voted to appoint Mr. Tang Weiguo as its rapporteur. Mr. Tang previously served
in the army.
"""


def test_an_appointment_with_no_company_in_sight_gives_no_post(kg, tmp_path):
    posts = _labels(_draft(kg, tmp_path, NO_COMPANY, "r20-no-company"), "Post")
    assert not any("Tang Weiguo" in p for p in posts)


DRAFT_STANDARDS = """Standards committee to review three drafts

To all member units:

The committee's secretariat will hold a review meeting in Zhuzhou from 20 to 22 April 2026 on
the draft industry standards "Tungsten Carbide Powder for Thermal Spraying" (drafted by Zhuzhou
Cemented Carbide Group Co., Ltd.), "High-purity Bismuth Ingots" (drafted by Hunan Shuikoushan
Nonferrous Metals Co., Ltd. and the Changsha Research Institute of Mining and Metallurgy) and
"Indium Tin Oxide Powder".
"""

# quoted titles after a list of companies that names no kind: no standards
NO_HEAD_NOUN = """Smelters sign supply pledges

The three smelters signed pledges at the forum in Zhuzhou. Their slogans, "Clean Metal First",
"Zero Waste Plant" and "Safety Every Shift", were printed on the banners.
"""


def _drafters(draft):
    labels = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.entities.values():
        for p, o, *_ in e.statements:
            if p == NFO.draftedBy:
                out.setdefault(e.label, set()).add(labels.get(o, str(o)))
    return out


def test_every_quoted_title_of_a_list_after_standards_is_a_standard(kg, tmp_path):
    draft = _draft(kg, tmp_path, DRAFT_STANDARDS, "r20-standards")
    standards = {e.label for e in draft.entities.values() if str(e.cls).endswith("Standard")}
    assert standards >= {"Tungsten Carbide Powder for Thermal Spraying",
                         "High-purity Bismuth Ingots", "Indium Tin Oxide Powder"}


def test_each_standard_is_drafted_by_the_bodies_in_its_own_bracket(kg, tmp_path):
    drafters = _drafters(_draft(kg, tmp_path, DRAFT_STANDARDS, "r20-standards-drafters"))
    assert drafters.get("Tungsten Carbide Powder for Thermal Spraying") == {
        "Zhuzhou Cemented Carbide Group Co., Ltd."}
    assert drafters.get("High-purity Bismuth Ingots") == {
        "Hunan Shuikoushan Nonferrous Metals Co., Ltd.",
        "Changsha Research Institute of Mining and Metallurgy"}


def test_quoted_slogans_with_no_kind_named_are_no_standards(kg, tmp_path):
    draft = _draft(kg, tmp_path, NO_HEAD_NOUN, "r20-slogans")
    assert not any(str(e.cls).endswith("Standard") for e in draft.entities.values())


def test_an_event_phrase_ends_at_a_blank_line(kg, tmp_path):
    draft = _draft(kg, tmp_path, "Notice on holding the review meeting for three draft "
                   "standards\n\nTo all member units:\n\nThe drafting units shall send their "
                   "final drafts to the secretariat by 5 April 2026.\n", "r20-blank-line")
    meetings = {e.label for e in draft.entities.values() if str(e.cls).endswith("#Meeting")}
    assert "Review meeting for three draft standards" in meetings
    assert not any("member units" in m for m in meetings)


REPLY = """Hunan Provincial Department of Ecology and Environment

Reply on the Environmental Impact Report of the Chenzhou 30,000 t/a
Bismuth Refining Project of Chenzhou Jinyue Bismuth Co., Ltd.

Xiang Huan Ping [2026] No. 12

Chenzhou Jinyue Bismuth Co., Ltd.:

Your application has been received. We agree to the construction of the project.

Hunan Provincial Department of Ecology and Environment
2 March 2026
"""

HEADLINE_THEN_BODY = """Bismuth refiner wins approval

Report writers at the provincial department said on Monday that the refinery in Chenzhou
had passed its review.
"""


def test_the_title_under_an_issuer_and_a_blank_line_is_the_document_s_title(kg, tmp_path):
    from kg.ingest.reading.options import default_title
    assert default_title(REPLY) == ("Reply on the Environmental Impact Report of the Chenzhou "
                                    "30,000 t/a Bismuth Refining Project of Chenzhou Jinyue "
                                    "Bismuth Co., Ltd.")
    assert default_title("National Technical Committee on Nonferrous Metals Standardization\n"
                         "Notice on the review meeting\n\nTo all members:\n") \
        == "Notice on the review meeting"


def test_a_headline_over_a_body_paragraph_stays_the_title(kg, tmp_path):
    from kg.ingest.reading.options import default_title
    assert default_title(HEADLINE_THEN_BODY) == "Bismuth refiner wins approval"
