"""`kg ingest` attacked a fifth time (after test_ingest_hostile.py .. hostile4.py), aimed at the
round-9 rules: deal agreements said to be signed (events/deal_agreements.py), shareholders named
by the word (relations/shareholders.py), a second holder of one sentence (holdings), "said that
it" buyers (relations/acquisitions.py), a company's own meetings, units of an organisation,
facilities in a place, founding days, 'closed on Sunday', days of an event ('on the first
day'), policies released at a session, notices signed and dated, standards listed under one
date, month-days rolled back a year, headline agreements and events (events/anaphora.py),
bracketed short forms and 'It was hosted by'. Odd text never makes a rule raise and the draft
still parses with real days; each construction repeated thousands of times stays within a few
seconds of CPU; negated, denied and future sentences give no relation that says otherwise.
Every article here is written for this file."""
from __future__ import annotations

import pytest
from rdflib import RDFS, URIRef

from hostile_drafts import (cpu_seconds, linear_cpu, draft_of, parsed, parses_with_real_dates,  # noqa: F401
                            real_dates, snapshot_kg)

NFO = "https://w3id.org/nfkg/ontology#"


def _draft(kg, text: str, doc_id: str = "hostile5-x"):
    return draft_of(kg, text, doc_id, "hostile5.txt")


def _pairs(g, prop: str) -> set:
    """(subject label, object label or literal) of every ``nfo:prop`` statement."""
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(s, str(s)), label.get(o, str(o)))
            for s, o in g.subject_objects(URIRef(NFO + prop))}


