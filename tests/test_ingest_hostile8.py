"""`kg ingest` attacked an eighth time (after test_ingest_hostile.py .. hostile7.py): round 11's
mechanisms (events, agreements and documents by a common noun, documents by their kind and
their issuers, the lead's day, facilities by a common noun, shareholder lists, definite posts,
places of the world, printed aliases, legal forms) and round 12's rules (events of dated
clauses, ...), on genres of their own (a mining ministry's notice, a tender bulletin, an
earnings call, a court report, an exchange filing). Odd text never makes a rule raise and the
draft still parses with real days; each construction repeated thousands of times stays within a
few seconds of CPU; a hypothetical, negated or generic mention gives no event, and a day said
of something else (the day a thing was said, the first line's date for the last line) is not
given to the event. Every article here is written for this file."""
from __future__ import annotations

import pytest

from hostile_drafts import (draft_of, fault, linear_cpu, of_class, pairs, parsed,  # noqa: F401
                            real_dates, snapshot_kg)

DL = "Lusaka, June 2, 2026 -- "


def _draft(kg, text: str, doc_id: str = "hostile8-x"):
    return draft_of(kg, text, doc_id, "hostile8.txt")


def _new(draft) -> dict:
    """label -> entity, of the draft's new entities."""
    return {e.label: e for e in draft.entities.values() if not e.known}


def _dates(draft) -> set:
    """(entity label, property, value) of every date statement of a new entity."""
    return {(e.label, str(st[0]).split("#")[-1], str(st[1]))
            for e in draft.entities.values() if not e.known for st in e.statements
            if str(st[0]).split("#")[-1] in ("startDate", "endDate", "plannedDate", "dateSigned",
                                             "dateIssued")}


def _spans_inside(draft, text: str) -> None:
    """Every mention and every statement's span lies in the text and ends after it starts."""
    for e in draft.entities.values():
        for sp in list(e.mentions) + [st[2] for st in e.statements]:
            assert 0 <= sp.start <= sp.end <= len(text), (e.label, sp)


