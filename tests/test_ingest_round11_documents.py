"""`kg ingest` round 11: documents a text names by their kind, their issuers and dates, on short
articles written for these tests (own words; invented companies, bodies and figures).

* (events/decisions.py) "In a final determination published on 6 March, the Ministry of X set
  ...": a document of the body after the opening phrase, dated by its participle; "The
  determination said" later is the same one. "X released a notice on ... on Monday. The notice
  takes effect on April 1": the notice of X, its day of issue (the Monday before the dateline)
  and its day in force. "said in its annual report, dated February 20": the report of the
  sentence's organisation, dated by ", dated". "The prospectus, dated Oct. 28": a company's
  filing with no issuer in its clause is the article's company's; "according to the
  prospectus" is the same document. "an administrative penalty decision against Y": issued by
  the subject, applying to Y; "A rectification plan drawn up by the company": "the company"
  stands for the company named before.
* (relations/document_issuers.py) "under NDRC Announcement No. 7 of 2027": the body named
  right before the document's name issued it; an announcement that heads the text and is signed
  at its end ("Board of Directors of X" over the date) was issued by X.
* (events/years.py) a yearless dateline ("SANTIAGO, Nov. 3") in a text that reports a whole
  year's figure in the past ("output rose to 210,000 tonnes in 2026") writes from the year
  after; a year on a hard-wrapped line after "is due to start in" is one set ahead.
* (relations/document_metals.py) a document whose sentences name no metal, in an article about
  one metal (named most; else the only one of the headline), concerns it (a guess, 0.5).
* (names/phrases.py) "published its annual report on Monday": "on Monday" says when, it is no
  part of the report's name.
* (events/lead_dates.py) the one undated happening of an article takes the one day of the past
  its lead paragraph states ("A fire broke out ... on the 7th ... the company said on Tuesday");
  none with two happenings, two days, or a day set ahead. (events/date_attach.py) a date in
  reported speech after the name ("told the forum that prices rose over 2025") is not its day.
Negative: "will release its interim report in August" (none yet), "In order to", "The ruling
party", "The decision board" (another noun), "the report said" with no verb of issuing, and
"shareholders approved the annual report" (approving is not issuing)."""
from __future__ import annotations

import pytest

from kg.ingest.events.years import body_year, document_year
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "document:issued-noun"

TRADE = """Ministry sets duties on imported molybdenum wire

Beijing, 9 March 2027 -- In a final determination published on 6 March, the Ministry of
Commerce set anti-dumping duties of 12% to 31% on molybdenum wire from two countries. The
determination said domestic makers had lost market share since 2024.

Separately, the General Administration of Customs released a notice on tariff codes for
tungsten scrap on Monday. The notice takes effect on April 1.

The Hunan Nonferrous Metals Industry Association said in its annual report, dated February
20, that antimony output in the province fell by 4%. The report said prices had recovered.
In order to keep its members informed, the association holds a monthly briefing.
"""

LISTING = """Cordillera Copper files prospectus for Santiago listing

SANTIAGO, Nov. 3 (Reuters) - Cordillera Copper Holdings S.A., a Chilean miner, has filed
for an initial public offering on the Santiago Stock Exchange. The prospectus, dated Oct.
28, was posted on the exchange's website on Friday.

Copper output rose to 210,000 tonnes in 2026, according to the prospectus. The company plans
to spend the money on a concentrator at its Vallenar mine, which is due to start in the
second half of 2029.

Cordillera Copper Holdings S.A. will release its interim report in August. The ruling party
in the region supports the listing. Shareholders approved the annual report in May.
"""

PENALTY = """Guangxi bureau fines zinc smelter over waste acid

Nanning, June 12, 2027 -- The Guangxi Zhuang Autonomous Region Department of Ecology and
Environment has issued an administrative penalty decision against
Hechi Baisha Zinc Co., Ltd. over a waste acid leak. A rectification plan drawn up by the
company was approved by the department on June 2.

Under the decision, the smelter must rebuild its acid tanks by September. The decision board
at the site lists the rules. The plant makes about 100,000 tonnes of zinc a year.
"""

