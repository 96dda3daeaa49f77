"""`kg ingest` attacked a fifty-fourth time (round 53), with short texts written for this file: a
console log's colour codes inside a company's name, Markdown's bold around a header's field and
a name, a page's script, style sheet and comment pasted with its text, legal forms printed before
a quoted name ('JSC "Aral Zinc"', 'TOO «...»'), an e-mail's signature (a job's line over the
company's), an office address ("Level 3, 12 King St"), a quoted sentence after another that
names a metal, a participle's aside of another year before the clause's day, an annual report's
events listed under months, and the command run on such texts. A fault's test is marked
``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, linear_cpu, page_and_table, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, values as _values

from kg.ingest.reading.folded import reading_copy


def _draft(kg, text: str, doc_id: str = "hostile54-x"):
    return draft_of(kg, text, doc_id, "hostile54.txt")


def _parties(draft) -> set:
    return {o for _, o in _values(draft, "party")}


def _linked(draft) -> set:
    """The labels of the known entities the draft links."""
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. a console's colour codes ----------------------------------------------------------------
def test_colour_codes_inside_a_name_are_no_words(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel \x1b[1;32mZinc\x1b[0m Ltd "
                                "signed an offtake deal with \x1b[33mHalcyon Nickel Ltd\x1b[0m on "
                                "Monday.\n")
    assert {"Kestrel Zinc Ltd", "Halcyon Nickel Ltd"} <= _parties(draft), _values(draft, "party")
    assert not {x for x in _new(draft) if "m" in x.split()[0][:3] and x[0].isdigit()}, _new(draft)


def test_the_rules_copy_of_colour_codes_and_bold_keeps_every_offset():
    for text in ("Kestrel \x1b[31mZinc\x1b[0m Ltd", "\x1b[2J\x1b[H**Issued by:** X\n",
                 "x \x1b]0;a title\x07Kestrel", "**a** **b**", "**Guo Li**, head", "\x1b" * 40):
        assert len(reading_copy(text)) == len(text), text


def test_what_is_no_code_nor_bold_stays_as_typed():
    """The guard: masked digits, a row of stars, a lone pair of stars and "[31m" without its
    ESC are the text's own."""
    for text in ("Investor 13****27 asked", "*** END OF REPORT ***", "note **", "a ** b",
                 "Row [31m] was blank", "2**10 = 1024"):
        assert reading_copy(text) == text, text


# --- 2. Markdown's bold --------------------------------------------------------------------------
_BOLD_NOTICE = ("# Notice on Adjusting Tolling Charges for Zinc Concentrate\n\n"
                "**Issued by:** Baiyin Tonghe Nonferrous Metals Co., Ltd.\n"
                "**Date:** 3 March 2029\n\n"
                "The company will raise its tolling charge for zinc concentrate from 1 April "
                "2029.\n")


def test_a_bold_issued_by_field_names_the_notices_issuer(snapshot_kg):
    """"**Issued by:** X" under a notice's title: X issued it, as the same field without the
    stars says."""
    draft = _draft(snapshot_kg, _BOLD_NOTICE)
    issued = _values(draft, "issuedBy")
    assert ("Notice on Adjusting Tolling Charges for Zinc Concentrate",
            "Baiyin Tonghe Nonferrous Metals Co., Ltd.") in issued, issued


def test_a_bold_name_opening_a_sentence_is_read_as_printed(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- **Kestrel Zinc Ltd** signed an "
                                "offtake deal with Halcyon Nickel Ltd on Monday.\n")
    assert {"Kestrel Zinc Ltd", "Halcyon Nickel Ltd"} <= _parties(draft), _values(draft, "party")
    assert not {x for x in _new(draft) if "*" in x}, _new(draft)


# --- 3. a page's script, style sheet and comment -------------------------------------------------
_PAGE = ("<html><head><title>Tasman Bauxite restarts haulage</title>\n"
         "<style>.Lead { font-family: serif; } .Zinc { color: #333; }</style>\n"
         "<script>var Desk = { Site: \"Harbour Copper Ltd\" }; track(\"Quarry\");</script>\n"
         "</head><body>\n<!-- copied from the Harbour Copper Ltd feed on 2 April 2029 -->\n"
         "<h1>Tasman Bauxite restarts haulage</h1>\n<p>SYDNEY, 3 May 2029 -- Tasman Bauxite Ltd "
         "said its Korra mine in Queensland had resumed haulage.</p>\n</body></html>\n")