# --- odd text: no rule raises, the draft parses with real days ---------------------------------
ODD = {
    "a tender bulletin with empty and backwards lines":
        "TENDER BULLETIN No. 0/2026\r\n\r\nLot 1 | Copper cathode | | 2026-06-31\r\nLot 2 |\t|"
        "\t| from June 9 to June 2\r\nLot 3 | Zinc ingot | 1e309 t | the 0th of Smarch\r\n"
        "Bids open on February 30, 2026 and close on February 29, 2026.\r\n",
    "a court report with nested quotes and brackets":
        DL + "The High Court of Zambia (\u201cthe Court\u201d ((in \u2018its\u2019 \"ruling\" "
        "[[of {May 40}]]))) issued a judgment against <Copperbelt> \\Zinc\\ Plc on the 0th. "
        "The ruling, dated 31 April 2026, was upheld on 2026-04-31.",
    "an earnings call in Q and A lines":
        "Q: Did Kafue Cobalt Ltd. hold talks?\nA: \u2014\nQ: \u2014\nA: Yes... no... Talks were "
        "held from Q5 2026 to Q0 2025.\nQ:\nA:\n" * 3,
    "a ministry notice signed with no signer":
        "Notice on the Export of Cobalt Ores\n\n1. \n2. \n3.\n\n\n\n\u3000\u3000\n"
        "February 30, 2026\n",
    "a shareholder table of one column and of eight":
        DL + "Shareholders of Kafue Cobalt Ltd.:\n|\n||\n|||||||\nName\n1.\n2. |\n3. Copperbelt "
        "Zinc Plc | 1 | 2 | 3 | 4 | 5 | 6 | 140%\n4. | | | | | | | |\nTotal | 100% | 240%\n",
    "percentages and stakes of every shape":
        DL + "Copperbelt Zinc Plc holds 100.0000001% of Kafue Cobalt Ltd., 0% of Nchanga Ltd., "
        "-0.5% of Luanshya Ltd., %% of Mufulira Ltd. and 55,5% of Chambishi Ltd. Its stake "
        "rose to 1,000,000% from \u221212%.",
    "a definite post of nobody":
        DL + "The chairman said. The chairman of said. The general manager of the the company "
        "and the chairman of , , , said. The chairman, , said.",
    "facilities by a common noun with no owner":
        DL + "The smelter. The smelters. Its smelter. Their mines in in in. The refinery's "
        "refinery's refinery. A smelter of of Plc. 's smelter.",
    "world places glued to punctuation":
        "(Lima)(Peru)[Chile]{Zambia}Lusaka,Lusaka;Ndola:Kitwe--Ndola\u2014Kitwe\u2013Congo.",
    "legal forms alone": DL + "Plc. Ltd. S.A. Tbk. Co., Ltd. Pty Ltd. GmbH. AG. Inc. Corp. "
                              "Plc Plc Plc Ltd Ltd.",
    "a byte-order mark, zero-width joiners and soft hyphens in every name":
        "\ufeff" + DL + "Kafue\u200d Co\u00adbalt\u200b Ltd. signed a sup\u00adply agree"
        "\u200bment with Copper\u2060belt Zinc Plc on June\u200b 1.",
    "a line of 50,000 characters with no sentence end": DL + ("copper zinc talks were held "
                                                              "at the smelter " * 1200),
    "dates that go backwards in every construction":
        DL + "From June 9 to June 2, talks were held. The strike lasted from 2026 to 2024. "
             "The contract runs from December 2026 to January 2026. The forum took place on "
             "June 31-29.",
    "a timeline of days that do not exist, backwards and empty":
        DL + "Timeline:\r\n30 February 2026 - Kafue Cobalt Ltd. closed the mine\r\n0 May 2026 -"
        "\r\nJune 9 to June 2, 2026 - the strike\r\n2026-13-01: the audit\r\n\t- \r\n"
        "31 April 2026 \u2013 \u2014 \r\nMarch 2021:\r\n",
    "officer lists with nobody and with odd labels":
        DL + "The Zambia Chamber of Mines elected its council.\n\nPresident:\nVice presidents: ;"
        " ; and\nSecretary general: (vacant)\n| Post | Name |\n| | |\nTreasurer | \n"
        "1. : Mwansa Banda\n- President: President: President:\n",
    "document numbers of every odd shape":
        DL + "Licence No. . Approval No. /. Permit No. [ ] No. [2026 No. 2026] No. (((1))) "
        "Regulation No. 99999999999999999999/2027. Act No. 0 of 0000. Notice No. -1. "
        "Ordinance No. 12/13/14/15/16/17/18/19. Licence No. KZ-\u200b2027-0442.",
    "titles before nobody": DL + "Kafue Cobalt Ltd. grew. Chairman. President President "
                                 "Mwila. Vice President and. Chairman Chairman Chairman said.",
    "the first line is a dated clause and the last a fragment":
        "On May 5, 2026, Kafue Cobalt Ltd. opened a warehouse in Ndola.\n\nPrices",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise(snapshot_kg, case):
    draft = _draft(snapshot_kg, ODD[case])
    real_dates(parsed(draft))
    _spans_inside(draft, ODD[case])


# --- wrongness: the first line's event named by the text's last line -----------------------
FIRST_LINE = [
    "Kafue Cobalt Ltd. started production at its Ndola plant on May 5, 2026.\n\nCobalt prices "
    "rose again in Lusaka this week as buyers returned",
    "In May 2026, Kafue Cobalt Ltd. started production at its new mine.\n\nZinc prices rose "
    "sharply this week as buyers returned",
]


@pytest.mark.parametrize("text", FIRST_LINE)
def test_an_event_of_the_first_line_is_not_named_by_the_last_line(snapshot_kg, text):
    draft = _draft(snapshot_kg, text)
    _spans_inside(draft, text)
    assert not any("buyers" in label for label in _new(draft)), list(_new(draft))


# --- wrongness: the day a thing was said is not the day of the thing -------------------------
SAID_ON = [
    DL + "Copperbelt Zinc Plc rose 2%. Copperbelt Zinc Plc said on May 28 that it would hold a "
         "press conference in Ndola.\n",
    DL + "Copperbelt Zinc Plc rose 2%. Copperbelt Zinc Plc announced on May 28 that it had "
         "signed a supply agreement with Kafue Cobalt Ltd.\n",
    DL + "Copperbelt Zinc Plc rose 2%. A manager told reporters on May 28 that a fire broke out "
         "at the smelter.\n",
]


@pytest.mark.parametrize("text", SAID_ON)
def test_the_day_of_saying_dates_nothing_said(snapshot_kg, text):
    got = {x for x in _dates(_draft(snapshot_kg, text)) if x[2] == "2026-05-28"}
    assert not got, got


def test_a_day_of_the_thing_itself_is_kept(snapshot_kg):
    """The positive side of fix2: a day in the clause of the thing, after 'said'."""
    text = (DL + "Copperbelt Zinc Plc rose 2%. Copperbelt Zinc Plc said it signed a supply "
                 "agreement with Kafue Cobalt Ltd. on May 28. A fire broke out at the smelter "
                 "on May 30, a manager said.\n")
    got = {x[2] for x in _dates(_draft(snapshot_kg, text))}
    assert {"2026-05-28", "2026-05-30"} <= got, got


# --- wrongness: a condition said by inverting the verb ---------------------------------------
INVERTED = [
    DL + "Kafue Cobalt Ltd. said output rose. Should talks with Copperbelt Zinc Plc be held, "
         "prices rise.\n",
    DL + "Kafue Cobalt Ltd. said output rose. Had an explosion occurred at the smelter, output "
         "would have fallen.\n",
]


@pytest.mark.parametrize("text", INVERTED)
def test_an_inverted_condition_is_no_event(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not of_class(g, "Meeting") and not of_class(g, "Event"), (
        of_class(g, "Meeting"), of_class(g, "Event"))


def test_a_stated_event_beside_a_had_not_sentence_is_read(snapshot_kg):
    """The positive side of fix3: 'Had it not been for rain' conditions its own sentence only."""
    g = parsed(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output rose. An explosion "
                                        "occurred at the smelter on May 4. Had it not been for "
                                        "rain, more would have burned.\n"))
    assert of_class(g, "Event"), of_class(g, "Event")


# --- wrongness: a generic or counted-as-none phrase is no project -----------------------------
@pytest.mark.parametrize("sentence", [
    "Any copper mine can flood.",
    "No smelter project was approved this year.",
    "All tailings dam projects need permits.",
    "Some cobalt refinery projects stalled.",
    "Both nickel mine projects were delayed.",
])
def test_a_quantified_phrase_is_no_project(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output rose. " + sentence + "\n"))
    assert not of_class(g, "Project") and not of_class(g, "Site"), (
        of_class(g, "Project"), of_class(g, "Site"))


def test_a_named_project_phrase_is_still_a_project(snapshot_kg):
    """The positive side of fix4."""
    g = parsed(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output rose. The Kafue copper "
                                        "mine project was approved this year.\n"))
    assert "Kafue copper mine project" in of_class(g, "Project"), of_class(g, "Project")


# --- wrongness: two companies read as one across "to" or a sentence's end ---------------------
@pytest.mark.parametrize("text", [
    DL + "Nchanga Holdings Ltd. sold its stake in Kafue Cobalt Ltd. to Mufulira Capital Ltd. in "
         "2025.\n",
    DL + "Nchanga Holdings Ltd. proposed to buy 40% of Kafue Cobalt Ltd. Mufulira Capital Ltd. "
         "may acquire 20%.\n",
    DL + "Output rose at Kafue Cobalt Ltd. Mufulira Capital Ltd. said nothing.\n",
])
def test_a_legal_form_ends_a_company_s_name(snapshot_kg, text):
    companies = of_class(parsed(_draft(snapshot_kg, text)), "Company")
    assert {"Kafue Cobalt Ltd.", "Mufulira Capital Ltd."} <= companies, companies


def test_a_branch_after_a_legal_form_stays_in_the_name(snapshot_kg):
    """The positive side of fix5: "X Co., Ltd. Lusaka Branch", "A and B" both read."""
    g = parsed(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. and Mufulira Capital Ltd. merged. "
                                        "Zambia Copper Bank Ltd. Ndola Branch lent them "
                                        "money.\n"))
    names = of_class(g, "Company") | of_class(g, "Organization")
    assert {"Kafue Cobalt Ltd.", "Mufulira Capital Ltd."} <= names, names
    assert not any(n == "Zambia Copper Bank Ltd." for n in names), names


