"""`kg ingest` attacked a fifty-eighth time (round 57), with short texts written for this file in
the genres of the round's held-out sets, which the project had not read: a procuratorate's
public interest suit, a Red Cross society's donations and its provincial branch, a flood-control
duty notice and its bilingual roster, a disabled persons' federation's job fair and its pact with
a smelter; and a text saved with a byte-order mark and Windows line ends, one set in full-width
punctuation, one hyphenated across its lines as a scan is.

The lead of the round: a rule that raises inside the pipeline. Outside the test suite
(``KG_INGEST_STRICT`` unset) kg/ingest/stages.guard swallows it and skips the rest of its group;
the draft said so in the table's notes and the catalogue, but named only the group and the
exception's type, a CSV run printed nothing of it, the review page showed nothing, and the
measuring scripts (bench/ingest_sets.py, bench/ingest_unseen.py) scored the short draft in
silence. Fixed: the warning names the rule ("module.function") and its message, goes to standard
error for CSV and JSON runs, heads the review page, and the bench prints it for each article and
exits 3.

Fixed in the round: a short numbered notice and a donors' list, each dated by a point's or a
row's day instead of its signature's (reading/dates), and a procuratorate's table of numbered
matters likewise; "Red Cross Society of China Shaanxi Branch" drafting a branch "China Shaanxi
Branch" (names/tails); a disabled persons' federation given a smelter's zinc
(association-not-trade-bodies); a bilingual roster's "Wang Haitao \u738b\u6d77\u6d9b" drafted
as an event (events/verb_happenings); and hostile57's "X named A its chief financial officer"
(relations/appointments). Not fixed (strict xfails): a society's name hyphenated across lines
drafted a company (fixed in round 58: hostile59), a blood center a research institute, a
standard's "Part 2" lost from its label.

A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones
guard their fixes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hostile_drafts import draft_of, fault, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, posts, values as _values


def _draft(kg, text: str, doc_id: str = "hostile58-x"):
    return draft_of(kg, text, doc_id, "hostile58.txt")


def _linked(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. a rule that raises inside the pipeline -----------------------------------------------------
_PACT = ("Federation and Smelter Sign Pact\n\nHANZHONG, 2 December 2029 -- The Mian County Disabled "
         "Persons' Federation signed an agreement with Hanzhong Zinc Industry Co., Ltd. on 30 "
         "November to place 40 disabled workers at the smelter. Li Xiaoyan, chairwoman of the "
         "federation, signed for it.\n")


def _break_a_rule(monkeypatch):
    """A rule of the "agreements, documents and products" group that raises, with a message
    that holds markup (it reaches the review page) and a line end (it reaches one line)."""
    import kg.ingest.pipeline as pipeline

    def broken(*args, **kwargs):
        raise IndexError("cell 7 of <b>row</b>\nout of range")
    broken.__module__ = "kg.ingest.events.bare_nouns"
    monkeypatch.setattr(pipeline, "bare_nouns", broken)
    monkeypatch.delenv("KG_INGEST_STRICT", raising=False)


def test_a_failing_rule_is_named_with_its_message_in_the_warning(snapshot_kg, monkeypatch):
    """The warning and the draft's note name the rule that raised (its module and function) and
    its message on one line, not only the group and the exception's type; the groups after it
    still ran (the post)."""
    from kg.ingest.output.draft import to_turtle
    from kg.ingest.run import summary
    _break_a_rule(monkeypatch)
    draft = _draft(snapshot_kg, _PACT)
    warnings = [w for w in summary(draft)["warnings"] if "failed on this text" in w]
    assert len(warnings) == 1, warnings
    w = warnings[0]
    assert "agreements, documents and products" in w and "IndexError" in w, w
    assert "test_ingest_hostile58" in w and "broken" in w, w      # the function that raised
    assert "cell 7 of <b>row</b> out of range" in w and "\n" not in w, w
    assert "Draft: rules for agreements, documents and products failed" in to_turtle(draft)
    assert any(p[0] == "Li Xiaoyan" for p in posts(draft)), posts(draft)


def test_a_failing_rule_heads_the_review_page_escaped(snapshot_kg, monkeypatch):
    """The reviewer reads the page, not the catalogue: the warning is at its top, its message's
    markup escaped."""
    from kg.ingest.knowledge.snapshot import graph_of
    from kg.ingest.output.review import render_review
    _break_a_rule(monkeypatch)
    page = render_review(graph_of(snapshot_kg), _draft(snapshot_kg, _PACT))
    assert 'id="skipped-1"' in page, page[:2000]
    assert "cell 7 of &lt;b&gt;row&lt;/b&gt; out of range" in page
    assert "<b>row</b>" not in page
    assert page.index('id="skipped-1"') < page.index('id="text"')


def test_a_page_of_a_draft_no_rule_failed_on_has_no_warning(snapshot_kg):
    """The guard: a draft every rule ran on shows no warning on its page."""
    from kg.ingest.knowledge.snapshot import graph_of
    from kg.ingest.output.review import render_review
    page = render_review(graph_of(snapshot_kg), _draft(snapshot_kg, _PACT))
    assert "skipped-1" not in page and "Warning:" not in page


def test_a_csv_run_tells_of_a_failing_rule_on_standard_error(run, tmp_path, monkeypatch):
    """`-f csv` prints the rows and no notes: the warning went nowhere (exit 0, the CSV alone).
    It goes to standard error; the draft is still written."""
    _break_a_rule(monkeypatch)
    art = tmp_path / "pact.txt"
    art.write_text(_PACT, encoding="utf-8")
    out = tmp_path / "d.ttl"
    r = run("ingest", art, "--id", "h58-csv", "-o", out, "-f", "csv")
    assert r.exit_code == 0, r.stderr
    assert "warning: rules for agreements, documents and products failed" in r.stderr, r.stderr
    assert "warning" not in r.stdout
    assert out.exists()


def test_the_bench_reports_a_failing_rule_and_exits_3(snapshot_kg, monkeypatch, capsys):
    """The measuring scripts scored a draft a failing rule cut short as if every rule had run
    (the held-out sets' scores among them): each article's skipped group is printed, and the
    scripts exit 3."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import ingest_eval as ev
    monkeypatch.setattr(ev, "SKIPPED", [])
    assert ev.skipped_status(0) == 0
    _break_a_rule(monkeypatch)
    ev.report_skipped("u999-pact", _draft(snapshot_kg, _PACT))
    err = capsys.readouterr().err
    assert "RULES FAILED on u999-pact: rules for agreements, documents and products" in err, err
    assert ev.skipped_status(0) == 3
    assert "rules failed on 1 article(s)" in capsys.readouterr().err


# --- 2. a flood-control duty notice: its only own date is its signature's --------------------------
_DUTY = ("Flood Season Duty Arrangements\n\n1. Duty period: 1 June to 30 September 2029.\n2. Leader "
         "on duty: Deputy Mayor Chen Guoqiang.\n\nShangluo Flood Control Headquarters Office\n"
         "May 28, 2029\n")


def test_a_short_numbered_notice_is_dated_by_its_signature(snapshot_kg):
    """A notice under 300 characters, its points numbered, signed "Office / May 28, 2029": the
    signature's day was refused as "below a section" (the numbered points read as section
    headings) and _signature_date reads no text that short, so the duty period's first day
    (1 June) was the text's date (reading/dates._closing_signature)."""
    assert str(_draft(snapshot_kg, _DUTY).date) == "2029-05-28"
    assert str(_draft(snapshot_kg, _DUTY.replace("May 28, 2029", "Shangluo, 28 May 2029")).date) \
        == "2029-05-28"


def test_a_day_closing_a_numbered_point_is_no_signature(snapshot_kg):
    """The guard: a last line whose day ends a numbered point ("2. Drill day: / 3 June 2029")
    is the point's, no signature: the notice keeps its header's day."""
    text = ("Drill Notice\nIssued: 20 May 2029\n\n1. Venue: Wei River dike, Xianyang\n2. Drill "
            "day:\n3 June 2029\n")
    assert str(_draft(snapshot_kg, text).date) == "2029-05-20"


def test_an_unnumbered_duty_notice_is_dated_by_its_signature(snapshot_kg):
    """The guard: the same notice without the items' numbers is dated by its signature."""
    text = _DUTY.replace("1. Duty", "Duty").replace("2. Leader", "Leader")
    assert str(_draft(snapshot_kg, text).date) == "2029-05-28"


# --- 3. a bilingual duty roster -------------------------------------------------------------------
_ROSTER = ("Roster | \u503c\u73ed\u8868\n\n| Date \u65e5\u671f | Leader \u5e26\u73ed\u9886\u5bfc "
           "| Unit \u5355\u4f4d |\n|---|---|---|\n| 1 July 2029 | Wang Haitao \u738b\u6d77\u6d9b | "
           "Fugu County Water Resources Bureau |\n| 2 July 2029 | Liu Fang \u5218\u82b3 | Fugu "
           "County Emergency Management Bureau |\n")


def test_a_bilingual_rosters_leaders_are_no_events(snapshot_kg):
    """A row of a table opening with its day whose cell prints a person's name and the same name
    in Chinese characters ('| 1 July 2029 | Wang Haitao \u738b\u6d77\u6d9b |') was read as a
    timeline's entry: an event 'Wang Haitao \u738b\u6d77\u6d9b' (events/verb_happenings,
    event:verb-clause) dated by the row's day, where the name alone gives none: a label that is
    a name once its Chinese characters are left out is that name, no happening."""
    draft = _draft(snapshot_kg, _ROSTER)
    assert not {x for x in _new(draft) if x.startswith(("Wang Haitao ", "Liu Fang "))}, _new(draft)
    assert {"Wang Haitao", "Liu Fang"} <= _new(draft, "Person"), _new(draft)


def test_a_bilingual_rows_deed_is_still_an_event(snapshot_kg):
    """The guard: a row whose cell tells a deed, its doer's Chinese name inside, is still one."""
    text = ("Inspection Log\n\n| Date | Record |\n|---|---|\n| 3 July 2029 | Wang Haitao "
            "\u738b\u6d77\u6d9b inspected the Fugu dike |\n")
    draft = _draft(snapshot_kg, text)
    assert {x for x in _new(draft) if x.startswith("Wang Haitao") and "inspected" in x}, \
        _new(draft)


def test_an_english_rosters_leaders_are_people_not_events(snapshot_kg):
    """The guard: the roster in English alone: two people, no event."""
    text = "Roster\n\n| Date | Leader | Unit |\n|---|---|---|\n| 1 July 2029 | Wang Haitao | Fugu " \
           "County Water Resources Bureau |\n| 2 July 2029 | Liu Fang | Fugu County Emergency " \
           "Management Bureau |\n"
    draft = _draft(snapshot_kg, text)
    assert {"Wang Haitao", "Liu Fang"} <= _new(draft, "Person"), _new(draft)
    assert not {x for x in _new(draft) if x.startswith(("Wang Haitao ", "Liu Fang "))}


# --- 4. a Red Cross society's provincial branch ----------------------------------------------------
def test_a_societys_provincial_branch_is_one_name(snapshot_kg):
    """"Red Cross Society of China Shaanxi Branch" (the branch's own English name: the society's
    name, then the province's and "Branch") also drafted an AssociationBranch "China Shaanxi
    Branch" (names/tails, name:inner-org), a name no text gives: a tail of places and "Branch"
    names no body of its own; "Bank of China Hunan Branch" likewise."""
    draft = _draft(snapshot_kg, "Branch Receives Donation\n\nXI'AN, 8 July 2029 -- The Red Cross "
                                "Society of China Shaanxi Branch received 3 million yuan from "
                                "Shaanxi Nonferrous Metals Holding Group Co., Ltd.\n")
    assert "China Shaanxi Branch" not in _new(draft), _new(draft)
    assert "Red Cross Society of China Shaanxi Branch" in _new(draft), _new(draft)
    draft = _draft(snapshot_kg, "Notice\n\nThe Party Committee of Bank of China Hunan Branch met "
                                "in Changsha on 3 May 2029.\n")
    assert "China Hunan Branch" not in _new(draft), _new(draft)


def test_a_branch_named_by_its_whole_is_still_named_inside(snapshot_kg):
    """The guard: "the Secretariat of the China Nonferrous Metals Industry Association Tin
    Branch": the branch, named with its association, is a name of its own inside the longer."""
    draft = _draft(snapshot_kg, "Notice\n\nThe Secretariat of the China Nonferrous Metals Industry "
                                "Association Tin Branch held a meeting in Kunming on 3 May 2029.\n")
    assert "China Nonferrous Metals Industry Association Tin Branch" in \
        _new(draft, "AssociationBranch"), _new(draft)


def test_a_red_cross_society_is_no_company(snapshot_kg):
    """The guard: "Yulin Red Cross Society" is a society (an association), no company."""
    draft = _draft(snapshot_kg, "Notice\n\nThe Yulin Red Cross Society will hold a blood donation "
                                "drive in Yulin on 12 July 2029.\n")
    assert "Yulin Red Cross Society" in _new(draft, "IndustryAssociation"), _new(draft)
    assert "Yulin" in _linked(draft)


def test_a_society_hyphenated_across_lines_is_still_a_society(snapshot_kg):
    """A society's name hyphenated across two lines ('Yulin Red Cross So-' / 'ciety') was drafted
    a Company (name:split-and-pair) where the same name on one line is an IndustryAssociation:
    the reading copy keeps the line-end hyphen's place as soft hyphens ('So\u00ad\u00adciety'),
    which the head word 'Society' did not match (fixed in round 58, hostile59: the name reader's
    words are read whole, names/candidates._words_of)."""
    draft = _draft(snapshot_kg, "Co-operation be-\ntween the Yulin Red Cross So-\nciety and Shenmu "
                                "Yongan Zinc In-\ndustry Co., Ltd. was signed on 4 Sep-\ntember "
                                "2029 in Yulin.\n")
    assert "Yulin Red Cross Society" in _new(draft, "IndustryAssociation"), _new(draft)


def test_a_blood_center_is_no_research_institute(snapshot_kg):
    """'Shaanxi Provincial Blood Center' was drafted a ResearchInstitute (name:center): a blood
    centre collects and supplies blood, it does no research (fixed in round 59, hostile60:
    data/body-name-ends.txt makes it an Organization)."""
    draft = _draft(snapshot_kg, "Donation\n\nXI'AN, 8 July 2029 -- 420 employees of Shaanxi "
                                "Nonferrous Metals Holding Group Co., Ltd. gave blood at the "
                                "Shaanxi Provincial Blood Center on Monday.\n")
    assert "Shaanxi Provincial Blood Center" not in _new(draft, "ResearchInstitute"), _new(draft)


# --- 5. a disabled persons' federation ------------------------------------------------------------
def test_a_federation_is_not_about_the_smelters_metal(snapshot_kg):
    """A headline the federation opens ("County Disabled Persons' Federation and Zinc Smelter
    Sign ... Pact") gave the federation the smelter's metal (relations/association_metals,
    org:association-metal): a disabled persons' federation, like a Red Cross society, serves
    people, no trade (data/association-not-trade-bodies.txt)."""
    draft = _draft(snapshot_kg, "County Disabled Persons' Federation and Zinc Smelter Sign Pact\n\n"
                   + _PACT.split("\n\n", 1)[1])
    fed = "Mian County Disabled Persons' Federation"
    assert not {o for s, o in _values(draft, "concernsMetal") if s == fed}, \
        _values(draft, "concernsMetal")
    draft = _draft(snapshot_kg, "Notice\n\nThe Yulin Red Cross Society will hold a blood "
                                "donation drive for the workers of magnesium smelters on 12 July "
                                "2029.\n")
    assert not {o for s, o in _values(draft, "concernsMetal") if s == "Yulin Red Cross Society"}


def test_a_trade_association_still_covers_its_members_metals(snapshot_kg):
    """The guard: a trade body's sentence still gives the metals its members trade."""
    draft = _draft(snapshot_kg, "Association Meeting\n\nKUNMING, 4 May 2029 -- The Yunnan Tin "
                                "Industry Association held its annual meeting on Friday. The "
                                "Association said its members produced more tin and indium in "
                                "2028.\n")
    got = {o for s, o in _values(draft, "concernsMetal") if s == "Yunnan Tin Industry Association"}
    assert "Indium" in {x.rsplit("/", 1)[-1].replace("metal-", "").capitalize() for x in got} \
        or "Indium" in got, got


def test_a_federations_pact_and_its_chairwomans_post(snapshot_kg):
    """The guard: the pact's parties and day, and the chairwoman's post in the federation."""
    draft = _draft(snapshot_kg, _PACT)
    fed = "Mian County Disabled Persons' Federation"
    agreements = [e for e in draft.new() if str(e.cls).endswith("#Agreement")]
    assert len(agreements) == 1, _new(draft)
    parties = {o for s, o in _values(draft, "party") if s == agreements[0].label}
    assert parties == {fed, "Hanzhong Zinc Industry Co., Ltd."}, parties
    assert ("Li Xiaoyan", "Chairwoman", fed) in posts(draft), posts(draft)


_FAIR = ("\ufeffDisabled Persons\u2019 Federation Holds Job Fair\r\n\r\nFUGU, May 9, 2029 \u2014 The "
         "Fugu County Disabled Persons\u2019 Federation held a job fair for disabled jobseekers at "
         "the county stadium on Friday. Twenty-two companies offered 310 posts.\r\n")


def test_a_fair_saved_with_a_bom_and_windows_line_ends(snapshot_kg):
    """A text with a byte-order mark, CR LF line ends and a typographic apostrophe: the title has
    no mark, the fair is the Friday before the dateline's Wednesday, the county is linked and
    the federation is an association; no label holds a carriage return."""
    draft = _draft(snapshot_kg, _FAIR)
    assert draft.title == "Disabled Persons\u2019 Federation Holds Job Fair", repr(draft.title)
    assert "Fugu County" in _linked(draft)
    assert "Fugu County Disabled Persons\u2019 Federation" in _new(draft, "IndustryAssociation")
    fairs = [e for e in draft.new() if str(e.cls).endswith("#Exhibition")]
    assert fairs and {str(o) for s, o in _values(draft, "startDate")
                      if s == fairs[0].label} == {"2029-05-04"}, _values(draft, "startDate")
    assert not any("\r" in e.label or "\ufeff" in e.label for e in draft.entities.values())


def test_a_fair_saved_with_a_bom_validates(run, tmp_path, data_copy, sources_dir):
    """Through the command into a copy of the data: the BOM and CR LF text validates (its
    evidence spans checked against the text as stored)."""
    import json
    import shutil
    texts = tmp_path / "texts"
    shutil.copytree(sources_dir, texts)
    art = tmp_path / "fair.txt"
    art.write_bytes(_FAIR.encode("utf-8"))
    r = run("ingest", art, "--id", "901-h58-fair", "-o", tmp_path / "d.ttl", "--data", data_copy,
            "--into", data_copy, "--texts", texts)
    assert r.exit_code == 0, r.stderr
    r = run("validate", "--data", data_copy, "--texts", texts, "-f", "json")
    payload = json.loads(r.stdout)
    assert r.exit_code == 0 and payload["ok"], [p for p in payload["problems"]
                                                if p["severity"] != "to review"]


# --- 6. a procuratorate's public interest suit -----------------------------------------------------
def test_a_procuratorates_suit_and_its_chief_procurator(snapshot_kg):
    """A suit against a bureau: the chief procurator's post in the procuratorate, the suit on the
    Monday before the dateline's Tuesday, the procuratorate a party of it."""
    draft = _draft(snapshot_kg, "Procuratorate Sues Bureau over Tailings Leak\n\nBAOJI, June 12, "
                                "2029 -- The Feng County People's Procuratorate filed an "
                                "administrative public interest lawsuit against the Feng County "
                                "Natural Resources Bureau on Monday. Chief Procurator Ma Wenjun "
                                "said the bureau had failed to act.\n")
    proc = "Feng County People's Procuratorate"
    assert ("Ma Wenjun", "Chief Procurator", proc) in posts(draft), posts(draft)
    suits = [e for e in draft.new() if e.label.lower().startswith("administrative public interest")]
    assert suits, _new(draft)
    assert {str(o) for s, o in _values(draft, "startDate") if s == suits[0].label} == \
        {"2029-06-11"}, _values(draft, "startDate")
    assert proc in {o for s, o in _values(draft, "participant") if s == suits[0].label}


# --- 7. full-width punctuation and a person named like a city -------------------------------------
def test_a_full_width_dateline_and_a_person_named_like_a_city(snapshot_kg):
    """"XI'AN\uff0cAugust 3\uff0c2029\u2014\u2014" (full-width commas, a doubled dash): the text's
    date; "Yan'an Wang" presided: a person, not the city."""
    draft = _draft(snapshot_kg, "Flood drill held in Xi'an\n\nXI'AN\uff0cAugust 3\uff0c2029\u2014"
                                "\u2014The Shaanxi Provincial Flood Control Headquarters held a "
                                "flood drill on the Wei River on 1 August. Yan'an Wang, director "
                                "of the headquarters office, presided.\n")
    assert str(draft.date) == "2029-08-03", draft.date
    assert "Yan'an Wang" in _new(draft, "Person"), _new(draft)
    drills = {s for s, o in _values(draft, "startDate") if s.startswith("Flood drill")}
    assert drills and all(o == "2029-08-01" for s, o in _values(draft, "startDate")
                          if s in drills), _values(draft, "startDate")


# --- 8. a Red Cross society's list of donors: the rows' days, the signature's ----------------------
def _donors(n: int) -> str:
    names = ["Wang Wei", "Li Fang", "Zhang Min", "Liu Jing", "Chen Lei", "Yang Qiang"]
    rows = "".join(f"{i + 1}. {names[i % 6]}, {100 + 5 * i} yuan, "
                   f"{1 + i % 28} July 2029\n" for i in range(n))
    return ("Yulin Red Cross Society: Donors to the Flood Relief Fund (List 4)\n\n" + rows
            + "\nYulin Red Cross Society\n31 July 2029\n")


def test_a_donors_list_is_dated_by_its_signature_not_its_first_row(snapshot_kg):
    """"1. Wang Wei, 100 yuan, 1 July 2029" under the title: a numbered row of the list (a donor
    and the day of the gift), not a header's day; the signature's "31 July 2029" dates the
    list (reading/dates._item_row)."""
    assert str(_draft(snapshot_kg, _donors(12)).date) == "2029-07-31"


def test_a_header_day_over_a_numbered_list_is_still_the_texts(snapshot_kg):
    """The guard: a day on its own header line over the numbered rows stays the text's."""
    text = ("Donors to the Flood Relief Fund\nYulin, 2 August 2029\n\n1. Wang Wei, 100 yuan, 1 July "
            "2029\n2. Li Fang, 200 yuan, 3 July 2029\n")
    assert str(_draft(snapshot_kg, text).date) == "2029-08-02"


def test_a_numbered_tables_row_day_is_not_the_texts(snapshot_kg):
    """A procuratorate's list of matters: "| 2 | Lueyang County Ecology Bureau | Failure to stop
    discharge | 9 June 2029 |" (few words before the day) was read as a header's day, the
    signature's "12 June 2029" left unread: a table's numbered row is a row of the list."""
    text = ("Procuratorate Announcement\n\n| No. | Respondent | Matter | Date |\n|---|---|---|---|\n"
            "| 1 | Feng County Natural Resources Bureau | Failure to order repair of a tailings "
            "dam | 5 June 2029 |\n| 2 | Lueyang County Ecology Bureau | Failure to stop discharge "
            "| 9 June 2029 |\n\nFeng County People's Procuratorate\n12 June 2029\n")
    assert str(_draft(snapshot_kg, text).date) == "2029-06-12"


def test_a_forms_date_row_in_a_table_is_still_the_texts(snapshot_kg):
    """The guard: a form's head printed as a table ("| Date | 20 May 2029 |", no row number)
    still dates the text."""
    text = ("Flood Drill Record\n\n| Date | 20 May 2029 |\n|---|---|\n| Place | Wei River dike |\n"
            "| Leader | Wang Haitao |\n\nThe drill ran for two hours.\n")
    assert str(_draft(snapshot_kg, text).date) == "2029-05-20"


# --- 9. 'X named A its <role>' (hostile57's fault) --------------------------------------------------
def test_named_a_its_role_gives_the_post_and_no_other_words_do(snapshot_kg):
    """'Kestrel Zinc Ltd named Wang Lei its chief financial officer' is a post in Kestrel Zinc
    (relations/appointments); the guard: 'named A its best worker' names no role, no post."""
    draft = _draft(snapshot_kg, "Board changes\n\nKestrel Zinc Ltd named Wang Lei its new chief "
                                "financial officer on 3 May 2029.\n")
    assert any(p[0] == "Wang Lei" and p[2] == "Kestrel Zinc Ltd" for p in posts(draft)), \
        posts(draft)
    draft = _draft(snapshot_kg, "Awards\n\nKestrel Zinc Ltd named Wang Lei its best worker of "
                                "the year on 3 May 2029.\n")
    assert not posts(draft), posts(draft)


# --- 10. a standard's title with its part and its number -------------------------------------------
@fault("'Technical Specification for Magnesium Alloy Die Castings: Part 2: Test Methods (GB/T "
       "13822.2-2029)' is drafted as a Standard labelled 'Technical Specification for Magnesium "
       "Alloy Die Castings' (name:specification-of, cut at the first colon), beside a "
       "NationalStandard 'GB/T 13822.2-2029': the part is lost from the label, so Part 1 and "
       "Part 2 of one standard would take one label and one IRI")
def test_a_standards_part_stays_in_its_label(snapshot_kg):
    draft = _draft(snapshot_kg, "Technical Specification for Magnesium Alloy Die Castings: Part 2: "
                                "Test Methods (GB/T 13822.2-2029)\n\nThe standard was issued on 3 "
                                "March 2029.\n")
    assert "Technical Specification for Magnesium Alloy Die Castings" not in _new(draft), \
        _new(draft)

