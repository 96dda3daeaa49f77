"""`kg ingest` attacked a fifty-first time (round 50), with short texts written for this file:
people whose family name also ends a site's name ("Emily Park", "Oliver Hall") or whose given
name is a place's ("Jordan"), a chief officer whose title no list holds, a tender's table of
bidders and prices (at a text's foot, under a tender's heading), a letter signed "name / role /
company" on three lines, a thing that "has run since" a year told in a relative clause under a
dateline's dash, an obituary whose years run back, companies listed under a lead that says
what they did, a department named in a "Head of" role, and a mine and a plant of one sentence
told apart by "and that". A fault's test is marked ``fault(...)`` (strict xfail) while it is not
fixed; the fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, linear_cpu, posts, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile51-x"):
    return draft_of(kg, text, doc_id, "hostile51.txt")


# --- 1. a family name that also ends a site's name ---------------------------------------------
def test_a_given_name_and_park_before_a_role_is_a_person(snapshot_kg):
    """"Emily Park, a geologist at X Ltd, said": a Site "Emily Park" was drafted and no person
    ("Park" ends a site's name, and the role readers refused a name holding a head word)."""
    draft = _draft(snapshot_kg, "Drilling\n\nPERTH, 8 Feb 2029 -- Emily Park, a geologist at "
                                "Wodgina Lithium Ltd, said drilling had found more spodumene.\n")
    assert "Emily Park" in _new(draft, "Person"), _new(draft)
    assert "Emily Park" not in _new(draft, "Site"), _new(draft)
    assert ("Emily Park", "Geologist", "Wodgina Lithium Ltd") in posts(draft), posts(draft)


def test_a_given_name_and_hall_before_a_chiefs_title_holds_the_post(snapshot_kg):
    draft = _draft(snapshot_kg, "Prices\n\nPERTH, 8 Feb 2029 -- Oliver Hall, chief executive of "
                                "Wodgina Lithium Ltd, said prices had fallen.\n")
    assert "Oliver Hall" in _new(draft, "Person"), _new(draft)
    assert not {x for x in _new(draft, "Site") if "Hall" in x}, _new(draft)
    assert ("Oliver Hall", "Chief executive", "Wodgina Lithium Ltd") in posts(draft), posts(draft)


def test_a_park_named_after_a_person_with_no_role_is_still_a_park(snapshot_kg):
    """The guard: "Albert Park hosted the race" has no role after it: a site."""
    draft = _draft(snapshot_kg, "Grand Prix\n\nMELBOURNE, 8 Mar 2029 -- Albert Park hosted the "
                                "race on Sunday.\n")
    assert "Albert Park" in _new(draft, "Site"), _new(draft)
    assert "Albert Park" not in _new(draft, "Person"), _new(draft)


# --- 2. a chief officer whose title no list holds ----------------------------------------------
def test_a_chief_officer_not_listed_is_named_whole(snapshot_kg):
    """"Jane Ford, chief purchasing officer of X Company": the post was named "Chief" (the one
    listed role the words began with)."""
    draft = _draft(snapshot_kg, "Cars\n\nDETROIT, 8 Feb 2029 -- Jane Ford, chief purchasing "
                                "officer of Great Lakes Motor Company, said the carmaker signed "
                                "a nickel supply deal on Tuesday.\n")
    assert ("Jane Ford", "Chief purchasing officer", "Great Lakes Motor Company") in \
        posts(draft), posts(draft)


def test_two_roles_joined_by_and_are_no_chief_officer_frame(snapshot_kg):
    draft = _draft(snapshot_kg, "Exit\n\nPERTH, 8 Feb 2029 -- Oliver Hall, the chief executive "
                                "and chief financial officer of Wodgina Lithium Ltd, resigned.\n")
    assert not {p for p in posts(draft) if " and " in (p[1] or "")}, posts(draft)


# --- 3. a tender's table at a text's foot --------------------------------------------------------
_TENDER = ("=====================================\n"
           "   COPPER CONCENTRATE TENDER RESULTS\n"
           "=====================================\n"
           "Bidder                     Price (USD/t)\n"
           "Kestrel Metals AG  1,250\n"
           "Halcyon Trading Pte Ltd          1,240\n")


def test_a_bidders_row_at_a_texts_foot_issues_nothing(snapshot_kg):
    """A bidder's row, its price after a wide gap, the text's last line: the bidder was made
    the issuer of the results (read as a signature: an organisation alone on one of the last
    lines, a short cell beside it)."""
    draft = _draft(snapshot_kg, _TENDER)
    assert "Halcyon Trading Pte Ltd" in _new(draft, "Company"), _new(draft)
    assert not {(s, o) for s, o in _values(draft, "issuedBy") if o == "Halcyon Trading Pte Ltd"}, \
        _values(draft, "issuedBy")


def test_a_figure_at_a_rows_end_joins_no_two_rows_names(snapshot_kg):
    """"Kestrel Metals AG  1,250" over "Halcyon Trading Pte Ltd ...": one Company "Kestrel
    Metals AG 1,250 Halcyon Trading Pte Ltd" (a number was a word of a name, and a line break
    a gap inside one)."""
    draft = _draft(snapshot_kg, _TENDER)
    assert {"Kestrel Metals AG", "Halcyon Trading Pte Ltd"} <= _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if "1,250" in x}, _new(draft)