# --- odd text in the round-9 constructions: no rule raises, the draft parses with real days ---
ODD = {
    "deal agreements with nothing around them":
        "The share purchase agreement was signed. The equity transfer agreement has been signed "
        "after the meeting.",
    "a purchase of itself, from itself":
        "Baotai Group bought 60% of Baotai Group from Baotai Group. The share purchase "
        "agreement was signed after the meeting of the board.",
    "a seller in an unclosed bracket":
        "Baotai Group bought 60% of Jinchuan Group (a unit from its controlling shareholder, "
        "\nThe share purchase agreement was signed at the meeting",
    "shareholder fields and lists of nobody":
        "Shareholder:\nShareholders: \nMain shareholders: (100%) and ; and\nIts shareholders "
        "are , and (51%).",
    "shareholders of 140% and of -5%":
        "Fugu Metals Co., Ltd.'s shareholders are Baotai Group (140%) and Jinchuan Group (-5%)."
        "\nShareholder: Baotai Group (100.5%)",
    "an apposed shareholder with nothing before it":
        "Baotai Group, its controlling shareholder, said. , its largest shareholder,",
    "founded on February 30": "The Acme Alliance was founded on February 30, 2026. The "
                              "founding assembly was held.",
    "founded on the 0th and in month 13":
        "It was set up on the 0th. The inaugural meeting opened. It was established in 2026-13."
        " The establishment ceremony.",
    "closed on a weekday with no event before": "The meeting closed on Sunday. The forum ended "
                                                "on the 16th. The seminar concluded on Monday.",
    "a forum that closes before it opens": "The Acme Forum opened on June 30, 2026. The forum "
                                           "closed on June 2.",
    "a closing day before the first":
        "The Acme Expo was held from June 9 to June 3, 2026. On the closing day, a deal was "
        "signed. On the fourth day a ceremony was held.",
    "the second day of an event dated by its year":
        "The Acme Expo was held in 2026. On the second day, Baotai Group signed a supply "
        "agreement.",
    "released at a session of nothing":
        "The Zinc Action Plan was released at the opening session. The Copper Plan was unveiled "
        "at the closing ceremony of .",
    "plans of backward and impossible years":
        "The Zinc Action Plan (2030-2027) and the Copper Plan (0000-9999) were issued.",
    "a signed notice dated February 30":
        "NOTICE ON ZINC SMELTING\n\nThe notice applies.\n\nAcme Bureau\nFebruary 30, 2026",
    "a signature alone": "Acme Bureau\n2026-02-29",
    "a headline memorandum and no body": "Acme and Beta Sign Memorandum",
    "a headline memorandum and two in the body":
        "Acme and Beta Sign Memorandum\n\nAcme Group and Beta Group signed a memorandum of "
        "understanding on May 3, 2026. Acme Group and Beta Group signed a memorandum of "
        "cooperation on May 9, 2026.",
    "a headline of quotes, angle brackets and backslashes":
        "\"Acme\" <and> \\Beta\\ Sign [Memorandum]\n\n\"Acme\" Group and <Beta> Group signed a "
        "memorandum of understanding (MoU) on May 3, 2026.",
    "'It was hosted by' with nothing before":
        "It was hosted by Baotai Group. It was organised by. It was jointly co-hosted by , and .",
    "a company's meeting and no company":
        "The 0th meeting of the 0th board of directors was held. The 2026 first extraordinary "
        "general meeting approved.",
    "a unit of itself": "No. 912 Geological Brigade of the No. 912 Geological Brigade met. "
                        "Institute of the Institute of the Institute.",
    "facilities of nowhere": "Acme Zinc Co., Ltd., 185% owned, operating a smelter in , grew. "
                             "Beta Co., Ltd., operating a plant in in in.",
    "notice lists of nothing":
        "The Administration has approved and published  and  in its Announcement No. . It has "
        "approved 0 industry standards in its Announcement No. 29. Three of them:\n1.\n2.\n- "
        "replacing",
    "listed standards of impossible years and days":
        "The Ministry approved 2 industry standards, dated March 3, 2026. They will be "
        "implemented from February 30, 2027:\n1. YS/T 1-2099 Zinc\n2. YS/T 2-1899 Tin",
    "a month-day rolled back onto February 29 of a common year":
        "Lanzhou, January 9, 2025 -- Jinchuan Group signed a supply agreement on Feb. 29. It "
        "signed another on Dec. 31.",
    "bracketed short forms of brackets":
        "Acme Haibo Aluminium Group Co., Ltd. (Haibo (Group)) signed. Beta Co., Ltd. () grew. "
        "Gamma Co., Ltd. ((())) left. Delta Tin Co., Ltd. (Delta Tin",
    "a project built by nobody": "The project is being built by. The smelter will be run by , "
                                 "and . The project was built by the project.",
    "zero-width, no-break and CRLF in the new constructions":
        "Baotai\u200b Group, its controlling\u00a0shareholder,\r\nsaid.\r\nThe share\u2011"
        "purchase agreement was signed after the meeting.\r\nShareholder:\tBaotai Group\t"
        "(100%)\r\n",
    "nested brackets and stakes over 100%":
        "Baotai Group ((Jinchuan (Group))) holds 250% of Fugu Metals Co., Ltd. [[(55%)]], in "
        "which Acme Group holds 101%.",
    "'respectively' with mismatched counts":
        "Baotai Group, Jinchuan Group and Acme Group hold 51% and 49% of Fugu Metals Co., Ltd. "
        "and Beta Zinc Co., Ltd., respectively.",
    "no sentence end":
        "Baotai Group is the controlling shareholder of Jinchuan Group and the share purchase "
        "agreement has been signed at the founding assembly on the first day",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_in_round9_constructions_never_makes_a_rule_raise(snapshot_kg, case):
    real_dates(parsed(_draft(snapshot_kg, ODD[case])))


def test_a_forum_said_to_close_before_it_opens_keeps_no_backward_interval(snapshot_kg):
    g = parsed(_draft(snapshot_kg, ODD["a forum that closes before it opens"]))
    real_dates(g)
    assert "2026-06-02" not in {str(o) for o in g.objects(None, URIRef(NFO + "endDate"))}


# --- bounded time: a round-9 construction repeated thousands of times ------------------------
LINEAR = {
    "deal agreements signed after meetings": lambda: (
        "Beijing, March 3, 2026 -- Baotai Group agreed to buy 60% of Jinchuan Group.\n" + " ".join(
            f"The Acme{i} Forum was held on May 3, 2026. The x{i} share purchase agreement was "
            "signed after the meeting." for i in range(1500)) + "\n"),
    # (numbered from 10000: 'x1900' .. 'x2099' read as years made the second half alone hold
    # 200 dates, more than twice the first half's work; round 19: each agreement looked back
    # for a paragraph break the one-line text does not have, to its start: 3.8x for twice the
    # text, ~2x since reading/occurrences)
    "one deal agreement signed 3000 times": lambda: (
        "Baotai Group bought 60% of Jinchuan Group.\n" + " ".join(
            f"The x{i} equity transfer agreement was signed." for i in range(10000, 13000))
        + "\n"),
    "a list of 3000 shareholders": lambda: (
        "Fugu Metals Co., Ltd.'s shareholders are " + ", ".join(
            f"Acme{i} Group (1%)" for i in range(3000)) + ".\n"),
    "shareholders by apposition": lambda: " ".join(
        f"Acme{i} Group is the controlling shareholder of Beta{i} Group. Gamma{i} Group, its "
        "largest shareholder, said." for i in range(1500)) + "\n",
    "a notice of 3000 shareholder fields": lambda: (
        "NOTICE OF FUGU METALS CO., LTD.\n" + "\n".join(
            f"Shareholder: Acme{i} Group (100%)" for i in range(3000)) + "\n"),
    "'said that it bought', upper and lower case": lambda: (
        "Baotai Group met.\n" + " ".join(
            f"acme{i} said that it bought x{i}. Acme{i} Group said that it bought Beta{i} Group."
            for i in range(1500)) + "\n"),
    "facilities in a place": lambda: " ".join(
        f"Acme{i} Zinc Co., Ltd., 85% owned, operating a smelter in Baise, grew."
        for i in range(1500)) + "\n",
    "a company's board meetings": lambda: "Fugu Metals Co., Ltd. announced.\n" + " ".join(
        f"The {i}th meeting of the ninth board of directors was held on May 3, 2026."
        for i in range(2000)) + "\n",
    "founding assemblies and founding days, one a line": lambda: "\n".join(
        f"Acme{i} Association was set up on May {i % 28 + 1}, 2020. The founding assembly of "
        f"Beta{i} Alliance was held." for i in range(1500)) + "\n",
    "'the forum closed on Sunday'": lambda: (
        "Beijing, March 3, 2026 -- The Kunming Zinc Forum opened on March 1, 2026.\n" + " ".join(
            f"The Acme{i} Forum opened on March 2, 2026. The forum closed on Sunday."
            for i in range(1500)) + "\n"),
    "'on the first day' and 'on the closing day'": lambda: " ".join(
        f"The Acme{i} Expo was held from May 3 to 6, 2026. On the first day, Beta{i} Group "
        "signed a supply agreement. On the closing day a ceremony was held."
        for i in range(1000)) + "\n",
    "plans released at an opening session": lambda: " ".join(
        f"The Acme{i} Forum opened on May 3, 2026. The Zinc{i} Action Plan (2027-2030) was "
        "released at the opening session." for i in range(1000)) + "\n",
    "'It was hosted by' after each forum": lambda: "\n\n".join(
        f"The 2026 Acme{i} Forum was held from 26 to 28 August at Kunming. It was hosted by "
        f"Beta{i} Group and organised by Gamma{i} Group." for i in range(1000)) + "\n",
    "1500 standards published in one announcement": lambda: (
        "The Standardization Administration has approved and published " + " and ".join(
            f"GB/T {1000 + i}-2026" for i in range(1500)) + " in its Announcement No. 29.\n"),
    "1500 standards listed under one date": lambda: (
        "The Ministry approved 1500 industry standards, dated March 3, 2026. They will be "
        "implemented from May 1, 2027:\n" + "\n".join(
            f"{i}. YS/T {1000 + i}-2026 Copper{i} Powder" for i in range(1500)) + "\n"),
    "standards described by their titles' words": lambda: " ".join(
        f"GB/T {1000 + i}-2026 \"Cobalt{i} Powder\" was issued. The cobalt{i} powder standard "
        "tightens limits." for i in range(1000)) + "\n",
    "units of an organisation": lambda: " ".join(
        f"No. {i} Geological Brigade of the Acme{i} Bureau of Geology met." for i in range(1500))
        + "\n",
    "bracketed short forms": lambda: " ".join(
        f"Acme{i} Haibo Aluminium Group Co., Ltd. (Haibo{i} Group) signed. Haibo{i} Group grew."
        for i in range(1000)) + "\n",
    "'the project is being built by'": lambda: " ".join(
        f"The Acme{i} Copper Project in Fugu County broke ground. The project is being built "
        f"by Beta{i} Group." for i in range(1000)) + "\n",
    "3000 signatures": lambda: "ANNOUNCEMENT OF ACME CO., LTD.\n" + "\n".join(
        f"Acme{i} Co., Ltd.\nMay 3, 2026" for i in range(3000)) + "\n",
    "month-days rolled back a year": lambda: "Lanzhou, January 9, 2026 -- " + " ".join(
        f"Acme{i} Group signed a deal on Dec. {i % 28 + 1}." for i in range(2000)) + "\n",
    "planned steps": lambda: " ".join(
        f"The Acme{i} smelter is expected to be put into operation in June 2029."
        for i in range(2000)) + "\n",
}


@pytest.mark.parametrize("case", sorted(LINEAR))
def test_a_round9_construction_repeated_thousands_of_times_stays_linear(snapshot_kg, case):
    text = LINEAR[case]()
    assert len(text) > 15_000
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft)


