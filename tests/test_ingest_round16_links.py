"""`kg ingest` round 16, links between things the draft has, read from the words that tie them
(texts written for these tests: own words, invented companies, people and figures).

* relations/which_metals.py: what a company is in business with, stated by a "whose" clause
  ("X, a state-owned group whose main businesses are copper, nickel, cobalt and gold") or by a
  sentence on its products ("Its main products include ...", "The company's core businesses
  are ..."), or its line of business (", which is mainly engaged in zinc smelting", "X
  specialises in germanium refining": producer-verbs.txt). Not: "whose largest shareholder is ...", "whose customers include copper smelters",
  "its main shareholder is ...".
* events/referring_nouns.py (data/anaphor-nouns.txt): a company or body referred to by its
  trade ("the insurer" after "X Property Insurance Co., Ltd.", "the regulator", "the lender",
  "the refiner"), and more nouns of what happened ("the seizure", "the shutdown", "the
  ruling"), each only for a referent whose name or class holds one of its words.
* relations/described_ahead.py: a company described before it is named, as a lead opens ("A
  secondary copper smelter in Taizhou ... has been fined ... Y Co., Ltd. hired ...", "Two nickel
  refiners in Jinchang received ...: (1) A ...; (2) B ..."): the description's metals and place
  are the named company's. Not: a description with no metal or place ("A company spokesman
  for X"), a count the list after it does not match (two smelters, one company named).
* relations/headline_metals.py (late_headline_metals, after the clause events): a wire lead that
  names the metals, then what happened in a clause of the next paragraph ("The van was stopped
  at X port last Tuesday"): that lead event concerns the headline's metals; not a later clause
  event ("Two suspects were detained").
* names/phrases.py (lower_names): a sentence-case headline's verb (a present form of
  data/headline-verbs.txt: "inspects", "names") is no word of a lower-case name: "County chief
  inspects nickel projects in Gansu" names no project "County chief inspects nickel projects".
* relations/described_places.py: where a thing is, from a description set off after its name
  ("X, a trading firm registered in Xiamen", "Y, a miner headquartered in Perth", "Z, a zinc
  smelter in Hunan", "W, a salt flat in the V Region"). Not: a rank ("the largest smelter in
  Jiangxi"), a description naming another organisation ("a unit of A based in Tianjin"), one
  that joins ("a supplier to smelters in Yunnan"). The seat stated around the name: "X, with
  headquarters in Y", "X (headquartered in Y)", "Headquartered in Y, X ...", "Founded in 2003
  and based in Y, X ...", "It is based in Y." after a sentence that opens with X. Not "It is
  located in Y" after a sentence that opens with a person.
"""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

_METALS = """Metal groups restate what they make

2026-04-09 08:30    Source: Northern Metals Weekly

Fenwick Nonferrous Group, a provincial state-owned group whose main businesses are copper, nickel,
cobalt, and gold, said on Tuesday that it would bid for the assets.

Garnet Metals Co., Ltd., whose products include tin ingots and indium, joined the bid.

Harlow Alloys Co., Ltd., whose largest shareholder is Quarry Holdings Ltd., stayed out.

Juniper Logistics Co., Ltd., whose customers include copper smelters, carried the ore.

Kestrel Mining Co., Ltd. reported higher output for the quarter. Its main products include
electrolytic copper, gold and silver.

Larch Nonferrous Co., Ltd. said profit rose by a tenth. The company's core businesses are
antimony and bismuth.

Marsh Holdings Co., Ltd. cut its dividend. Its main shareholder is the county government.

Nairn Smelting Co., Ltd., which is mainly engaged in zinc smelting, posted a loss.

Orton Materials Co., Ltd. specialises in germanium refining.
"""