# --- wrongness: the day a happening ended is not its first day --------------------------------
ENDED = [
    DL + "Kafue Cobalt Ltd. said output rose. The strike at Luanshya Copper Mines Plc ended on "
         "March 3.\n",
    DL + "Kafue Cobalt Ltd. said output rose. A maintenance shutdown at its smelter ended on "
         "March 3.\n",
    DL + "Kafue Cobalt Ltd. said output rose. The overhaul of its smelter was completed on "
         "March 3.\n",
    DL + "Kafue Cobalt Ltd. said output rose. A two-week strike at Luanshya Copper Mines Plc, "
         "which started in February, ended on March 3.\n",
]


@pytest.mark.parametrize("text", ENDED)
def test_the_day_a_happening_ended_is_its_end(snapshot_kg, text):
    got = {(p, v) for _, p, v in _dates(_draft(snapshot_kg, text))}
    assert ("endDate", "2026-03-03") in got and ("startDate", "2026-03-03") not in got, got


def test_a_happening_that_began_and_ended_has_both_days(snapshot_kg):
    got = {(p, v) for _, p, v in _dates(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output "
                                                  "rose. The strike at Luanshya Copper Mines Plc "
                                                  "began on February 20 and ended on March 3.\n"))}
    assert {("startDate", "2026-02-20"), ("endDate", "2026-03-03")} <= got, got


