"""Round 43, documents and posts on pairs the draft already has, on short texts written for this
file (invented companies and bodies): a law the article cites is not about the article's metal,
a notice it reports is; a body that signs over a blank line and the date issued the text;
"Company attendees:" are the house's."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, metals_of, posts, snapshot_kg, values  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round43-docrel"):
    return draft_of(kg, text, doc_id, "round43.txt", today=dt.date(2026, 12, 5))


_FINE = ("Lanxi Zinc Works Fined for Dust at Its Zinc Smelter\n\n"
         "Lanxi, 4 December 2026 -- The Lanxi County Emergency Management Bureau fined Lanxi "
         "Zinc Works Co., Ltd. 300,000 yuan after dust piled up in the zinc roasting hall. The "
         "fine was set under the Work Safety Law of the People's Republic of China. The "
         "bureau's Notice on Rectification gave the works two months to clean up. The smelter "
         "makes 80,000 tonnes of zinc ingots a year, and its zinc output will fall. Zinc prices "
         "held steady.\n")


def test_a_notice_the_article_reports_concerns_the_article_s_metal(snapshot_kg):
    """The bureau's notice to a zinc smelter, in an article about zinc, is about zinc."""
    draft = _draft(snapshot_kg, _FINE)
    assert "metal-zinc" in metals_of(draft, "Notice on Rectification")


def test_a_law_the_article_cites_gets_no_article_metal(snapshot_kg):
    """"The fine was set under the Work Safety Law": the law governs every trade; the zinc of
    the article is not its metal."""
    draft = _draft(snapshot_kg, _FINE)
    law = [e for e in draft.entities.values() if e.label.startswith("Work Safety Law")]
    assert law, "the law is drafted"
    assert metals_of(draft, "Work Safety Law") == set()


# --- a signature with a blank line over its date ----------------------------------------------
_PUBLICITY = ("Publicity of Two Tin Mining Licence Renewals\n\n"
              "*Yunshan Provincial Department of Natural Resources | Tuesday, 15 December 2026*\n\n"
              "Two holders of tin mining licences in Yunshan have applied to renew them. Anyone "
              "who objects may write to the department within ten working days.\n\n"
              "1. Beiling Tin Mine of Yunshan Beiling Tin Co., Ltd., licence to 2036.\n\n"
              "2. Xiaping Tin Mine of Xiaping Mining Co., Ltd., licence to 2033.\n\n"
              "Tel.: 0871-6000 1234\n\n"
              "Yunshan Provincial Department of Natural Resources\n\n"
              "15 December 2026\n")


def test_a_body_signing_over_a_blank_line_and_the_date_issued_the_text(snapshot_kg):
    """A page that sets a blank line between every two lines: the department over the date
    still signs the publicity it heads."""
    draft = _draft(snapshot_kg, _PUBLICITY)
    got = {(s, o) for s, o in values(draft, "issuedBy") if s.startswith("Publicity of")}
    assert ("Publicity of Two Tin Mining Licence Renewals",
            "Yunshan Provincial Department of Natural Resources") in got, got


def test_a_telephone_line_over_a_blank_line_signs_nothing(snapshot_kg):
    """"Tel.: ..." / "" / date: no body on the line over the gap, no issuer from it."""
    text = ("Notice on the Winter Stocktake of Copper Cathode\n\n"
            "Warehouse keepers of Donglin Copper Logistics Co., Ltd. will count the copper "
            "cathode in stock from 20 to 22 December. No goods leave the yard in those days.\n\n"
            "Tel.: 0551-7000 4321\n\n"
            "18 December 2026\n")
    draft = _draft(snapshot_kg, text)
    assert not {o for s, o in values(draft, "issuedBy") if s.startswith("Notice on the Winter")}


