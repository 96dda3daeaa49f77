"""`kg ingest` attacked a fifty-third time (round 52), with short texts written for this file: a
page's HTML pasted as an article (tags inside and around a company's name, "&nbsp;" and "&amp;"
in names, paragraphs as tags), a company whose first words are quoted ('"Ace" Metals Ltd'), a
reported clause after "said on Wednesday that", two reported clauses joined by "and that", and
the command run on such a page with a review page, a file name with spaces and an --into
folder that is no data folder. A fault's test is marked ``fault(...)`` (strict xfail) while it
is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, linear_cpu, page_and_table, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, values as _values

from kg.ingest.reading.folded import reading_copy


def _draft(kg, text: str, doc_id: str = "hostile53-x"):
    return draft_of(kg, text, doc_id, "hostile53.txt")


def _parties(draft) -> set:
    return {o for _, o in _values(draft, "party")}


# --- 1. a page's HTML pasted as the article ------------------------------------------------------
def test_a_bold_word_inside_a_company_keeps_the_company(snapshot_kg):
    """"Kestrel <b>Zinc</b> Ltd signed ...": no company was drafted at all (the tag cut the
    name; "Zinc" alone was linked as the metal)."""
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel <b>Zinc</b> Ltd signed a "
                                "supply deal with Halcyon Nickel Ltd on Monday.\n")
    assert "Kestrel Zinc Ltd" in _new(draft, "Company"), _new(draft)
    assert {"Kestrel Zinc Ltd", "Halcyon Nickel Ltd"} <= _parties(draft), _values(draft, "party")


def test_a_linked_company_is_read_past_its_tags(snapshot_kg):
    """A link's tags around a whole name: the words around it are read as without them."""
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed a supply "
                                "deal with <a href=\"https://example.org/halcyon\">Halcyon Nickel "
                                "Ltd</a> on Monday.\n")
    assert {"Kestrel Zinc Ltd", "Halcyon Nickel Ltd"} <= _parties(draft), _values(draft, "party")
    assert not {x for x in _new(draft) if "href" in x or "<" in x}, _new(draft)


def test_an_ampersand_reference_inside_a_name_is_the_ampersand(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed a supply "
                                "deal with Baxter &amp; Lowe Metals Ltd on Monday.\n")
    assert not {x for x in _new(draft) if "amp;" in x}, _new(draft)


def test_paragraph_tags_part_the_sentences_and_the_heading_is_the_title(snapshot_kg):
    """"<h1>...</h1><p>... mine.</p><p>Chief executive ...": the heading is the title and each
    paragraph is read as one (no tag in a label)."""
    draft = _draft(snapshot_kg, "<h1>Tasman Bauxite restarts haulage</h1>\n<p>SYDNEY, 3 May 2029 "
                                "-- <strong>Tasman Bauxite Ltd</strong> said its <i>Korra mine</i> "
                                "in Queensland had resumed haulage.</p><p>Chief executive <b>Tom "
                                "Reyes</b> said the Weipa refinery would restart on 1&nbsp;June."
                                "</p>\n")
    assert draft.title == "Tasman Bauxite restarts haulage", draft.title
    assert {"Tasman Bauxite Ltd", "Tom Reyes", "Korra mine"} <= _new(draft), _new(draft)
    assert ("Korra mine", "Queensland") in _values(draft, "locatedIn"), _values(draft, "locatedIn")
    assert not {x for x in _new(draft) if "<" in x or "&" in x or "\u00ad" in x}, _new(draft)
    dates = label_dates(draft, "")
    assert {"plannedDate": "2029-06-01"} in dates.values(), dates


def test_what_is_no_tag_nor_reference_stays_as_typed():
    """The guard: "<1>", "<Company>", "R&D", "M&As;" and "a < b" are the text's own."""
    for text in ("R&D and M&As; in 2029", "Rows <1> and <Company> were blank", "if a < b and c > d",
                 "AT&T; Q&A;", "Tom & Jerry"):
        assert reading_copy(text) == text


def test_the_rules_copy_of_a_page_keeps_every_offset():
    for text in ("<p>A</p>", "x&nbsp;", "&amp;", "<br/>Kestrel <b>Zinc</b>\n<td>1</td><td>2</td>",
                 "<span class=\"x\" title='a > b'>Jiang<b>xi</b> Copper</span>", "<p>" * 50):
        assert len(reading_copy(text)) == len(text), text


def test_a_pages_draft_on_the_review_page_shows_the_tags_escaped(snapshot_kg, capsys):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel <b>Zinc</b> Ltd signed a "
                                "supply deal with Halcyon&nbsp;Nickel Ltd on Monday.\n")
    page, table = page_and_table(snapshot_kg, draft, capsys)
    assert "<b>Zinc" not in page and "&lt;b&gt;Zinc" in page, page
    assert "Kestrel Zinc Ltd" in page and "Halcyon Nickel Ltd" in page
    assert "\u00ad" not in table and "Kestrel Zinc Ltd" in table


# --- 2. a company whose first words are quoted ---------------------------------------------------
def test_a_quoted_brand_opening_a_company_is_of_its_name(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel Zinc Ltd signed a supply "
                                "deal with \u201cBlue Ridge\u201d Copper Pty Ltd on Monday.\n")
    assert "Copper Pty Ltd" not in _new(draft), _new(draft)
    assert "Blue Ridge Copper Pty Ltd" in _parties(draft), _values(draft, "party")