def test_a_figure_over_a_wrapped_legal_form_is_no_company(snapshot_kg):
    """A producer's name wrapped in its cell, its legal form on the next line under the last
    column's figure: a Company "250,000 Co., Ltd." was drafted once a figure no longer joined
    the next line (the legal form's wrap was read after the figure)."""
    draft = _draft(snapshot_kg, "Registered Brands\n\n  Brand     Producer                   "
                                "Capacity (t/a)\n  ---------  -------------------------  "
                                "--------------\n  KX-ZN      Kestrel Zinc Smelting           "
                                "250,000\n             Co., Ltd.\n\nThe brand may be delivered "
                                "from 1 June 2029.\n")
    assert not {x for x in _new(draft) if x.startswith("250,000")}, _new(draft)


def test_a_signature_with_its_date_beside_it_still_issues(snapshot_kg):
    draft = _draft(snapshot_kg, "Progress Bulletin No. 4\n\nWork on the No. 2 furnace went "
                                "ahead as planned in April.\n\nKaroo Magnesium Co., Ltd.       "
                                "2029.05.05\n")
    assert ("Bulletin No. 4", "Karoo Magnesium Co., Ltd.") in _values(draft, "issuedBy"), \
        _values(draft, "issuedBy")


# --- 4. a thing that has run since a year, told in a relative clause ---------------------------
def test_a_relative_clauses_thing_is_the_one_that_started(snapshot_kg):
    """"JAKARTA, 3 Feb 2030 -- The company operates the X mine, which it has run since 1968":
    the milestone was "Start of operation of JAKARTA, 3 February 2030 -- The company operates
    the X mine, which it" (the clause was read back past the dateline's dash, and the relative
    clause's antecedent was not cut out of the clause before it)."""
    draft = _draft(snapshot_kg, "Plans\n\nJAKARTA, 3 February 2030 -- The company operates the "
                                "Lakuta mine, which it has run since 1968.\n")
    dates = label_dates(draft, "Start of operation")
    assert dates == {"Start of operation of Lakuta mine": {"startDate": "1968"}}, dates


def test_a_relative_clause_after_a_bought_object(snapshot_kg):
    draft = _draft(snapshot_kg, "Plans\n\nJAKARTA, 3 February 2030 -- Sulawesi Nikel Ltd "
                                "bought the Lakuta smelter, which has operated since 2019.\n")
    dates = label_dates(draft, "Start of operation")
    assert dates == {"Start of operation of Lakuta smelter": {"startDate": "2019"}}, dates