SIGNED = """Stock code: 601999        Stock abbreviation: Lingnan Tin        Announcement No.: 2027-031

Lingnan Tin Industry Co., Ltd.
Announcement on the Suspension of the No. 2 Tin Smelting Furnace

The board of directors of the company guarantees that this announcement contains no false
records. The No. 2 furnace will stop for repairs from July 1 to July 20, 2027, under
NDRC Announcement No. 7 of 2027 on furnace safety checks. Output of refined tin will fall by
about 900 tonnes.

It is hereby announced.

Board of Directors of Lingnan Tin Industry Co., Ltd.
25 June 2027
"""


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r11documents") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def trade(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-doc-trade", TRADE)


@pytest.fixture(scope="module")
def listing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-doc-listing", LISTING)


@pytest.fixture(scope="module")
def penalty(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-doc-penalty", PENALTY)


@pytest.fixture(scope="module")
def signed(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-doc-signed", SIGNED)


def _docs(draft):
    return {e.label: e for e in draft.entities.values() if e.rule == RULE}


def _values(draft, ent, pred):
    out = set()
    for p, o, _, _ in ent.statements:
        if p == pred:
            out.add(draft.entities[o].label if o in draft.entities else str(o))
    return out


def _said(draft, ent):
    return [" ".join(draft.text[m.start:m.end].split()) for m in ent.mentions]


def test_a_determination_named_in_an_opening_phrase(trade):
    det = _docs(trade)["Final determination of Ministry of Commerce"]
    assert det.cls == NFO.PolicyDocument and det.confidence <= 0.5
    assert "final determination" in det.aliases
    assert _values(trade, det, NFO.dateIssued) == {"2027-03-06"}
    assert _said(trade, det) == ["final determination", "determination"]


def test_a_notice_released_by_the_subject_and_its_day_in_force(trade):
    notice = _docs(trade)["Notice of General Administration of Customs"]
    assert notice.cls == NFO.Notice
    assert _values(trade, notice, NFO.issuedBy) == {"General Administration of Customs"}
    assert _values(trade, notice, NFO.dateIssued) == {"2027-03-08"}     # the Monday before
    assert _values(trade, notice, NFO.dateInForce) == {"2027-04-01"}


def test_an_annual_report_of_the_sentence_organisation_dated_by_its_participle(trade):
    report = _docs(trade)["Annual report of Hunan Nonferrous Metals Industry Association"]
    assert report.cls == NFO.Report
    assert _values(trade, report, NFO.dateIssued) == {"2027-02-20"}
    # "The report said": the same report, no second one
    assert _said(trade, report) == ["annual report", "report"]
    assert len(_docs(trade)) == 3       # ("In order to ...": no order)


def test_a_prospectus_of_the_article_company(listing):
    docs = _docs(listing)
    assert list(docs) == ["Prospectus of Cordillera Copper Holdings S.A."]
    prospectus = docs["Prospectus of Cordillera Copper Holdings S.A."]
    assert _values(listing, prospectus, NFO.issuedBy) == {"Cordillera Copper Holdings S.A."}
    assert _values(listing, prospectus, NFO.dateIssued) == {"2027-10-28"}
    assert len(prospectus.mentions) == 3    # headline's "files ChiNext prospectus" is not one
    # none for the interim report still to come, "The ruling party", an approved annual report
    assert not [e for e in listing.entities.values() if e.rule == RULE and e is not prospectus]


def test_a_yearless_dateline_after_a_whole_year_told_in_the_past(listing):
    assert str(listing.date) == "2027-11-03"
    assert document_year(LISTING, None) == "2027"
    # (without the figure: 2026 is the latest year it states)
    assert document_year(LISTING.replace("Copper output rose to 210,000 tonnes in 2026, a",
                                         "A"), None) is None


def test_a_year_on_a_hard_wrapped_line_is_set_ahead():
    text = ("Rotterdam, May 4 -- The smelter made 80,000 tonnes in 2025 at its old plant.\n"
            "A new line being built is to produce zinc\nfrom the second quarter of 2028.\n")
    assert body_year(text) == "2025"
    assert body_year(text.replace(" is to produce zinc\nfrom", " produced zinc\nfrom")) == "2028"


def test_a_penalty_decision_and_a_plan_drawn_up_by_the_company(penalty):
    docs = _docs(penalty)
    decision = docs["Administrative penalty decision on Hechi Baisha Zinc Co., Ltd."]
    assert _values(penalty, decision, NFO.issuedBy) == {
        "Guangxi Zhuang Autonomous Region Department of Ecology and Environment"}
    assert _values(penalty, decision, NFO.appliesTo) >= {"Hechi Baisha Zinc Co., Ltd."}
    # "Under the decision" is it; "The decision board" is another thing
    assert _said(penalty, decision) == ["administrative penalty decision", "decision"]
    # no metal in its sentences: the one metal of the headline, which the body names too
    assert _values(penalty, decision, NFO.concernsMetal) == {"Zinc"}
    plan = docs["Rectification plan of Hechi Baisha Zinc Co., Ltd."]
    assert plan.cls == NFO.Plan
    assert _values(penalty, plan, NFO.issuedBy) == {"Hechi Baisha Zinc Co., Ltd."}
    assert len(docs) == 2


def test_issuers_from_the_name_and_from_the_signature(signed):
    notices = {e.label: e for e in signed.entities.values()
               if not e.known and e.cls == NFO.Notice}
    own = next(e for label, e in notices.items() if label.startswith("Announcement on the"))
    assert _values(signed, own, NFO.issuedBy) == {"Lingnan Tin Industry Co., Ltd."}
    assert any(r == "document:signed-by" for p, _, _, r in own.statements if p == NFO.issuedBy)
    numbered = next(e for label, e in notices.items() if "No. 7 of 2027" in label)
    assert _values(signed, numbered, NFO.issuedBy) == {"National Development and Reform Commission"}


COBALT = """Cobalt refiner told to fix emissions

Lubumbashi, May 20, 2027 -- The provincial environment agency has issued a rectification
notice to Katanga Cobalt Refining SARL, which makes cobalt hydroxide and cobalt sulphate. The
company said its cobalt output would not be affected. Cobalt prices rose by 3% in May, and
traders expect cobalt supply to stay tight; cobalt stocks at the port fell.

Katanga Cobalt Refining SARL published its annual report on Monday.
"""


@pytest.fixture(scope="module")
def cobalt(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-doc-cobalt", COBALT)


def test_a_document_with_no_metal_of_its_own_takes_the_article_metal(cobalt):
    report = _docs(cobalt)["Annual report of Katanga Cobalt Refining SARL"]
    assert _values(cobalt, report, NFO.concernsMetal) == {"Cobalt"}
    assert any(r == "context:article-metal@0.5" for p, _, _, r in report.statements
               if p == NFO.concernsMetal)
    assert _values(cobalt, report, NFO.dateIssued) == {"2027-05-17"}     # the Monday before


def _event(text, phrase, cls="Event"):
    from kg.ingest.model import Entity, Span
    at = text.index(phrase)
    ent = Entity("urn:x:" + phrase, NFO[cls], phrase, False, "test", 0.5)
    ent.mentions.append(Span(at, at + len(phrase)))
    return (at, at + len(phrase), ent)


def _lead_dated(text, *named):
    from kg.ingest.events.lead_dates import lead_dates
    from kg.ingest.reading.dates import find_dates
    rows = [_event(text, p, c) for p, c in named]
    dates = find_dates(text, "2027", extended=True, doc_date="2027-09-09")
    lead_dates(text, dates, rows, lambda e: "event", lambda d: d.start < 60)
    return {e.label: [str(st[1]) for st in e.statements if st[0] == NFO.startDate]
            for _, _, e in rows}


FIRE = ("Fire halts output at Andean copper smelter\n\n"
        "ANTOFAGASTA, Sept. 9 (Reuters) - A fire broke out in the converter aisle of a copper "
        "smelter run by Altiplano Metals S.A. on the 7th, forcing the plant to halt output, the "
        "company said on Tuesday. No one was hurt.\n\n"
        "The smelter can treat 400,000 tonnes of concentrate a year. The company said an "
        "inquiry into the blaze had begun and that repairs would take two weeks.\n")


def test_the_lead_day_dates_the_one_undated_happening():
    assert _lead_dated(FIRE, ("the blaze", "Event")) == {"the blaze": ["2027-09-07"]}
    # a meeting beside it is dated where it is named: the happening still takes the lead's day
    both = _lead_dated(FIRE, ("the blaze", "Event"), ("two weeks", "Meeting"))
    assert both == {"the blaze": ["2027-09-07"], "two weeks": []}
    # two happenings: which one, the text does not say
    assert _lead_dated(FIRE, ("the blaze", "Event"), ("inquiry", "Event")) == {
        "the blaze": [], "inquiry": []}
    # a lead with two days, or only a day set ahead: none
    two = FIRE.replace("on the 7th,", "on the 7th and again on the 8th,")
    assert _lead_dated(two, ("the blaze", "Event")) == {"the blaze": []}
    ahead = FIRE.replace("broke out in", "will be put out in").replace("on the 7th", "by Sept. 20")
    assert _lead_dated(ahead, ("the blaze", "Event")) == {"the blaze": []}


def test_a_date_in_reported_speech_is_not_the_event_day():
    from kg.ingest.events.date_attach import _reported
    text = "Li Wei told the forum that prices rose by 40% over 2025 and that demand grew."
    e = text.index("forum") + len("forum")
    assert _reported(text, 0, e, text.index("2025"))
    text2 = "The forum that opened on May 5 drew 300 guests."
    assert not _reported(text2, 0, text2.index("forum") + 5, text2.index("May"))


PLANS = """State Council approves plan for rare earth recycling

Beijing, 12 July 2027 -- The State Council has approved an action plan for the recycling of
rare earth magnets, the Ministry of Industry and Information Technology said on Monday. Under
the plan, recycled supply should reach 30% of demand by 2030.

The ministry also published a draft national standard on recycled neodymium oxide for public
comment. The Standardization Administration of China released the national standard for
gallium arsenide wafers on 2 July. The notice period for the merger ends in September.
"""


@pytest.fixture(scope="module")
def plans(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-doc-plans", PLANS)


def test_a_headline_noun_and_a_document_of_another_subject(plans):
    docs = _docs(plans)
    # the headline's bare "approves plan" is no second plan; "Under the plan" is the action plan
    plan = docs["Action plan of State Council"]
    assert _said(plans, plan) == ["action plan", "plan"]
    assert not [label for label in docs if label.startswith("Plan")]
    # "the national standard for gallium arsenide wafers" is not the draft standard named before
    draft_std = docs["Draft national standard of Ministry of Industry and Information Technology"]
    other = docs["National standard of Standardization Administration of China"]
    assert _said(plans, draft_std) == ["draft national standard"]
    assert _values(plans, other, NFO.dateIssued) == {"2027-07-02"}
    assert len(docs) == 3       # ("The notice period": no notice)


def test_a_verb_after_to_or_a_modal_is_no_name():
    from kg.ingest.names.phrases import lower_names
    text = ("The province sold 2 billion yuan of green bonds to fund low-carbon projects in "
            "Fujian. Local bureaus shall report progress by 30 November 2026. The city will build "
            "demonstration projects for tungsten recycling.")
    labels = {c.label for c in lower_names(text)}
    assert not [x for x in labels if x.lower().startswith(("fund ", "local bureaus"))]
    assert "demonstration projects for tungsten recycling" in labels


def test_a_weekday_is_the_day_its_sentence_states():
    from kg.ingest.events.weekday_dates import weekdays
    from kg.ingest.reading.dates import find_dates

    def days(text):
        dates = find_dates(text, "2026", extended=True, doc_date="2026-10-28")
        return {text[d.start:d.end]: d.value for d in weekdays(text, "2026-10-28", dates)}
    text = ("The fair closed on Saturday after three days, from 22 to 24 October. It had opened "
            "with a forum on Thursday.")
    assert days(text) == {"Saturday": "2026-10-24", "Thursday": "2026-10-22"}
    # a stated day of another weekday: the last such weekday before the document's date
    assert days(text.replace("Saturday", "Friday")) == {"Friday": "2026-10-23",
                                                        "Thursday": "2026-10-22"}


MINES = """Flooding halts work at Guangxi tin mine

Nanning, 9 December 2026 -- Water burst into a tunnel at the Gaofeng tin mine project of
Guangxi Huaxi Group Co., Ltd. in Nandan County on Tuesday morning, trapping eleven miners. A
fire at the Hechi zinc smelter project broke out on 2 December.

Officials visited the Dachang copper project on 5 December.

Construction of the Lihu tungsten project began on 1 March 2026.
"""


@pytest.fixture(scope="module")
def mines(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-doc-mines", MINES)


def test_a_day_something_happens_at_a_project_is_not_its_start(mines):
    starts = {e.label: _values(mines, e, NFO.startDate) for e in mines.entities.values()
              if e.cls == NFO.Project and not e.known}
    for name in ("Gaofeng tin mine project", "Hechi zinc smelter project",
                 "Dachang copper project"):
        assert not starts.get(name), (name, starts)
    assert "2026-03-01" in starts["Lihu tungsten project"]     # a verb of its start
