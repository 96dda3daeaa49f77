"""`kg ingest` attacked a fifty-fifth time (round 54), with short texts written for this file in
genres the project had not read: an insurer's claim settlement, a tax bureau's assessment, a
school's admissions notice, a hospital's notice, a football cup's results, a novel's page, a
research note's byline, and mails signed by a person over a job and a company. A signer printed
alone on a line over a job, "Lead Analyst:" as a job, a line's words that are no words of the
place on the next line, a cup's "Final, 14 August" that is no dateline, and the command given
clashing paths. A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed;
the fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, linear_cpu, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, posts, values as _values


def _draft(kg, text: str, doc_id: str = "hostile55-x"):
    return draft_of(kg, text, doc_id, "hostile55.txt")


def _linked(draft) -> set:
    """The labels of the known entities the draft links."""
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. a mail's signature: the signer alone on a line over a job and a company -----------------
_DEAL = ("Deal\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed an offtake deal with Halcyon Nickel "
         "Ltd on Monday.\n\nBest regards,\n")


def test_a_signer_alone_on_the_line_over_a_listed_job_is_a_person_in_post(snapshot_kg):
    """"Tom Reyes" over "Sales Manager" over the company: the capital opening the job's line
    was read as the name going on, and no person was drafted."""
    draft = _draft(snapshot_kg, _DEAL + "Tom Reyes\nSales Manager\nHalcyon Nickel Ltd\n")
    assert "Tom Reyes" in _new(draft, "Person"), _new(draft)
    assert ("Tom Reyes", "Sales Manager", "Halcyon Nickel Ltd") in posts(draft), posts(draft)


def test_a_chinese_signer_over_a_head_of_job_keeps_the_company_whole(snapshot_kg):
    """"Li Ming" / "Head of Marketing" / "Halcyon Nickel Ltd": the first line, a whole name, let
    the phrase run on over the job's line ("Marketing Halcyon Nickel Ltd" was drafted)."""
    draft = _draft(snapshot_kg, _DEAL + "Li Ming\nHead of Marketing\nHalcyon Nickel Ltd\n")
    assert not {x for x in _new(draft) if x.startswith("Marketing")}, _new(draft)
    assert ("Li Ming", "Head of Marketing", "Halcyon Nickel Ltd") in posts(draft), posts(draft)


def test_a_name_alone_over_a_head_word_is_still_one_wrapped_name(snapshot_kg):
    """The guard: "Thomas Cook" over "Group Ltd" is a company's name wrapped, no person."""
    draft = _draft(snapshot_kg, "Travel\n\nLONDON, 8 Feb 2029 -- The bank lent money to\nThomas "
                                "Cook\nGroup Ltd last week.\n")
    assert "Thomas Cook" not in _new(draft, "Person"), _new(draft)


def test_a_name_in_running_prose_over_a_capital_is_no_person_of_its_own(snapshot_kg):
    """The guard: a given name and a word that end a prose line are no line of their own."""
    draft = _draft(snapshot_kg, "Talks\n\nPERTH, 8 Feb 2029 -- The board said the offer from "
                                "Anna Berg\nTrading Ltd was too low.\n")
    assert "Anna Berg" not in _new(draft, "Person"), _new(draft)


# --- 2. a job's title that opens with a metal word ----------------------------------------------
def test_a_lead_analysts_byline_is_no_mention_of_the_metal(snapshot_kg):
    """"Lead Analyst: Sarah Nickel" under a heading on copper: lead was linked as the metal."""
    draft = _draft(snapshot_kg, "ZINC MARKET WEEKLY\nCOPPER PRICES FALL\nLead Analyst: Sarah "
                                "Nickel\n\nCopper fell 2% on Tuesday, 6 March 2029, on the "
                                "Shanghai Futures Exchange.\n")
    assert "Lead" not in _linked(draft), _linked(draft)
    assert "Copper" in _linked(draft), _linked(draft)


def test_lead_before_a_trades_noun_is_still_the_metal(snapshot_kg):
    """The guard: "lead concentrate" and "Lead output" are the metal."""
    draft = _draft(snapshot_kg, "Output\n\nKUNMING, 6 March 2029 -- Lead output rose 4% and the "
                                "mine shipped more lead concentrate.\n")
    assert "Lead" in _linked(draft), _linked(draft)


def test_a_persons_name_like_a_metal_is_no_metal(snapshot_kg):
    """A metal word in a job's title ("Senior Lead Researcher") or closing its holder's name
    after a person's key ("Researcher: Mark Tin"): knowledge/job_fields (round 56)."""
    draft = _draft(snapshot_kg, "Research note\n\nSenior Lead Researcher: Mark Tin\n\nCopper prices "
                                "rose 3% in March 2029.\n")
    assert not {"Lead", "Tin"} & _linked(draft), _linked(draft)


