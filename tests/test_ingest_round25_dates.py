"""Round 25, date expressions read and attached: a span of two years-and-months as career
outlines and tables print it ("1984.03 - 1990.11", "2027.01-2027.12": the first month until the
last), "last <weekday>" in a sentence that states other days (the weekday of the last week or
two, not a day weeks before that falls on that weekday), and a span of days across two months
told relative to the document's year ("from 3 March to 28 April next year")."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.events.weekday_dates import text_days
from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _values(ent, pred):
    return [str(o) for p, o, _, _ in ent.statements if _local(p) == _local(pred)]


def _read(text, year="2026", day="2026-12-07"):
    return [(d.value, d.until) for d in find_dates(text, year, True, day)]


def test_a_span_of_years_and_months_is_one_period():
    assert _read("  1984.03 - 1990.11   Fitter, rolling shop") == [("1984-03", "1990-11")]
    assert _read("| 2027.01-2027.12 | annual supply |") == [("2027-01", "2027-12")]
    assert _read("posted there from 2011/04 to 2015/09") == [("2011-04", "2015-09")]


def test_what_is_no_span_of_months_stays_apart():
    # two full days joined by a dash are two days, not two months
    assert _read("2026.03.02-2026.03.06") == [("2026-03-02", None), ("2026-03-06", None)]
    # a span that runs backwards is none
    assert ("2025-06", "2024-01") not in _read("2025.06-2024.01")
    assert all(u is None for _, u in _read("2025.06-2024.01"))
    # a number's parts ("No. 2025.3-2026.4") are no period
    assert all(u is None for _, u in _read("Permit No. 2025.3-2026.4 issued"))
    # a single month keying a line keeps its own reading
    assert _read("2002.11             Retired") == [("2002-11", None)]


def test_a_span_of_days_across_months_relative_to_the_year():
    assert _read("checks will run from 3 March to 28 April next year") == \
        [("2027-03-03", "2027-04-28")]
    assert _read("checks will run from March 3 to April 28 next year") == \
        [("2027-03-03", "2027-04-28")]
    # two days joined by "and" stay two days; a span within one month is as before
    assert all(u is None for _, u in _read("on 5 March and 7 April next year"))
    assert _read("from 20 to 22 April next year") == [("2027-04-20", "2027-04-22")]


def test_last_weekday_is_not_a_stated_day_weeks_before():
    text = ("Entries closed on 2 October. After a panel review on 19 and 20 November and a "
            "decision by the steering group last Thursday, five names are listed.")
    days = {text[d.start:d.end]: d.value for d in text_days(text, "2026", "2026-12-14")}
    assert days["Thursday"] == "2026-12-10"


def test_last_weekday_still_takes_the_day_its_sentence_states_nearby():
    text = "The kiln was stopped last Friday, 4 December, for relining."
    days = [(text[d.start:d.end], d.value) for d in text_days(text, "2026", "2026-12-09")]
    assert ("4 December", "2026-12-04") in days
    assert all(v == "2026-12-04" for _, v in days)


CAREER = """                         IN MEMORIAM

Comrade Tang Weiming, retired chief engineer of the Nanyue Copper Smelter,
died in Hengyang on 2 November 2026 at the age of 81.

His career in outline:

  1963.09 - 1967.07   Student of extractive metallurgy, Central South
                      University
  1967.08 - 1979.12   Technician, then head of the converter section,
                      Nanyue Copper Smelter

                                         Nanyue Copper Smelter
                                         4 November 2026