def test_what_a_page_does_not_show_is_not_read(snapshot_kg):
    """A style's class ("Lead") linked the metal, a script's and a comment's company was
    drafted: the page shows none of them."""
    draft = _draft(snapshot_kg, _PAGE)
    assert "Lead" not in _linked(draft) and "Zinc" not in _linked(draft), _linked(draft)
    assert "Harbour Copper Ltd" not in _new(draft), _new(draft)
    assert {"Tasman Bauxite Ltd", "Korra mine"} <= _new(draft), _new(draft)


def test_a_scripts_words_keep_their_offsets():
    text = "<script>\nvar a = 1;\n</script><p>Kestrel Zinc Ltd</p><!-- x\ny -->"
    copy = reading_copy(text)
    assert len(copy) == len(text) and "var" not in copy and "Kestrel Zinc Ltd" in copy, copy
    assert copy.count("\n") >= text.count("\n"), copy


def test_unclosed_scripts_and_comments_are_read_in_linear_time():
    """Each script or comment's closer is looked for once: thousands never closed (a page cut
    short) are no quadratic search."""
    from hostile_drafts import grows_linearly

    def timed(n):
        text = "<p>Kestrel Zinc Ltd</p><script>var a; <!-- x <style>\n" * n
        return lambda: reading_copy(text)
    copy = grows_linearly(timed, 8000, "unclosed scripts")
    assert "Kestrel Zinc Ltd" in copy


# --- 4. a legal form before a quoted name -------------------------------------------------------
def test_a_legal_form_before_a_name_in_guillemets_is_a_company(snapshot_kg):
    draft = _draft(snapshot_kg, "Ore\n\nALMATY, 8 Feb 2029 -- TOO \u00abSteppe Tungsten\u00bb will "
                                "buy ore from AO \u201cAltyn Ridge Mining\u201d from March.\n")
    companies = _new(draft, "Company")
    assert {"TOO Steppe Tungsten", "AO Altyn Ridge Mining"} <= companies, companies
    assert not {"TOO", "AO"} & _new(draft), _new(draft)


def test_a_quoted_word_after_a_trailing_form_is_no_company(snapshot_kg):
    """The guard: "X Partners LLP" ends its name; the quoted word after it in lower case is
    a word of the sentence, and "the LLC "cash first" policy" names no company."""
    draft = _draft(snapshot_kg, "Notes\n\nALMATY, 8 Feb 2029 -- Kestrel Partners LLP \"said\" "
                                "nothing. The LLC \"cash first\" rule was dropped.\n")
    assert "Kestrel Partners LLP" in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if x.startswith(("LLP ", "LLC "))}, _new(draft)


# --- 5. an e-mail's signature and an office address ----------------------------------------------
_SIGNED = ("Deal\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed an offtake deal with Halcyon "
           "Nickel Ltd on Monday.\n\nBest regards,\nTom Reyes\nHead of Marketing\nHalcyon Nickel "
           "Ltd | Level 3, 12 King St, Perth WA 6000\n")


def test_a_jobs_line_over_the_company_in_a_signature_is_no_word_of_its_name(snapshot_kg):
    """"Head of Marketing" over "Halcyon Nickel Ltd": a company "Marketing Halcyon Nickel Ltd"
    was drafted, and it took the company's place as the deal's party."""
    draft = _draft(snapshot_kg, _SIGNED)
    assert not {x for x in _new(draft) if x.startswith("Marketing")}, _new(draft)
    assert {"Kestrel Zinc Ltd", "Halcyon Nickel Ltd"} <= _parties(draft), _values(draft, "party")


def test_a_floor_and_a_street_number_are_no_list_of_levels(snapshot_kg):
    """"Level 3, 12 King St": sites "Level 3" and "Level 12", one in the other."""
    draft = _draft(snapshot_kg, _SIGNED)
    assert "Level 12" not in _new(draft), _new(draft)
    assert not _values(draft, "locatedIn") & {("Level 3", "Level 12")}


