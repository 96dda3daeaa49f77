"""`kg ingest` attacked a sixth time (after test_ingest_hostile.py .. hostile5.py), aimed at the
round-10 rules: events and agreements named only by a common noun ("held talks", "a supply
contract was signed", "according to the judgment": events/bare_nouns.py), the mood of a clause
(negated, conditional, planned, asked, quoted), planned dates (nfo:plannedDate), places in
places, the metals a thing concerns and metal words that name an honour ("Gold award":
knowledge/honours.py). Odd text never makes a rule raise and the draft still parses with real
days; each construction repeated thousands of times stays within a few seconds of CPU; negated,
hypothetical and asked sentences give no relation that says otherwise, and a stake or a day of
another thing in the same sentence is not given to the entity. Every article here is written
for this file."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, URIRef

from hostile_drafts import (cpu_seconds, linear_cpu, draft_of, fault, of_class, pairs, parsed,  # noqa: F401
                            parses_with_real_dates, real_dates, snapshot_kg)

NFO = "https://w3id.org/nfkg/ontology#"


def _draft(kg, text: str, doc_id: str = "hostile6-x"):
    return draft_of(kg, text, doc_id, "hostile6.txt")


_pairs, _of_class, _fault = pairs, of_class, fault


# --- odd text in the round-10 constructions: no rule raises, the draft parses with real days --
ODD = {
    # events and agreements named by a common noun
    "talks held by nobody, with nobody":
        "Talks were held. The talks ended. Held talks with . The talks between and were held.",
    "a contract of articles only": "A a a contract was signed. The the contract was signed. An "
                                   "contract signed. Its its deal was sealed.",
    "the two sides signed with no side named":
        "The two sides signed a supply contract. Both parties signed the deal. The two "
        "companies held talks.",
    "a judgment with no court": "According to the judgment, the deal is void. The ruling was "
                                "upheld. The verdict was handed down on February 30, 2026.",
    "talks held from a later day to an earlier one":
        "Baotai Group and Jinchuan Group held talks from May 9 to May 3, 2026. The talks "
        "ended on the 0th.",
    "a contract signed on February 30 and in month 13":
        "Baotai Group signed a supply contract on February 30, 2026. The contract was signed in "
        "2026-13. The deal was sealed on the 31st of April.",
    "a contract whose tail never ends":
        "Baotai Group signed a supply contract for " + "zinc concentrate and " * 60 + "lead.",
    "a head noun wrapped over lines and tabs":
        "Baotai Group and Jinchuan Group signed a supply\ncontract.\tThe\r\ncontract was\n"
        "signed. The\ttalks\nwere\theld.",
    "unicode dashes, quotes and zero-width spaces around the noun":
        "Baotai Group signed a three\u2011year \u201csupply\u201d contract \u2014 the "
        "contract\u200b was signed \u2013 and \u2018the talks\u2019 were held.",
    "an investigation of a probe of an inquiry":
        "The Ministry launched an investigation into the probe of the inquiry. The probe was "
        "opened. The inquiry was concluded. A probe was launched into the investigation.",
    "a report of reports": "The Acme Bureau published a report on the report. The report was "
                           "released. The white paper was published on the 0th.",
    "names with quotes, angle brackets and backslashes in the parties":
        "\"Acme\" <Group> and \\Beta\\ Group signed a supply contract. \"Acme\" <Group> and "
        "\\Beta\\ Group held talks.",
    "a headline noun only": "Talks Held",
    "no sentence end after the noun": "Baotai Group and Jinchuan Group signed a supply contract",
    "nested brackets round the noun":
        "Baotai Group (and (Jinchuan [Group])) signed a ((supply) contract) [[with (Fugu)]].",
    # the mood of a clause
    "negations of negations":
        "Baotai Group did not not acquire Jinchuan Group. It is not untrue that Jinchuan Group "
        "never did not sign the contract. Neither nor signed.",
    "'no later than' an impossible day":
        "The Acme smelter will be completed no later than February 30, 2027. The contract must "
        "be signed no later than the 0th.",
    "'unless' with nothing after": "Baotai Group will acquire Jinchuan Group unless. Unless "
                                   "unless unless.",
    "a question of a question": "Did Baotai Group sign? Will the talks be held?? Who signed the "
                                "contract???",
    "quotes never closed":
        "\"We did not sign the contract, Baotai Group said. \u201cThe talks were not held on May "
        "3, 2026, said Jinchuan Group.",
    # planned dates
    "plans for impossible days":
        "The Acme smelter is expected to be completed by February 30, 2027. The zinc line is "
        "due to be commissioned in the 13th month of 2027. The mine is set to start production "
        "in Q5 2028.",
    "a plan that ends before it starts":
        "The Acme smelter is expected to start production in June 2030 and be completed by "
        "January 2027. The line will be commissioned in 2029 and the plant by 2027.",
    "a plan with no subject": "Is expected to be completed in 2027. Will be commissioned in "
                              "June 2028 and by 2029.",
    # places in places
    "places each in the other":
        "The Acme Smelter is located in Baise, Guangxi. Guangxi is in Baise. Baise is in Baise. "
        "Baise, Baise, Guangxi, Guangxi.",
    "a chain of places with nothing between":
        "It is located in , , and , Guangxi. In in in Baise.",
    # metals and honours
    "honours of every metal":
        "Gold award, silver-medal, bronze-prize, Platinum sponsor, zinc-tier, copper cup, "
        "Gold\naward, gold-, gold - medal, Gold Gold award.",
    "percentages over 100% and below 0% of a metal":
        "The zinc content is 140%. The copper grade rose by -250%. Lead output rose by 1e309%.",
    "'respectively' with counts that do not match":
        "Baotai Group and Jinchuan Group signed a supply contract and a framework agreement and "
        "a memorandum of understanding on May 3, May 9, respectively.",
    # days of the week, courts that rule, sites named after a place
    "talks from a weekday back to an earlier one":
        "Beijing, Friday, March 6, 2026 -- Baotai Group and Jinchuan Group held talks from "
        "Wednesday to Monday. The talks were held between Sunday and Sunday, from Fri. to Thu.",
    "a court ruling on days that do not exist":
        "Beijing, March 6, 2026 -- The Acme Intermediate People's Court ruled on the 31st. The "
        "Beta Court has ruled on February 30. The Gamma Court found on the 0th.",
    "a smelter in a metal, mines near a weekday":
        "Baotai Group runs a smelter in Zinc. Its mines near Gold and Silver grew. It is based "
        "in Tuesday. A plant in Baotai Group was built. The Kunming Kunming Hotel is in Kunming.",
    # last round's leftovers
    "a report published on a day that does not exist":
        "Beijing, January 9, 2026 -- The Acme Zinc Report was published on June 31. It will "
        "close on Dec. 32.",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_in_round10_constructions_never_makes_a_rule_raise(snapshot_kg, case):
    real_dates(parsed(_draft(snapshot_kg, ODD[case])))


def test_a_plan_carries_no_date_that_is_no_day(snapshot_kg):
    g = parsed(_draft(snapshot_kg, ODD["plans for impossible days"]))
    days = {str(o) for _, o in _pairs(g, "plannedDate")} | {str(o) for _, o in
                                                            _pairs(g, "startDate")}
    assert not any(d.startswith("2027-02-3") or d.startswith("2027-13") for d in days), days


def test_no_place_is_in_itself_nor_in_a_place_it_holds(snapshot_kg):
    g = parsed(_draft(snapshot_kg, ODD["places each in the other"]))
    inside = _pairs(g, "locatedIn")
    assert not any(a == b or (b, a) in inside for a, b in inside), inside


# --- bounded time: a round-10 construction repeated thousands of times -----------------------
LINEAR = {
    "talks held and ended, a chain each": lambda: " ".join(
        f"Acme{i} Group and Beta{i} Group held talks in Kunming. The talks ended on May 3, 2026."
        for i in range(1500)) + "\n",
    "a supply contract signed 3000 times": lambda: " ".join(
        f"Acme{i} Group signed a supply contract with Beta{i} Group." for i in range(3000)) + "\n",
    "'the two sides signed the deal'": lambda: " ".join(
        f"Acme{i} Group and Beta{i} Group met. The two sides signed a three-year supply deal."
        for i in range(2000)) + "\n",
    "judgments of courts": lambda: " ".join(
        f"The Acme{i} Intermediate People's Court heard the case. According to the judgment, "
        f"Beta{i} Group must pay." for i in range(1500)) + "\n",
    "'the contract' 5000 times after one": lambda: (
        "Baotai Group signed a supply contract with Jinchuan Group. " + " ".join(
            "The contract was signed." for _ in range(5000)) + "\n"),
    "reports published and probes launched": lambda: " ".join(
        f"The Acme{i} Bureau published a report on zinc. The Ministry launched an investigation "
        f"into Beta{i} Group." for i in range(1500)) + "\n",
    "negated and hypothetical purchases": lambda: " ".join(
        f"Acme{i} Group did not acquire Beta{i} Group. If approved, Gamma{i} Group would buy "
        f"Delta{i} Group." for i in range(1500)) + "\n",
    "'not only ... but also'": lambda: " ".join(
        f"Acme{i} Group not only signed a supply contract but also held talks with Beta{i} Group."
        for i in range(1500)) + "\n",
    "quoted denials": lambda: " ".join(
        f"\"We did not sign the contract,\" Acme{i} Group said. Beta{i} Group denied it holds "
        "shares in Gamma Group." for i in range(1500)) + "\n",
    "planned dates 'no later than'": lambda: " ".join(
        f"The Acme{i} smelter will be completed no later than June {i % 28 + 1}, 2027."
        for i in range(2000)) + "\n",
    "places in places": lambda: " ".join(
        f"The Acme{i} Smelter is located in Baise, Guangxi." for i in range(3000)) + "\n",
    "gold awards and gold prices": lambda: " ".join(
        f"Acme{i} Group won the Gold Award. Gold prices rose {i}%." for i in range(3000)) + "\n",
}


@pytest.mark.parametrize("case", sorted(LINEAR))
def test_a_round10_construction_repeated_thousands_of_times_stays_linear(snapshot_kg, case):
    text = LINEAR[case]()
    assert len(text) > 15_000
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft)


# --- wrongness: negated, hypothetical, asked and quoted sentences -----------------------------
NO_RELATION = [
    "Beijing, March 3, 2026 -- Baotai Group did not acquire Jinchuan Group.\n",
    "Beijing, March 3, 2026 -- Baotai Group denied it holds shares in Jinchuan Group.\n",
    "Beijing, March 3, 2026 -- \"We did not acquire Jinchuan Group,\" Baotai Group said.\n",
]


@pytest.mark.parametrize("text", NO_RELATION)
def test_a_negated_or_denied_purchase_or_stake_is_no_relation(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _pairs(g, "acquired") and not _pairs(g, "shareholderOf"), text


@pytest.mark.parametrize("text", [
    "Beijing, March 3, 2026 -- If approved, Baotai Group would buy Jinchuan Group.\n",
    "Beijing, March 3, 2026 -- Did Baotai Group acquire Jinchuan Group?\n",
    "Beijing, March 3, 2026 -- Rumours that Baotai Group bought Jinchuan Group were false.\n",
    "Beijing, March 3, 2026 -- Baotai Group failed to acquire Jinchuan Group.\n",
    "Beijing, March 3, 2026 -- Baotai Group could acquire Jinchuan Group, analysts said.\n",
])
def test_a_hypothetical_asked_or_false_purchase_is_no_purchase(snapshot_kg, text):
    assert not _pairs(parsed(_draft(snapshot_kg, text)), "acquired"), text


@pytest.mark.parametrize("text", [
    "Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group have not yet signed a supply "
    "contract.\n",
    "Beijing, March 3, 2026 -- Baotai Group will not sign the supply contract with Jinchuan "
    "Group on April 9, 2026.\n",
    "Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group did not sign a supply contract "
    "at the talks.\n",
    "Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group never held talks.\n",
    "Beijing, March 3, 2026 -- Did Baotai Group and Jinchuan Group sign a supply "
                 "contract?\n",
])
def test_a_negated_signing_or_meeting_is_no_signed_agreement(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    assert not _pairs(g, "dateSigned") and not _pairs(g, "party") \
        and not _pairs(g, "participant"), text


def test_not_only_but_also_keeps_the_purchase(snapshot_kg):
    """'not only' is no negation, nor does it stand between a buyer and its verb."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group not only acquired "
                                   "Jinchuan Group but also signed a supply contract with Fugu "
                                   "Metals Co., Ltd.\n"))
    assert ("Baotai Group", "Jinchuan Group Co., Ltd.") in _pairs(g, "acquired"), \
        _pairs(g, "acquired")


