"""`kg ingest` attacked a seventh time (after test_ingest_hostile.py .. hostile6.py): round 10's
mechanisms (events by a common noun, the mood of a clause, award ranks, a known body's alias
that drops its place) and round 11's rules (events named by a common noun such as accidents,
shutdowns, hearings and rulings; facilities named "the smelter"; shareholders listed in a
prospectus; documents and their issuers; posts and places), on genres of their own (a results
release, a court report, a prospectus, a hearing notice). Odd text never makes a rule raise and
the draft still parses with real days; each construction repeated thousands of times stays
within a few seconds of CPU; a negated, generic or counted-as-none mention gives no event,
agreement or relation, and a stake, a day or a post of another thing in the same sentence is
not given to the entity. Every article here is written for this file."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, URIRef

from hostile_drafts import (draft_of, fault, linear_cpu, of_class, pairs, parsed,  # noqa: F401
                            real_dates, snapshot_kg)

NFO = "https://w3id.org/nfkg/ontology#"
DL = "Kunming, March 3, 2026 -- "


def _draft(kg, text: str, doc_id: str = "hostile7-x"):
    return draft_of(kg, text, doc_id, "hostile7.txt")


_pairs, _of_class, _fault = pairs, of_class, fault


# --- odd text: no rule raises, the draft parses with real days ---------------------------------
ODD = {
    "nothing at all": "",
    "blanks, a byte-order mark and zero-width spaces only": "\ufeff \u200b\t\r\n\u200b ",
    "a headline only, no sentence end": "Nickel Refinery Blast Kills Two",
    "incidents with no subject and no verb object":
        "An explosion occurred. The explosion occurred. Explosion occurred occurred. A leak "
        "killed. The the accident happened.",
    "an incident on a day that does not exist":
        DL + "An explosion occurred at the Acme smelter on February 30, killing three. The "
        "leak happened on the 0th. A fire broke out on June 31.",
    "an incident that ends before it starts":
        DL + "A leak occurred from May 9 to May 3, 2026. The spill happened between June 31 "
        "and June 1. The overhaul began on May 30 and ended on May 2.",
    "a shutdown planned for a day that is no day":
        DL + "A shutdown is scheduled for the 45th of June. An overhaul planned for Q7. The "
        "maintenance shutdown will end on 2026-13-01.",
    "hearings of hearings": DL + "A hearing was held. The hearing was held. The hearings held "
                                 "hearings. At the hearing, at the hearing.",
    "CRLF, tabs and a dateline on its own line":
        "Lima\r\nMarch 3, 2026\r\nMinera\tAndina S.A.\r\nheld\ttalks\r\nwith\r\nCodelco.\r\nAn"
        "\r\nexplosion\r\noccurred.\r\n",
    "zero-width spaces inside the heads":
        DL + "An ex\u200bplosion occurred. A\u200b leak\u200b happened. The talks\u200b were"
        "\u200b held.",
    "names with quotes, angle brackets, backslashes and Turtle's own quotes":
        DL + "\u201cAcme\u201d Mining S.A. held talks with <Beta> \\Copper\\ Corp. An explosion "
        "occurred at Gamma \"\"\" Plant. Delta ''' Corp. signed a supply contract @prefix x: "
        "<y> .",
    "fifty nested brackets": DL + "Acme Corp. " + "(" * 50 + "held talks" + ")" * 50 +
                             " with Beta Corp.",
    "brackets that never close": DL + "Acme Corp. ((( held [talks with {Beta Corp. An "
                                      "explosion ))) occurred ]] }.",
    "stakes over 100% and below 0%":
        DL + "Acme Corp. holds 250% of Beta Corp., -30% of Gamma Corp. and 1e400% of Delta "
        "Corp. Its stake rose from 140% to 90%.",
    "mood words only": "not not never neither nor if unless will would could may might",
    "award ranks with nobody to win them":
        "Gold award. Silver. Bronze prize. First prize. Second-class award. Special award "
        "awarded to. The Acme Prize: first prize to ; second prize to ;;",
    "a shareholder table with missing columns":
        DL + "Shareholders:\nName | Shares | %\nAcme Corp. | 1,000 |\nBeta Corp. | | 25%\n| | "
        "10%\nGamma Corp.\n1\tDelta Holdings Ltd.\t45.2%\n2\t\t12%\n3\tEpsilon Fund\t130%\n",
    "dates of every odd shape":
        DL + "On 2026-02-30 Acme Corp. signed a deal. On 31/04/2026 the talks were held. On "
        "0000-00-00 the hearing was held. On 9999-12-31 a leak occurred. On 1900-02-29 the "
        "overhaul began. In the year 0 and in 99999 a supply contract was signed.",
    "control characters and separators":
        DL + "Acme\x00 Corp.\x07 held\x1b talks\x0c with\x0b Beta\x85 Corp.\u2028 An "
        "explosion\u2029 occurred.",
    "right-to-left marks and other scripts":
        DL + "\u202eAcme Corp.\u202c held talks with \u05d0\u05d1 Corp. \u0627\u0644\u0646 an "
        "explosion occurred. \u6c5f\u897f signed a supply contract on 2026\u5e743\u670830"
        "\u65e5.",
    "a place alias with no place": "The Provincial Department of Ecology and Environment held a "
                                   "hearing. The Municipal Bureau of Natural Resources of said.",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise(snapshot_kg, case):
    real_dates(parsed(_draft(snapshot_kg, ODD[case])))


# --- bounded time: a construction repeated thousands of times ----------------------------------
LINEAR = {
    "incidents": lambda: DL + " ".join(
        f"An explosion occurred at the Acme{i} smelter in Baise on May {i % 28 + 1}, 2025, "
        f"killing {i % 5} workers. The blast injured three." for i in range(700)),
    "hearings": lambda: DL + " ".join(
        f"A public hearing on the Acme{i} mine was held in Baise. The hearing ended on June "
        f"{i % 28 + 1}." for i in range(700)),
    "shutdowns": lambda: DL + " ".join(
        f"Beta{i} Copper Co., Ltd. began a maintenance shutdown of its smelter. The overhaul "
        f"ended on July {i % 28 + 1}." for i in range(700)),
    "award ranks as list lines": lambda: DL + "The Acme Mining Prize 2025 was announced. Among "
        "the winners:\n" + "\n".join(f"Gold award: Beta{i} Copper Co., Ltd." if i % 3 == 0 else
                                     f"{i % 9 + 1}. Silver medal: Gamma{i} Mining Co., Ltd."
                                     for i in range(1000)) + "\n",
    "a sentence of 3000 denied purchases": lambda: DL + "Acme Group acquired Beta Group, " +
        ", ".join(f"Gamma{i} Group did not buy Delta{i} Group" for i in range(1000)) + ".",
    "talks held by nobody": lambda: DL + " ".join(
        f"Acme{i} Group and Beta{i} Group held no talks." for i in range(1000)),
}


@pytest.mark.parametrize("case", sorted(LINEAR))
def test_a_construction_repeated_thousands_of_times_stays_linear(snapshot_kg, case):
    text = LINEAR[case]()
    assert len(text) > 15_000
    # (how the CPU grows with the text, round 19: the bound of 5 s broke on a busy machine)
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    assert draft.entities      # (the drafts of odd text are parsed above: not these big ones)


QUADRATIC7 = {
    # (strict xfails until fix1 and fix2 are applied; see the marks below)
    # fix1 (names/name_repair._short_forms gave every prefix of a company's name as a short
    # name, all looked up at every place of the text: 'Acme Acme ... Corp.' of 4000 words, 20 kB,
    # 3.0 s; 6000 words about 7 s; 0.12 s with fix1)
    "a company name of 6000 words": lambda: DL + " ".join(["Acme"] * 6000) +
        " Corp. held talks with Beta Corp.\n",
    # fix2 (knowledge/placeless.named_elsewhere searched the whole text for the dropped place
    # at each mention of such an alias: 2000 mentions, 282 kB, 18.6 s; 1.5 s with fix2; 1000,
    # 140 kB: 4.7 s, 0.8 s)
    "a body's alias without its place, 1000 times": lambda: DL + " ".join(
        f"The Provincial Department of Ecology and Environment fined Acme{i} Corp. The "
        f"Municipal Bureau of Ecology and Environment of Lima{i} agreed." for i in range(1000)),
}


@pytest.mark.parametrize("case", [
    c for c in sorted(QUADRATIC7)])
def test_a_long_article_of_one_construction_is_read_in_linear_time(snapshot_kg, case):
    text = QUADRATIC7[case]()
    # (how the CPU grows with the text, round 19: the bound of 3 s broke on a busy machine)
    linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)


# --- wrongness: a quantifier that says none or any -------------------------------------------
NONE_HAPPENED = [
    # (fixed by the owner in dbfe28a, the phrase's clause mood)
    (DL + "Baotai Group and Jinchuan Group held no talks this year.\n", "Meeting"),
    pytest.param(DL + "Baotai Group signed no contract with Jinchuan Group.\n", "Agreement"),
    pytest.param(DL + "Baotai Group held fewer talks with Jinchuan Group than before.\n",
                 "Meeting"),
    pytest.param(DL + "Baotai Group signed any contract it liked.\n", "Agreement"),
    pytest.param(DL + "Few talks were held.\n", "Meeting"),
]


@pytest.mark.parametrize("text,cls", NONE_HAPPENED)
def test_none_any_or_few_is_no_event_nor_agreement(snapshot_kg, text, cls):
    g = parsed(_draft(snapshot_kg, text))
    assert not _of_class(g, cls), _of_class(g, cls)


def test_talks_and_a_contract_counted_as_some_are_read(snapshot_kg):
    """The positive side: 'held a third round of talks', 'signed a supply contract'."""
    g = parsed(_draft(snapshot_kg, DL + "Baotai Group held a third round of talks with Fugu "
                                        "Metals Co., Ltd. Jinchuan Group signed a supply "
                                        "contract with Baotai Group.\n"))
    assert _of_class(g, "Meeting") and _of_class(g, "Agreement"), (
        _of_class(g, "Meeting"), _of_class(g, "Agreement"))


# --- wrongness: a fact lost to a 'not' that is no negation of it -----------------------------
@pytest.mark.parametrize("text,prop", [
    (DL + "Not surprisingly, Baotai Group acquired Jinchuan Group.\n", "acquired"),
    (DL + "Not long after the talks, Baotai Group acquired Jinchuan Group.\n", "acquired"),
    (DL + "Although the price was not disclosed, Baotai Group acquired Jinchuan Group in "
          "2025.\n", "acquired"),
    (DL + "Though it had never planned to, Baotai Group acquired Jinchuan Group.\n",
     "acquired"),
    (DL + "It is no secret that Baotai Group holds 30% of Jinchuan Group.\n", "shareholderOf"),
])
def test_a_not_of_another_clause_keeps_the_fact(snapshot_kg, text, prop):
    g = parsed(_draft(snapshot_kg, text))
    assert ("Baotai Group", "Jinchuan Group Co., Ltd.") in _pairs(g, prop), _pairs(g, prop)


@pytest.mark.parametrize("text,prop", [
    (DL + "Although talks went well, Baotai Group did not acquire Jinchuan Group.\n",
     "acquired"),
    (DL + "Despite the deal, Baotai Group never held 30% of Jinchuan Group.\n", "shareholderOf"),
    (DL + "Even if approved, Baotai Group would not buy Jinchuan Group.\n", "acquired"),
    (DL + "Not only did Baotai Group fail to acquire Jinchuan Group, it lost money.\n",
     "acquired"),
])
def test_a_not_of_the_clause_itself_still_negates(snapshot_kg, text, prop):
    """The positive side of fix4: the main clause's own negation, after a fronted clause."""
    assert not _pairs(parsed(_draft(snapshot_kg, text)), prop), text


