"""`kg ingest` round 15, relations whose two ends are in different sentences: a thing named in one
sentence and referred back to in the next by a common noun or a defined term, so that the
sentence rules (organisers, venues, participants, places, owners) read the phrase as the name.
Texts written for these tests (own words; invented companies, people and figures).

* events/referring_nouns.py, events/anaphora.py: "the contest", "the auction", "the hearing",
  "the talks" (and one or two modifiers that are words of the event's name, or say nothing:
  "the online auction", "the three-day contest") refer to the last event of that kind; also
  events minted late from a clause ("The 2027 X Contest opened in Y on Wednesday. The contest
  was organised by A together with B, and hosted by C": ``refer_late``); "the exchange", "the
  court", "the laboratory" to the last organisation whose name holds the noun. Not: a noun that
  goes on with another noun ("the mine operator", "the auction house"), a modifier the
  thing's name lacks ("the board meeting" after a contest).
* relations/referent_spans.py: a term defined after an organisation's name ('X Ltd. (the
  "Buyer")') as a span of that organisation for every sentence rule ("The Buyer is based in
  Y"). Not: a term defined for an agreement or a plan, a short form of the name itself.
"""
from __future__ import annotations

import pytest

from kg.ingest.events import referring_nouns as anaphora
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.relations import referent_spans
from kg.model.namespaces import NFO
from rdflib import URIRef


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r15xs") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _links(draft, pred):
    out = set()
    for e in draft.entities.values():
        for p, o, _, _ in e.statements:
            if p == pred and o in draft.entities:
                out.add((e.label, draft.entities[o].label))
    return out


def _objects(draft, pred, label_part):
    return {o for s, o in _links(draft, pred) if label_part in s}


# --- the phrase: which "the <noun>" may refer back (pure functions, no draft) -------------

@pytest.mark.parametrize("text,noun", [
    ("The contest was organised by A.", "contest"),
    ("The three-day contest ends on Friday.", "contest"),
    ("the online auction was attended by B", "auction"),
    ("The public hearing was chaired by C.", "hearing"),
    ("the talks ended on Wednesday", "talks"),
    ("the exchange said on Monday", "exchange"),
    ("The court, which sits in Lima, ruled on Friday.", "court"),
])
def test_phrases_that_refer_back(text, noun):
    m = anaphora._rx().search(text)
    assert m is not None and " ".join(m.group("n").split()).lower() == noun
    assert anaphora._ends_phrase(text, m.end())


@pytest.mark.parametrize("text", [
    "the exchange rate rose",           # a noun goes on: another thing
    "the hearing room was full",
    "the auction house in Lima",
    "the contest rules were changed",
])
def test_phrases_that_go_on_with_a_noun(text):
    m = anaphora._rx().search(text)
    assert m is None or not anaphora._ends_phrase(text, m.end())


def test_neutral_modifiers():
    assert anaphora._NEUTRAL.match("three-day") and anaphora._NEUTRAL.match("same")
    assert not anaphora._NEUTRAL.match("board") and not anaphora._NEUTRAL.match("online")


# --- whole drafts ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def contest(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15xs-contest", (
        "Welders from six regions meet in Arequipa\n\n"
        "Arequipa, March 5, 2027 -- The 2027 Andean Copper Welding Contest opened in Arequipa "
        "on Wednesday, bringing together 140 welders from mines and smelters in southern "
        "Peru.\n\n"
        "The contest was organised by the Peruvian Copper Producers Association together with "
        "the Arequipa Chamber of Industry, and hosted by Cerro Alto Mining S.A. The three-day "
        "contest ends on Friday.\n\n"
        "Separately, the board meeting of the association approved its budget.\n"))