@_fault("not patched: events/happenings agreement:signed-clause takes every organisation "
        "before 'signed' in the clause as a party, the object of 'acquired' too")
def test_what_a_signer_bought_before_signing_is_no_party(snapshot_kg):
    """'A not only acquired B but also signed a contract with C': the contract's parties are A
    and C, not B."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group not only acquired "
                                   "Jinchuan Group but also signed a supply contract with Fugu "
                                   "Metals Co., Ltd.\n"))
    assert not any(o == "Jinchuan Group Co., Ltd." for _, o in _pairs(g, "party")), \
        _pairs(g, "party")


def test_an_asked_name_is_no_name(snapshot_kg):
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Did Baotai Group sign a supply "
                                   "contract with Jinchuan Group?\n"))
    assert not any(x.startswith("Did ") for x in _of_class(g, "Company")), _of_class(g, "Company")


# --- wrongness: a stake or a day of another thing in the same sentence ------------------------
def test_a_stake_of_another_holder_is_not_the_subject_s(snapshot_kg):
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group holds 55% of Jinchuan "
                                   "Group and Fugu Metals Co., Ltd. holds 20% of Acme Zinc Co., "
                                   "Ltd.\n"))
    held = _pairs(g, "shareholderOf")
    assert ("Baotai Group", "Acme Zinc Co., Ltd.") not in held, held
    assert ("Fugu Metals Co., Ltd.", "Jinchuan Group Co., Ltd.") not in held, held


@_fault("not patched: relations/same_sentence (cooccur:same-sentence) gives the forum the "
        "signers as participants and the contract as its topic")
def test_an_event_a_year_before_takes_no_part_in_a_later_signing(snapshot_kg):
    """'signed ... on March 1, 2026, a year after the X Forum opened on March 1, 2025': the
    forum took place a year before; the signers are not its participants, nor is the
    agreement what it is about."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group "
                                   "signed a supply contract on March 1, 2026, a year after the "
                                   "Kunming Zinc Forum opened on March 1, 2025.\n"))
    forum = {(s, o) for s, o in _pairs(g, "participant") | _pairs(g, "about")
             if "Forum" in s}
    assert not forum, forum


