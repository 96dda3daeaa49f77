"""Round 35, events and policies the drafts of new genres missed: a step set ahead whose clause
names a noun's year before its own date ("will audit a share of the 2026 rebates in April
2027": the year of the rebates is no date of the clause), a step a plan makes with "make" and
the noun of a check ("will make a joint check of the sites next month"); a list a thing is
put on is a catalogue; a check, a review or an examination a note names with its date and no
article ("(on-site check on 24 November)", "re-acceptance in the second quarter of 2027", "a
free review between 4 and 8 January") is an event of its own, dated; a public fund money comes
from or goes to, named in lower case by two words of its own ("from the provincial mine
safety fund", "into a township road fund"), is an initiative no signatory list signs."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of

NOTICE = """Notice on the Tin Rebates

Lakeside Provincial Tax Service, 14 December 2026

The Audit Division will audit a share of the 2026 rebates together with the provincial
finance office in April 2027.

The county works bureau will make a joint check of the four yards in February 2027.

Units shall file their 2026 tin sales with the county office by 31 March 2027.
"""


def _planned(draft) -> dict:
    """label -> planned dates of the draft's steps set ahead."""
    return {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#plannedDate")}
            for e in draft.entities.values() if e.rule == "event:future-step"}


@pytest.fixture(scope="module")
def steps(kg):
    return _planned(draft_of(kg, NOTICE, "r35-steps"))


def test_a_noun_s_year_does_not_cut_a_step_off_its_plan_word(steps):
    hits = [k for k in steps if "audit a share of the 2026 rebates" in k]
    assert len(hits) == 1, sorted(steps)
    assert steps[hits[0]] == {"2027-04"}


def test_make_with_the_noun_of_a_check_is_a_step(kg):
    draft = draft_of(kg, NOTICE, "r35-steps")
    planned = {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#plannedDate")}
               for e in draft.entities.values() if e.role or str(e.cls).endswith("#Event")}
    hits = [k for k in planned if "joint check of the four yards" in k.lower()]
    assert len(hits) == 1, sorted(planned)
    assert planned[hits[0]] == {"2027-02"}


def test_a_deadline_with_a_noun_s_year_is_left_to_the_deadlines(steps):
    assert not [k for k in steps if "tin sales" in k], sorted(steps)


LISTS = """Tin Smelters Put on County Lists

Ridgeway, 14 December 2026 -- Two tin smelters of Ridgeway County are on the Ridgeway County
People's Government's 2027 list of key industrial projects. Hillcrest Tin Co., Ltd. will stay on
the list of seriously late taxpayers for one year from 2 December 2026. Both are also on the
Ridgeway Tin Research Center's supplier list. The smelters are on the provincial list as well,
and each is on the company's list of approved haulers. The Trade Office of Westland added nine
firms to its Trade Watch List on 3 December 2026.
"""


@pytest.fixture(scope="module")
def lists(kg):
    return draft_of(kg, LISTS, "r35-lists")


def _catalogues(draft) -> dict:
    """label -> (aliases, issuers, dates) of the draft's lists put on (rule document:member-list)."""
    return {e.label: (set(e.aliases),
                      {str(o).rsplit("/", 1)[-1] for p, o, _, _ in e.statements
                       if str(p).endswith("#issuedBy")},
                      {str(o) for p, o, _, _ in e.statements if str(p).endswith("#dateIssued")})
            for e in draft.new() if str(e.cls).endswith("#Catalogue")}


def test_a_list_a_thing_is_on_is_a_catalogue_its_owner_issued(lists):
    got = _catalogues(lists)
    key = "Ridgeway County People's Government's 2027 list of key industrial projects"
    assert key in got, sorted(got)
    aliases, issuers, dates = got[key]
    assert "2027 list of key industrial projects" in aliases
    assert issuers == {"ridgeway-county-peoples-government"}
    assert not dates
    supplier = [k for k in got if k.startswith("Supplier list of")]
    assert len(supplier) == 1 and got[supplier[0]][1], sorted(got)


