"""`kg ingest` dates on fresh text (round 9): dates a sentence states for a set of things, for a
document by its position, and for plans. Articles are written here, in this file's own words,
each rule on several phrasings and one where it must not fire.

* A date stated for a plural set of standards ("approved 14 industry standards ..., dated
  March 3. They take effect on ...") goes to each standard listed after it.
* A date the text sets ahead ("will be implemented from May 1, 2027") is not the document's.
"""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import document_date
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

DATE_PREDS = (NFO.startDate, NFO.endDate, NFO.dateIssued, NFO.dateInForce, NFO.dateSigned,
              NFO.plannedDate)


def _ingest(kg, tmp_path, name, text, date=None):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), f"t-{name}", date=date)


def _dates(draft, label_part, pred=None):
    ents = [e for e in draft.entities.values() if not e.known and label_part in e.label]
    assert ents, sorted(e.label for e in draft.entities.values() if not e.known)
    ents = [e for e in ents if len(e.label) == min(len(x.label) for x in ents)]
    return {(str(p).rsplit("#", 1)[-1], str(o)) for e in ents for p, o, _, _ in e.statements
            if p in DATE_PREDS and (pred is None or p == pred)}


# --- a date stated for a set of standards ------------------------------------------------------

NUMBERED = """Ministry Approves Fourteen Standards for Light Metals

The Ministry of Industry and Information Technology has approved 14 industry
standards for light metals in its Announcement No. 8 of 2027, dated March 3.
They will be implemented from October 1, 2027. Two of them concern magnesium:

1) YS/T 2201-2027 "Magnesium Alloy Ingots for Die Casting",
   replacing YS/T 495-2012;
2) YS/T 2207-2027 "High-Purity Magnesium Powder".

The powder standard sets a purity of 99.95%.
"""

BULLETED = """Three Tin Standards Released

Source: Tin World | 2028-02-09

The Standardization Administration of China released the three national standards below on February 6, 2028, and all of them take effect on September 1, 2028:
- GB/T 51102-2028 "Tin Solder Powder";
- GB/T 51107-2028 "Tin Anode Plates";
- GB/T 51110-2028 "Stannous Sulfate".
Makers of solder welcomed the new grades.
"""

BOTH = """Two Zinc Standards Issued

Zinc Weekly, June 12, 2027

Both standards, YS/T 2310-2027 "Zinc Oxide for Rubber" and YS/T 2311-2027 "Zinc Dust for Paint", were issued by the ministry on June 2, 2027. They come into force on December 1, 2027.
"""

# one standard dated, another named in the next paragraph: no set, no shared date
SINGLE = """Copper Standard Issued

Copper News, May 20, 2027

The ministry issued YS/T 2400-2027 "Copper Foil for Batteries" on May 18, 2027.

Another draft, YS/T 2409-2027 "Copper Wire Rod", is still under review.
"""


def test_a_numbered_list_takes_the_dates_stated_for_the_set(kg, tmp_path):
    d = _ingest(kg, tmp_path, "numbered", NUMBERED)
    for number in ("YS/T 2201-2027", "YS/T 2207-2027"):
        assert _dates(d, number) == {("dateIssued", "2027-03-03"), ("dateInForce", "2027-10-01")}
    # the replaced standard is listed, but is not one of the set
    assert not _dates(d, "YS/T 495-2012")


def test_a_bulleted_list_after_the_sentence_takes_its_dates(kg, tmp_path):
    d = _ingest(kg, tmp_path, "bulleted", BULLETED)
    for number in ("GB/T 51102-2028", "GB/T 51107-2028", "GB/T 51110-2028"):
        assert _dates(d, number) == {("dateIssued", "2028-02-06"), ("dateInForce", "2028-09-01")}


def test_both_standards_and_they_in_the_next_sentence(kg, tmp_path):
    d = _ingest(kg, tmp_path, "both", BOTH)
    for number in ("YS/T 2310-2027", "YS/T 2311-2027"):
        assert _dates(d, number) == {("dateIssued", "2027-06-02"), ("dateInForce", "2027-12-01")}


def test_a_standard_outside_the_set_takes_none_of_its_dates(kg, tmp_path):
    d = _ingest(kg, tmp_path, "single", SINGLE)
    assert _dates(d, "YS/T 2400-2027") == {("dateIssued", "2027-05-18")}
    assert not _dates(d, "YS/T 2409-2027")


# --- the document's date -------------------------------------------------------------------------