"""


@pytest.fixture(scope="module")
def career(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, CAREER, "r25-career")


def test_a_career_line_dated_by_a_span_has_its_end(career):
    study = [e for e in career.entities.values()
             if not e.known and "1963-09" in _values(e, NFO.startDate)]
    assert study, "the study line is dated by its span's first month"
    assert all(_values(e, NFO.endDate) == ["1967-07"] for e in study)
    # no date of the draft is the first year of a span read alone
    assert not any("1967" == v or "1979" == v for e in career.entities.values()
                   for v in _values(e, NFO.startDate))


def test_spans_of_months_read_in_linear_time():
    line = "  2001.03 - 2004.11   Fitter, rolling shop, Beishan Aluminium Plant\n"
    got = linear_cpu(lambda t: find_dates(t, "2026", True, "2026-12-07"), line * 4000,
                     "spans of months")
    assert got and got[0].until == "2004-11"


HANDBOOK = """Nanling Nonferrous Metals Society
Refresher Course for Young Flotation Engineers
(Second Session of 2027)

COURSE HANDBOOK                                   Printed 2027.03.02

Dates:      15 to 19 March 2027 (registration on Sunday, 14 March)
Venue:      Lecture Hall 2, Hengyang Mining College
Organiser:  Training Office of the society

1. PROGRAMME

  15 Mar   09:00  Opening of the course
  19 Mar   15:00  Examination and certificates
"""


@pytest.fixture(scope="module")
def handbook(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, HANDBOOK, "r25-handbook")


def test_a_dates_row_under_a_title_dates_the_event_it_names(handbook):
    titled = [e for e in handbook.entities.values() if not e.known
              and e.label.startswith(("Second Session of 2027", "Refresher Course"))]
    assert titled
    course = titled[0]
    assert "2027-03-15" in _values(course, NFO.plannedDate) + _values(course, NFO.startDate)
    assert _values(course, NFO.endDate) == ["2027-03-19"]
    # the row's key is no step of a schedule: no event is named "Dates"
    assert not [e for e in handbook.entities.values() if e.label == "Dates"]


NOTICE = """Qianbei Zinc Industry Co., Ltd.
                                       QZ Party [2026] No. 17

          NOTICE ON CHANGES OF CADRES

To all plants and departments:

The Party Committee decided on 2 November 2026 to make the changes below.

 No. Name          Appointed to                Removed from                Effective
 --- ------------  --------------------------  --------------------------  -----------
 1   Luo Minghui   Director, Roasting Plant    Deputy Director, Roasting   this notice
                                               Plant
 2   Tan Xiaofei   (none)                      Director, Leaching Plant    this notice
 3   Peng Yuzhu    Director, Anode Plant       Director, Casting Plant     5 Jan 2027
 --- ------------  --------------------------  --------------------------  -----------

Gao Ruilin, until now Deputy General Manager of Guizhou Qianyuan Mining Co., Ltd., is
appointed general manager of Qianbei Zinc Industry Co., Ltd. with effect from 1 February
2027. Shen Kaiwen, chief engineer of Qianbei Zinc Industry Co., Ltd., said the new furnace
would run from 1 March 2027.

Fu Changlin was the chairman of Guizhou Qianyuan Mining Co., Ltd. from May 2014 until
October 2022. He Jiaming, who is deputy general manager of Guizhou Qianyuan Mining Co.,
Ltd., said output from 2025 to 2027 would double.

                        Party Committee Office (seal)
                        6 November 2026