def test_contest_organisers_across_sentences(contest):
    """A clause event ("X opened in Y on Wednesday") and "The contest was organised by A
    together with B, and hosted by C" in the next paragraph: A and B organise, C hosts."""
    organisers = _objects(contest, NFO.organizedBy, "Contest")
    assert {"Peruvian Copper Producers Association", "Arequipa Chamber of Industry"} <= organisers
    assert "Cerro Alto Mining S.A." in _objects(contest, NFO.hostedBy, "Contest")
    assert "Cerro Alto Mining S.A." not in organisers


@pytest.fixture(scope="module")
def defined(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15xs-defined", (
        "Notice on the sale of a nickel refinery\n\n"
        "On 4 June 2027 Kestrel Nickel Holdings Ltd. (the \"Seller\") agreed to sell its "
        "refinery to Arctic Basin Metals Oy (the \"Buyer\") under a share purchase agreement "
        "(the \"Agreement\").\n\n"
        "The Buyer is based in Oulu, Finland, and refines cobalt and nickel.\n\n"
        "The Seller is headquartered in Perth.\n"))


def test_defined_terms_place_their_organisations(defined):
    """'X Ltd. (the "Buyer")' then "The Buyer is based in Oulu": the Buyer is X."""
    places = _links(defined, NFO.locatedIn)
    assert ("Arctic Basin Metals Oy", "Oulu") in places
    assert ("Kestrel Nickel Holdings Ltd.", "Perth") in places
    # (the other company is not placed where the Buyer is)
    assert ("Kestrel Nickel Holdings Ltd.", "Oulu") not in places


def test_terms_for_organisations_only():
    """A term defined after an agreement's or a plan's name is not an organisation's, nor is a
    short form of the name itself ('Zinc Co. ("Zinc")')."""
    from kg.ingest.model import Entity
    text = 'Alpha Zinc Co. ("Zinc") and Beta Trading Ltd. (the "Agent") and the Plan (the "Plan")'

    def _E(label, cls):
        return Entity(URIRef("urn:t:" + label.replace(" ", "-")), cls, label, False, "t", 0.5)
    a = _E("Alpha Zinc Co.", NFO.Company)
    b = _E("Beta Trading Ltd.", NFO.Company)
    p = _E("Plan", NFO.Plan)
    spans = [(0, 14, a), (28, 45, b), (68, 72, p)]
    assert Entity is not None
    got = referent_spans._defined(text, spans)
    assert set(got) == {"Agent"} and [x[1] for x in got["Agent"]] == [b]


def test_a_term_defined_again_or_twice_at_once():
    """A term defined again for another organisation stands for that one from there on; two
    organisations given one term in one sentence: it stands for neither."""
    text = ('Alpha Ltd (the "Buyer") paid. Later Beta Ltd (the "Buyer") paid. '
            'Gamma Ltd (the "Agent") and Delta Ltd (the "Agent") signed.')

    from kg.ingest.model import Entity

    def _E(label):
        return Entity(URIRef("urn:t:" + label.replace(" ", "-")), NFO.Company, label, False, "t", 0.5)
    ents = {n: _E(n + " Ltd") for n in ("Alpha", "Beta", "Gamma", "Delta")}
    spans = [(text.index(n), text.index(n) + len(n) + 4, e) for n, e in ents.items()]
    got = referent_spans._defined(text, spans)
    assert [x[1] for x in got["Buyer"]] == [ents["Alpha"], ents["Beta"]]
    assert [x[1] for x in got["Agent"]] == [ents["Gamma"], None]


@pytest.mark.parametrize("text,mods", [
    ("Wang Li, deputy director of the Sonora bureau, said", ["sonora"]),
    ("the Katanga mining authority fined the firm", ["katanga", "mining"]),
    ("The Perth exchange said on Monday", ["perth"]),
])
def test_a_name_word_as_modifier(text, mods):
    """'the Sonora bureau': a capitalised modifier is a word the referent's name must hold; a
    place's name on it does not block the phrase (only the noun must be free)."""
    (a, b, noun, got, free), = anaphora._phrases(text)
    assert got == mods and free == b - len(noun)
