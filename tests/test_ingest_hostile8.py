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

from hostile_drafts import (cpu_seconds, draft_of, fault, of_class, pairs, parsed,  # noqa: F401
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


@fault("fix1: events/dated.heading_before(text, 0) reads text.rfind('\\n', 0, -1), the LAST "
       "line of the text, as the heading above an event clause that opens the text: the event "
       "takes that line as its label and class, and a mention span that ends at -1")
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


@fault("fix2: events/date_attach dates an event, agreement or accident told in a that-clause "
       "with the day of the telling before it ('said on May 28 that it would hold a press "
       "conference', 'announced on May 28 that it had signed'): date:nearest-before, and the "
       "context:date guess after it")
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


@fault("fix3: reading/mood reads no condition in a sentence that opens with an inverted verb "
       "('Should talks be held, ...', 'Had an explosion occurred, ...'): the talks and the "
       "explosion become events")
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