def test_a_date_set_ahead_is_not_the_documents_date():
    text = ("Nickel Rules Approved\n\nThe ministry approved the rules in its Announcement No. 4 "
            "of 2027, dated April 2. They will be implemented from July 1, 2027.\n")
    assert document_date(text) is None
    text2 = ("Nickel Rules Approved\n\nThe rules take effect on July 1, 2027; the ministry "
             "approved them on April 2, 2027.\n")
    assert document_date(text2).value == "2027-04-02"
    # a date in running text that is not set ahead is still the fallback
    text3 = "Nickel Rules Approved\n\nThe ministry approved the rules on April 2, 2027.\n"
    assert document_date(text3).value == "2027-04-02"


# --- a ceremony labelled by the headline takes the lead's day ---------------------------------

GROUND = """Work Begins on 2.1 Billion Yuan Lithium Refinery in Yichun

Yichun, May 8 -- Construction of the Yichun 40,000-Tonne Lithium Hydroxide Project started on the 6th in the Yuanzhou Industrial Park. The project is built by Jiangxi Ganfeng Lithium Co., Ltd.

Liu Qiang, vice mayor of Yichun, presided over the groundbreaking ceremony. The first line is expected to run in 2028.
"""

FRIDAY = """Construction Starts on Copper Smelter in Chifeng

  CHIFENG, June 2, 2027 (Xinhua) -- Building work on a copper smelter of
Chifeng Jintong Copper Co., Ltd. began last Friday, the company said. The
smelter will treat 400,000 tonnes of concentrate a year and will cost about
3 billion yuan, most of it raised from banks in Inner Mongolia.
  Wang Hai, chairman of the company, spoke at the ceremony. He said that the
plant would use oxygen-enriched bath smelting and recover sulfuric acid.
"""


def _ceremony_dates(draft):
    evs = [e for e in draft.entities.values() if not e.known and "eremony" in e.label]
    assert evs, sorted(e.label for e in draft.entities.values() if not e.known)
    return {str(o) for e in evs for p, o, _, _ in e.statements if p == NFO.startDate}


def test_a_ceremony_named_by_its_noun_takes_the_day_of_the_lead(kg, tmp_path):
    assert _ceremony_dates(_ingest(kg, tmp_path, "ground", GROUND, date="2027-05-08")) == {
        "2027-05-06"}
    # "last Friday" before Wednesday, June 2, 2027
    assert _ceremony_dates(_ingest(kg, tmp_path, "friday", FRIDAY)) == {"2027-05-28"}

# a ceremony the text dates itself keeps its own day
OWN_DAY = """Work Starts on Zinc Smelter in Hechi

Hechi, August 5, 2027 -- Construction of the Hechi 100,000-Tonne Zinc Smelter began on the 4th.

The groundbreaking ceremony was held on August 2 in the rain, the company said.
"""


def test_a_ceremony_dated_in_its_own_sentence_keeps_that_day(kg, tmp_path):
    assert _ceremony_dates(_ingest(kg, tmp_path, "own-day", OWN_DAY)) == {"2027-08-02"}


# --- milestones a plan sets ahead ------------------------------------------------------------

PLANS = """Cobalt Refinery Expands in Ganzhou

Ganzhou, April 3, 2027 -- Ganzhou Tengfei Cobalt Co., Ltd. began building its second refinery on the 2nd. The leaching line is scheduled to be commissioned in October 2028 and the solvent extraction line by the end of March 2029. The company also said its 20,000-tonne cathode plant will be put into production in 2030.

The mine in Huichang is expected to ship its first concentrate in May 2028, and the tailings dam to be completed before the end of that year.
"""

# done, not planned: no planned milestone
DONE = """Cobalt Line Commissioned in Ganzhou

Ganzhou, April 3, 2027 -- The leaching line of Ganzhou Tengfei Cobalt Co., Ltd. was commissioned on April 1, 2027, and the company expects higher output this year.
"""


def _planned(draft):
    return {(e.label, str(o)) for e in draft.entities.values()
            if e.rule == "event:planned-milestone" for p, o, _, _ in e.statements
            if p == NFO.plannedDate}      # (round 10: a step still to come has a planned date)


def test_planned_milestones_with_their_dates_as_printed(kg, tmp_path):
    got = _planned(_ingest(kg, tmp_path, "plans", PLANS))
    assert got == {("Commissioning of the leaching line", "2028-10"),
                   ("Commissioning of the solvent extraction line", "2029-03"),
                   ("Start of production of its 20,000-tonne cathode plant", "2030"),
                   ("First concentrate of the mine in Huichang", "2028-05"),
                   ("Completion of the tailings dam", "2028")}, got