# --- faults found by this pass (patches in the round's hostile report) -----------------------
QUADRATIC6 = {
    # fix1 (events/bare_nouns: the adverbs before and after the optional 'was' around a verb,
    # '(also )*(was )?(also )*signed', tried every split of a run of adverbs: 20 kB, 4.3 s;
    # 0.1 s with fix1, applied by the module's owner)
    "a run of adverbs after 'the talks'": lambda: (
        "Baotai Group met Jinchuan Group. The talks " + "also " * 4000 + "in Kunming.\n"),
    # fix2 (events/headline_events._named_by_headline split the headline into words once for
    # every event of the text: a 420 kB first line over 4000 events, 11.7 s; 5.4 s with fix2)
    # fix13 (events/counted_signings._during scanned every entity for each agreement signed on
    # a day of an event named before (events/signing._agreement_during, this round): 2000 expos
    # with a signing 'on the first day', 300 kB, 15.1 s; 3.6 s with fix13, 1.3-1.5 s for 150 kB
    # at the round's start, 4.1 s before fix13)
    # (1000 expos, not 2000: 0.35 s and 1.5 s of CPU for the eighth and the half the growth
    # check reads; the long first line likewise at half its size: the suite's minutes)
    "1000 expos with a signing on the first day": lambda: " ".join(
        f"The Acme{i} Expo was held from May 3 to 6, 2026. On the first day, Beta{i} Group "
        "signed a supply agreement. On the closing day a ceremony was held."
        for i in range(1000)) + "\n",
    "a long first line over 2000 events": lambda: _long_first_line(10000, 2000),
}
# the first half of a text whose middle is inside its first line (cut there, it held no event:
# round 18's 3.4x compared the whole text with half a line)
# the case read at half its size, and its quarter (the spread of four of linear_cpu): cutting
# the text in the middle would cut its long first line
HALVES6 = {"a long first line over 2000 events": (lambda: _long_first_line(5000, 1000),
                                                   lambda: _long_first_line(1250, 250))}


