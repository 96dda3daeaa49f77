"""`kg ingest` round 12, names: names inside names and list layouts, read from short articles
written for these tests (own words; invented bodies, people and figures).

* An organisation named at the end of an event's name is a name of its own even when the line
  breaks inside it ("the Third Member Congress of the Hunan Tin Industry\\nAssociation", "the
  Annual Meeting of the Guizhou Manganese\\nSociety"); a government named at the end of its own
  working body's name is not ("General Office of the Hubei Provincial People's\\nGovernment").
* A numbered list item's number never joins the name that ends the line above ("... Department
  of Commerce\\n2. Deputy director: ...", "(3) Members", "4) Secretary"), while a wrapped name
  with no list number goes on across the line."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r12nm") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _labels(draft):
    return {e.label for e in draft.new()}


@pytest.fixture(scope="module")
def congresses(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-congresses", (
        "Tin producers meet in Changsha as new board takes office\n\n"
        "Changsha, May 28 -- On 27 May, the Third Member Congress of the Hunan Tin Industry\n"
        "Association was held at a hotel in Changsha, with 140 member units present.\n\n"
        "A week earlier the 2026 Annual Meeting of the Guizhou Manganese\n"
        "Society had closed in Tongren after two days of talks on electrolytic manganese.\n\n"
        "The General Office of the Hubei Provincial People's\n"
        "Government issued a notice on mine safety the same week.\n"))


@pytest.fixture(scope="module")
def officers(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-officers", (
        "Magnesium chamber names its officers\n\n"
        "The new officers of the chamber are:\n\n"
        "1. Chairman: Gao Ruiming, chairman of Shanxi Wenxi Magnesium Co., Ltd.\n"
        "2. Vice chairman: Tang Lifen, formerly an inspector of the Shanxi Provincial Department\n"
        "   of Commerce\n"
        "3. Secretary general: Kong Delu, deputy director of the Yuncheng Municipal Bureau of\n"
        "   Commerce\n"
        "(4) Members: Ren Baoshan and Sun Qiao\n\n"
        "The delegates thanked the Shanxi Non-ferrous Metals Industry\n"
        "Association for its help.\n"))


def test_an_association_named_inside_a_wrapped_congress_name(congresses):
    got = _labels(congresses)
    assert "Hunan Tin Industry Association" in got, sorted(got)
    assert "Guizhou Manganese Society" in got, sorted(got)


def test_the_inner_name_has_its_own_span(congresses):
    ent = next(e for e in congresses.new() if e.label == "Hunan Tin Industry Association")
    spans = {congresses.text[m.start:m.end] for m in ent.mentions}
    assert "Hunan Tin Industry\nAssociation" in spans, spans


def test_a_government_that_ends_its_own_office_s_name_is_no_name_of_its_own(congresses):
    got = _labels(congresses)
    assert "General Office of the Hubei Provincial People's Government" in got, sorted(got)
    assert "Hubei Provincial People's Government" not in got, sorted(got)


def test_a_list_number_never_ends_the_name_above_it(officers):
    got = _labels(officers)
    assert "Shanxi Provincial Department of Commerce" in got, sorted(got)
    assert "Yuncheng Municipal Bureau of Commerce" in got, sorted(got)
    assert not any(x.rstrip(").").endswith((" 3", " 4", " (4")) or x.endswith(" 2")
                   for x in got), sorted(got)


def test_a_wrapped_name_without_a_list_number_goes_on(officers):
    assert "Shanxi Non-ferrous Metals Industry Association" in _labels(officers)


# ---- names inside the names of events and documents, and what those names state ----------

@pytest.fixture(scope="module")
def inner(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-inner", (
        "Manganese and gallium briefs\n\n"
        "Tongren, March 3 -- The Tongren Manganese Association's 2026 Spring Forum opened on "
        "Monday at a hotel in Tongren, with 210 guests.\n\n"
        "Wuhan, April 9 -- The Notice of the Hubei Provincial Economic and Information Bureau on "
        "Gallium Recovery from Alumina Liquor was released on Tuesday.\n\n"
        "Jinchang, July 7 -- The 2026 Baiyin Zhongtian Group Cup welding contest ended on Sunday "
        "with 80 workers taking part.\n\n"
        "Beijing, July 9 -- A Press Conference on the Results of Guizhou Wuling Manganese Group "
        "was held on Thursday by the Guizhou Provincial Bureau of Statistics.\n"))


def _one(draft, label):
    got = [e for e in draft.entities.values() if e.label == label]
    assert len(got) == 1, (label, sorted(e.label for e in draft.entities.values()))
    return got[0]


def _objects(draft, ent, pred):
    return {draft.entities[o].label for p, o, _, _ in ent.statements
            if p == pred and o in draft.entities}


def test_the_owner_before_a_possessive_organises_the_forum(inner):
    from kg.model.namespaces import NFO
    assert "Tongren Manganese Association" in _labels(inner)
    forum = next(e for e in inner.new() if e.label.endswith("2026 Spring Forum"))
    assert "Tongren Manganese Association" in _objects(inner, forum, NFO.organizedBy)


def test_the_body_before_a_notice_s_subject_issues_it(inner):
    from kg.model.namespaces import NFO
    body = "Hubei Provincial Economic and Information Bureau"
    assert body in _labels(inner), sorted(_labels(inner))
    assert "Information Bureau" not in _labels(inner)        # "Economic and ..." is one name
    notice = next(e for e in inner.new() if e.label.startswith("Notice of the Hubei"))
    assert body in _objects(inner, notice, NFO.issuedBy)


def test_a_year_before_a_group_s_name_is_the_event_s(inner):
    got = _labels(inner)
    assert "Baiyin Zhongtian Group" in got, sorted(got)
    assert not any(x.startswith("2026 Baiyin") for x in got), sorted(got)


def test_a_company_after_on_in_an_event_s_name_does_not_organise_it(inner):
    from kg.model.namespaces import NFO
    for e in inner.new():
        if e.label.startswith("Press Conference"):
            assert not any("Wuling" in x for x in _objects(inner, e, NFO.organizedBy)), e.label


# ---- head words of whole families: hospitals, emergency headquarters, rivers, lakes, ports ----

@pytest.fixture(scope="module")
def heads(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-heads", (
        "Flood cuts power to smelters in western Guangxi\n\n"
        "Baise, July 3 -- Water levels on the Youjiang River rose four metres overnight, and six "
        "injured workers were taken to the Tiandong County People's Hospital, the Baise Flood "
        "Control Headquarters said on Friday.\n\n"
        "Alumina shipped through Qinzhou Port was delayed. Chaka Salt Lake Chemical Industry said "
        "its brine at the Dabusu Salt Lake was not affected, while Jinsha River Copper Co., Ltd. "
        "and buyers in the Pearl River Delta said deliveries would resume next week.\n"))


def test_rivers_lakes_and_ports_are_places(heads):
    got = {e.label: str(e.cls).rsplit("#", 1)[-1] for e in heads.new()}
    assert got.get("Youjiang River") == "Region", got
    assert got.get("Dabusu Salt Lake") == "Region", got
    assert got.get("Qinzhou Port") == "Site", got


def test_hospitals_and_emergency_headquarters_are_organisations(heads):
    got = {e.label: str(e.cls).rsplit("#", 1)[-1] for e in heads.new()}
    assert got.get("Tiandong County People's Hospital") == "Organization", got
    assert got.get("Baise Flood Control Headquarters") == "Organization", got


def test_a_feature_word_inside_a_longer_name_names_no_feature(heads):
    got = {e.label: str(e.cls).rsplit("#", 1)[-1] for e in heads.new()}
    assert "Chaka Salt Lake" not in got, got                   # "... Chemical Industry"
    assert "Jinsha River" not in got, got                      # "... Copper Co., Ltd."
    assert got.get("Jinsha River Copper Co., Ltd.") == "Company", got
    assert "Pearl River" not in got and got.get("Pearl River Delta") == "Region", got


def test_a_name_ends_before_a_weekday_or_a_year(kg, tmp_path_factory):
    draft = _article(kg, tmp_path_factory, "r12-days", (
        "Peru grants smelter permit\n\n"
        "Lima, May 3 -- The permit came from the Ministry of Energy and Mines on Tuesday, the "
        "company said. The smelter was licensed by the Arequipa Regional Bureau of Mining in "
        "2025. About 90 buyers met in Arequipa, Peru on Monday for the 2026 Andean Copper "
        "Cathode Summit.\n"))
    got = _labels(draft)
    assert "Ministry of Energy and Mines" in got, sorted(got)
    assert "Arequipa Regional Bureau of Mining" in got, sorted(got)
    assert not any(x.endswith(("Tuesday", "2025")) for x in got), sorted(got)
    assert "2026 Andean Copper Cathode Summit" in got, sorted(got)     # the phrase after the day


# ---- bodies set up for one task, printed in lower case, and who leads them ------------------

@pytest.fixture(scope="module")
def teams(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-teams", (
        "Gas blast at Guizhou antimony mine\n\n"
        "Qingzhen, Feb. 3 -- An on-site rescue headquarters was set up at the pit under Yang "
        "Dewei, vice governor of Guizhou, and an accident investigation team headed by Shi Lan "
        "will report within 60 days. The seven-member expert panel of the Qingzhen Antimony "
        "Index met on Friday.\n\n"
        "Guizhou Lianfa Antimony Co., Ltd. moved its headquarters to Guiyang last year. The "
        "rescue team members were thanked, and the working group's report is due under the "
        "plan.\n"))


def test_lower_case_task_bodies_are_organisations(teams):
    got = {e.label: e for e in teams.new()}
    for label in ("On-site rescue headquarters", "Accident investigation team",
                  "Expert panel of the Qingzhen Antimony Index"):
        assert label in got, sorted(got)
        assert str(got[label].cls).endswith("#Organization")


def test_a_head_office_or_a_modifier_is_no_task_body(teams):
    got = _labels(teams)
    assert not any(x.lower() in ("headquarters", "rescue team", "working group") for x in got), \
        sorted(got)


def test_the_person_a_task_body_works_under_leads_it(teams):
    from kg.model.namespaces import NFO
    hq = _one(teams, "On-site rescue headquarters")
    assert _objects(teams, hq, NFO.ledBy) == {"Yang Dewei"}
    team = _one(teams, "Accident investigation team")
    assert _objects(teams, team, NFO.ledBy) == {"Shi Lan"}


def test_a_date_between_two_names_belongs_to_neither(kg, tmp_path_factory):
    draft = _article(kg, tmp_path_factory, "r12-dates", (
        "Nickel permit cleared\n\n"
        "Kendari, June 3 -- PT Konawe Nickel Co., Ltd. received Permit No. 12/2027 in May.\n"
        "The Ministry of Environment and Forestry cleared the plant.\n"
        "Source: Metals Weekly, 2026-05-21\n"
        "Henan Luanchuan Molybdenum Group Co., Ltd. said output rose.\n"))
    got = _labels(draft)
    assert "Ministry of Environment and Forestry" in got, sorted(got)
    assert "Henan Luanchuan Molybdenum Group Co., Ltd." in got, sorted(got)
    assert not any(x[:4].isdigit() for x in got if "Molybdenum" in x), sorted(got)


def test_a_signature_block_names_one_body_a_line(kg, tmp_path_factory):
    draft = _article(kg, tmp_path_factory, "r12-signature", (
        "Joint notice on tungsten exports\n\n"
        "The two bodies issued the notice on tungsten exports.\n\n"
        "Hunan Provincial Department of Commerce\n"
        "Changsha Customs District Administration Office\n"
        "17 August 2026\n\n"
        "Delegates of the Hunan Provincial Department of Industry\n"
        "and Information Technology attended.\n"))
    got = _labels(draft)
    assert "Hunan Provincial Department of Commerce" in got, sorted(got)
    assert not any(x.startswith("Hunan Provincial Department of Commerce ") for x in got), \
        sorted(got)
    assert "Hunan Provincial Department of Industry and Information Technology" in got, \
        sorted(got)         # a name wrapped inside a sentence goes on
