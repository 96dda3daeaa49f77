"""`kg ingest` attacked a fourth time (after test_ingest_hostile.py, 2 and 3), aimed at the
round-8 rules: the day before / the next day and 'on the 14th' (reading/dates.py), an event's
opening and closing days (events/opens_closes.py), a standard's number year and a headline's
event (events/standard_years.py, headline_events.py), drafting and issuing units
(relations/document_roles.py), address chains, speakers at a meeting (event_speech.py),
acquisitions and controllers, short forms defined in brackets (names/short_forms.py), another
romanisation of a known organisation (knowledge/spellings.py). Odd text never makes a rule
raise and the draft still parses with real days; one construction repeated thousands of times
stays within a few seconds of CPU; names printed with quotes, angle brackets and backslashes
reach the draft, the review page and `kg validate` unharmed. Every article here is written for
this file."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from rdflib import Graph, URIRef

from kg.ingest.output.review import render_review

from hostile_drafts import (cpu_seconds, linear_cpu, draft_of, parsed, parses_with_real_dates,  # noqa: F401
                            real_dates, snapshot_kg)

NFO = "https://w3id.org/nfkg/ontology#"


def _draft(kg, text: str, doc_id: str = "hostile4-x"):
    return draft_of(kg, text, doc_id, "hostile4.txt")


# --- odd text in the round-8 constructions: no rule raises, the draft parses ------------------
ODD = {
    "relative days across a month, a year and a leap day":
        "Beijing, March 1, 2024 -- The Fugu Zinc Forum opened. The day before, Baotai Group "
        "signed. On December 31, 2025 Jinchuan Group met; the next day it signed. On March 1, "
        "2025 the plant opened; the previous day was quiet. On February 28, 2025 a deal was "
        "signed and a day later the Fugu Copper Expo opened.\n",
    "a relative day with no day before it":
        "The day before, Baotai Group signed. The next day, the Fugu Zinc Forum opened. A day "
        "later it closed.\n",
    "days of the month past its end":
        "Beijing, February 10, 2025 -- On the 29th, Baotai Group signed. On the 31st the Fugu "
        "Zinc Forum was held from the 30th to the 2nd. On the afternoon of the 0th, on the "
        "32nd and on the 99th nothing happened.\n",
    "an expo that closes before it opens":
        "The Fugu Copper Expo opened on August 30, 2025 and closed on August 2. The Kunming "
        "Zinc Conference, which opened in Kunming the day before and closed on the 17th, drew "
        "500 people.\n",
    "standard numbers with odd years":
        "Beijing, June 3, 2026 -- GB/T 728-0000 and GB/T 1-99999 were issued. YS/T -2026 and "
        "GB/T 46217-2026 will be implemented from December 1, 0001. It tightens the limits of "
        "GB/T 1599-2014 and will be implemented from February 30.\n",
    "measures dated days that do not exist":
        "The measures are dated February 30. This decision was made on November 31. The "
        "standard comes into force on 2027-13-45.\n",
    "a headline's event and nothing else": "Kunming Zinc Forum Opens on the 31st",
    "unit lists that end at once":
        "The drafting units of GB/T 46217-2026 are:\n- \n- \n1.\nThe other issuing agencies "
        "are\nThe drafting was organised by\nsupporting units include:",
    "a unit list that ends the text": "The drafting units of GB/T 46217-2026 are:",
    "short forms empty, of themselves and unclosed":
        'Acme Mining Co., Ltd. (hereinafter referred to as "") signed. Beta Zinc Co., Ltd. '
        '(hereinafter "Beta Zinc Co., Ltd.") grew. Gamma Nickel Co., Ltd. ("the Company" or '
        '"") and Delta Tin (Hong Kong) Co., Limited ("  and Zeta Lead Co., Ltd. (hereinafter '
        'referred to as "Zeta\n',
    "address chains of bare commas and repeated ranks":
        "The plant is in , , Yunnan Province, , China. It moved to Fugu County, Fugu County, "
        "Shaanxi Province, Shaanxi Province, China, China.\n",
    "speech with nothing to hold on to":
        "Speaking at the , said. Speaking at the\nAt the opening ceremony, . Feng said. Deputy "
        "Director and Chief Analyst presented. Speaking at the",
    "acquisitions and controllers of themselves":
        "Baotai Group acquired Baotai Group. Baotai Group acquired 140% of Jinchuan Group. "
        "Fugu Metals Co., Ltd. is controlled by Fugu Metals Co., Ltd., which is controlled by "
        "itself.\n",
    "a chain of laws with empty names":
        "The Law of the People's Republic of China and of the Law and of the  Law apply.\n",
    "a ceremony of no project": "A groundbreaking ceremony was held. Construction began. Work "
                                "starts. Broke ground.\n",
    "right-to-left, zero-width and fullwidth marks in a unit list":
        "The drafting units of GB/T \uff14\uff16\uff12\uff11\uff17-\uff12\uff10\uff12\uff16 "
        "are:\n- \u202eAcme Zinc Co., Ltd.\u202c\n- Beta\u200b Nickel Co., Ltd.\nSpeaking at "
        "the Fugu\u0301 Zinc Forum, Li\u200d Ming said. On the \uff11\uff14th the notice was "
        "issued.\n",
    "CRLF line ends in a unit list":
        "The drafting units of GB/T 46217-2026 are:\r\n1. Acme Zinc Co., Ltd.\r\n2. Beta Nickel "
        "Co., Ltd.\r\n\r\n",
    "all capitals": "THE DRAFTING UNITS OF GB/T 46217-2026 ARE: ACME ZINC CO., LTD. SPEAKING AT "
                    "THE FORUM, LI MING SAID. THE DAY BEFORE, BAOTAI GROUP ACQUIRED JINCHUAN "
                    "GROUP.\n",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_in_round8_constructions_never_makes_a_rule_raise(snapshot_kg, case):
    draft = _draft(snapshot_kg, ODD[case])
    real_dates(parsed(draft))
    assert render_review(snapshot_kg, draft).lstrip().lower().startswith("<!doctype html")


def test_relative_days_cross_a_month_and_a_year_into_real_days(snapshot_kg):
    text = ("Lanzhou, January 5, 2026 -- Jinchuan Group said on Monday that it signed a nickel "
            "supply agreement with Baotai Group on December 31, 2025. The signing ceremony was "
            "held in Lanzhou, and the Lanzhou Nickel Forum opened the next day.\n")
    g = parsed(_draft(snapshot_kg, text))
    days = real_dates(g)
    assert dt.date(2026, 1, 1) in days.values() or dt.date(2025, 12, 31) in days.values(), days
    assert all(d.year in (2025, 2026) for d in days.values()), days


def test_an_expo_that_closes_before_it_opens_gets_no_backward_interval(snapshot_kg):
    g = parsed(_draft(snapshot_kg, ODD["an expo that closes before it opens"]))
    real_dates(g)
    ends = {str(o) for o in g.objects(None, URIRef(NFO + "endDate"))}
    assert "2025-08-02" not in ends, ends


# --- bounded time: a round-8 construction repeated thousands of times ------------------------
LINEAR = {
    "a standard's drafting units, one a line": lambda: (
        "Beijing, June 3, 2026 -- The Standardization Administration approved GB/T 46217-2026."
        "\nThe drafting units of GB/T 46217-2026 are:\n"
        + "\n".join(f"- Acme{i} Nonferrous Metals Co., Ltd." for i in range(1500)) + "\n"),
    "a chain of 'the day before' and 'the next day'": lambda: (
        "Beijing, June 3, 2025 -- Baotai Group met.\n" + " ".join(
            "The day before, Acme Group met." if i % 2 else "The next day, Jinchuan Group "
            "signed." for i in range(2000)) + "\n"),
    "days of the month named by ordinals": lambda: (
        "Beijing, June 3, 2025 -- Baotai Group met.\n" + " ".join(
            f"On the {i % 28 + 1}th, Acme{i} Group met." for i in range(1500)) + "\n"),
    "short forms defined after 'hereinafter'": lambda: " ".join(
        f'Acme{i} Mining Co., Ltd. (hereinafter referred to as "Acme{i}") signed. Acme{i} grew.'
        for i in range(1000)) + "\n",
    "short forms defined in brackets": lambda: " ".join(
        f'Acme{i} International Resources (Hong Kong) Co., Limited ("Acme{i} HK") signed. '
        f'Acme{i} HK grew.' for i in range(800)) + "\n",
    "an address chain of 1500 towns": lambda: (
        "The plant is in the Hongguo Industrial Park, " + ", ".join(
            f"Xin{i} Town" for i in range(1500)) + ", Yifeng County, Yichun City, Jiangxi "
        "Province.\n"),
    "'Speaking at the forum, A said'": lambda: (
        "The Fugu Aluminium Forum opened on June 3, 2025 in Fugu.\n\n" + "\n".join(
            f"Speaking at the forum, Chairman Li Ming{i} said output rose." for i in range(1500))
        + "\n"),
    "'A and B presented'": lambda: "The Fugu Forum was held on June 3, 2025.\n" + " ".join(
        f"Deputy Director Li{i} and Chief Analyst Wang{i} presented reports."
        for i in range(1500)) + "\n",
    "'Feng said' after one Feng": lambda: ("Chairman Feng Wei of Baotai Group attended the Fugu "
                                           "Forum.\n" + " ".join("Feng said output rose."
                                                                 for _ in range(3000)) + "\n"),
    "expos that open and close": lambda: " ".join(
        f"The Acme{i} Copper Expo opened on August {i % 20 + 1}, 2025 and closed on August "
        f"{i % 20 + 3}." for i in range(800)) + "\n",
    "acquisitions": lambda: " ".join(f"Acme{i} Group acquired Acme{i + 1} Mining Co., Ltd. for "
                                     "$5 million." for i in range(800)) + "\n",
    "controllers": lambda: " ".join(f"Acme{i} Mining Co., Ltd. is controlled by Acme{i + 1} "
                                    "Group." for i in range(800)) + "\n",
    "standards and the years of their numbers": lambda: " ".join(
        f"GB/T {1000 + i}-2020 will be implemented from December 1, 2026. It tightens the "
        f"limits of GB/T {i}-2014." for i in range(600)) + "\n",
    "ceremonies of one project": lambda: "The Acme Copper Project in Fugu County.\n" + " ".join(
        f"A groundbreaking ceremony was held on June {i % 28 + 1}, 2025." for i in range(1000))
        + "\n",
    "names one letter from a known organisation": lambda: " ".join(
        f"Baoti{chr(97 + i % 26)} Group and Jinchuen{chr(97 + i // 26 % 26)} Group signed."
        for i in range(1000)) + "\n",
    "days set ahead": lambda: " ".join(
        f"The measures come into force on January {i % 28 + 1}, 2027 and are due by March 3, "
        "2027." for i in range(800)) + "\n",
    "events from the 26th to the 28th": lambda: "Beijing, June 3, 2025 --\n" + " ".join(
        f"The Acme{i} Forum was held from the {i % 20 + 1}th to the {i % 20 + 3}th."
        for i in range(800)) + "\n",
    "documents issued by two bodies": lambda: " ".join(
        f"The Notice (No. {i}), issued by the Acme{i} Bureau and the Beta{i} Bureau, took "
        "effect." for i in range(800)) + "\n",
    "a standard drafted with support from many": lambda: (
        "GB/T 1-2026 was drafted by Baotai Group with support from " + ", ".join(
            f"Acme{i} Institute" for i in range(1400)) + " and Jinchuan Group.\n"),
}


@pytest.mark.parametrize("case", sorted(LINEAR))
def test_a_round8_construction_repeated_thousands_of_times_stays_linear(snapshot_kg, case):
    text = LINEAR[case]()
    assert len(text) > 15_000
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft)


# --- output safety ---------------------------------------------------------------------------
HOSTILE = ('Kunming "Zinc" <script>alert(1)</script> Forum \\ Opens\n\n'
           'Kunming, March 3, 2026 -- The Kunming "Zinc" <b>Forum</b> \\ 2026 opened on March 3 '
           'and closed on March 5, 2026.\n'
           'The "Implementation Plan for <script>Zinc</script> \\ Smelting" (hereinafter '
           'referred to as the "Plan <u>\\</u>") was issued. The Plan <u>\\</u> requires more.\n'
           'The drafting units of GB/T 46217-2026 are:\n'
           '- Beta "Nickel" <em>\\</em> Co., Ltd.\n'
           '- Gamma Tin Co., Ltd.\n'
           'Speaking at the forum, Chairman Li <x>Ming said output rose.\n'
           'The plant is in the Hong"guo <s> Industrial Park, Panzhou City, Liupanshui, Guizhou '
           'Province.\n')


@pytest.fixture
def hostile_article(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile4-notice.txt").write_text(HOSTILE, encoding="utf-8")
    return tmp_path / "in" / "hostile4-notice.txt"


def test_a_headline_with_markup_reaches_draft_page_and_json_unharmed(run, tmp_path,
                                                                    hostile_article):
    out, page = tmp_path / "d.ttl", tmp_path / "r.html"
    r = run("ingest", hostile_article, "--id", "hostile4-page", "-o", out, "--review", page,
            "-f", "json")
    assert r.exit_code == 0, r.stderr
    payload = json.loads(r.stdout)
    assert "<script>" in payload["title"]
    g = Graph().parse(out, format="turtle")
    assert any("<script>alert(1)</script>" in str(o) and "\\" in str(o) for o in g.objects())
    html = page.read_text(encoding="utf-8")
    for raw in ("<script>alert", "<b>Forum", "<u>\\", "<em>\\", "<x>Ming", "<s> Industrial"):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    table = run("ingest", hostile_article, "--id", "hostile4-page", "-o", out, "--force",
                "--rows", "100")
    assert table.exit_code == 0, table.stderr
    assert "\x1b" not in table.stdout


def test_validate_lists_a_hostile_round8_draft_as_to_review(run, tmp_path, hostile_article,
                                                           data_copy, sources_dir):
    import shutil
    texts = tmp_path / "texts"
    shutil.copytree(sources_dir, texts)
    r = run("ingest", hostile_article, "--id", "hostile4-into", "-o", tmp_path / "d.ttl",
            "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert r.exit_code == 0, r.stderr
    v = run("validate", "--data", data_copy, "--texts", texts, "-f", "json")
    payload = json.loads(v.stdout)
    assert v.exit_code == 0, [p for p in payload["problems"] if p["severity"] == "error"]
    review = [p for p in payload["problems"] if p["severity"] == "to review"]
    assert review, payload["problems"][:5]


# --- faults found by this pass and fixed (names/name_repair, candidates, qualify, surgery, places) ---
import random as _random


def _capitalised_run(n: int) -> str:
    rnd = _random.Random(8)
    words = ["Copper", "Nickel", "Standard", "Law", "Court", "Town", "Group", "Co.,", "Ltd.",
             "SAS", "Expo", "Forum"]
    return " ".join(rnd.choice(words) for _ in range(n * 5)) + ".\n"


# (each case took 8-20 s of CPU on main and takes under 1.5 s with its patch; the bound leaves
# room for a loaded machine; fix-3, fix-5: the library calls below; fix-4, fix-7, fix-8: see
# the report)
QUADRATIC4 = {
    # fix-1 (names/name_repair.py _short_names: one regular expression alternating every short
    # name of every new company, tried at every position of the text)
    "a long run of capitalised words and legal suffixes": lambda: _capitalised_run(4000),
    # fix-2 (names/candidates.py: 'X Law of ... and of the Y Law' copied the rest of the phrase
    # for every law of the chain)
    "a chain of laws joined by 'and of the'": lambda: "The " + " and of the ".join(
        f"Acme{i} Law of the People's Republic of China" for i in range(4500)) + " apply.\n",
    # fix-6 (names/qualify.py _OF: '\s+of' tried from every blank of a long run of blanks)
    "a run of 120,000 blanks inside a name": lambda: "Baotai" + " " * 120000 + "Group signed"
                                                     + "\t" * 120000 + "with Jinchuan Group.\n",
}


@pytest.mark.parametrize("case", sorted(QUADRATIC4))
def test_a_long_run_or_repeated_construction_is_read_in_linear_time(snapshot_kg, case):
    text = QUADRATIC4[case]()
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft, dates=False)


def test_adding_a_mention_an_entity_already_has_is_constant_time():
    """fix-3, on the library call itself."""
    from kg.ingest.model import Entity, Span
    from kg.ingest.names import surgery
    from kg.ingest.terms import NFO, URIRef
    ent = Entity(URIRef("https://w3id.org/nfkg/id/x"), NFO.City, "X", True, "t", 1.0)
    ent.mentions = [Span(i * 10, i * 10 + 5) for i in range(20000)]
    spans_of: list = []
    cpu, added = cpu_seconds(lambda: [surgery.add_mention(ent, spans_of, i * 10, i * 10 + 5)
                               for i in range(5000)])
    assert not any(added) and not spans_of and len(ent.mentions) == 20000
    assert cpu < 1.0, f"{cpu:.1f} s of CPU"
    assert surgery.add_mention(ent, spans_of, 7, 9) and len(ent.mentions) == 20001


# --- a crash ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bauxite from Guinea's Boke Region rose.\nMiners in Guinea's Boke Region said output rose.\n",
    "Zambia's Copperbelt Region grew. Output in Zambia's Copperbelt Region doubled.\n",
    "Chile's Atacama Region and, later, Chile's Atacama Region again.\n",
])
def test_a_possessive_region_named_twice_is_no_crash(snapshot_kg, text):
    """fix-9 (names/places.py: the class of a place named twice as "X's Y Region" was the
    largest by rank, and a Region has none: TypeError, `kg ingest` stopped with a traceback;
    so did the 10 MB article of bench/ingest_speed.py)."""
    g = parsed(_draft(snapshot_kg, text))
    region = URIRef(NFO + "Region")
    assert any(o == region for o in g.objects()), sorted(set(g.objects()))[:20]


def test_the_command_reads_a_possessive_region_named_twice(run, tmp_path):
    art = tmp_path / "boke.txt"
    art.write_text("Bauxite from Guinea's Boke Region rose.\n"
                   "Miners in Guinea's Boke Region said output rose.\n", encoding="utf-8")
    r = run("ingest", art, "--id", "hostile4-boke", "-o", tmp_path / "d.ttl")
    assert r.exit_code == 0, r.stderr
    assert "Traceback" not in r.stderr
    Graph().parse(tmp_path / "d.ttl", format="turtle")