# --- 3. a cup's results --------------------------------------------------------------------------
_RESULTS = ("Weekend results\n\nCopper Valley Rovers 2 - 0 Silver Lake FC\nTin City United 1 - 1 "
            "Zinc Town Athletic\n\nCopper Valley Rovers moved to the top of the table.\n")


def test_a_place_on_a_line_takes_no_word_of_the_line_over_it(snapshot_kg):
    """"... Silver Lake FC" over "Tin City United": a city "FC Tin City" was drafted."""
    draft = _draft(snapshot_kg, _RESULTS)
    assert not {x for x in _new(draft) if x.startswith(("FC ", "Rovers "))}, _new(draft)


def test_a_place_of_two_words_before_city_is_still_whole(snapshot_kg):
    """The guard: "Ho Chi Minh City" on one line is the city's whole name."""
    draft = _draft(snapshot_kg, "Visit\n\nHANOI, 6 March 2029 -- The delegation flew on to Ho Chi "
                                "Minh City on Tuesday.\n")
    assert "Ho Chi Minh City" in _new(draft) | _linked(draft), _new(draft)


def test_a_cup_finals_line_is_no_dateline(snapshot_kg):
    """"Final, 14 August 2029" over the score: a city "Final" was drafted."""
    draft = _draft(snapshot_kg, "Final, 14 August 2029\nZijin Mining FC beat Tin City United 3-1 "
                                "at Longyan Stadium.\n")
    assert "Final" not in _new(draft), _new(draft)


def test_a_citys_dateline_is_still_one(snapshot_kg):
    """The guard: "Longyan, 14 August 2029" opens the report from Longyan."""
    draft = _draft(snapshot_kg, "Cup\n\nLongyan, 14 August 2029 -- Zijin Mining FC beat Tin City "
                                "United 3-1.\n")
    assert "Longyan" in _new(draft) | _linked(draft), _new(draft)


@fault("a metal word opening a club's name ('Copper Valley Rovers 2 - 0 Silver Lake FC'): "
       "knowledge/word_senses keeps a capitalised run's metal word; the clubs are not drafted")
def test_a_clubs_name_is_no_mention_of_its_metal(snapshot_kg):
    draft = _draft(snapshot_kg, _RESULTS)
    assert not {"Copper", "Silver"} & _linked(draft), _linked(draft)


# --- 4. an insurer's claim, a tax notice, a school's and a hospital's notices -------------------
_CLAIM = ("Claim Settlement Notice\n\nClaim No. CL-2029-0417\nInsured: Ridgeway Copper Non-ferrous "
          "Metals Co., Ltd.\nInsurer: Pacific Harbour Property Insurance Co., Ltd.\nDate of loss: "
          "12 January 2029\n\nOn 12 January 2029 a fire broke out in the electrolysis workshop of "
          "the insured's plant in Xiangtan, Hunan. Pacific Harbour Property Insurance Co., Ltd. "
          "agreed on 3 April 2029 to pay RMB 18.6 million to the insured.\n")


def test_an_insurance_claims_parties_are_companies_and_the_fire_is_dated(snapshot_kg):
    draft = _draft(snapshot_kg, _CLAIM)
    assert {"Ridgeway Copper Non-ferrous Metals Co., Ltd.",
            "Pacific Harbour Property Insurance Co., Ltd."} <= _new(draft, "Company"), _new(draft)
    fires = [v for x, v in label_dates(draft, "Fire").items()]
    assert fires and all(v.get("startDate") == "2029-01-12" for v in fires), fires


def test_a_claim_number_is_no_site(snapshot_kg):
    """An insurer's claim number ('Claim No. CL-2029-0417') was read as a mining claim: a code
    with a year between its parts is a file's number (names/coded_sites, round 55)."""
    draft = _draft(snapshot_kg, _CLAIM)
    assert not {x for x in _new(draft) if x.startswith("Claim No")}, _new(draft)


def test_a_tax_notices_deadline_is_the_notices_year(snapshot_kg):
    draft = _draft(snapshot_kg, "Notice of Tax Assessment\n\nTo: Golden Crane New Materials Co., "
                                "Ltd.\nIssued by: Tax Bureau of Jinchuan District\n\nGolden Crane "
                                "New Materials Co., Ltd. shall pay resource tax of RMB 2.4 million "
                                "on nickel ore mined in 2028 before 30 June 2029.\n\nJinchuan "
                                "District Tax Bureau\n15 May 2029\n")
    dates = label_dates(draft, "Deadline")
    assert [v for v in dates.values()] == [{"plannedDate": "2029-06-30"}], dates
    assert ("Notice of Tax Assessment", "Tax Bureau of Jinchuan District") in \
        _values(draft, "issuedBy"), _values(draft, "issuedBy")