"""


@pytest.fixture(scope="module")
def notice(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, NOTICE, "r25-notice")


def _posts(draft, holder):
    return {p.label.split(", ", 1)[1]: p for p in draft.entities.values()
            if _local(p.cls) == "Post" and p.label.startswith(holder + ",")}


def test_a_row_s_effective_day_starts_or_ends_its_posts(notice):
    luo = _posts(notice, "Luo Minghui")
    assert _values(luo["Director, Roasting Plant"], NFO.startDate) == ["2026-11-06"]
    tan = _posts(notice, "Tan Xiaofei")
    assert _values(tan["Director, Leaching Plant"], NFO.endDate) == ["2026-11-06"]
    assert _values(tan["Director, Leaching Plant"], NFO.startDate) == []
    peng = _posts(notice, "Peng Yuzhu")
    anode = [p for p in peng.values() if p.label.endswith("Anode Plant")]
    assert anode and _values(anode[0], NFO.plannedDate) == ["2027-01-05"]
    assert _values(anode[0], NFO.startDate) == []
    # a removal still to come is not dated
    casting = [p for p in peng.values() if p.label.endswith("Casting Plant")]
    assert casting and not any(_values(casting[0], p) for p in (
        NFO.startDate, NFO.plannedDate, NFO.endDate))


def test_with_effect_from_dates_the_post_the_clause_appoints_to(notice):
    gao = _posts(notice, "Gao Ruilin")
    gm = [p for r, p in gao.items() if r.lower().startswith("general manager,")]
    assert gm and _values(gm[0], NFO.plannedDate) == ["2027-02-01"]
    # the post he held before ("until now Deputy General Manager") takes no day of it
    deputy = [p for r, p in gao.items() if r.lower().startswith("deputy general manager,")]
    assert all(not _values(p, NFO.plannedDate) and not _values(p, NFO.startDate)
               for p in deputy)
    # a day in a clause with no change of post dates no post
    for post in _posts(notice, "Shen Kaiwen").values():
        assert not any(_values(post, p) for p in (NFO.startDate, NFO.plannedDate, NFO.endDate))


def test_a_period_after_a_post_held_dates_it(notice):
    fu = _posts(notice, "Fu Changlin")
    chair = [p for r, p in fu.items() if r.lower().startswith("chairman,")]
    assert chair
    assert _values(chair[0], NFO.startDate) == ["2014-05"]
    assert _values(chair[0], NFO.endDate) == ["2022-10"]
    # a period of what the holder said is not the post's
    for post in _posts(notice, "He Jiaming").values():
        assert not any(_values(post, p) for p in (NFO.startDate, NFO.plannedDate, NFO.endDate))


OUTLINE = """                      IN MEMORIAM

Comrade Tang Weiming died in Hengyang on 2 November 2026 at the age of 81.

His career in outline:

  1963.09 - 1967.07   Student of metallurgy, Central South University
  1980.01 - 1992.06   Tang Weiming, director of the Nanyue Copper Smelter
  1992.07 - 1994.10   A second converter was built; Li Ming, manager of the Hengyang
                      Copper Works, came to see it

                                         Nanyue Copper Smelter
                                         4 November 2026
"""


@pytest.fixture(scope="module")
def outline(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, OUTLINE, "r25-outline")


def test_a_row_keyed_by_a_period_dates_the_post_it_opens_with(outline):
    tang = _posts(outline, "Tang Weiming")
    director = [p for r, p in tang.items() if r.lower().startswith("director,")]
    assert director
    assert _values(director[0], NFO.startDate) == ["1980-01"]
    assert _values(director[0], NFO.endDate) == ["1992-06"]
    # a post named in a later part of a row is not the row's period's
    for post in _posts(outline, "Li Ming").values():
        assert not _values(post, NFO.startDate) and not _values(post, NFO.endDate)


def test_a_term_of_a_year_sets_no_year_for_the_days_after_it():
    text = ("The contracts cover delivery from 1 January to 31 December 2027. Objections may "
            "be raised until 29 December.")
    got = _read(text, "2026", "2026-12-20")
    assert ("2027-01-01", "2027-12-31") in got
    assert ("2026-12-29", None) in got
    # the days of an event's short range still take its printed year
    text = "The forum runs 16-19 July 2027 in Xining. Registration opens on 16 July."
    assert ("2027-07-16", None) in _read(text, "2026", "2026-12-20")


POSSESSIVE = """Jinsha Municipal Talent Office

Under the implementing measures of the "Jinsha Craftsmen" programme, applications
for this year's round for the copper industry were accepted in September.

                                     Jinsha Municipal Talent Office
                                     14 December 2026
"""


def test_a_year_s_possessive_names_a_thing_and_dates_nothing(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, POSSESSIVE, "r25-possessive")
    programme = [e for e in draft.entities.values() if "Jinsha Craftsmen" in e.label]
    assert programme
    assert "2026" not in _values(programme[0], NFO.dateIssued)
    assert not [d for d in find_dates(POSSESSIVE, "2026") if d.value == "2025"]