def test_a_subject_under_a_datelines_dash_is_no_more_than_its_words(snapshot_kg):
    draft = _draft(snapshot_kg, "Plans\n\nJAKARTA, 3 February 2030 -- The Lakuta mine, which has "
                                "been in operation since 1968, will expand.\n")
    dates = label_dates(draft, "Start of operation")
    assert dates == {"Start of operation of Lakuta mine": {"startDate": "1968"}}, dates


# --- 5. a signature's role on a line of its own ----------------------------------------------
def _letter(role: str) -> str:
    return ("Letter\n\nWe write on behalf of Glenmore Cobalt Ltd regarding the supply contract "
            f"signed on 4 April 2028.\n\nYours sincerely,\n\nHelen Ashdown\n{role}\n"
            "Glenmore Cobalt Ltd\n")


def test_a_signers_role_line_is_no_word_of_her_companys_name(snapshot_kg):
    """"Helen Ashdown" / "General Counsel" / "Glenmore Cobalt Ltd": a Company "General Counsel
    Glenmore Cobalt Ltd" was drafted, made a party of the contract and the letter's issuer (a
    name read over the line break took the role's line for its first words)."""
    for role in ("General Counsel", "Managing Director", "Company Secretary"):
        draft = _draft(snapshot_kg, _letter(role))
        assert "Glenmore Cobalt Ltd" in _new(draft, "Company"), (role, _new(draft))
        assert not {x for x in _new(draft) if x.startswith(role)}, (role, _new(draft))


def test_a_company_named_after_a_role_word_on_one_line_keeps_it(snapshot_kg):
    draft = _draft(snapshot_kg, "Notice\n\nKIGALI, 3 May 2029 -- Rwanda Director Mining Ltd said "
                                "on Monday it had shipped tin ore.\n")
    assert "Rwanda Director Mining Ltd" in _new(draft, "Company"), _new(draft)


# --- 6. linear time ----------------------------------------------------------------------------
def _repeated(n: int) -> str:
    rows = "".join(f"Emily Park, a geologist at Wodgina Lithium {i} Ltd, said the company "
                   f"operates the Lakuta {i} mine, which it has run since 1968.\n"
                   for i in range(n))
    table = "".join(f"Halcyon Trading {i} Pte Ltd          1,{i % 1000:03d}\n" for i in range(n))
    return "Notes\n\nJAKARTA, 3 February 2030 -- Drilling went on.\n\n" + rows + "\n" + table


def test_the_new_readings_repeated_a_thousand_times_stay_linear(snapshot_kg):
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _repeated(1000), "round 50",
                       quarter=_repeated(250))
    assert "Emily Park" in _new(draft, "Person")


# --- 7. faults found and left --------------------------------------------------------------------
def test_a_tenders_rows_of_bidders_are_no_procured_project(snapshot_kg):
    """Fixed in round 51: 'TENDER RESULTS' over rows of bidders and prices: a Project 'Kestrel
    Metals AG 1,250 Halcyon Trading Pte Ltd 1,240' is drafted as what was procured
    (names/tender_subjects reads the block under a tender's heading as its subject)."""
    draft = _draft(snapshot_kg, "TENDER RESULTS\n\nKestrel Metals AG  1,250\nHalcyon Trading "
                                "Pte Ltd  1,240\n")
    assert not {x for x in _new(draft) if "1,240" in x}, _new(draft)


@fault("'X said that Jordan Hale will become chief financial officer': no person and no post "
       "('Jordan', 'Sydney', 'Chad' are left out of data/given-names.txt as places; the post "
       "rules need a person the name rules found)")
def test_a_given_name_that_is_a_place_before_an_appointment(snapshot_kg):
    draft = _draft(snapshot_kg, "Appointments\n\nPERTH, 8 Feb 2029 -- Wodgina Lithium Ltd said "
                                "on Monday that Jordan Hale will become chief financial "
                                "officer.\n")
    assert "Jordan Hale" in _new(draft, "Person"), _new(draft)