def test_a_step_already_taken_is_no_planned_milestone(kg, tmp_path):
    assert not _planned(_ingest(kg, tmp_path, "done", DONE))


# --- a notice that is the text itself, dated by its signature -----------------------------------

SIGNED = """Stock code: 601999    Stock abbreviation: Hexin Tin    Announcement No.: 2027-015

Yunnan Hexin Tin Co., Ltd. Announcement on the Purchase of a Tin Smelter in Gejiu

The board of directors of Yunnan Hexin Tin Co., Ltd. approved the purchase of the Gejiu tin smelter of Gejiu Jinhu Metals Co., Ltd. for 310 million yuan. The smelter produced 8,000 tonnes of refined tin last year. The purchase still needs the approval of the shareholders' meeting.

The purchase is not a related-party transaction and does not make up a major asset restructuring.

Board of Directors of Yunnan Hexin Tin Co., Ltd.
March 3, 2027
"""

SIGNED_NOTICE = """Notice of the Hezhou Municipal Bureau of Natural Resources on the Rectification of Rare Earth Mines

All county bureaus shall check the rare earth mines in their areas and report the results to this bureau. Mines without a valid licence shall stop work at once, and the county bureaus shall seal their equipment and report the names of the owners.

This notice takes effect on the day it is issued.

Hezhou Municipal Bureau of Natural Resources
12 May 2027
"""

# the notice is named in the body of a signed letter, not as its title: no signature date for it
SIGNED_LETTER = """Letter to Tin Smelters in Gejiu

The Gejiu Municipal Bureau of Industry reminds all tin smelters of the Notice on Safety Checks of Tin Smelters, which asks each smelter to check its furnaces and its dust collectors and to report any fault it finds to the bureau within ten days of the check.

Smelters that have already checked need not report again.

Gejiu Municipal Bureau of Industry
June 20, 2027
"""


def _signed(draft):
    return {(e.label, str(o)) for e in draft.entities.values() for p, o, _, rule in e.statements
            if rule == "date:signature"}


def test_a_titled_notice_is_issued_on_its_signature_date(kg, tmp_path):
    got = _signed(_ingest(kg, tmp_path, "signed", SIGNED))
    assert {v for _, v in got} == {"2027-03-03"} and all("Announcement" in x for x, _ in got), got
    got = _signed(_ingest(kg, tmp_path, "signed-notice", SIGNED_NOTICE))
    assert {v for _, v in got} == {"2027-05-12"} and all("Notice" in x for x, _ in got), got


def test_a_notice_named_in_the_body_takes_no_signature_date(kg, tmp_path):
    assert not _signed(_ingest(kg, tmp_path, "signed-letter", SIGNED_LETTER))


# --- a founding event takes the day the organisation was founded ------------------------------

FOUNDED = """Lithium Recycling Alliance Founded in Yichun

Jiangxi Metals Daily, 2027-04-22

The China Lithium Battery Recycling Industry Alliance was founded on April 20 in Yichun, Jiangxi Province. Its 28 members include Ganfeng Lithium Group Co., Ltd. and Central South University.

The founding assembly then elected Ganfeng Lithium Group Co., Ltd. as the chairman unit.
"""

ESTABLISHED_AFTER = """Magnesium Alloy Association Holds Founding Congress

Shanxi Daily, 2027-06-09

At its founding congress, the Shanxi Magnesium Alloy Industry Association adopted its articles and elected its council. The association was formally established on June 8 in Taiyuan with 41 member companies.
"""

# the founding is dated, but the meeting is another one: no founding event, no date given
NOT_FOUNDING = """Lithium Recycling Alliance to Hold Forum in Yichun

Jiangxi Metals Daily, 2027-09-22

The China Lithium Battery Recycling Industry Alliance, which was founded on April 20, held its second council meeting in Yichun. The council also agreed to hold the China Lithium Recycling Forum in Yichun, with Central South University as co-organiser.
"""


def _founding(draft):
    return {str(o) for e in draft.entities.values() for p, o, _, rule in e.statements
            if rule == "date:founded-on"}


def test_a_founding_event_takes_the_founding_day(kg, tmp_path):
    assert _founding(_ingest(kg, tmp_path, "founded", FOUNDED)) == {"2027-04-20"}
    assert _founding(_ingest(kg, tmp_path, "established-after", ESTABLISHED_AFTER)) == {
        "2027-06-08"}


def test_another_meeting_does_not_take_the_founding_day(kg, tmp_path):
    assert not _founding(_ingest(kg, tmp_path, "not-founding", NOT_FOUNDING))