def test_a_list_of_codes_under_the_singular_still_reads(snapshot_kg):
    """The guard: "Block TC-2 and TC-6" (the last joined by "and") is two sites."""
    draft = _draft(snapshot_kg, "Auction\n\nLUSAKA, 8 Feb 2029 -- The ministry offered Block TC-2 "
                                "and TC-6 to bidders on Monday.\n")
    assert {"Block TC-2", "Block TC-6"} <= _new(draft, "Site"), _new(draft)


def test_the_signer_of_a_mail_holds_the_job_under_the_name(snapshot_kg):
    draft = _draft(snapshot_kg, _SIGNED)
    assert "Tom Reyes" in _new(draft, "Person"), _new(draft)
    assert ("Tom Reyes" in {o for _, o in _values(draft, "heldBy")}), _values(draft, "heldBy")


# --- 6. sentences and asides ---------------------------------------------------------------------
def test_a_quoted_sentence_is_not_the_sentence_before_it(snapshot_kg):
    """'Kestrel Zinc Ltd said sales rose. "We are in the lead," said ...': lead was linked as
    the metal, the zinc of the sentence before read as near it."""
    draft = _draft(snapshot_kg, "Results\n\nSYDNEY, 8 Feb 2029 -- Kestrel Zinc Ltd said sales "
                                "rose. \"We are in the lead,\" said its chairman, Tom Baxter.\n")
    assert "Lead" not in _linked(draft), _linked(draft)


def test_lead_beside_zinc_in_one_sentence_is_still_the_metal(snapshot_kg):
    """The guard: "lead and zinc" in one sentence (a quoted one too) is the metal."""
    draft = _draft(snapshot_kg, "Results\n\nSYDNEY, 8 Feb 2029 -- Kestrel Zinc Ltd said sales "
                                "rose. \"We sold more lead and zinc,\" said its chairman, Tom "
                                "Baxter.\n")
    assert "Lead" in _linked(draft), _linked(draft)


_ASIDE = ("Update\n\nKestrel Zinc Ltd -- Market update, 14 March 2029\n\nThe Korra smelter, "
          "commissioned in 2011, was shut on 2 March for relining.\n")


def test_a_participles_aside_of_another_year_is_not_what_the_day_dates(snapshot_kg):
    """"The X smelter, commissioned in 2011, was shut on 2 March": a milestone "Commissioning
    of in 2011 by the Korra smelter" dated 2 March 2029 (three rules read the aside's verb as
    the clause's); the commissioning is 2011's."""
    draft = _draft(snapshot_kg, _ASIDE)
    dates = label_dates(draft, "")
    assert not {x for x in dates if "in 2011" in x}, dates
    assert not [x for x, v in dates.items() if "ommission" in x
                and v.get("startDate", "").startswith("2029")], dates


def test_a_commissioning_on_its_day_is_still_one(snapshot_kg):
    """The guard: the day of the commissioning itself."""
    draft = _draft(snapshot_kg, "Update\n\nKestrel Zinc Ltd -- Market update, 14 March 2029\n\n"
                                "The Korra smelter was commissioned on 2 March.\n")
    dates = label_dates(draft, "")
    assert any("ommission" in x and v.get("startDate") == "2029-03-02"
               for x, v in dates.items()), dates


def test_a_short_name_after_ltd_without_its_stop(snapshot_kg):
    """"Kestrel Zinc Ltd ... its Korra smelter": the smelter's label takes the company's short
    name ("Ltd" with no full stop was no legal form to drop)."""
    draft = _draft(snapshot_kg, "Restart\n\nPERTH, 5 January 2030 -- Kestrel Zinc Ltd said its "
                                "zinc smelter had restarted.\n")
    assert not {x for x in _new(draft, "Site") if "Ltd" in x}, _new(draft, "Site")