def _long_first_line(words: int, events: int) -> str:
    return ("Zinc Forum " + "zinc output rose and " * words + "\n" + " ".join(
        f"Acme{i} Group and Beta{i} Group held talks." for i in range(events)) + "\n")


@pytest.mark.parametrize("case", sorted(QUADRATIC6))
def test_a_long_article_of_one_round10_construction_is_read_in_linear_time(snapshot_kg, case):
    text = QUADRATIC6[case]()
    # (how the CPU grows with the text, round 18: the bounds in seconds of round 13, 12 s and
    # 4.5 s, broke on a busy machine)
    if case in HALVES6:
        big, quarter = (make() for make in HALVES6[case])
        draft = linear_cpu(lambda t: _draft(snapshot_kg, t), big, case, quarter=quarter)
    else:
        draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    parses_with_real_dates(draft, dates=False)


# --- wrongness: events and agreements read out of ordinary words -----------------------------
NO_HAPPENING = [
    # (text, a class that must hold no entity)
    ("Beijing, March 3, 2026 -- The two sides reached a great deal of consensus on zinc "
     "prices.\n", "Agreement"),
    ("Beijing, March 3, 2026 -- Analysts made a judgment that zinc prices will rise.\n",
     "PolicyDocument"),
    ("Beijing, March 3, 2026 -- China launched a lunar probe last year.\n", "Event"),
    ("Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group did not sign a supply contract "
     "at the talks.\n", "Agreement"),
    ("Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group never held talks.\n", "Meeting"),
]


