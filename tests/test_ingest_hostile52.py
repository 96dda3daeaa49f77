"""`kg ingest` attacked a fifty-second time (round 51), with short texts written for this file:
a role's department named after its "of" ("Head of Corporate Affairs, X Ltd"), two reported
clauses joined by "and that" (a mine of one and a refinery of the other), a planned step after
", and that it will", a bid award notice whose lead line ends in a colon over rows of bidders
and prices, the parties of an agreement listed under its lead line, and the command run with an output
path under a file and a file name with spaces and quotes. A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the
fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, linear_cpu, posts, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile52-x"):
    return draft_of(kg, text, doc_id, "hostile52.txt")


# --- 1. a role's department after its "of" -------------------------------------------------------
_CONTACTS = ("Media contacts\n\nPress: Tom Reyes, Head of Corporate Affairs, Halcyon Nickel Ltd\n"
             "Analysts: Mia Stone, Vice President of Investor Relations at Halcyon Nickel Ltd\n")


def test_a_department_after_a_roles_of_is_no_company(snapshot_kg):
    """"Tom Reyes, Head of Corporate Affairs, Halcyon Nickel Ltd": a Company "Corporate
    Affairs" was drafted (the words after "<role> of" read as a company's name), and "Vice
    President of Investor Relations at X" made "Investor Relations" the body of the post."""
    draft = _draft(snapshot_kg, _CONTACTS)
    assert not {"Corporate Affairs", "Investor Relations"} & _new(draft), _new(draft)
    assert "Halcyon Nickel Ltd" in _new(draft, "Company"), _new(draft)


def test_a_roles_department_is_part_of_the_post(snapshot_kg):
    draft = _draft(snapshot_kg, _CONTACTS)
    got = posts(draft)
    assert ("Tom Reyes", "Head of Corporate Affairs", "Halcyon Nickel Ltd") in got, got
    assert ("Mia Stone", "Vice President of Investor Relations", "Halcyon Nickel Ltd") in got, got


def test_a_listed_role_with_its_own_of_names_no_company(snapshot_kg):
    """"Head of Investor Relations" is a role of the list whole: what follows its "of" is part
    of it."""
    draft = _draft(snapshot_kg, "Contacts\n\nInvestors: Ivan Petrov, Head of Investor Relations, "
                                "Tasman Bauxite Ltd\n")
    assert "Investor Relations" not in _new(draft), _new(draft)
    assert ("Ivan Petrov", "Head of Investor Relations", "Tasman Bauxite Ltd") in posts(draft), \
        posts(draft)


def test_a_company_after_a_chairmans_of_is_still_a_company(snapshot_kg):
    """The guard: a name after "chairman of" that ends in no department's word is the body."""
    draft = _draft(snapshot_kg, "Board\n\nPERTH, 8 Feb 2029 -- Tom Reyes, chairman of Halcyon "
                                "Nickel Ltd, said prices rose.\n")
    assert ("Tom Reyes", "Chairman", "Halcyon Nickel Ltd") in posts(draft), posts(draft)


# --- 2. two reported clauses joined by "and that" -----------------------------------------------
def test_a_mine_and_a_refinery_of_two_reported_clauses_are_apart(snapshot_kg):
    """"said that its Korra mine had resumed haulage and that the Weipa refinery was shut": the
    mine was said to lie in the refinery (cooccur:same-sentence across the joint)."""
    draft = _draft(snapshot_kg, "Haulage\n\nBRISBANE, 9 March 2029 -- Tasman Bauxite Ltd said on "
                                "Friday that its Korra mine had resumed haulage and that the "
                                "Weipa refinery was shut for repairs.\n")
    assert "Korra mine" in _new(draft), _new(draft)
    assert not {(s, o) for s, o in _values(draft, "locatedIn") if o == "Weipa refinery"}, \
        _values(draft, "locatedIn")