# --- faults found by this pass (patches in the round's hostile report) -----------------------
QUADRATIC5 = {
    # fix1 (events/anaphora._headline_twin_of: 'ent in body' compares entities field by field
    # against every body entity, for every entity: 16 M comparisons on 480 kB)
    # (2000, not 4000: its first half against its eighth, 1000 and 250 events, is 0.8 s and
    # 2.7 s of CPU, a linear spread of four the growth check reads well; the suite's minutes)
    "a short headline over 2000 events and memoranda": lambda: (
        "Acme Zinc Forum Opens\n\n" + " ".join(
            f"The Acme{i} Zinc Forum was held on May {i % 28 + 1}, 2026. Acme{i} Group and "
            f"Beta{i} Group signed a memorandum of understanding." for i in range(2000)) + "\n"),
    # fix2 (events/anaphora._headline_twins: a text printed on one line is all headline; every
    # event named in lower case scanned every event for a twin)
    "4000 founding assemblies on one line": lambda: " ".join(
        f"The Acme{i} founding assembly was held." for i in range(4000)) + "\n",
    # fix6 (events/headline_events: on a text printed on one line, every agreement is the
    # headline's and each scanned every agreement of the text; 'ent not in targets' compared
    # entities field by field)
    # (1000, not 2000: 0.4 s and 1.3 s of CPU for its eighth and half)
    "1000 forums and memoranda on one line": lambda: " ".join(
        f"The Acme{i} Zinc Forum was held on May {i % 28 + 1}, 2026. Acme{i} Group and Beta{i} "
        "Group signed a memorandum of understanding." for i in range(1000)) + "\n",
}