@fault("'Principal: Zhao Min' under a school's notice that names a group once: "
       "relations/officer_lists gives the post to the organisation named last, not the school")
def test_a_schools_principal_is_no_post_in_a_company(snapshot_kg):
    draft = _draft(snapshot_kg, "Enrolment notice\n\nQingshan Primary School will admit 60 pupils "
                                "this autumn. Parents working for Tongling Nonferrous Metals Group "
                                "may apply.\n\nPrincipal: Zhao Min\n")
    assert not {p for p in posts(draft) if p[2] == "Tongling Nonferrous Metals Group"}, \
        posts(draft)


def test_a_hospitals_closure_is_planned_over_its_days(snapshot_kg):
    draft = _draft(snapshot_kg, "Notice of Outpatient Hours\n\nJinchuan Group Staff Hospital will "
                                "close its dental clinic from 1 to 7 October 2029.\n\nHospital "
                                "Office\n28 September 2029\n")
    dates = label_dates(draft, "Jinchuan Group Staff Hospital will close")
    assert list(dates.values()) == [{"plannedDate": "2029-10-01", "endDate": "2029-10-07"}], dates


# --- 5. a novel's page -----------------------------------------------------------------------------
@fault("a plan quoted inside a told past ('\"He will come back in May,\" her mother had said on "
       "2 March', in 1998's summer): events/future_step dates it May of the year after the "
       "text's last date (2022)")
def test_a_plan_quoted_in_a_novels_past_is_not_next_years(snapshot_kg):
    draft = _draft(snapshot_kg, "She remembered the summer of 1998, when her father left for the "
                                "Dexing mine. \"He will come back in May,\" her mother had said on "
                                "2 March. He never did. Years later, on 14 June 2021, a letter "
                                "arrived from Jiangxi Copper.\n")
    planned = {x: v for x, v in label_dates(draft, "").items() if "plannedDate" in v}
    assert not [v for v in planned.values() if v["plannedDate"] >= "2021"], planned


# --- 6. the command ------------------------------------------------------------------------------
def test_a_review_page_named_as_the_draft_is_refused_in_one_line(run, tmp_path):
    art = tmp_path / "a <b>claim.txt"
    art.write_text(_CLAIM, encoding="utf-8")
    out = tmp_path / "same \"name\".ttl"
    r = run("ingest", art, "--id", "h55-a", "-o", out, "--review", out)
    assert r.exit_code != 0 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert not out.exists()


def test_a_review_page_that_is_a_folder_is_refused_and_nothing_written(run, tmp_path):
    art = tmp_path / "claim.txt"
    art.write_text(_CLAIM, encoding="utf-8")
    out, folder = tmp_path / "d.ttl", tmp_path / "review"
    folder.mkdir()
    r = run("ingest", art, "--id", "h55-b", "-o", out, "--review", folder)
    assert r.exit_code != 0 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert not out.exists() and not any(folder.iterdir())


def test_a_signature_with_markup_in_its_names_reaches_the_page_escaped(run, tmp_path):
    art = tmp_path / "mail \u200b<i>.txt"
    art.write_text(_DEAL + "Tom Reyes <tom@halcyon.example>\nHead of \u202eMarketing\nHalcyon "
                   "Nickel Ltd \"<script>alert(1)</script>\"\n", encoding="utf-8")
    out, page = tmp_path / "d.ttl", tmp_path / "r.html"
    r = run("ingest", art, "--id", "h55-c", "-o", out, "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<tom@" not in html and "<i>" not in html


# --- 7. linear time --------------------------------------------------------------------------------
def _repeated(n: int) -> str:
    rows = "".join(f"Best regards,\nTom Reyes\nHead of Marketing\nHalcyon{i} Nickel Ltd\n\n"
                   f"Final, {1 + i % 28} August 2029\nCopper Valley Rovers {i % 5} - 0 Silver "
                   f"Lake FC\nTin City United 1 - 1 Zinc Town Athletic\nLead Analyst: Sarah "
                   f"Nickel\n\n" for i in range(n))
    return "Digest\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed a deal.\n\n" + rows


def test_the_new_readings_repeated_a_thousand_times_stay_linear(snapshot_kg):
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _repeated(1000), "round 54",
                       quarter=_repeated(250))
    assert "Tom Reyes" in _new(draft, "Person"), _new(draft)
    assert not {x for x in _new(draft) if x.startswith(("Marketing", "FC "))}