@fault("An obituary with no dateline, 'A (1941-2029)' over 'A, who founded X in 1972 and led it "
       "until 1998, died on 2 March': the death is dated 1972-03-02 (a month and day with no "
       "year take the body's latest year not ahead, and the lifespan's range and a bound "
       "'until 1998' count for none)")
def test_an_obituarys_death_is_not_dated_in_the_founding_year(snapshot_kg):
    draft = _draft(snapshot_kg, "Obituary\n\nDAVID PRICE (1941-2029)\n\nDavid Price, who founded "
                                "Westralian Nickel Ltd in 1972 and led it until 1998, died on "
                                "2 March in Perth. He was 87.\n")
    days = {v for d in label_dates(draft, "").values() for v in d.values()}
    assert "1972-03-02" not in days, label_dates(draft, "")


@fault("'Chile's Codelco and China Minmetals Corp. formed a joint venture': one Company "
       "'Codelco and China Minmetals Corp.' (a one-word name before 'and' is read as the first "
       "words of the legal-formed name after it)")
def test_a_one_word_company_and_a_corporation_are_two(snapshot_kg):
    draft = _draft(snapshot_kg, "Venture\n\nSANTIAGO, 5 May 2029 -- Chile's Codelco and China "
                                "Minmetals Corp. formed a joint venture in 2019.\n")
    assert not {x for x in _new(draft) if x.startswith("Codelco and")}, _new(draft)


def test_companies_listed_under_a_signing_lead_are_the_parties(snapshot_kg):
    """Fixed in round 51: 'The following companies signed the cooperation agreement:' over a
    list of two companies: the agreement has no party (its parties are the list's items, after
    the colon; the relation rules read a sentence, and the items are the document's rows)."""
    draft = _draft(snapshot_kg, "Notice\n\nSHANGHAI, 5 May 2029 -- The following companies "
                                "signed the cooperation agreement:\n- Zhuzhou Lead Smelting Co., "
                                "Ltd.\n- Hengyang Zinc Group Co., Ltd.\n")
    parties = {o for _, o in _values(draft, "party")}
    assert {"Zhuzhou Lead Smelting Co., Ltd.", "Hengyang Zinc Group Co., Ltd."} <= parties, \
        _values(draft, "party")


def test_a_mine_and_a_plant_of_two_reported_clauses_are_not_one_in_the_other(snapshot_kg):
    """Fixed in round 51: 'its X mine was flooded last month and that the Y plant restarted last
    week': the mine is said to lie in the plant (cooccur:same-sentence reads a site of the
    sentence as the project's place, across the 'and that' of two reported clauses)."""
    draft = _draft(snapshot_kg, "Results\n\nLONDON, 15 January 2030 -- Steppe Copper Ltd said on "
                                "Wednesday that its Aktas mine was flooded last month and that "
                                "the Balta plant restarted last week.\n")
    assert not {(s, o) for s, o in _values(draft, "locatedIn") if o == "Balta plant"}, \
        _values(draft, "locatedIn")


def test_a_department_in_a_head_of_role_is_no_company(snapshot_kg):
    """Fixed in round 51: 'Investors: Anna Novak, Head of Investor Relations, Kestrel Nickel
    Ltd': a Company 'Investor Relations' is drafted (company-slot) and holds her post (the
    department a 'Head of' role names is read as the body after it)."""
    draft = _draft(snapshot_kg, "Contacts\n\nFor further information:\n\nInvestors: Anna Novak, "
                                "Head of Investor Relations, Kestrel Nickel Ltd\n")
    assert "Investor Relations" not in _new(draft, "Company"), _new(draft)
    assert {p for p in posts(draft) if p[0] == "Anna Novak" and p[2] == "Kestrel Nickel Ltd"}, \
        posts(draft)
