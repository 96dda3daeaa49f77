"""`kg ingest` attacked a third time (after test_ingest_hostile.py and test_ingest_hostile2.py),
aimed at the round-7 rules (events/project_nouns, inspections, decisions, counted_signings,
years; relations/ownership, referents, business_metals, appointments, event_speech; names/...):
odd text never makes a rule raise and the draft still parses with valid dates; texts built to
make one construction repeat thousands of times stay within a few seconds of CPU (a rule that
rescans its whole input at every match would take minutes); names printed with quotes, angle
brackets, backslashes and control characters reach the draft, the review page, the terminal and
`kg validate` unharmed. Every article here is written for this file."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.ingest.output.review import render_review

from hostile_drafts import (article, draft_of, grows_linearly, linear_cpu, parsed,  # noqa: F401
                            parses_with_real_dates, real_dates, snapshot_kg)

NFO = "https://w3id.org/nfkg/ontology#"


def _article(text: str, name: str = "hostile3.txt"):
    return article(text, name)


def _draft(kg, text: str, doc_id: str = "hostile3-x"):
    return draft_of(kg, text, doc_id, "hostile3.txt")




# --- odd text: no rule raises, the draft parses, its dates are real days ----------------------
ODD = {
    "combining marks and zero-width": "Ba\u0301otai\u0308 Group signed a supply contract with "
                                      "Jinchuan\u200b Group in Fu\u200dgu County on June 3, 2025.\n",
    "right-to-left runs": "\u202eBaotai Group\u202c met \u05e9\u05dc\u05d5\u05dd Jinchuan Group "
                          "\u0627\u0644\u0633\u0644\u0627\u0645 in Fugu on June 3, 2025.\n",
    "fullwidth digits": "Baotai Group holds \uff15\uff11% of Fugu Aluminium Co., Ltd. since "
                        "\uff12\uff10\uff12\uff15-\uff10\uff16-\uff10\uff13, document No. "
                        "\uff11\uff12.\n",
    "emoji and flags": "\U0001F600 Baotai Group \U0001F3ED signed an MoU with Jinchuan Group "
                       "\U0001F44D on June 3, 2025 in Fugu \U0001F1E8\U0001F1F3.\n",
    "only a dateline": "Lanzhou, June 9 (Reporter Li Ming)\n",
    "only a headline": "Baotai Group Reports Record 2025 Output",
    "the 31st in February": "Fugu, February 10, 2025 -- The inspection team of the Fugu Ecology "
                            "Bureau arrived on the 31st. The meeting was held on the 30th. "
                            "Baotai Group signed on February 30.\n",
    "a range that runs backwards": "The Fugu Aluminium Forum was held from May 30 to May 2, 2025 "
                                   "in Fugu. The inspection ran from 15 to 12 May 2025.\n",
    "impossible ranges": "from 40-45 June 2026, 0-0 May 2026, 31 February to 30 February 2026, "
                         "through June 31, till May 0.\n",
    "percentages past 100": "Baotai Group holds 140% of Fugu Aluminium Co., Ltd., and Jinchuan "
                            "Group holds -5%. Its controlling shareholder, Li Corp, holds 1e999% "
                            "of the shares, and Chalco holds 99999999999999999999%.\n",
    "empty names in lists": "Members include , , and , Baotai Group, , and Jinchuan Group.\n"
                            "The company runs three main subsidiaries:\n1.\n2. \n3. ,\n",
    "all capitals": "BAOTAI GROUP SIGNED A SUPPLY CONTRACT WITH JINCHUAN GROUP IN FUGU COUNTY ON "
                    "JUNE 3, 2025. THE COMPANY HOLDS 51% OF FUGU ALUMINIUM CO., LTD. LI MING WAS "
                    "APPOINTED GENERAL MANAGER OF THE GROUP.\n",
    "CRLF and tabs": "Headline\r\n\r\nFugu, June 3, 2025 (Xinhua) -- Baotai Group\r\nsigned\twith"
                     "\tJinchuan Group.\r\nThe company runs three main subsidiaries:\r\n1. Acme "
                     "Co., Ltd.\r\n",
    "lone CR": "Headline\rFugu, June 3, 2025 -- Baotai Group signed with Jinchuan Group.\rIts "
               "wholly owned subsidiary Fugu Metals Co., Ltd. grew.\r",
    "document numbers with odd years": "[2026] No. 47\nLanzhou, June 9 (Reporter X)\nOn the 31st "
                                       "the document was issued. No. 0 of 0000. No. 33 of 9999. "
                                       "[0] No. 1.\n",
    "counted signings out of range": "Nine hundred memoranda of understanding were signed on the "
                                     "16th. 1000000000 agreements were signed on the 0th. Two "
                                     "memoranda of understanding were signed on the 99th.\n",
    "rules with nothing to hold on to": "was appointed general manager of the group. , was named "
                                        "president of the company. The group's president, , "
                                        "presented. A, 52, was previously chairman of . A second "
                                        "phase, which would double output. The second phase of "
                                        "the.\n",
    "years out of range": "Log 0000\nBaotai Group Reports Output in Q9 2025\nIn 99999 the plant "
                          "opened. In 2025-2026 and FY2025/26. On June 3, 10000.\n",
    "replacement, BOM and tag characters": "Baotai Group \ufffd\ufffd signed \ufeff with Jinchuan "
                                           "Group. \U000E0041 tag \U0010FFFD.\n",
    "one letter": "A",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise_and_the_draft_parses(snapshot_kg, case):
    draft = _draft(snapshot_kg, ODD[case])
    g = parsed(draft)
    real_dates(g)
    page = render_review(snapshot_kg, draft)
    assert page.lstrip().lower().startswith("<!doctype html")
    # every proposed node keeps the draft marking, its rule and its confidence
    for ent in draft.entities.values():
        if not ent.known:
            node = g.value(predicate=RDFS.label, object=Literal(ent.label))
            assert node is not None, ent.label
            assert (node, None, None) in g


def test_the_31st_of_february_is_no_date_and_a_backward_range_no_interval(snapshot_kg):
    draft = _draft(snapshot_kg, ODD["the 31st in February"] + ODD["a range that runs backwards"])
    g = parsed(draft)
    real_dates(g)
    assert not any(str(o).startswith(("2025-02-29", "2025-02-30", "2025-02-31"))
                   for o in g.objects())


# --- bounded time: one construction repeated thousands of times ------------------------------
LINEAR = {
    # (each about 12-80 kB; the whole ingest takes well under a second of CPU per 100 kB)
    "'the company' and 'its' referents": lambda: "Baotai Group met in Fugu County on June 3, "
        "2025.\n\n" + " ".join("The company said its output rose and the group expanded its "
                               "plant." for _ in range(1200)) + "\n",
    "thousands of dates": lambda: " ".join(f"On {m} {d}, 2025 the plant ran." for m in (
        "January", "March", "May", "June") for d in range(1, 29)) * 10 + "\n",
    "deeply repeated 'of the'": lambda: "The director " + "of the office " * 5000
                                        + "of Baotai Group spoke.\n",
    "many document numbers": lambda: " ".join(f"Document No. {i} of 2025 and [2025] No. {i}."
                                              for i in range(600)) + "\n",
    "a 50,000-character sentence": lambda: "Baotai Group and Jinchuan Group and " + (
        "the aluminium plant in Fugu County with a capacity of 300,000 tonnes, " * 700) + "\n",
    "appointments": lambda: " ".join(f"Li Ming{i % 50}, 52, was previously chairman of Acme{i} "
                                     "Group and was appointed general manager and deputy party "
                                     "secretary of the group." for i in range(400)) + "\n",
    "a chain of holdings": lambda: "Its controlling shareholder, Baotai Group, holds 46% of the "
        "shares" + "".join(f", and Li{i} Corp holds {i % 90}%" for i in range(500)) + ".\n",
    "reported speech": lambda: "The Fugu Forum opened on June 3, 2025.\n\n" + "\n".join(
        f"Chairman Li Ming{i} told the forum that output rose." for i in range(1200)) + "\n",
    "press conferences on a weekday": lambda: " ".join(
        f"The Acme{i} Association held a press conference in Kunming on Tuesday."
        for i in range(400)) + "\n",
    "phases and inspections": lambda: " ".join(
        f"The second phase of the Acme{i} Aluminium Project in Fugu County. An environmental "
        f"inspection team of the Acme{i} Department arrived from May 12 to May 15."
        for i in range(150)) + "\n",
    "a long list of companies": lambda: "The alliance members are " + ", ".join(
        f"Acme {chr(65 + i % 26)}{chr(65 + i // 26 % 26)} Mining Co., Ltd." for i in range(500))
        + " and Baotai Group.\n",
}


@pytest.mark.parametrize("case", sorted(LINEAR))
def test_a_construction_repeated_thousands_of_times_stays_linear(snapshot_kg, case):
    text = LINEAR[case]()
    assert len(text) > 12_000
    # (how the CPU grows with the text, round 19: the bound of 5 s broke on a busy machine)
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft)


# --- output safety ---------------------------------------------------------------------------
HOSTILE = ('Zinc "Red" \\ Association <script>alert(1)</script> news\n\n'
           'Kunming, March 3, 2026 -- The Yunnan "Red" Zinc \\ Industry Association held a press '
           'conference in Kunming on Tuesday.\n'
           'Chairman Li Ming told reporters that the export controls on "<bx>gallium</bx>" '
           'products will be reviewed.\n'
           'An environmental inspection team of the Yunnan <i>Ecology</i> Department arrived '
           'from March 4 to March 6, led by Zhou Ping.\n'
           "The group's president, Wang Fang, presented the second phase of the Kunming \"Zinc\" "
           '<Smelting> Project.\n'
           'The Gejiu \x1b[31m Tin Bureau issued the penalty decision on March 2.\n'
           'Baotai Group signed a supply contract with Jinchuan Group.\n')


@pytest.fixture
def hostile_article(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile3-notice.txt").write_text(HOSTILE, encoding="utf-8")
    return tmp_path / "in" / "hostile3-notice.txt"


def test_hostile_labels_reach_the_draft_page_table_and_json_unharmed(run, tmp_path,
                                                                     hostile_article):
    out, page = tmp_path / "d.ttl", tmp_path / "r.html"
    r = run("ingest", hostile_article, "--id", "hostile3-page", "-o", out, "--review", page,
            "-f", "json")
    assert r.exit_code == 0, r.stderr
    payload = json.loads(r.stdout)
    labels = [e["label"] for e in payload["entities"]]
    # a round-7 rule (the export controls, a Policy) carried angle brackets and quotes into a label
    # (a tag of no HTML element: those of one are read as the page shows them, reading/html_marks)
    tagged = [lab for lab in labels if "<bx>" in lab]
    assert tagged, labels
    g = Graph().parse(out, format="turtle")
    assert {str(o) for o in g.objects(None, RDFS.label)} >= set(tagged)
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<bx>gallium" not in html and "<i>Ecology" not in html
    assert "&lt;bx&gt;gallium" in html
    assert "\x1b" not in html
    table = run("ingest", hostile_article, "--id", "hostile3-page", "-o", out, "--force",
                "--rows", "100")
    assert table.exit_code == 0, table.stderr
    assert "\x1b" not in table.stdout
    assert "<bx>gallium" in table.stdout        # a terminal shows the text as printed


def test_validate_lists_the_drafted_nodes_as_to_review(run, tmp_path, hostile_article, data_copy,
                                                      sources_dir):
    import shutil
    texts = tmp_path / "texts"
    shutil.copytree(sources_dir, texts)
    r = run("ingest", hostile_article, "--id", "hostile3-into", "-o", tmp_path / "d.ttl",
            "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert r.exit_code == 0, r.stderr
    v = run("validate", "--data", data_copy, "--texts", texts, "-f", "json")
    payload = json.loads(v.stdout)
    assert v.exit_code == 0, [p for p in payload["problems"] if p["severity"] == "error"]
    review = [p for p in payload["problems"] if p["severity"] == "to review"]
    assert review, payload["problems"][:5]
    assert all(p["severity"] in ("to review", "warning") for p in payload["problems"])


def _names(n):
    return [f"Zhao Wei{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}" for i in range(n)]


# --- bounded time ----------------------------------------------------------------------------
# (each case took 8-20 s of CPU on main and takes under 0.5 s with its patch; round 19: checked
# by how the CPU grows with the text, not a bound in seconds a loaded machine broke)
QUADRATIC = {
    # fix-1 (names/slots.py: a subject list with no verb after it, rescanned from every name)
    "a list of names closed by 'and'": lambda: "Attendees included " + ", ".join(_names(3000))
                                               + " and Baotai Group.\n",
    # fix-1 and fix-2 (names/qualify.py place_lists: a list with no 'and', rescanned likewise)
    "a list of names with no 'and'": lambda: "Attendees included " + ", ".join(_names(4000))
                                             + ".\n",
    # fix-4 (names/slots.py numbered headings, names/trims.py date tails, qualify.split_known)
    "a run of blank lines": lambda: "Baotai Group\n" + "\n" * 30000 + "Jinchuan Group.\n",
    "runs of spaces and tabs": lambda: "Baotai" + " " * 30000 + "Group signed" + "\t" * 30000
                                       + "with Jinchuan Group.\n",
    # fix-2 and fix-3 (names/plants.py, qualify place_lists: a name began at every capital of
    # a hyphenated run and read to its end)
    "a long hyphenated run": lambda: "-".join(
        ("Green", "Metal", "Nickel", "Union", "Yunnan", "Copper")[i % 6] for i in range(5000))
        + ".\n",
}


@pytest.mark.parametrize("case", sorted(QUADRATIC))
def test_a_long_list_or_run_is_read_in_linear_time(snapshot_kg, case):
    text = QUADRATIC[case]()
    # (how the CPU grows with the text, round 19: the bound of 3 s broke on a busy machine)
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft, dates=False)


def test_minting_many_entities_of_one_name_stays_linear():
    """fix-5 (knowledge/mint.py tried base, base-2, ... base-k again for the k-th twin: a draft
    of many events of one name, or --into a folder holding many, minted in quadratic time)."""
    from kg.ingest.knowledge.mint import Minter

    def timed(k):
        minter = Minter({"https://w3id.org/nfkg/id/signing-of-two-memoranda-5"})
        return lambda: [str(minter.mint("Signing of two memoranda")) for _ in range(k)]
    iris = grows_linearly(timed, 8000, "minting one name 8000 times")
    assert len(set(iris)) == 8000
    tail = [i.rsplit("/", 1)[1] for i in iris[:6]]          # the same IRIs, in the same order
    assert tail == ["signing-of-two-memoranda", "signing-of-two-memoranda-2",
                    "signing-of-two-memoranda-3", "signing-of-two-memoranda-4",
                    "signing-of-two-memoranda-6", "signing-of-two-memoranda-7"]


# --- wrong proposals -------------------------------------------------------------------------
def test_no_one_holds_more_than_all_of_a_company(snapshot_kg):
    """fix-7 (relations/holdings.py read any 1-3 digit figure as a holding)."""
    text = ("Fugu, June 3, 2025 -- Baotai Group holds 140% of Fugu Aluminium Co., Ltd. "
            "Jinchuan Group holds 35% of Shenmu Hengda Metals Co., Ltd.\n")
    g = parsed(_draft(snapshot_kg, text))
    holds = URIRef(NFO + "shareholderOf")
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    pairs = {(label.get(s, ""), label.get(o, "")) for s, o in g.subject_objects(holds)}
    assert any("Jinchuan" in a and "Shenmu" in b for a, b in pairs), pairs     # 35%: kept
    assert not any("Baotai" in a and "Fugu Aluminium" in b for a, b in pairs), pairs


@pytest.mark.parametrize("verb", ["came into force on", "took effect on", "comes into force on",
                                  "became effective on"])
def test_a_policy_named_by_its_noun_ends_before_its_verb(snapshot_kg, verb):
    """fix-6 (events/happenings.py: the tail of 'the export restrictions on X' ran over the
    clause's verb, 'Export restrictions on X took effect on April 2', and its date was lost)."""
    text = (f"Beijing, April 9, 2026 -- The ministry said the export restrictions on cobalt "
            f"powders {verb} April 2, 2026.\n")
    draft = _draft(snapshot_kg, text)
    labels = [e.label for e in draft.entities.values() if not e.known]
    assert "Export restrictions on cobalt powders" in labels, labels
    g = parsed(draft)
    node = g.value(predicate=RDFS.label, object=Literal("Export restrictions on cobalt powders"))
    assert str(g.value(node, URIRef(NFO + "dateInForce"))) == "2026-04-02"


def test_the_dateline_is_no_issue_date_of_a_policy_it_says_came_into_force(snapshot_kg):
    """fix-8 (events/date_attach.py: the filing day became the day of issue, after the day the
    text says the policy came into force)."""
    text = ("Nanning, July 20, 2026 -- Officials said that the export controls on indium ingots "
            "came into force on July 1, 2026.\n")
    g = parsed(_draft(snapshot_kg, text))
    node = g.value(predicate=RDFS.label, object=Literal("Export controls on indium ingots"))
    assert node is not None
    assert str(g.value(node, URIRef(NFO + "dateInForce"))) == "2026-07-01"
    assert g.value(node, URIRef(NFO + "dateIssued")) is None