def test_a_happening_on_a_day_keeps_its_first_day(snapshot_kg):
    """The positive side of fix6: 'broke out on', 'began on', 'was held on'."""
    got = {(p, v) for _, p, v in _dates(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output "
                                                  "rose. A fire broke out at its smelter on "
                                                  "March 3. Talks with Luanshya Copper Mines Plc "
                                                  "were held on March 5.\n"))}
    assert {("startDate", "2026-03-03"), ("startDate", "2026-03-05")} <= got, got


# --- wrongness: a month that happened is not a month planned ----------------------------------
APRIL = "Santiago, April 7, 2026 -- Andes Cobalt S.A. said output rose. "


@pytest.mark.parametrize("sentence,value", [
    ("An explosion occurred at the smelter in May.", "2025-05"),
    ("Talks with Pacific Nickel Ltd. were held in May.", "2025-05"),
    ("An explosion occurred at the smelter on May 12.", "2025-05-12"),
])
def test_a_month_that_happened_is_of_the_year_before(snapshot_kg, sentence, value):
    got = {(p, v) for _, p, v in _dates(_draft(snapshot_kg, APRIL + sentence + "\n"))}
    assert ("startDate", value) in got, got


def test_a_month_set_ahead_stays_planned(snapshot_kg):
    """The positive side of fix7: 'will be held in May' in April is May of this year."""
    got = {(p, v) for _, p, v in _dates(_draft(snapshot_kg, APRIL + "Talks with Pacific Nickel "
                                                             "Ltd. will be held in May.\n"))}
    assert ("plannedDate", "2026-05") in got, got


# --- wrongness: who stayed away, where it was not held, the day it was moved from ------------
FORUM = DL + "The Copperbelt Mining Forum was held in Kitwe on May 20. "


@pytest.mark.parametrize("sentence", [
    "Kafue Cobalt Ltd. was absent from the forum.",
    "Kafue Cobalt Ltd. boycotted the forum.",
    "Kafue Cobalt Ltd. withdrew from the forum.",
])
def test_who_stayed_away_took_no_part(snapshot_kg, sentence):
    got = pairs(parsed(_draft(snapshot_kg, FORUM + sentence + "\n")), "participant")
    assert not got, got


def test_who_attended_took_part(snapshot_kg):
    """The positive side of fix9."""
    got = pairs(parsed(_draft(snapshot_kg, FORUM + "Kafue Cobalt Ltd. attended the forum.\n")),
                "participant")
    assert ("Copperbelt Mining Forum", "Kafue Cobalt Ltd.") in got, got


@pytest.mark.parametrize("text", [
    DL + "The Copperbelt Mining Forum was held in Kitwe on May 20, a year after the first one in "
         "Ndola.\n",
    DL + "The Copperbelt Mining Forum, originally planned for Ndola, was held in Kitwe on May "
         "20.\n",
])
def test_an_event_held_in_one_place_is_not_held_in_another(snapshot_kg, text):
    got = pairs(parsed(_draft(snapshot_kg, text)), "heldIn")
    assert got == {("Copperbelt Mining Forum", "Kitwe")}, got