_PLACES = """Traders and miners named in the ore case

2026-04-10 09:00    Source: Northern Metals Weekly

Investigators traced the ore to Tolland Metal Trading Co., Ltd., a trading firm registered in
Xiamen, which had paid for it in cash.

The cargo was insured through Kestrel Futures Co., Ltd., a futures company based in Dalian, and
sold on to Pellam Nickel Pty Ltd, a miner headquartered in Perth.

Corran Zinc Co., Ltd., a zinc smelter in Hunan, bought part of the ore.

Morven Copper Co., Ltd., the largest copper smelter in Jiangxi, declined to comment.

Nairn Lead Co., Ltd., a unit of Ostler Group based in Tianjin, said it had not bought any.

Pevensey Tin Co., Ltd., a supplier to smelters in Yunnan, was not involved.

Headquartered in Baotou, Carnforth Rare Earth Co., Ltd. bought none of it.

Founded in 2003 and based in Hechi, Dunster Tin Co., Ltd. runs two smelters.

Elstow Copper Co., Ltd., with headquarters in Tongling, and Felton Alumina Co., Ltd. (headquartered
in Baise) were asked for records.

Brackley Nickel Co., Ltd. raised its forecast last week. It is based in Jinchang.

Zhou Minghui toured the plant on Monday. It is located in Hezhou.

The Orvik Copper Mine is located in Norrbotten County.

The cargo had been insured by Wexford Property Insurance Co., Ltd. in March. Lin Qiaoyu, general
manager of the insurer's Dalian branch, said the claim would be paid within a month.
"""


_AHEAD = """Smelter fined for dumping slag

(Reporter Liu Fangyi) A secondary copper smelter in Taizhou, Zhejiang Province, has been fined 2
million yuan for dumping slag, a court ruled on Monday.

According to the ruling, Huangyan Renewable Copper Co., Ltd. hired unlicensed trucks to move
the slag to a disused quarry.

Two nickel refiners in Jinchang received export licences on Friday:
(1) Jinfeng Nickel Co., Ltd., 3,000 tonnes;
(2) Hexi Nickel Materials Co., Ltd., 1,200 tonnes.

Two zinc smelters in Hechi were told to stop work. Dachang Zinc Co., Ltd. said it would appeal.

A company spokesman for Lanxi Tin Co., Ltd. declined to comment.

A cobalt refiner in Ganzhou halted one line after a fire on Sunday. Analysts at Pellow
Consulting Co., Ltd. said supply would tighten.
"""


_WIRE = """Customs foil attempt to smuggle cobalt and indium out of Guangxi

NANNING, May 3 (Xinhua) -- Customs officers in south China's Guangxi have seized 8 tonnes of
cobalt and 300 kilograms of indium hidden under bags of rice, the Nanning customs office said
on Friday.

The van was stopped at Dongxing port last Tuesday after a scan showed dense blocks under the
rice.

Two suspects were detained on Wednesday.
"""


def _draft(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r16links") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def metals_draft(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-metals", _METALS)