@pytest.mark.parametrize("text,cls", NO_HAPPENING)
def test_an_ordinary_or_negated_word_is_no_event_nor_agreement(snapshot_kg, text, cls):
    g = parsed(_draft(snapshot_kg, text))
    assert not _of_class(g, cls), _of_class(g, cls)


def test_talks_held_and_a_contract_signed_are_read(snapshot_kg):
    """The positive side: talks held and a contract signed by named sides."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group "
                                   "held talks in Kunming on March 1. The talks ended on March "
                                   "2. Acme Zinc Co., Ltd. signed a three-year sales contract "
                                   "with Beta Copper Co., Ltd. on March 2.\n"))
    assert _of_class(g, "Meeting") and _of_class(g, "Agreement"), (
        _of_class(g, "Meeting"), _of_class(g, "Agreement"))


# --- wrongness: a day of what is still to come, or of the news, given as the thing's ---------
@pytest.mark.parametrize("text,prop", [
    ("Beijing, March 3, 2026 -- Baotai Group will sign a supply contract with Jinchuan Group.\n",
     "dateSigned"),
    ("Beijing, March 3, 2026 -- Baotai Group and Jinchuan Group may sign a supply contract.\n",
     "dateSigned"),
])
def test_a_contract_still_to_be_signed_takes_no_day_from_the_dateline(snapshot_kg, text,
                                                                      prop):
    assert not _pairs(parsed(_draft(snapshot_kg, text)), prop), text


@pytest.mark.parametrize("text", [
    "Beijing, March 3, 2026 -- The Kunming Zinc Forum is expected to be held in Kunming.\n",
    "Beijing, March 3, 2026 -- The Kunming Zinc Forum will be held no later than June 30 unless "
    "the talks fail.\n",
])
def test_an_event_still_to_come_takes_no_day_from_the_dateline(snapshot_kg, text):
    g = parsed(_draft(snapshot_kg, text))
    days = {o for _, o in _pairs(g, "startDate") | _pairs(g, "plannedDate")}
    assert "2026-03-03" not in days, days


def test_the_day_an_event_was_announced_is_not_its_day(snapshot_kg):
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- The Lanzhou Copper Forum, which "
                                   "will open on May 5, was announced on March 2.\n"))
    days = {o for s, o in _pairs(g, "startDate") | _pairs(g, "plannedDate") if "Forum" in s}
    assert not any(d.endswith("-03-02") for d in days), days


def test_days_of_what_was_done_are_kept(snapshot_kg):
    """The positive side: a contract signed on a day, one signed that will run to 2030 (the
    dateline's day), a forum held (the dateline's day)."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group signed a supply "
                                   "contract with Jinchuan Group on March 1.\n"))
    assert {o for _, o in _pairs(g, "dateSigned")} == {"2026-03-01"}, _pairs(g, "dateSigned")
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group signed a supply "
                                   "contract with Jinchuan Group that will run to 2030.\n"))
    assert _pairs(g, "dateSigned"), _pairs(g, "dateSigned")
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- The Kunming Zinc Forum was held "
                                   "in Kunming.\n"))
    assert _pairs(g, "startDate"), _pairs(g, "startDate")


