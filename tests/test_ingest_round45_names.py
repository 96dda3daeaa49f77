"""Round 45, new names and links: an official document's title in capitals under its
letterhead and number, opening with an article ("THE ACTION PLAN FOR ...") or holding the name
of a plan the graph knows ("THE 15TH FIVE-YEAR PLAN FOR THE DEVELOPMENT OF ..."), is the text's
own document, labelled in title case with its period in brackets; on short texts written for
this file (invented bodies and places)."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round45-names"):
    return draft_of(kg, text, doc_id, "round45.txt")


def _linked(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.known()}


# --- 1. a title in capitals that opens with an article, or holds a known plan's name ----------
_ACTION = ("Lanxi Provincial People's Government\n"
           "Lan Fu [2027] No. 9\n\n"
           "THE ACTION PLAN FOR THE GREEN UPGRADING OF THE ZINC INDUSTRY OF\n"
           "LANXI PROVINCE (2027-2029)\n"
           "(Excerpt: Chapter 3)\n\n"
           "Chapter 3  Cleaner Smelting\n\n"
           "The province will close three old zinc roasters by the end of 2028.\n")


def test_title_opening_with_an_article_is_the_document(snapshot_kg):
    """"THE ACTION PLAN FOR ..." wrapped onto a second line: the text's own plan, labelled in
    title case with its years; the remark on the copy ("(Excerpt: Chapter 3)") is not part of
    the title, and the number printed above is an alias."""
    draft = _draft(snapshot_kg, _ACTION)
    plans = [e for e in draft.new() if e.label.startswith("The Action Plan")]
    assert [e.label for e in plans] == [
        "The Action Plan for the Green Upgrading of the Zinc Industry of Lanxi Province "
        "(2027-2029)"], new_labels(draft)
    assert "Lan Fu [2027] No. 9" in plans[0].aliases
    assert not any("Excerpt" in e.label for e in draft.new())


_FIVE_YEAR = ("Lanxi Provincial People's Government\n"
              "Lan Fu [2026] No. 31\n\n"
              "THE 15TH FIVE-YEAR PLAN FOR THE DEVELOPMENT OF THE RARE METALS INDUSTRY OF\n"
              "LANXI PROVINCE (2026-2030)\n\n"
              "Section 2  Tungsten and Molybdenum\n\n"
              "The province will build a tungsten recycling base in its western hills.\n")


def test_known_plan_inside_a_longer_title_does_not_swallow_it(snapshot_kg):
    """A title that holds the name of the national 15th Five-Year Plan (known to the graph) but
    goes on ("... FOR THE DEVELOPMENT OF ...") is a plan of its own: drafted, its ordinal in
    lower case ("15th"); the known plan is still linked where its name is printed."""
    draft = _draft(snapshot_kg, _FIVE_YEAR)
    assert ("The 15th Five-Year Plan for the Development of the Rare Metals Industry of Lanxi "
            "Province (2026-2030)") in new_labels(draft), new_labels(draft)
    assert not any("15TH" in e.label for e in draft.new())


_BARE = ("Lanxi Provincial People's Government\n"
         "Lan Fu [2026] No. 32\n\n"
         "15TH FIVE-YEAR PLAN\n\n"
         "Chapter 1  Aims\n\n"
         "The province will follow the national plan in all its counties and cities.\n")


def test_heading_that_is_only_the_known_plan_mints_nothing(snapshot_kg):
    """A heading that is the known plan's name alone ("15TH FIVE-YEAR PLAN") names the plan the
    graph knows: no new document is drafted for it."""
    draft = _draft(snapshot_kg, _BARE)
    assert not [e for e in draft.new() if "Five-Year" in e.label], new_labels(draft)


_SECTIONS = ("CLIENT NOTE | Disputes\n"
             "Hengsha Law Firm -- Issue No. 7 -- 2 November 2026\n\n"
             "Tribunal rules for copper refiner over halted shipments\n\n"
             "THE PARTIES\n\n"
             "An arbitral tribunal ordered Pelang Mining to pay damages to Yuqi Copper Co., Ltd.\n\n"
             "THE CONTRACT\n\n"
             "The two signed a supply contract in 2024.\n")


def test_section_heading_with_an_article_is_no_document(snapshot_kg):
    """A section's heading in capitals with an article and a genre word alone ("THE CONTRACT",
    "THE PARTIES") titles no document: the article counts only before a title that goes on
    ("THE ... PLAN FOR ...")."""
    draft = _draft(snapshot_kg, _SECTIONS)
    assert not [e for e in draft.new() if e.label.lower() in ("the contract", "the parties")], \
        new_labels(draft)


# --- 2. a call for projects, papers or comments is a notice ------------------------------------
_CALL = ("# Call for Open Projects 2027 -- Weihe Alloy Research Center\n\n"
         "**Issued by:** Weihe Alloy Research Center (Baoji, Shaanxi)\n"
         "**Date:** Monday, 18 January 2027\n\n"
         "The center invites proposals on titanium powder for additive manufacturing. Each "
         "project receives up to 300,000 yuan.\n")


def test_call_for_projects_headline_is_a_notice(snapshot_kg):
    """A headline opening with "Call for" titles the text's own document, a notice, labelled
    as printed."""
    draft = _draft(snapshot_kg, _CALL)
    assert "Call for Open Projects 2027 -- Weihe Alloy Research Center" in \
        new_labels(draft, "Notice"), new_labels(draft)


_CALLED = ("Weihe workers call for higher pay at the alloy plant\n\n"
           "Workers at the Weihe alloy plant in Baoji called for higher pay on Monday, saying "
           "prices had risen.\n")


def test_call_in_a_sentence_case_headline_is_no_notice(snapshot_kg):
    """"workers call for higher pay" in a headline in sentence case is news, not the title of
    a notice."""
    draft = _draft(snapshot_kg, _CALLED)
    assert not new_labels(draft, "Notice"), new_labels(draft)



# --- 3. a report "on the Implementation of" a law is about that law ---------------------------
_REPORT = ("# Report of the Inspection Group of the Lanxi Provincial Department of Ecology on "
           "the Implementation of the Lanxi Regulations on Tailings Pond Safety\n\n"
           "Published: 3 December 2026\n\n"
           "The group visited eleven tailings ponds in four counties in October and found "
           "three without seepage monitoring.\n")


def test_report_on_the_implementation_of_a_law_is_about_it(snapshot_kg):
    """The headline's report is the text's own document, and the regulations it reports on
    (printed after "on the Implementation of the") are a document of their own that the report
    is about."""
    draft = _draft(snapshot_kg, _REPORT)
    regs = [e for e in draft.new() if e.label == "Lanxi Regulations on Tailings Pond Safety"]
    assert regs, new_labels(draft)
    report = next(e for e in draft.new() if e.label.startswith("Report of the Inspection Group"))
    assert any(str(p).endswith("#about") and o == regs[0].iri for p, o, _, _ in report.statements)
    # (the regulations were not issued on the report's day)
    assert not [o for p, o, _, _ in regs[0].statements if str(p).endswith("#dateIssued")]