# --- 7. a list of months --------------------------------------------------------------------------
def test_a_months_entry_told_in_the_past_is_of_the_year_reported(snapshot_kg):
    """An annual report printed in March 2029 lists its year's events under months ("-
    **October:** A inspected the plant"): October told in the past is 2028's, not a plan for
    October 2029 (the label's colon cut the clause before its verb)."""
    draft = _draft(snapshot_kg, "# Kestrel Zinc Ltd -- Annual Report 2028 (Extract)\n\n"
                                "Published: 26 March 2029\n\nKey events of the year:\n"
                                "- **October:** Tom Baxter, chairman of Halcyon Nickel Ltd, "
                                "inspected the Korra plant.\n"
                                "- **June:** the company will open a new plant in Perth.\n")
    dates = label_dates(draft, "")
    inspected = [v for x, v in dates.items() if "inspected" in x]
    assert inspected == [{"startDate": "2028-10"}], dates
    assert [v for x, v in dates.items() if "will open" in x] == [{"plannedDate": "2029-06"}], dates


# --- 8. the command ------------------------------------------------------------------------------
_LOG = ("Deal\n\n\x1b[2mPERTH, 8 Feb 2029\x1b[0m -- \x1b[1mKestrel Zinc Ltd\x1b[0m signed a "
        "deal with JSC \"Aral Zinc\" and \u202eHalcyon\u200b Nickel Ltd on Monday.\x07\n"
        "<script>alert('x')</script>\n")


def test_a_console_log_with_a_review_page_is_drafted(run, tmp_path):
    art = tmp_path / "console log <copy> \u202e.txt"
    art.write_text(_LOG, encoding="utf-8")
    out, page = tmp_path / "the draft.ttl", tmp_path / "the review.html"
    r = run("ingest", art, "--id", "h54-a", "-o", out, "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "\x1b" not in html and "\x07" not in html and "<script>alert" not in html
    assert "<copy>" not in html
    draft = out.read_text(encoding="utf-8")
    assert "\x1b" not in draft and "Kestrel Zinc Ltd" in draft and "JSC Aral Zinc" in draft, draft


def test_an_into_folder_that_is_a_file_is_refused_in_one_line(run, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(_LOG, encoding="utf-8")
    folder = tmp_path / "data.ttl"
    folder.write_text("not a folder\n", encoding="utf-8")
    out = tmp_path / "d.ttl"
    r = run("ingest", art, "--id", "h54-b", "-o", out, "--into", folder)
    assert r.exit_code != 0 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert folder.read_text(encoding="utf-8") == "not a folder\n"
    assert not out.exists()


def test_a_file_of_escape_codes_alone_is_refused_or_drafted_plainly(run, tmp_path):
    art = tmp_path / "codes.txt"
    art.write_text("\x1b[0m\x1b[2J\x1b[H" * 50 + "\n", encoding="utf-8")
    out = tmp_path / "d.ttl"
    r = run("ingest", art, "--id", "h54-c", "-o", out)
    assert "Traceback" not in r.stderr, r.stderr
    if r.exit_code != 0:
        assert r.stderr.strip().count("\n") == 0, r.stderr
    else:
        assert "\x1b" not in out.read_text(encoding="utf-8")


# --- 9. linear time ------------------------------------------------------------------------------
def _repeated(n: int) -> str:
    rows = "".join(f"**Item {i}:** Kestrel \x1b[31mZinc\x1b[0m Ltd signed a deal with JSC "
                   f"\"Aral Zinc\" on {1 + i % 28} February. The Korra smelter, commissioned in "
                   f"2011, was shut on {1 + i % 28} March. \"We are in the lead,\" said Tom "
                   f"Baxter.\n<!-- row {i} --><style>.Lead{{}}</style>\nBest regards,\nTom Reyes\n"
                   f"Head of Marketing\nHalcyon Nickel Ltd | Level 3, 12 King St\n\n"
                   for i in range(n))
    return "# Digest\n\n**Issued by:** Baiyin Tonghe Nonferrous Metals Co., Ltd.\n\n" + rows


def test_the_new_readings_repeated_a_thousand_times_stay_linear(snapshot_kg):
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _repeated(1000), "round 53",
                       quarter=_repeated(250))
    assert {"Kestrel Zinc Ltd", "JSC Aral Zinc"} <= _new(draft, "Company"), _new(draft, "Company")
    assert not {x for x in _new(draft) if x.startswith("Marketing")}
