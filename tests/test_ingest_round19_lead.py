"""Round 19, the lead's own texts: "the same day", "the next day" and "the day before" count
from a weekday when the day named last before them is one ("On Tuesday ... On the same day"),
not from the dateline's day."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

WEEKDAY_THEN_SAME = """Sindh mining delegation tours Shaanxi smelters

XI'AN, Friday, October 23, 2026 -- A mining delegation from Sindh ended a three-day
tour of Shaanxi this week.

On Tuesday the visitors met managers of Hanzhong Jinfeng Zinc Co., Ltd. in Hanzhong.
On the same day the delegation signed a memorandum of understanding with the company
on zinc concentrate supply.
"""

PRINTED_DAY_LAST = """Zinc talks in Hanzhong

XI'AN, Friday, October 23, 2026 -- On Tuesday the visitors met managers of Hanzhong
Jinfeng Zinc Co., Ltd. in Hanzhong. Talks resumed on 22 October. On the same day the
delegation signed a memorandum of understanding with the company on zinc supply.
"""


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _signed(draft):
    return {str(o) for e in draft.entities.values() if str(e.cls).endswith("#Agreement")
            for p, o, *_ in e.statements if p == NFO.dateSigned}


def test_the_same_day_after_a_weekday_is_that_weekday(kg, tmp_path):
    draft = _draft(kg, tmp_path, WEEKDAY_THEN_SAME, "r19-same")
    assert _signed(draft) == {"2026-10-20"}


def test_the_same_day_after_a_printed_day_is_still_that_day(kg, tmp_path):
    draft = _draft(kg, tmp_path, PRINTED_DAY_LAST, "r19-same-printed")
    assert _signed(draft) == {"2026-10-22"}


COUNTY_BODIES = """Lead smelter fined after dust leak

A lead smelter in Lanxi County was fined 800,000 yuan after dust escaped from its baghouse
in August. The county government set up a joint team with the county ecology and
environment bureau and the
county market regulation bureau to check every smelter in the county.
"""

NO_COUNTY_NAMED = """Smelters checked

The county government set up a joint team to check every smelter after a dust leak at a
plant owned by Anhui Tongling Qingyuan Copper Co., Ltd.
"""

CITY_IN_A_COMPANY = """Relocation ordered

Hebi's planners have told Hebi Dongying Magnesium Co., Ltd. to leave its site by 2028. An
executive meeting of the city government decided the timetable.
"""


def _bodies(draft):
    return {e.label: e for e in draft.entities.values() if str(e.cls).endswith("#GovernmentBody")}


def test_lower_case_bodies_of_a_level_are_those_of_the_place_named_before(kg, tmp_path):
    bodies = _bodies(_draft(kg, tmp_path, COUNTY_BODIES, "r19-county"))
    assert "Lanxi County People's Government" in bodies
    # a line may break inside the phrase; the printed phrase is kept as an alias
    bureau = bodies["Lanxi County Market Regulation Bureau"]
    assert "county market regulation bureau" in bureau.aliases
    assert "Lanxi County Ecology and Environment Bureau" in bodies


def test_no_place_of_the_level_named_gives_no_government(kg, tmp_path):
    bodies = _bodies(_draft(kg, tmp_path, NO_COUNTY_NAMED, "r19-no-county"))
    assert not any("People's Government" in b for b in bodies)


def test_a_listed_city_inside_a_company_name_is_not_the_city_meant(kg, tmp_path):
    bodies = _bodies(_draft(kg, tmp_path, CITY_IN_A_COMPANY, "r19-city-company"))
    governments = {b for b in bodies if "People's Government" in b}
    assert governments == {"Hebi Municipal People's Government"}


CONGRESS = """Hunan Nonferrous Metals Industry Association elects new council

CHANGSHA, Nov. 27 (Hunan Daily) -- The Hunan Nonferrous Metals Industry Association held
its fifth member congress in Changsha on Wednesday and elected a 51-member council.