def test_a_mine_in_a_state_of_one_clause_is_still_there(snapshot_kg):
    draft = _draft(snapshot_kg, "Haulage\n\nBRISBANE, 9 March 2029 -- Tasman Bauxite Ltd said its "
                                "Korra mine in Queensland had resumed haulage.\n")
    assert ("Korra mine", "Queensland") in _values(draft, "locatedIn"), _values(draft, "locatedIn")


# --- 3. a planned step after ", and that it will" -----------------------------------------------
def test_a_step_after_and_that_has_no_that_in_its_label(snapshot_kg):
    """"..., and that it will open a second berth on 1 July": the milestone was labelled "That
    it will open a second berth" (the "and" was left out of the clause, its "that" not)."""
    draft = _draft(snapshot_kg, "Output\n\nBRISBANE, 9 March 2029 -- Tasman Bauxite Ltd said its "
                                "March shipments hit a record, and that it will open a second "
                                "berth on 1 July.\n")
    dates = label_dates(draft, "")
    assert dates.get("It will open a second berth") == {"plannedDate": "2029-07-01"}, dates
    assert not {x for x in dates if x.lower().startswith("that ")}, dates


# --- 4. a bid award notice over its rows ---------------------------------------------------------
_AWARD = ("BID AWARD NOTICE\n\nWinning bidders for the Korra haul road:\n\n"
          "Ridgeline Civil Pty Ltd   4,350,000\nCoastal Earthworks Ltd    4,120,500\n\n"
          "Issued by Tasman Bauxite Ltd on 2 April 2029.\n")


def test_a_lead_line_ending_in_a_colon_is_no_tenders_subject(snapshot_kg):
    """"Winning bidders for the Korra haul road:" under the notice's title was drafted as the
    project procured, colon and all."""
    draft = _draft(snapshot_kg, _AWARD)
    assert not {x for x in _new(draft) if x.endswith(":")}, _new(draft)
    assert {"Ridgeline Civil Pty Ltd", "Coastal Earthworks Ltd"} <= _new(draft, "Company"), \
        _new(draft)


def test_rows_of_bidders_under_a_tenders_title_are_no_subject(snapshot_kg):
    """Rows of bidders and prices right under the title: the rows were one Project."""
    draft = _draft(snapshot_kg, "BID AWARD NOTICE\n\nRidgeline Civil Pty Ltd   4,350,000\n"
                                "Coastal Earthworks Ltd    4,120,500\n")
    assert not {x for x in _new(draft) if "4,350,000" in x}, _new(draft)


def test_a_tenders_subject_under_its_title_is_still_read(snapshot_kg):
    """The guard: the subject on its own line under the title, a number field after it."""
    draft = _draft(snapshot_kg, "TENDER ANNOUNCEMENT\n\nSupply of Grinding Balls for the Korra "
                                "Concentrator\n\nTender No.: TB-2029-0417\n\nBids close on 30 "
                                "April 2029.\n")
    assert "Supply of Grinding Balls for the Korra Concentrator" in _new(draft, "Project"), \
        _new(draft)


# --- 5. the parties listed under an agreement's lead line ---------------------------------------
def test_the_companies_listed_under_a_signed_agreements_lead_are_its_parties(snapshot_kg):
    """"The supply agreement was signed by:" over numbered rows of companies: the agreement
    had no party (the relation rules read a sentence; the parties are the rows under it)."""
    draft = _draft(snapshot_kg, "Notice\n\nPERTH, 8 Feb 2029 -- The supply agreement was signed "
                                "by:\n\n1. Ridgeline Civil Pty Ltd;\n2. Tasman Bauxite Ltd\n\n"
                                "Deliveries start in June.\n")
    parties = {o for _, o in _values(draft, "party")}
    assert {"Ridgeline Civil Pty Ltd", "Tasman Bauxite Ltd"} <= parties, _values(draft, "party")