# --- "Company attendees:" in an investor-relations record ----------------------------------
def test_company_attendees_hold_posts_in_the_house(snapshot_kg):
    """"Company attendees:  A, Chief Financial Officer" under the company's letterhead: A is
    the company's CFO (the line under it gives its own person a post too)."""
    text = ("HEXIAN COPPER FOIL CO., LTD.\n"
            "Record of Investor Relations Activities No. 2026-14\n\n"
            "Activity type:      site visit\n"
            "Date:               Thursday, 10 December 2026\n"
            "Visitors:           12 analysts from Beiyuan Securities and Donghai Fund\n"
            "Company attendees:  Ma Lirong, Chief Financial Officer\n"
            "                    Zhou Pengfei, Secretary of the Board\n\n"
            "Q1: How full is the new copper foil line?\n"
            "A: The line ran at 85% of capacity in November.\n\n"
            "Hexian Copper Foil Co., Ltd.\n"
            "10 December 2026\n")
    got = posts(_draft(snapshot_kg, text))
    assert ("Ma Lirong", "Chief Financial Officer", "Hexian Copper Foil Co., Ltd.") in got, got
    assert not any(h and h.startswith(("Beiyuan", "Donghai")) for h, _, _ in got), got


# --- a record's parties labelled in lenticular brackets -------------------------------------
def test_a_legal_representative_under_a_bracketed_party_label_is_that_party_s(snapshot_kg):
    """"【Defendant】Y Co., Ltd." over "  Legal representative: B": B represents Y, not the
    court that posts the announcement."""
    text = ("Lanshan Intermediate People's Court | Court Announcements\n"
            "Posted: 2026-12-11 (Fri.)\n\n"
            "## Announcement on a Judgment in a Zinc Ingot Supply Dispute\n\n"
            "【Case No.】(2026) Lan 02 Min Chu No. 88\n\n"
            "【Plaintiff】Hongji Zinc Trading Co., Ltd.\n"
            "  Legal representative: Wen Shaoqing, Chairman\n\n"
            "【Defendant】Baiyu Die Casting Co., Ltd.\n"
            "  Address: Xiqiao Industrial Park, Lanshan\n"
            "  Legal representative: Tao Mingjie, General Manager\n\n"
            "The court ordered the defendant to pay for 600 tonnes of zinc ingots delivered in "
            "March 2026, with interest.\n")
    got = {(h, o) for h, r, o in posts(_draft(snapshot_kg, text)) if r == "Legal representative"}
    assert ("Wen Shaoqing", "Hongji Zinc Trading Co., Ltd.") in got, got
    assert ("Tao Mingjie", "Baiyu Die Casting Co., Ltd.") in got, got
    assert not any(o and o.startswith("Lanshan Intermediate") for _, o in got), got


# --- the office printed under the letterhead's body ------------------------------------------
def test_the_office_under_a_letterhead_issued_the_text(snapshot_kg):
    """"X CO., LTD." over "Procurement Department" over the notice's number and subject: the
    department wrote the notice; the company's name on the line above is its letterhead."""
    text = ("TIANBEI MAGNESIUM WHEEL CO., LTD.\n"
            "Procurement Department\n\n"
            "Notice No.: TB-PD-2026-31\n"
            "Date:       Tuesday, 8 December 2026\n"
            "Subject:    Results of the 2026 review of magnesium ingot suppliers\n\n"
            "To all suppliers concerned:\n\n"
            "The review of magnesium ingot suppliers ended on 30 November. Fugang Magnesium "
            "Smelting Co., Ltd. and Hequ Light Metals Co., Ltd. stay on the list for 2027.\n\n"
            "Contact: Ms. Gao Wen, +86 29 5555 0101\n")
    got = {o for s, o in values(_draft(snapshot_kg, text), "issuedBy") if s.startswith("Notice")}
    assert got == {"Procurement Department"}, got


def test_a_letterhead_with_no_office_under_it_issues_the_text_itself(snapshot_kg):
    """"X CO., LTD." over a blank line and the notice's fields: the company issued it."""
    text = ("TIANBEI MAGNESIUM WHEEL CO., LTD.\n\n"
            "Notice No.: TB-GM-2026-07\n"
            "Date:       Tuesday, 8 December 2026\n"
            "Subject:    Holiday schedule of the magnesium wheel plant\n\n"
            "To all staff:\n\n"
            "The plant stops from 1 to 3 January 2027 and restarts on 4 January.\n")
    got = {o for s, o in values(_draft(snapshot_kg, text), "issuedBy") if s.startswith("Notice")}
    assert got and got <= {"TIANBEI MAGNESIUM WHEEL CO., LTD.", "Tianbei Magnesium Wheel Co., Ltd."}, got
    assert "Procurement Department" not in got