Tang Jianhua, chairman of Hunan Xiangnan Antimony Co., Ltd., was elected president of
the association, and Peng Lihua was named secretary-general.

Wu Gang, vice president of the China Nonferrous Metals Industry Association, spoke at the
opening session.

The association was founded in 1991 and has 240 member companies.
"""

COMPANY_REPORT = """Xiangnan Antimony names new general manager

CHANGSHA, Nov. 27 -- Hunan Xiangnan Antimony Co., Ltd. said its board met on Wednesday.
Peng Lihua was named general manager.
"""


def _posts(draft):
    return {e.label for e in draft.entities.values() if str(e.cls).endswith("#Post")}


def test_a_bare_appointment_in_a_report_on_an_association_is_a_post_in_it(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, CONGRESS, "r19-congress"))
    assert "Peng Lihua, Secretary-general, Hunan Nonferrous Metals Industry Association" \
        in posts
    assert not any(p.startswith("Peng Lihua") and "Antimony" in p for p in posts)


def test_a_bare_appointment_in_a_company_report_is_still_the_company_s(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, COMPANY_REPORT, "r19-company-report"))
    assert "Peng Lihua, General manager, Hunan Xiangnan Antimony Co., Ltd." in posts


def test_the_association_is_the_one_the_report_is_about(kg, tmp_path):
    draft = _draft(kg, tmp_path, CONGRESS, "r19-congress-founding")
    founded = {e.label for e in draft.entities.values() if e.label.startswith("Founding of")}
    assert founded == {"Founding of Hunan Nonferrous Metals Industry Association"}


LENDER = """Smelter's lender wins claim

The Intermediate People's Court in Wenshan ruled last November in favour of Fudian Bank's
Wenshan branch, which lent Dulong Mining 150 million yuan in 2021. The placement still needs
the China Securities Regulatory Commission's approval, the company said. Bank of Kunlun
is a creditor too.
"""


def test_banks_are_organisations_and_a_possessive_ends_a_name(kg, tmp_path):
    draft = _draft(kg, tmp_path, LENDER, "r19-bank")
    labels = {e.label for e in draft.entities.values()}
    assert {"Fudian Bank", "China Securities Regulatory Commission",
            "Bank of Kunlun"} <= labels, sorted(labels)
    assert "China Securities" not in labels


OBITUARY = """Obituary: Lin Guoqiang, builder of Hunan's first zinc electrolysis line, dies at 88

Lin Guoqiang, a former chief engineer of Hunan Shuikoushan Nonferrous Metals Co., Ltd., died in Hengyang on
12 September 2026 after a long illness. He was 88.

Lin joined the company in 1960 and led the team that built its first zinc electrolysis line in
1971. A memorial service will be held in Hengyang on Saturday.

(Hunan Daily, 16 September 2026)
"""


def test_a_date_opening_a_wrapped_line_is_no_header_and_the_source_line_dates_the_text(
        kg, tmp_path):
    draft = _draft(kg, tmp_path, OBITUARY, "r19-obituary")
    assert str(draft.date) == "2026-09-16"


PROFILE = """Profile: Chen Guoliang

Chen Guoliang is the chief engineer of Yunnan Gejiu Tin Smelting Co., Ltd.

He won the Yunnan Provincial Science and Technology Award in 2019 for a tin refining process.
"""

TWO_PEOPLE = """Two engineers honoured

Chen Guoliang met Wang Dahai at the plant in Gejiu.

He won the Yunnan Provincial Science and Technology Award in 2019 for a tin refining process.
"""


def _grants(draft):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o) for e in draft.entities.values() if str(e.cls).endswith("#AwardGrant")
            for p, o, *_ in e.statements if p == NFO.recipient}


def test_he_opening_a_sentence_is_the_person_named_before(kg, tmp_path):
    assert _grants(_draft(kg, tmp_path, PROFILE, "r19-profile")) == {"Chen Guoliang"}


def test_he_after_two_people_is_no_one(kg, tmp_path):
    assert not _grants(_draft(kg, tmp_path, TWO_PEOPLE, "r19-two-people"))