def test_the_lead_s_day_of_one_event_is_not_another_s(snapshot_kg):
    text = (DL + "The Copperbelt Mining Forum, organised by the Zambia Chamber of Mines, was held "
                 "in Kitwe on May 20. A rival forum organised by Copperbelt Zinc Plc was "
                 "cancelled.\n")
    got = {x for x in _dates(_draft(snapshot_kg, text)) if x[0] != "Copperbelt Mining Forum"}
    assert not got, got


def test_a_day_moved_is_the_new_day(snapshot_kg):
    got = {(p, v) for _, p, v in _dates(_draft(snapshot_kg, DL + "The Copperbelt Mining Forum "
                                                                 "was postponed from April 10 to "
                                                                 "May 20.\n"))}
    assert ("startDate", "2026-04-10") not in got and ("endDate", "2026-05-20") not in got, got


def test_a_span_of_days_is_still_a_span(snapshot_kg):
    """The positive side of fix11: 'was held from May 18 to May 20'."""
    got = {(p, v) for _, p, v in _dates(_draft(snapshot_kg, DL + "The Copperbelt Mining Forum "
                                                                 "was held from May 18 to May "
                                                                 "20.\n"))}
    assert {("startDate", "2026-05-18"), ("endDate", "2026-05-20")} <= got, got


# --- bounded time: a construction repeated thousands of times ----------------------------------
LINEAR = {
    "penalty decisions against many companies": lambda: DL + " ".join(
        f"The Ministry of Mines issued a penalty decision against Kafue{i} Cobalt Ltd. on May "
        f"{i % 28 + 1}. The decision was upheld." for i in range(600)),
    "facilities by a common noun in many places": lambda: DL + " ".join(
        f"Kafue{i} Cobalt Ltd.'s smelter in Ndola{i} was shut. The smelter restarted. Its "
        f"refinery in Kitwe{i} grew." for i in range(600)),
    "a shareholder table of 1500 rows": lambda: DL + "Shareholders of Kafue Cobalt Ltd.:\n" +
        "\n".join(f"{i}. Holder{i} Investment Co., Ltd. | {i * 10} | {i % 50}.{i % 10}%"
                  for i in range(1, 1500)) + "\n",
    "events that ended, moved and were said": lambda: DL + " ".join(
        f"The strike at Kafue{i} Cobalt Ltd. ended on May {i % 28 + 1}. The Copperbelt{i} Forum "
        f"was postponed from June 3 to June 9. Beta{i} Zinc Plc said on May 2 that it would hold "
        f"a press conference." for i in range(300)),
    "one sentence of 800 talks": lambda: DL + ", ".join(
        f"Kafue{i} Cobalt Ltd. held talks with Beta{i} Zinc Plc" for i in range(800)) + ".\n",
}


@pytest.mark.parametrize("case", sorted(LINEAR))
def test_a_construction_repeated_thousands_of_times_stays_linear(snapshot_kg, case):
    text = LINEAR[case]()
    assert len(text) > 40_000
    # (how the CPU grows with the text, round 19: the bound of 5 s broke on a busy machine)
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    assert draft.entities


# --- wrongness: an accident's noun used as a figure of speech --------------------------------
FIGURE = "Lusaka, June 2, 2026 -- Kafue Cobalt Ltd. said output rose. "


@pytest.mark.parametrize("sentence", [
    "Cobalt producers experienced an explosion in EV demand last year.",
    "A political earthquake hit the mining industry when the ban was announced.",
    "A perfect storm hit copper markets in May.",
])
def test_a_figure_of_speech_is_no_accident(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, FIGURE + sentence + "\n"))
    assert not of_class(g, "Event"), of_class(g, "Event")


def test_an_earthquake_and_a_storm_that_hit_are_accidents(snapshot_kg):
    """The positive side of fix13: 'An earthquake hit the mine', 'A tropical storm hit Ndola'."""
    g = parsed(_draft(snapshot_kg, FIGURE + "An earthquake hit the Kafue mine on May 3. A "
                                            "tropical storm hit the smelter in Ndola on May 9.\n"))
    assert len(of_class(g, "Event")) == 2, of_class(g, "Event")