def test_a_quoted_word_before_of_is_no_part_of_the_company(snapshot_kg):
    """The guard: a quoted brand and "of" before the company: the company alone."""
    draft = _draft(snapshot_kg, "Brands\n\nPERTH, 8 Feb 2029 -- The \"Ace\" brand of Kestrel Zinc "
                                "Ltd was sold on Monday.\n")
    assert "Kestrel Zinc Ltd" in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if x.startswith("Ace")}, _new(draft)


# --- 3. reported clauses -------------------------------------------------------------------------
def test_two_reported_clauses_are_two_happenings(snapshot_kg):
    """"said that its A mine was flooded in December and that the B plant restarted on 9
    January": one event labelled with both clauses (the second's "That" opening its own)."""
    draft = _draft(snapshot_kg, "Results\n\nLONDON, 15 January 2030 -- Steppe Copper Ltd said on "
                                "Wednesday that its Aktas mine was flooded in December and that "
                                "the Balta plant restarted on 9 January.\n")
    dates = label_dates(draft, "")
    assert dates.get("Its Aktas mine was flooded") == {"startDate": "2029-12"}, dates
    assert dates.get("The Balta plant restarted") == {"startDate": "2030-01-09"}, dates
    assert not {x for x in dates if x.lower().startswith(("that ", "on wednesday"))}, dates


def test_one_reported_clause_keeps_its_whole(snapshot_kg):
    """The guard: one "that" clause with an "and" of its own is one happening."""
    draft = _draft(snapshot_kg, "Results\n\nLONDON, 15 January 2030 -- Steppe Copper Ltd said "
                                "that its Aktas mine was flooded and closed in December.\n")
    dates = label_dates(draft, "")
    assert dates.get("Its Aktas mine was flooded and closed") == {"startDate": "2029-12"}, dates


# --- 4. the command ------------------------------------------------------------------------------
_PAGE = ("<h1>Deal</h1>\n<p>PERTH, 8 Feb 2029 -- Kestrel <b>Zinc</b> Ltd signed a supply deal "
         "with \u201cBlue Ridge\u201d Copper Pty Ltd and \u202eHalcyon\u200b Nickel Ltd on "
         "Monday.</p>\n")


def test_a_page_with_a_spaced_name_is_drafted_with_its_review(run, tmp_path):
    art = tmp_path / "a pasted page <copy>.html"
    art.write_text(_PAGE, encoding="utf-8")
    out, page = tmp_path / "the draft.ttl", tmp_path / "the review.html"
    r = run("ingest", art, "--id", "h53-a", "-o", out, "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "<b>Zinc" not in html and "&lt;b&gt;Zinc" in html and "<copy>" not in html
    draft = out.read_text(encoding="utf-8")
    assert "Kestrel Zinc Ltd" in draft and "Blue Ridge Copper Pty Ltd" in draft, draft


def test_an_into_folder_that_is_no_data_folder_is_refused_in_one_line(run, tmp_path):
    art = tmp_path / "page.html"
    art.write_text(_PAGE, encoding="utf-8")
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "readme.txt").write_text("mine\n", encoding="utf-8")
    out = tmp_path / "d.ttl"
    r = run("ingest", art, "--id", "h53-b", "-o", out, "--into", folder)
    assert r.exit_code != 0 and "not a data folder" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and r.stderr.strip().count("\n") == 0, r.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["readme.txt"]
    assert not out.exists()


# --- 5. linear time ----------------------------------------------------------------------------
def _repeated(n: int) -> str:
    rows = "".join(f"<p>PERTH, {1 + i % 28} Feb 2029 -- Kestrel <b>Zinc</b> Ltd signed a deal "
                   f"with <a href=\"https://example.org/{i}\">Halcyon&nbsp;Nickel Ltd</a> and "
                   f"\"Ace\" Metals Ltd on Monday.</p><p>Steppe Copper Ltd said on Wednesday that its "
                   f"Aktas mine was flooded in December and that the Balta plant restarted on "
                   f"{1 + i % 28} January.</p>\n" for i in range(n))
    return "<h1>Digest</h1>\n" + rows


def test_the_new_readings_repeated_a_thousand_times_stay_linear(snapshot_kg):
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _repeated(1000), "round 52",
                       quarter=_repeated(250))
    assert {"Kestrel Zinc Ltd", "Halcyon Nickel Ltd", "Ace Metals Ltd"} <= _new(draft, "Company"), \
        _new(draft, "Company")


# --- 6. faults found and left, fixed in round 53 (names/quoted_forms, reading/plain_marks) -
def test_a_legal_form_before_a_quoted_name_is_a_company(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nALMATY, 8 Feb 2029 -- LLP \"Steppe Copper\" signed a "
                                "supply deal with JSC \"Aral Zinc\" on Monday.\n")
    assert "JSC" not in _new(draft), _new(draft)
    assert {x for x in _new(draft, "Company") if "Aral Zinc" in x}, _new(draft)


def test_a_terminal_colour_code_inside_a_name_is_no_word(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal\n\nPERTH, 8 Feb 2029 -- Kestrel \x1b[31mZinc\x1b[0m Ltd "
                                "signed a supply deal with Halcyon Nickel Ltd on Monday.\n")
    assert not {x for x in _new(draft) if "31m" in x or "0m" in x}, _new(draft)