def test_a_headline_of_what_is_to_come_takes_no_past_day_of_the_lead(kg, tmp_path):
    d = _ingest(kg, tmp_path, "not-founding", NOT_FOUNDING)
    assert not _dates(d, "to Hold Forum")
    d = _ingest(kg, tmp_path, "to-come", TO_COME)
    # (round 10: a summit still to come has a planned date, not a date reached)
    assert _dates(d, "to Hold Summit") == {("plannedDate", "2027-05-20")}


TO_COME = """Tin Association to Hold Summit in Gejiu

Gejiu Daily, 2027-05-02

The Gejiu Tin Industry Association, set up on March 3, 2019, will hold its summit on May 20 in Gejiu, Yunnan Province.
"""


# --- a day of an event named before --------------------------------------------------------------

EVENT_DAYS = """Tungsten Fair Opens in Ganzhou

Source: Ganzhou Daily | 2027-11-04 09:10

Ganzhou, Nov. 4 -- The 2027 China Tungsten Industry Fair opened on Wednesday at the Ganzhou Exhibition Center and runs until November 6.

At a signing ceremony on the first day, Jiangxi Yaosheng Tungsten Co., Ltd. signed a supply agreement with Xiamen Golden Egret Special Alloy Co., Ltd.

On the closing day, Chongyi Zhangyuan Tungsten Co., Ltd. signed a cooperation agreement with Jiangxi University of Science and Technology.

The fair's organisers hold a members' meeting on the first day of each month.
"""


def test_on_the_first_and_closing_day_of_an_event_named_before(kg, tmp_path):
    d = _ingest(kg, tmp_path, "event-days", EVENT_DAYS)
    got = {(e.label.split(" of ")[0], str(o)) for e in d.entities.values()
           for p, o, _, rule in e.statements if rule == "date:day-of-event"}
    # the fair opened on Wednesday, November 3 (the day before the Thursday it was filed)
    assert ("Supply agreement", "2027-11-03") in got, got
    assert ("Cooperation agreement", "2027-11-06") in got, got
    assert all(v in ("2027-11-03", "2027-11-06") for _, v in got), got


PLANNED_PROJECT = """Zinc Smelter Approved in Hechi

Hechi Daily, 2027-08-02

The Hechi 120,000-Tonne Zinc Smelting Project of Guangxi Hechi Zinc Co., Ltd. was approved on July 30. The project is expected to be put into operation in June 2029.
"""


def test_a_planned_step_is_not_the_day_a_project_started(kg, tmp_path):
    d = _ingest(kg, tmp_path, "planned-project", PLANNED_PROJECT)
    assert ("startDate", "2029-06") not in _dates(d, "Zinc Smelting Project")
    assert ("Start of production of the project", "2029-06") in _planned(d)


# --- a day of last year in a text of the new year; a dateline with its province ----------------

NEW_YEAR = """Tin Smelter Restarts in Gejiu

GEJIU, Yunnan, Jan. 9 (Reporter Wu Bo) -- Yunnan Tin Group Co., Ltd. restarted its second smelting furnace on Jan. 7, 2028, after a month of repairs.

The company signed a concentrate supply agreement with Myanmar Man Maw Mining Co., Ltd. on Dec. 28. The Gejiu Tin Forum was held on 30 December in Gejiu. The 2028 Tin Industry Summit opens on January 20 in Kunming, and the group will hold its annual meeting on December 18.
"""


def test_a_month_and_day_long_after_the_document_date_is_of_the_year_before(kg, tmp_path):
    d = _ingest(kg, tmp_path, "new-year", NEW_YEAR)
    assert str(d.date) == "2028-01-09"          # the dateline, with the province after the city
    assert _dates(d, "supply agreement", NFO.dateSigned) == {("dateSigned", "2027-12-28")}
    assert _dates(d, "Gejiu Tin Forum") == {("startDate", "2027-12-30")}
    # a day a few weeks ahead, and a day in a clause about the future, stay in the text's year
    assert _dates(d, "Tin Industry Summit") == {("plannedDate", "2028-01-20")}    # (to come)
    values = {str(o) for e in d.entities.values() for _, o, _, _ in e.statements}
    assert "2027-12-18" not in values


# --- a policy released at an event takes the event's day ----------------------------------------

RELEASED_AT = """Vanadium Conference Held in Chengde

Hebei Metals News  2027-06-18

The 2027 China Vanadium Battery Conference was held June 15-17 in Chengde, Hebei Province. The Hebei Provincial Department of Industry and Information Technology released the Hebei Vanadium Battery Industry Action Plan (2027-2030) at the opening session, and the China Vanadium Alliance unveiled the Vanadium Electrolyte Quality Guidelines at its closing ceremony.

The Chengde Vanadium Titanium Industry Plan, released last year, is being revised.
"""