def test_a_list_s_day_of_inclusion_is_not_its_day_of_issue(lists):
    got = _catalogues(lists)
    assert got["List of seriously late taxpayers"][2] == set()


def test_a_list_that_says_not_which_or_a_company_s_is_none(lists):
    got = _catalogues(lists)
    assert not [k for k in got if "provincial list" in k.lower() or "haulers" in k], sorted(got)


def test_a_list_named_in_capitals_does_not_take_the_day_of_the_clause(lists):
    got = _catalogues(lists)
    assert "Trade Watch List" in got, sorted(got)
    dated = [e for e in lists.entities.values() if e.role and "nine firms" in e.label.lower()]
    assert len(dated) == 1
    assert {str(o) for p, o, _, _ in dated[0].statements
            if str(p).endswith("#startDate")} == {"2026-12-03"}


CHECKS = """Tin Rebate List

Lakeside Provincial Tax Service, 11 December 2026

[1] Lakeside Tin Co., Ltd.
    Entitled from  1 December 2026 (on-site check on 24 November)

[2] Ridge Tungsten Mine
    Result: not passed; re-acceptance in the second quarter of 2027.

Workers with abnormal results will be called in for a free review between 4 and 8 January.
Traders follow the ABC tin concentrate assessment this week.
"""


@pytest.fixture(scope="module")
def checks(kg):
    return draft_of(kg, CHECKS, "r35-checks")


def _events(draft) -> dict:
    """label -> {date predicate: value} of the draft's events named by a common noun."""
    return {e.label: {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                      if str(p).endswith(("#startDate", "#plannedDate", "#endDate"))}
            for e in draft.entities.values() if e.rule == "event:bare-noun"}


def test_a_bare_check_with_its_date_is_an_event(checks):
    got = _events(checks)
    hit = [k for k in got if k.startswith("On-site check")]
    assert len(hit) == 1, sorted(got)
    assert got[hit[0]] == {"startDate": "2026-11-24"}


def test_a_bare_re_acceptance_with_a_quarter_is_planned(checks):
    got = _events(checks)
    hit = [k for k in got if k.startswith("Re-acceptance")]
    assert len(hit) == 1, sorted(got)
    assert got[hit[0]] == {"plannedDate": "2027"}


def test_a_review_between_two_days_is_dated_by_both(checks):
    got = _events(checks)
    hit = [k for k in got if k.startswith("Free review")]
    assert len(hit) == 1, sorted(got)
    assert got[hit[0]] == {"plannedDate": "2027-01-04", "endDate": "2027-01-08"}


def test_a_noun_phrase_s_last_word_is_no_bare_check(checks):
    assert not [k for k in _events(checks) if "assessment" in k.lower()]


FUNDS = """Tin Mine Acceptance Results

Lakeside, 11 December 2026

Advanced mines receive 2 million yuan from the provincial mine safety fund. The company pays
1 million yuan each year into a township road maintenance fund. The city would add 200 million
yuan to its loan guarantee compensation pool next year. Money also came from the provincial fund
and from a special fund.
"""


def test_a_public_fund_money_comes_from_or_goes_to_is_an_initiative(kg):
    draft = draft_of(kg, FUNDS, "r35-funds")
    got = {e.label for e in draft.new() if str(e.cls).endswith("#Initiative")}
    assert {"Provincial mine safety fund", "Township road maintenance fund",
            "Loan guarantee compensation pool"} <= got, sorted(got)
    assert not [x for x in got if x.lower() in ("provincial fund", "special fund")], sorted(got)


SIGNED = """Tin Credit Meeting

Lakeside, 11 December 2026

The city would add 200 million yuan to its loan guarantee compensation pool next year.
The signing companies are:
1. Lakeside Tin Co., Ltd.;
2. Ridge Tungsten Co., Ltd.
"""


def test_a_fund_is_signed_by_no_signatory_list(kg):
    draft = draft_of(kg, SIGNED, "r35-signed")
    fund = [e for e in draft.new() if e.label == "Loan guarantee compensation pool"]
    assert len(fund) == 1
    assert not [o for p, o, _, _ in fund[0].statements if str(p).endswith("#party")]
