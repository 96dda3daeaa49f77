"""Round 58: the day an agreement was signed and its own number.

Translated contracts and agreements print their code on a field line under (or over) the
title ("Agreement No.: X-2027-04") and close with the place and day of signing, often above
the parties' signature block and with a long place ("Signed at Hanzhong, Shaanxi, on Monday,
...", "Signed at the county's service hall, Friday, ..."). The code is the titled agreement's
own number, no second agreement (names/document_numbers._coded_fields); the closing line dates
the text (reading/dates._signed_line, reading/signature_cells.signed_clause) and the agreement
is signed that day (events/document_itself); "runs from the date of signing until D" gives its
end (events/agreement_terms). A report that opens "At 22:41 on Friday, <day>" is not dated
by that day: its signature dates it (reading/dates._SENTENCE_OPENS). A story under a dateline
a day or a few before the paper's date counts its "yesterday" from the dateline's day
(events/weekday_dates._dateline_day)."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"

_BLOCK = ("Party A (seal)                              Party B (seal)\n"
          "Representative: Kong Weidong                Representative: Pei Lanfang\n"
          "Director                                    General Manager\n")


def _agreements(draft) -> list:
    return [e for e in draft.new() if str(e.cls) == NFO + "Agreement"]


def test_a_code_under_the_title_is_the_agreements_own_number(snapshot_kg):
    text = ("Cooperation Agreement on River Sediment Sampling near Tin Tailings Ponds\n\n"
            "Agreement No.: HZ-SYJ-2027-04\n\n"
            "Party A:  Hanzhong Hydrology Station\n"
            "Party B:  Lueyang Tin Industry Co., Ltd.\n\n"
            "Article 1  Party A samples the river bed below the two tailings ponds each month\n"
            "and sends Party B its results.\n\n"
            "Article 2  Term. This Agreement runs from the date of signing until 31 March 2029.\n\n"
            + _BLOCK + "\n"
            "Signed at Hanzhong, Shaanxi, on Monday, 8 March 2027\n")
    draft = draft_of(snapshot_kg, text, "round58-coded", "round58-coded.txt")
    found = _agreements(draft)
    assert len(found) == 1, [e.label for e in found]
    agreement = found[0]
    assert "HZ-SYJ-2027-04" in agreement.aliases, agreement.aliases
    got = label_dates(draft, "Cooperation Agreement on River Sediment")
    dates = next(iter(got.values()))
    assert dates.get("dateSigned") == "2027-03-08", got
    assert dates.get("endDate") == "2029-03-31", got
    assert str(draft.date) == "2027-03-08"


def test_a_long_place_of_signing_above_the_signature_block_dates_the_text(snapshot_kg):
    text = ("Service Agreement on Free Legal Clinics for Smelter Staff\n\n"
            "Party A: Luonan County Legal Aid Centre\n"
            "Party B: Luonan Molybdenum Smelting Co., Ltd.\n\n"
            "Article 1  Party A sends a lawyer to the smelter's staff canteen on the first\n"
            "Tuesday of each month to answer questions on wages and injury insurance.\n\n"
            "Article 2  Party B provides a room and tells its staff of each visit in advance.\n\n"
            "Signed at the smelter's staff service hall, Friday, 14 May 2027, in two copies.\n\n"
            + _BLOCK)
    draft = draft_of(snapshot_kg, text, "round58-longplace", "round58-longplace.txt")
    assert str(draft.date) == "2027-05-14"
    got = label_dates(draft, "Service Agreement on Free Legal Clinics")
    assert got and next(iter(got.values())).get("dateSigned") == "2027-05-14", got


def test_a_code_in_a_sentence_stays_another_document(snapshot_kg):
    # (the code of another contract named in the body is no number of the title's agreement)
    text = ("Supplementary Agreement on Slag Haulage\n\n"
            "Party A: Xunyang Zinc Co., Ltd.\n"
            "Party B: Ankang Haulage Co., Ltd.\n\n"
            "This agreement amends the haulage contract AK-HY-2026-031 signed last year.\n\n"
            "Signed at Xunyang on Tuesday, 9 February 2027\n")
    draft = draft_of(snapshot_kg, text, "round58-bodycode", "round58-bodycode.txt")
    titled = [e for e in _agreements(draft) if e.label.startswith("Supplementary Agreement")]
    assert titled and not any("AK-HY-2026-031" in a for a in titled[0].aliases), \
        [(e.label, e.aliases) for e in _agreements(draft)]


def test_a_report_opening_at_a_time_of_day_is_dated_by_its_signature(snapshot_kg):
    text = ("XUNYANG COUNTY EARTHQUAKE BUREAU\n\n"
            "Report on the M3.6 Earthquake near the Xunyang Mercury Mine\n\n"
            "To the Xunyang County People's Government:\n\n"
            "At 22:41 on Friday, 5 March 2027 an earthquake of magnitude 3.6 shook the\n"
            "mining area. No one was hurt and the tailings dam showed no cracks.\n\n"
            "The Bureau will hold a review meeting on aftershocks next Monday.\n\n"
            "                                     Xunyang County Earthquake Bureau\n"
            "                                          Tuesday, 9 March 2027\n")
    draft = draft_of(snapshot_kg, text, "round58-clock", "round58-clock.txt")
    assert str(draft.date) == "2027-03-09"


def test_yesterday_under_a_dateline_counts_from_the_datelines_day(snapshot_kg):
    # (a paper dated the 9th prints a story filed on the 8th: its "yesterday" is the 7th)
    text = ("Miners' Choir from Xunyang Sings at Ankang Smelter\n\n"
            "Friday, 9 April 2027            Ankang Daily (reporter: Tan Lu)\n\n"
            "Ankang, 8 April - A 40-member choir of the Xunyang Mercury Mine yesterday gave a\n"
            "concert in the canteen of the Ankang zinc smelter. The choir left for Hanzhong this\n"
            "morning.\n")
    draft = draft_of(snapshot_kg, text, "round58-dateline", "round58-dateline.txt")
    got = {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#startDate")}
           for e in draft.new()}
    concert = [v for k, v in got.items() if "choir of the Xunyang" in k or "concert" in k]
    left = [v for k, v in got.items() if k.startswith("The choir left")]
    assert concert and concert[0] == {"2027-04-07"}, got
    assert left and left[0] == {"2027-04-08"}, got


def test_a_dateline_of_the_papers_own_day_changes_nothing(snapshot_kg):
    text = ("Miners' Choir from Xunyang Sings at Ankang Smelter\n\n"
            "Friday, 9 April 2027            Ankang Daily (reporter: Tan Lu)\n\n"
            "Ankang, 9 April - A 40-member choir of the Xunyang Mercury Mine yesterday gave a\n"
            "concert in the canteen of the Ankang zinc smelter.\n")
    draft = draft_of(snapshot_kg, text, "round58-sameday", "round58-sameday.txt")
    got = {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#startDate")}
           for e in draft.new()}
    concert = [v for k, v in got.items() if "choir of the Xunyang" in k or "concert" in k]
    assert concert and concert[0] == {"2027-04-08"}, got