@pytest.fixture(scope="module")
def places_draft(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-places", _PLACES)


@pytest.fixture(scope="module")
def ahead_draft(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-ahead", _AHEAD)


def _objects(draft, pred, subject_part):
    out = set()
    for e in draft.entities.values():
        if subject_part not in e.label:
            continue
        for p, o, _, _ in e.statements:
            if p == pred and o in draft.entities:
                out.add(draft.entities[o].label)
    return out


# --- what a company is in business with -------------------------------------------------

@pytest.mark.parametrize("company,metals", [
    ("Fenwick Nonferrous", {"Copper", "Nickel", "Cobalt", "Gold"}),   # "whose main businesses are"
    ("Garnet Metals", {"Tin", "Indium"}),                               # "whose products include"
    ("Kestrel Mining", {"Copper", "Gold", "Silver"}),                   # "Its main products include"
    ("Larch Nonferrous", {"Antimony", "Bismuth"}),                      # "The company's core businesses are"
    ("Nairn Smelting", {"Zinc"}),                       # ", which is mainly engaged in"
    ("Orton Materials", {"Germanium"}),                 # "specialises in"
])
def test_stated_business_metals(metals_draft, company, metals):
    assert metals <= _objects(metals_draft, NFO.concernsMetal, company)


@pytest.mark.parametrize("company", ["Harlow Alloys", "Juniper Logistics", "Marsh Holdings"])
def test_no_metal_from_shareholders_or_customers(metals_draft, company):
    # "whose largest shareholder is", "whose customers include copper smelters", "Its main
    # shareholder is": no business of the company's own (the statistical guesses of
    # cooccur.py are other rules')
    for e in metals_draft.entities.values():
        if company in e.label:
            assert not any(r.startswith(("context:whose-metal", "org:stated-metal"))
                           for _, _, _, r in e.statements)


# --- where a described thing is ---------------------------------------------------------

@pytest.mark.parametrize("company,place", [
    ("Tolland Metal Trading", "Xiamen"),        # "a trading firm registered in"
    ("Kestrel Futures", "Dalian"),              # "a futures company based in"
    ("Pellam Nickel", "Perth"),                 # "a miner headquartered in"
    ("Corran Zinc", "Hunan"),                   # "a zinc smelter in" (no verb)
    ("Carnforth Rare Earth", "Baotou"),         # "Headquartered in Y, X"
    ("Dunster Tin", "Hechi"),                   # "Founded in 2003 and based in Y, X"
    ("Elstow Copper", "Tongling"),              # "X, with headquarters in Y,"
    ("Felton Alumina", "Baise"),                # "X (headquartered in Y)"
    ("Brackley Nickel", "Jinchang"),            # "It is based in Y." after "X ..."
    ("Orvik Copper Mine", "Norrbotten"),        # a site's "X is located in Y"
])
def test_described_in_place(places_draft, company, place):
    assert any(place in p for p in _objects(places_draft, NFO.locatedIn, company))


@pytest.mark.parametrize("company,place", [
    ("Morven Copper", "Jiangxi"),       # a rank: where it leads
    ("Nairn Lead", "Tianjin"),          # a description naming another organisation
    ("Pevensey Tin", "Yunnan"),         # a supplier "to smelters in" Yunnan
    ("Zhou Minghui", "Hezhou"),         # "It is located in" after a person's sentence
])
def test_not_described_in_place(places_draft, company, place):
    for e in places_draft.entities.values():
        if company in e.label:
            assert not any(r.startswith(("context:described-in-place", "context:seat-in-place"))
                           for p, _, _, r in e.statements if p == NFO.locatedIn)


# --- a company referred to by its trade ---------------------------------------------------

def test_agent_noun_refers_to_company(places_draft):
    # "general manager of the insurer's Dalian branch": a post in the insurance company
    posts = [e for e in places_draft.entities.values()
             if e.label.startswith("Lin Qiaoyu,") and "Wexford" in e.label]
    assert posts


def test_agent_noun_needs_its_word_in_the_name():
    from kg.ingest.events.referring_nouns import noun_rows
    rows = {n: (what, fits) for n, what, _, fits in noun_rows()}
    assert rows["insurer"] == ("org", ("insurance", "insurer", "assurance"))
    assert "bank" in rows["lender"][1]
    # nouns of what happened refer to an event whose name holds the word
    assert rows["shutdown"][0] == "event" and "halt" in rows["shutdown"][1]


# --- a company described before it is named ---------------------------------------------

@pytest.mark.parametrize("company,metal,place", [
    ("Huangyan Renewable Copper", "Secondary copper", "Taizhou"),   # "A ... smelter in Y" lead
    ("Jinfeng Nickel", "Nickel", "Jinchang"),                       # "Two ... refiners in Y": items
    ("Hexi Nickel", "Nickel", "Jinchang"),
])
def test_described_ahead(ahead_draft, company, metal, place):
    assert metal in _objects(ahead_draft, NFO.concernsMetal, company)
    assert place in _objects(ahead_draft, NFO.locatedIn, company)


@pytest.mark.parametrize("company", ["Dachang Zinc", "Lanxi Tin", "Pellow Consulting"])
def test_not_described_ahead(ahead_draft, company):
    # two smelters, one company named; "A company spokesman for X": no description of X;
    # "Analysts at X said" after "A cobalt refiner in Y halted ...": X is not the refiner
    for e in ahead_draft.entities.values():
        if company in e.label:
            assert not any(r.startswith("context:described-ahead") for _, _, _, r in e.statements)


# --- the metals of a lead event read from a clause ------------------------------------------

@pytest.fixture(scope="module")
def wire_draft(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-wire", _WIRE)


def test_clause_lead_event_takes_headline_metals(wire_draft):
    assert {"Cobalt", "Indium"} <= _objects(wire_draft, NFO.concernsMetal, "The van was stopped")
    assert not _objects(wire_draft, NFO.concernsMetal, "Two suspects")


# --- a headline's verb is no word of a lower-case name ---------------------------------------

@pytest.mark.parametrize("text,bad", [
    ("County chief inspects nickel projects in Gansu\n\nText.", "inspects"),
    ("Zhangye names nine key zinc projects for 2028\n\nText.", "names"),
    ("Ministry signs two lithium cooperation projects\n\nText.", "signs"),
])
def test_headline_verb_ends_lower_name(text, bad):
    from kg.ingest.names.phrases import lower_names
    assert not [c for c in lower_names(text) if bad in c.label.split()]