@pytest.mark.parametrize("case", sorted(QUADRATIC5))
def test_a_long_article_of_one_construction_is_read_in_linear_time(snapshot_kg, case):
    text = QUADRATIC5[case]()
    # (how the CPU grows with the text, round 18: the bounds in seconds of round 13, 12 s and
    # 6 s, broke on a busy machine)
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft, dates=False)


# --- wrongness: negated, denied, hypothetical and future sentences ---------------------------
NO_PURCHASE = [
    "Beijing, March 3, 2026 -- Baotai Group did not acquire Jinchuan Group.\n",
    "Beijing, March 3, 2026 -- Baotai Group said it had never tried to acquire Jinchuan Group."
    "\n",
    "Beijing, March 3, 2026 -- Baotai Group no longer holds 55% of Jinchuan Group.\n",
]


@pytest.mark.parametrize("text", NO_PURCHASE)
def test_a_negated_purchase_or_stake_is_no_relation(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _pairs(g, "acquired") and not _pairs(g, "shareholderOf"), text


@pytest.mark.parametrize("text", [
    "Beijing, March 3, 2026 -- Fugu Metals Co., Ltd. is not the controlling shareholder of "
    "Jinchuan Group.\n",
    "Beijing, March 3, 2026 -- Baotai Group, the former controlling shareholder of Jinchuan "
    "Group, sold out.\n",
    "Beijing, March 3, 2026 -- Fugu Metals Co., Ltd.'s shareholders include neither Baotai "
    "Group nor Jinchuan Group.\n",
])
def test_a_shareholder_denied_or_former_is_none(snapshot_kg, text):
    assert not _pairs(parsed(_draft(snapshot_kg, text)), "shareholderOf"), text


def test_a_second_holder_keeps_its_own_company(snapshot_kg):
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group holds 55% of Fugu "
                                   "Metals Co., Ltd., while Jinchuan Group holds 30% of Acme "
                                   "Zinc Co., Ltd.\n"))
    held = _pairs(g, "shareholderOf")
    assert ("Jinchuan Group Co., Ltd.", "Fugu Metals Co., Ltd.") not in held, held


@pytest.mark.parametrize("text", [
    "Beijing, March 3, 2026 -- Baotai Group denied on Monday that it will acquire Jinchuan "
    "Group.\n",
    "Beijing, March 3, 2026 -- Baotai Group dismissed reports that it plans to buy Jinchuan "
    "Group.\n",
    "Beijing, March 3, 2026 -- Baotai Group rejected claims that it bought Jinchuan Group.\n",
])
def test_a_denied_purchase_said_of_it_is_no_purchase(snapshot_kg, text):
    """Found by this pass in acquisitions._pronouns; fixed by d90c375 (a verb of saying only)."""
    assert not _pairs(parsed(_draft(snapshot_kg, text)), "acquired"), text