# --- wrongness: a grant or a post from a negated clause -------------------------------------
@pytest.mark.parametrize("text", [
    DL + "The Acme Science Award was announced. Baotai Group has never won the gold award.\n",
    DL + "The Acme Science Award was announced. Baotai Group never won it.\n",
])
def test_a_prize_never_won_is_no_grant(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _of_class(g, "AwardGrant"), _of_class(g, "AwardGrant")


def test_a_prize_won_is_a_grant(snapshot_kg):
    """The positive side of fix5."""
    g = parsed(_draft(snapshot_kg, DL + "The Acme Science Award was announced. Baotai Group has "
                                        "never won the gold award. Jinchuan Group won the "
                                        "silver medal.\n"))
    assert "Acme Science Award, Jinchuan Group Co., Ltd." in _of_class(g, "AwardGrant"), \
        _of_class(g, "AwardGrant")


@pytest.mark.parametrize("text", [
    DL + "Zhang Wei has never been chairman of Baotai Group.\n",
    DL + "Zhang Wei was not appointed general manager of Jinchuan Group.\n",
])
def test_a_post_never_held_leaves_no_post_node(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _of_class(g, "Post"), _of_class(g, "Post")


def test_a_post_held_beside_a_negated_verb_stays(snapshot_kg):
    """The positive side: 'Zhang Wei, chairman of X, did not attend' still holds the post."""
    g = parsed(_draft(snapshot_kg, DL + "Zhang Wei, chairman of Baotai Group, did not attend.\n"
                                        "Li Na was appointed general manager of Jinchuan "
                                        "Group.\n"))
    assert len(_of_class(g, "Post")) == 2, _of_class(g, "Post")


# --- wrongness: a post of another person in a list -------------------------------------------
def _posts(g) -> set:
    """Labels of the post nodes ("<person>, <role>, <organisation>")."""
    return _of_class(g, "Post")


def test_a_role_set_after_one_name_is_not_the_next_names(snapshot_kg):
    g = parsed(_draft(snapshot_kg, DL + "Attendees included Zhang Wei, chairman of Baotai Group, "
                                        "Li Na, and Wang Fang, director of Jinchuan Group.\n"))
    assert not any(p.startswith("Li Na") for p in _posts(g)), _posts(g)


def test_a_role_before_a_name_is_its_post(snapshot_kg):
    """The positive side of fix6: 'The chairman of Y, B, said', 'Y chairman C', "Y's chairman,
    D,"."""
    g = parsed(_draft(snapshot_kg, DL + "The chairman of Baotai Group, Li Na, said output rose. "
                                        "Jinchuan Group chairman Wang Fang agreed. Fugu Metals "
                                        "Co., Ltd.'s director, Zhao Lei, did too.\n"))
    assert {p.split(",")[0] for p in _posts(g)} >= {"Li Na", "Wang Fang", "Zhao Lei"}, _posts(g)


@pytest.mark.parametrize("text", [
    pytest.param(DL + "Zhang Wei and Li Na, the chairman and general manager of Baotai Group "
                      "respectively, attended.\n"),
    # (found by this pass; fixed by the owner in 00e7a85)
    DL + "Zhang Wei and Li Na, respectively chairman and general manager of Baotai Group, "
         "attended.\n",
])
def test_roles_given_respectively_go_each_to_its_person(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert {"Zhang Wei, Chairman, Baotai Group", "Li Na, General manager, Baotai Group"} \
        == _posts(g), _posts(g)


# --- wrongness: a document that was not issued, or is no document ------------------------------
@pytest.mark.parametrize("text", [
    "Lima, March 3, 2026 -- Baotai Group grew. Jinchuan Group has not filed its annual "
    "report.\n",
    "Lima, March 3, 2026 -- Baotai Group grew. Jinchuan Group never filed a prospectus.\n",
])
def test_a_document_never_filed_is_no_document(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _of_class(g, "Report"), _of_class(g, "Report")


def test_a_purchase_order_is_no_policy_document(snapshot_kg):
    g = parsed(_draft(snapshot_kg, "Lima, March 3, 2026 -- Jinchuan Group sent an order for ten "
                                   "trucks to Volvo Co., Ltd.\n"))
    assert not _of_class(g, "PolicyDocument"), _of_class(g, "PolicyDocument")


def test_a_report_filed_is_a_report_of_its_filer(snapshot_kg):
    """The positive side of fix11."""
    g = parsed(_draft(snapshot_kg, "Lima, March 3, 2026 -- Baotai Group grew. Jinchuan Group "
                                   "filed its annual report.\n"))
    assert ("Annual report of Jinchuan Group Co., Ltd.", "Jinchuan Group Co., Ltd.") in \
        _pairs(g, "issuedBy"), _pairs(g, "issuedBy")


# --- wrongness: an accident read out of a figure of speech, or given to another company -------
LEAD = "Kunming, March 3, 2026 -- Acme Copper Corp. said output rose. "


@pytest.mark.parametrize("text", [
    LEAD + "A flood of cheap aluminium imports hit European smelters.\n",
    LEAD + "Smelters in Europe suffered a flood of cheap imports.\n",
    LEAD + "A storm of criticism hit the firm.\n",
    LEAD + "Copper lost its appeal to investors.\n",
])
def test_a_figure_of_speech_is_no_accident(snapshot_kg, text):
    """(Found by this pass; fixed by the owner in d5a078e, 'literal' flag.)"""
    g = parsed(_draft(snapshot_kg, text))
    assert not _of_class(g, "Event"), _of_class(g, "Event")


def test_a_collapse_of_nothing_built_is_no_accident(snapshot_kg):
    g = parsed(_draft(snapshot_kg, LEAD + "Prices suffered a collapse in 2015.\n"))
    assert not _of_class(g, "Event"), _of_class(g, "Event")


@pytest.mark.parametrize("text", [
    LEAD + "Rival Baotai Group said a fire broke out at its own plant.\n",
    LEAD + "A strike at Chilean mines cut supply.\n",
])
def test_an_accident_elsewhere_is_not_about_the_article_s_company(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    about = {(s, o) for s, o in _pairs(g, "about") if o == "Acme Copper Corp."}
    assert not about, about


def test_real_accidents_are_read(snapshot_kg):
    """The positive side of fix12: a fire, a roof collapse, a strike at the company's own
    mines."""
    g = parsed(_draft(snapshot_kg, LEAD + "A fire broke out at the smelter. The roof collapse "
                                          "killed two. A strike at its mines cut supply.\n"))
    assert len(_of_class(g, "Event")) >= 3, _of_class(g, "Event")
    assert any(o == "Acme Copper Corp." for _, o in _pairs(g, "about")), _pairs(g, "about")


def _post_rules(draft) -> set:
    """(post label, rule) of every statement of a post node."""
    return {(e.label, st[3]) for e in draft.entities.values() if str(e.cls).endswith("#Post")
            for st in e.statements}


def test_the_company_a_person_spoke_of_is_not_where_the_person_works(snapshot_kg):
    g = parsed(_draft(snapshot_kg, LEAD + "Li Na, the chairman, said Baotai Group would cut "
                                          "output.\n"))
    assert "Li Na, Chairman, Baotai Group" not in _posts(g), _posts(g)


def test_a_post_denied_in_a_who_clause_is_not_stated(snapshot_kg):
    draft = _draft(snapshot_kg, LEAD + "Zhang Wei, who is not a director of Baotai Group, "
                                       "spoke.\n")
    stated = {x for x in _post_rules(draft) if x[1].startswith("post:name-comma")}
    assert not stated, stated


def test_a_post_in_a_who_clause_and_before_a_reporting_verb_is_kept(snapshot_kg):
    """The positive side of fix13."""
    g = parsed(_draft(snapshot_kg, LEAD + "Zhang Wei, who is a director of Baotai Group, spoke. "
                                          "Sun Hao, chairman of Jinchuan Group, said Fugu Metals "
                                          "Co., Ltd. would cut output.\n"))
    assert {"Zhang Wei, Director, Baotai Group", "Sun Hao, Chairman, Jinchuan Group Co., Ltd."} \
        <= _posts(g), _posts(g)


# --- wrongness: a stake or a shareholder of another company ------------------------------------
PROSPECTUS = "Kunming, March 3, 2026 -- Yunnan Tin Co., Ltd. filed its prospectus on March 1.\n\n"


def test_the_holders_of_a_subsidiary_hold_the_subsidiary(snapshot_kg):
    g = parsed(_draft(snapshot_kg, PROSPECTUS + "Shareholders of its subsidiary Gejiu Xinlian "
                                                "Mining Co., Ltd.:\n1. Yunnan Tin Co., Ltd. 70%\n"
                                                "2. Kunming Huaxin Investment Co., Ltd. 30%\n"))
    held = _pairs(g, "shareholderOf")
    assert ("Kunming Huaxin Investment Co., Ltd.", "Yunnan Tin Co., Ltd.") not in held, held
    assert ("Kunming Huaxin Investment Co., Ltd.", "Gejiu Xinlian Mining Co., Ltd.") in held, held


def test_former_shareholders_hold_nothing(snapshot_kg):
    g = parsed(_draft(snapshot_kg, PROSPECTUS + "Former shareholders:\n1. Baotai Group 10%\n"
                                                "2. Jinchuan Group 5%\n"))
    assert not _pairs(g, "shareholderOf"), _pairs(g, "shareholderOf")


def test_a_running_list_after_the_named_company_is_read(snapshot_kg):
    g = parsed(_draft(snapshot_kg, PROSPECTUS + "The top three shareholders of Yunnan Tin Co., "
                                                "Ltd. are Yunnan Hengrui Holdings Co., Ltd., with "
                                                "52.3%, Shanghai Jinxin Capital Co., Ltd., 14.8% "
                                                "and Chen Ming, 3.5%.\n"))
    assert len({s for s, o in _pairs(g, "shareholderOf") if o == "Yunnan Tin Co., Ltd."}) == 3, \
        _pairs(g, "shareholderOf")


def test_a_list_under_the_company_s_own_heading_is_read(snapshot_kg):
    """The positive side of fix14: 'Its shareholders:' are the company's."""
    g = parsed(_draft(snapshot_kg, PROSPECTUS + "Its shareholders:\n1. Baotai Group 10%\n"
                                                "2. Jinchuan Group 5%\n"))
    assert ("Baotai Group", "Yunnan Tin Co., Ltd.") in _pairs(g, "shareholderOf"), \
        _pairs(g, "shareholderOf")


def test_a_stake_in_a_company_s_subsidiary_is_in_the_subsidiary(snapshot_kg):
    g = parsed(_draft(snapshot_kg, DL + "Baotai Group holds 30% of Jinchuan Group's subsidiary "
                                        "Fugu Metals Co., Ltd.\n"))
    held = _pairs(g, "shareholderOf")
    assert ("Baotai Group", "Jinchuan Group Co., Ltd.") not in held, held


def test_a_stake_in_a_company_s_shares_is_in_the_company(snapshot_kg):
    """The positive side of fix15."""
    g = parsed(_draft(snapshot_kg, DL + "Baotai Group holds 30% of Jinchuan Group's issued "
                                        "shares since 2019.\n"))
    assert ("Baotai Group", "Jinchuan Group Co., Ltd.") in _pairs(g, "shareholderOf"), \
        _pairs(g, "shareholderOf")


# (found by this pass; fixed by the owner in dbfe28a: the phrase's clause mood)
@pytest.mark.parametrize("text", [
    LEAD + "Acme Copper Corp. denied that a fire broke out at its smelter.\n",
    LEAD + "If a fire broke out at the smelter, output would fall.\n",
    LEAD + "Rumours that an explosion occurred at the smelter were denied.\n",
])
def test_a_denied_or_supposed_accident_is_no_event(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _of_class(g, "Event"), _of_class(g, "Event")


def test_an_accident_stated_or_a_shutdown_planned_is_an_event(snapshot_kg):
    """The positive side: 'but nobody was hurt' after the fire, a planned shutdown."""
    g = parsed(_draft(snapshot_kg, LEAD + "A fire broke out at the smelter, but nobody was hurt. "
                                          "The shutdown is planned for June.\n"))
    assert len(_of_class(g, "Event")) == 2, _of_class(g, "Event")


@pytest.mark.parametrize("text", [
    LEAD + "Regulators blocked Baotai Group's acquisition of Jinchuan Group.\n",
    LEAD + "Fugu Metals Co., Ltd. opposed Baotai Group's acquisition of Jinchuan Group.\n",
    LEAD + "Baotai Group's planned acquisition of Jinchuan Group collapsed.\n",
])
def test_a_blocked_or_collapsed_acquisition_is_no_purchase(snapshot_kg, text):
    assert not _pairs(parsed(_draft(snapshot_kg, text)), "acquired"), text


def test_a_completed_acquisition_named_by_its_noun_is_a_purchase(snapshot_kg):
    """The positive side of fix17."""
    g = parsed(_draft(snapshot_kg, LEAD + "Baotai Group's acquisition of Jinchuan Group was "
                                          "completed in May.\n"))
    assert ("Baotai Group", "Jinchuan Group Co., Ltd.") in _pairs(g, "acquired"), \
        _pairs(g, "acquired")


def test_the_parties_of_an_agreement_between_two_are_those_two(snapshot_kg):
    g = parsed(_draft(snapshot_kg, LEAD + "Baotai Group said prices under the supply agreement "
                                          "between Jinchuan Group and Fugu Metals Co., Ltd. "
                                          "rose.\n"))
    parties = {o for _, o in _pairs(g, "party")}
    assert parties == {"Jinchuan Group Co., Ltd.", "Fugu Metals Co., Ltd."}, parties


def test_three_signers_are_three_parties(snapshot_kg):
    """The positive side of fix18."""
    g = parsed(_draft(snapshot_kg, LEAD + "Baotai Group and Jinchuan Group signed a supply "
                                          "agreement with Fugu Metals Co., Ltd. in Kunming.\n"))
    assert len({o for _, o in _pairs(g, "party")}) == 3, _pairs(g, "party")


# --- wrongness: a facility named by a common noun, given another's place ---------------------
@_fault("fix19: names/facility_nouns takes 'the smelter in Gejiu' after X's smelter in Gansu "
        "for X's smelter, which is then in Gansu and in Gejiu")
def test_the_smelter_somewhere_else_is_another_smelter(snapshot_kg):
    g = parsed(_draft(snapshot_kg, DL + "Jinchuan Group's smelter in Gansu was shut for "
                                        "maintenance. The company does not own the smelter in "
                                        "Gejiu.\n"))
    assert not any(o == "Gejiu" for _, o in _pairs(g, "locatedIn")), _pairs(g, "locatedIn")


def test_the_smelter_named_again_is_the_same_smelter(snapshot_kg):
    """The positive side of fix19: 'the smelter in Gansu' again, and a bare 'the smelter'."""
    g = parsed(_draft(snapshot_kg, DL + "Jinchuan Group's smelter in Gansu was shut. The smelter "
                                        "in Gansu restarted in May. The smelter reopened.\n"))
    assert len(_of_class(g, "Site")) == 1, _of_class(g, "Site")