# --- wrongness: two companies' overhauls chained into one event ------------------------------
@pytest.mark.parametrize("text", [
    DL + "Kafue Cobalt Ltd. completed the overhaul of its smelter on May 5. Beta Zinc Plc "
         "completed the overhaul of its refinery on May 9.\n",
])
def test_the_same_noun_of_another_company_is_another_event(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert len(of_class(g, "Event")) == 2, of_class(g, "Event")


def test_the_same_noun_again_is_the_same_event(snapshot_kg):
    """The positive side of fix14: 'the overhaul' again is the first."""
    g = parsed(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. completed the overhaul of its smelter "
                                        "on May 5. The overhaul cost $5 million.\n"))
    assert len(of_class(g, "Event")) == 1, of_class(g, "Event")


# --- wrongness: one strike told twice becomes two events -------------------------------------
@pytest.mark.parametrize("text", [
    DL + "A strike at Kafue Cobalt Ltd. began on May 5. The strike cut output.\n",
    DL + "A fire at Beta Zinc Co., Ltd. broke out on May 5. The fire was put out by noon.\n",
])
def test_one_happening_told_twice_is_one_event(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert len(of_class(g, "Event")) == 1, of_class(g, "Event")


# --- wrongness: a dated clause that tells no happening (round 12: events/verb_happenings) ------
CLAUSE = "Lusaka, June 2, 2026 -- Kafue Cobalt Ltd. said output rose. "


@pytest.mark.parametrize("sentence", [
    "Kafue Cobalt Ltd. shares closed higher on May 5.",
    "Copper futures ended lower on May 5 in London.",
    "The market opened flat on May 5.",
    "The ministry kept the export quota unchanged on May 5.",
    "The rate was left unchanged on May 5.",
    "This article was updated on May 5.",
    "Photo taken on May 5 shows the Kafue mine.",
    "Miners pictured at the Kafue mine on May 5.",
])
def test_a_dated_clause_of_no_happening_is_no_event(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, CLAUSE + sentence + "\n"))
    assert not of_class(g, "Event"), of_class(g, "Event")


@pytest.mark.parametrize("sentence", [
    "The court accepted the case against Beta Zinc Plc on May 5.",
    "Water burst into the lower level of the Kafue mine on May 5.",
    "Kafue Cobalt Ltd. raised its cobalt price on May 5.",
])
def test_a_dated_clause_of_a_happening_is_an_event(snapshot_kg, sentence):
    """The positive side of fix16."""
    g = parsed(_draft(snapshot_kg, CLAUSE + sentence + "\n"))
    assert of_class(g, "Event"), sentence


# --- wrongness: a head of state's title read as a company's post (round 12: titled_posts) ----
def test_a_president_named_in_passing_is_not_the_company_s(snapshot_kg):
    g = parsed(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output rose. President Mwila "
                                        "Hachipuka visited the mine on Monday.\n"))
    assert not of_class(g, "Post"), of_class(g, "Post")


def test_a_president_of_the_body_in_the_sentence_is_its_post(snapshot_kg):
    """The positive side of fix17: the body named in the title's own sentence."""
    g = parsed(_draft(snapshot_kg, DL + "The Zambia Chamber of Mines met on Monday. At the "
                                        "Zambia Chamber of Mines, President Mwila Hachipuka "
                                        "spoke first.\n"))
    assert any(p.startswith("Mwila Hachipuka, President") for p in of_class(g, "Post")), \
        of_class(g, "Post")


# --- wrongness: a document never issued, or still to come, has no day of issue ----------------
@pytest.mark.parametrize("sentence,label", [
    ("The Ministry of Mines has not issued Licence No. KZ-2027-0442.", "Licence No. KZ-2027-0442"),
    ("A draft Regulation No. 7 may be issued next year.", "Regulation No. 7"),
])
def test_a_document_not_issued_has_no_day_of_issue(snapshot_kg, sentence, label):
    got = {x for x in _dates(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output rose. " +
                                    sentence + "\n")) if x[0] == label}
    assert not got, got