def test_a_purchase_said_of_it_is_still_read(snapshot_kg):
    """The positive side: 'X said on Monday that it bought Y' stays a purchase."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group said on Monday that "
                                   "it bought Jinchuan Group.\n"))
    assert any("Baotai" in s for s, _ in _pairs(g, "acquired")), _pairs(g, "acquired")


FUTURE_DEALS = [
    "Beijing, March 3, 2026 -- Baotai Group agreed to buy 60% of Jinchuan Group from its parent "
    "company, Fugu Metals Co., Ltd. The share purchase agreement is to be signed at the 5th "
    "meeting of the board of directors on April 9, 2026.\n",
    "Beijing, March 3, 2026 -- Baotai Group agreed to buy 60% of Jinchuan Group. Whether the "
    "share purchase agreement will be signed is unclear.\n",
    "Beijing, March 3, 2026 -- Baotai Group bought 60% of Jinchuan Group. The equity transfer "
    "agreement will be signed after the general meeting on May 9, 2026.\n",
]


@pytest.mark.parametrize("text", FUTURE_DEALS)
def test_a_deal_agreement_to_be_signed_is_no_signed_agreement(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _pairs(g, "dateSigned") and not _pairs(g, "signedAt"), text
    assert not any("agreement" in s.lower() for s, _ in _pairs(g, "party")), _pairs(g, "party")


def test_a_deal_agreement_signed_after_the_meeting_is_read(snapshot_kg):
    """The positive side of fix5."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group bought 60% of "
                                   "Jinchuan Group from its parent company, Fugu Metals Co., "
                                   "Ltd. The share purchase agreement was signed after the "
                                   "meeting.\n"))
    parties = _pairs(g, "party")
    assert any(o == "Baotai Group" for _, o in parties), parties


# --- wrongness: the date of another event in the same sentence -------------------------------
OTHER_DAY = [
    # (text, the entity's label, the property, a day that belongs to something else)
    ("Kunming, June 5, 2026 -- The Kunming Zinc Forum, first held on May 3, 2019, opened on "
     "June 3, 2026.\n", "Kunming Zinc Forum", "startDate", "2019-05-03"),
    ("Kunming, June 5, 2026 -- The Kunming Copper Expo, which was postponed from April 3, opened "
     "on June 3, 2026 and will close on June 6.\n", "Kunming Copper Expo", "startDate",
     "2026-04-03"),
    pytest.param(
        "Kunming, June 5, 2026 -- Baotai Group signed a supply agreement with Jinchuan Group, whose "
        "smelter started production on May 3, 2019.\n", "Supply agreement", "dateSigned",
        "2019-05-03", marks=pytest.mark.xfail(strict=True, reason=(
            "date_attach: date:after-in-sentence takes the day of a 'whose ...' clause about "
            "another thing (not fixed yet)"))),
    pytest.param(
        "Kunming, June 5, 2026 -- The Kunming Copper Expo ran from June 3 to June 6, 2026. On the "
        "first day of the Lanzhou Nickel Forum, held on July 9, 2026, Baotai Group will sign a "
        "supply agreement.\n", "Lanzhou Nickel Forum", "startDate", "2026-06-03",
        marks=pytest.mark.xfail(strict=True, reason=(
            "events/event_days: 'the first day of Y' takes the day of the event named before "
            "over Y's own 'held on' (not fixed yet)"))),
]


@pytest.mark.parametrize("text,label,prop,wrong", OTHER_DAY)
def test_a_day_of_an_inserted_clause_is_not_the_entity_s(snapshot_kg, text, label, prop, wrong):
    got = {(s, o) for s, o in _pairs(parsed(_draft(snapshot_kg, text)), prop) if label in s}
    assert got and not any(o == wrong for _, o in got), got


def test_a_day_in_the_entity_s_own_clause_is_kept(snapshot_kg):
    """The positive side: 'The X Forum, held in Kunming, opened on June 3, 2026'."""
    g = parsed(_draft(snapshot_kg, "Kunming, June 5, 2026 -- The Kunming Zinc Forum, held in "
                                   "Kunming, opened on June 3, 2026.\n"))
    assert ("Kunming Zinc Forum", "2026-06-03") in _pairs(g, "startDate"), _pairs(g, "startDate")