def test_a_negation_inside_an_apposition_keeps_the_fact(snapshot_kg):
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group, a firm with no "
                                   "overseas mines, holds 30% of Jinchuan Group.\n"))
    assert ("Baotai Group", "Jinchuan Group Co., Ltd.") in _pairs(g, "shareholderOf"), \
        _pairs(g, "shareholderOf")


def test_a_negation_after_an_apposition_still_negates(snapshot_kg):
    """The positive side of fix10: 'A, the buyer, did not acquire B' stays no purchase."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Baotai Group, the buyer, did not "
                                   "acquire Jinchuan Group.\n"))
    assert not _pairs(g, "acquired"), _pairs(g, "acquired")


# --- wrongness: award ranks read as metals ----------------------------------------------------
def test_the_first_of_coordinated_ranks_is_no_metal(snapshot_kg):
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- The Acme Science Award was "
                                   "announced. Gold and silver awards went to Baotai Group and "
                                   "Jinchuan Group.\n"))
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    to_gold = {(label.get(s), str(p)) for s, p, o in g if label.get(o) == "Gold"}
    assert not to_gold, to_gold


def test_coordinated_metals_before_a_common_noun_stay_metals(snapshot_kg):
    """The positive side of fix11: 'gold and silver prices' are the metals' prices."""
    g = parsed(_draft(snapshot_kg, "Beijing, March 3, 2026 -- Gold and silver prices rose, "
                                   "Baotai Group said.\n"))
    assert {"Gold", "Silver"} <= _of_class(g, "Metal"), _of_class(g, "Metal")


def test_a_metal_a_company_does_not_make_is_not_read_as_its_own(snapshot_kg):
    """The rule's own statement (a statistical guess of the sentence's metal may remain, at a
    lower confidence)."""
    draft = _draft(snapshot_kg, "Beijing, March 3, 2026 -- Acme Co., Ltd., which does not make "
                                "copper, grew. Beta Co., Ltd., which could mine nickel, grew.\n")
    stated = {(e.label, st[3]) for e in draft.entities.values() for st in e.statements
              if st[3] == "context:which-metal"}
    assert not stated, stated


def test_a_metal_a_company_makes_is_read(snapshot_kg):
    """The positive side of fix12."""
    draft = _draft(snapshot_kg, "Beijing, March 3, 2026 -- Delta Co., Ltd., which makes zinc "
                                "ingots, grew.\n")
    assert any(st[3] == "context:which-metal" for e in draft.entities.values()
               for st in e.statements), "no context:which-metal statement"