def test_a_document_issued_on_a_day_keeps_it(snapshot_kg):
    """The positive side of fix18."""
    got = _dates(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. said output rose. The Ministry of "
                                          "Mines issued Licence No. KZ-2027-0442 on May 5.\n"))
    assert ("Licence No. KZ-2027-0442", "dateIssued", "2026-05-05") in got, got


# --- wrongness: a day that names another thing ----------------------------------------------
def test_a_day_naming_another_thing_dates_nothing_else(snapshot_kg):
    got = _dates(_draft(snapshot_kg, DL + "The Copperbelt Mining Forum opened in Kitwe a week "
                                          "after the May 5 cabinet meeting.\n"))
    assert not {x for x in got if x[2] == "2026-05-05"}, got


def test_a_day_on_the_anniversary_dates_the_event(snapshot_kg):
    """The positive side of fix19: 'on the May 5 anniversary'."""
    got = _dates(_draft(snapshot_kg, DL + "The Copperbelt Mining Forum opened in Kitwe on the "
                                          "May 5 anniversary of the chamber.\n"))
    assert ("Copperbelt Mining Forum", "startDate", "2026-05-05") in got, got


@pytest.mark.parametrize("sentence", [
    "Kafue Cobalt Ltd. avoided a shutdown on May 5.",
    "Kafue Cobalt Ltd. averted a strike on May 5.",
    "Kafue Cobalt Ltd. reportedly closed the mine on May 5, sources said.",
])
def test_what_was_avoided_or_only_reported_is_no_event(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, CLAUSE + sentence + "\n"))
    assert not of_class(g, "Event"), of_class(g, "Event")


# --- wrongness: a wire story's description read as a word of the company's name -------------
@pytest.mark.parametrize("lead", ["Rival", "Miner", "Peer", "State-owned"])
def test_a_description_before_a_company_is_no_part_of_its_name(snapshot_kg, lead):
    g = parsed(_draft(snapshot_kg, CLAUSE + lead + " Copperbelt Zinc Plc cut output.\n"))
    assert "Copperbelt Zinc Plc" in of_class(g, "Company"), of_class(g, "Company")


def test_a_name_that_opens_with_such_a_word_keeps_it(snapshot_kg):
    """The positive side of fix21: 'Miner Holdings Ltd.', 'Peer Group Plc'."""
    g = parsed(_draft(snapshot_kg, CLAUSE + "Miner Holdings Ltd. grew. Peer Group Plc fell.\n"))
    assert {"Miner Holdings Ltd.", "Peer Group Plc"} <= of_class(g, "Company"), \
        of_class(g, "Company")


# --- wrongness: a stake in another company, or no stake at all -------------------------------
@pytest.mark.parametrize("text", [
    DL + "Nchanga Holdings Ltd. holds 40% of Kafue Cobalt Ltd.'s parent, Copperbelt Zinc Plc.\n",
    DL + "Nchanga Holdings Ltd. holds 0% of Kafue Cobalt Ltd.\n",
])
def test_a_stake_of_another_or_of_none_is_no_stake_in_the_company(snapshot_kg, text):
    held = pairs(parsed(_draft(snapshot_kg, text)), "shareholderOf")
    assert ("Nchanga Holdings Ltd.", "Kafue Cobalt Ltd.") not in held, held


def test_a_stake_in_the_company_s_parent_is_in_the_parent(snapshot_kg):
    """The positive side of fix22: the parent named first is held; a stake of 0.5% is one."""
    held = pairs(parsed(_draft(snapshot_kg, DL + "Mufulira Capital Ltd. holds 0.5% of Kafue "
                                                 "Cobalt Ltd., a filing showed. Nchanga Holdings "
                                                 "Ltd. holds 40% of "
                                                 "Copperbelt Zinc Plc, the parent of Kafue Cobalt "
                                                 "Ltd.\n")), "shareholderOf")
    assert {("Nchanga Holdings Ltd.", "Copperbelt Zinc Plc"),
            ("Mufulira Capital Ltd.", "Kafue Cobalt Ltd.")} <= held, held


def test_the_day_of_a_noun_after_of_does_not_date_the_clause(snapshot_kg):
    got = _dates(_draft(snapshot_kg, DL + "Kafue Cobalt Ltd. marked the 10th anniversary of its "
                                          "founding on May 5, 2016 with a ceremony in Ndola.\n"))
    assert not {x for x in got if x[2].startswith("2016")}, got