def test_a_policy_released_at_an_event_takes_its_day(kg, tmp_path):
    d = _ingest(kg, tmp_path, "released-at", RELEASED_AT)
    assert _dates(d, "Vanadium Battery Industry Action Plan") == {("dateIssued", "2027-06-15")}
    assert _dates(d, "Vanadium Electrolyte Quality Guidelines") == {("dateIssued", "2027-06-17")}
    # a plan not said to be released at it takes none of its days (nor its span of years)
    assert not {v for _, v in _dates(d, "Vanadium Titanium Industry Plan")} & {
        "2027-06-15", "2027-06-17", "2027-06"}


# --- "The meeting closed on ...": the last day of the event named before ------------------------

CLOSED_LATER = """Antimony Forum in Lengshuijiang

Hunan Metals Daily, 2027-05-18

The 2027 China Antimony Industry Forum opened on May 15 in Lengshuijiang, Hunan Province. About 300 guests attended. The two-day forum ended on the 16th.

The Xikuangshan Antimony Technology Seminar opened on May 16 at the same venue. This seminar concluded on Monday.

The exhibition closed on May 17.
"""


def test_the_event_named_before_closed_on_a_later_day(kg, tmp_path):
    d = _ingest(kg, tmp_path, "closed-later", CLOSED_LATER)
    assert _dates(d, "Antimony Industry Forum") == {("startDate", "2027-05-15"),
                                                  ("endDate", "2027-05-16")}
    # Monday before Tuesday, May 18, 2027 is May 17
    assert _dates(d, "Antimony Technology Seminar") == {("startDate", "2027-05-16"),
                                                       ("endDate", "2027-05-17")}


# --- an agreement named only in the headline ----------------------------------------------------

HEADLINE_DEAL = """Baiyin and Lanzhou University Sign Memorandum; Zinc Supply Agreement Signed

Gansu Daily, 2027-04-14

On April 12, Baiyin Nonferrous Group Co., Ltd. and Lanzhou University signed a memorandum of understanding on a joint institute for zinc recycling. Two days earlier, on April 10, the group signed a zinc concentrate supply agreement with Gansu Jinhui Mining Co., Ltd., and on April 11 a smelting contract with Gansu Huating Smelting Co., Ltd.
"""


def test_a_headline_agreement_takes_the_day_its_kind_was_signed_in_the_body(kg, tmp_path):
    d = _ingest(kg, tmp_path, "headline-deal", HEADLINE_DEAL)
    # the headline's memorandum (its own entity, or merged into the body's): one in the body,
    # signed on April 12
    # (not the news item's report, labelled by the headline: events/news_items, round 60)
    heads = [e for e in d.entities.values() if not e.known and "emorandum" in e.label
             and any(m.end <= 80 for m in e.mentions) and e.cls != NFO.Report]
    assert heads, sorted(e.label for e in d.entities.values())
    for e in heads:
        assert {str(o) for p, o, _, _ in e.statements if p == NFO.dateSigned} == {"2027-04-12"}


# --- figures a body released on a day -------------------------------------------------------------

DATA_RELEASED = """Tin Imports Fall in March

Metal Trade Daily, 2027-04-22

China imported 18,400 tonnes of tin concentrate in March, down 11%, according to data released by the General Administration of Customs (GAC) on April 20. Refined tin output rose 4%, according to figures that the China Nonferrous Metals Industry Association published on April 18.

The province's tin output was 9,100 tonnes, according to statistics released by the Yunnan Provincial Bureau of Statistics on April 19.

Traders said the data showed weak demand, and figures for April will come out in May.
"""


def test_figures_released_by_a_body_on_a_day_are_its_report(kg, tmp_path):
    d = _ingest(kg, tmp_path, "data-released", DATA_RELEASED)
    got = {(e.label, str(o)) for e in d.entities.values() if e.rule == "report:data-released"
           for p, o, _, _ in e.statements if p == NFO.dateIssued}
    assert ("Data released by General Administration of Customs", "2027-04-20") in got, got
    assert any(v == "2027-04-18" and "China Nonferrous Metals Industry Association" in x
               for x, v in got), got
    assert any(v == "2027-04-19" and "Yunnan Provincial Bureau of Statistics" in x
               for x, v in got), got
    assert len(got) == 3, got       # "the data showed", "figures for April": no body, no day