def test_companies_listed_under_a_lead_with_no_signing_are_no_parties(snapshot_kg):
    """The guard: a lead that says the companies attended, not that they signed it."""
    draft = _draft(snapshot_kg, "Notice\n\nPERTH, 8 Feb 2029 -- The supply agreement talks were "
                                "attended by:\n\n- Ridgeline Civil Pty Ltd\n- Tasman Bauxite "
                                "Ltd\n")
    assert not _listed_party_rules(draft), _listed_party_rules(draft)


def _listed_party_rules(draft) -> set:
    return {(e.label, r) for e in draft.entities.values() for _, _, _, r in e.statements
            if r.startswith("agreement:listed-party")}


# --- 6. the command --------------------------------------------------------------------------
def test_an_output_under_a_file_is_refused_in_one_line(run, tmp_path):
    """-o "notes.txt/draft.ttl" when notes.txt is a file: "notes.txt: folder not found" (it is
    there; it is no folder)."""
    art = tmp_path / "an article's \"copy\" <1>.txt"
    art.write_text("Haulage\n\nBRISBANE, 9 March 2029 -- Tasman Bauxite Ltd said its Korra mine "
                   "had resumed haulage.\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    r = run("ingest", art, "--id", "h52-a", "-o", notes / "draft.ttl")
    assert r.exit_code != 0 and "is a file, not a folder" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and r.stderr.strip().count("\n") == 0, r.stderr
    assert notes.read_text(encoding="utf-8") == "mine\n"


def test_a_file_name_with_spaces_quotes_and_brackets_is_read(run, tmp_path):
    art = tmp_path / "an article's \"copy\" <1>.txt"
    art.write_text("Haulage\n\nBRISBANE, 9 March 2029 -- Tasman Bauxite Ltd said its Korra mine "
                   "had resumed haulage.\n", encoding="utf-8")
    out, page = tmp_path / "the draft.ttl", tmp_path / "the <page>.html"
    r = run("ingest", art, "--id", "h52-b", "-o", out, "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "<1>" not in html and "Tasman Bauxite Ltd" in html


# --- 7. linear time ----------------------------------------------------------------------------
def _repeated(n: int) -> str:
    rows = "".join(f"Press: Tom Reyes, Head of Corporate Affairs, Halcyon {i} Nickel Ltd\n"
                   f"Tasman {i} Ltd said on Friday that its Korra {i} mine had resumed haulage and "
                   f"that the Weipa {i} refinery was shut, and that it will open berth {i} on "
                   f"1 July.\n" for i in range(n))
    listed = "".join(f"- Ridgeline {i} Pty Ltd\n" for i in range(min(n, 30)))
    signed = "".join(f"\nThe supply agreement {i} was signed by:\n{listed}" for i in range(n // 10))
    return "BID AWARD NOTICE\n\nWinning bidders for the road:\n\n" + rows + signed


def test_the_new_readings_repeated_a_thousand_times_stay_linear(snapshot_kg):
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _repeated(1000), "round 51",
                       quarter=_repeated(250))
    assert "Tom Reyes" in _new(draft, "Person")


# --- 8. faults found, fixed in round 52 (reading/html_marks, names/quoted_openings, events/
# milestones' "said on <day> that") ----------------------------------------------------------
def test_a_quoted_first_word_of_a_company_is_kept(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- \"Ace\" Metals Ltd signed a supply "
                                "deal with Kestrel Zinc Ltd on Monday.\n")
    assert "Metals Ltd" not in _new(draft), _new(draft)


def test_an_html_space_entity_inside_a_name_joins_it(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed a supply "
                                "deal with Halcyon&nbsp;Nickel Ltd on Monday.\n")
    assert not {x for x in _new(draft) if "&nbsp" in x}, _new(draft)


def test_a_reported_clause_is_labelled_without_its_day_and_that(snapshot_kg):
    draft = _draft(snapshot_kg, "Results\n\nLONDON, 15 January 2030 -- Steppe Copper Ltd said on "
                                "Wednesday that its Aktas mine was flooded last month and that "
                                "the Balta plant restarted last week.\n")
    assert not {x for x in _new(draft) if x.startswith("On Wednesday")}, _new(draft)
