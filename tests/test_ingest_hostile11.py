"""`kg ingest` attacked an eleventh time (after test_ingest_hostile.py .. hostile10.py): round
14's rules (yearless datelines dated from the lead's weekday, name repairs, event parts, places
named after a name, ties between firms, what a name's head is about, a document's scope, the
metals of an exchange, delegations, successions, agreements named by a plain noun) and round
15's, on genres of their own (a Tasmanian zinc miner's wire story, a register of shareholders,
a ministry's circular, a trade fair's programme). Odd text never makes a rule raise and the
draft still parses with real days; a stage that read the whole text or list once for each item
it found is linear; (wrongness tests below). Every article here is written for this file; the
faults and their patches are listed in the round's hostile report
(/tmp/h15/hostile/README.md, fixN.diff)."""
from __future__ import annotations

import string

import pytest

from hostile_drafts import (draft_of, fault, grows_linearly, of_class, pairs, parsed,  # noqa: F401
                            real_dates, snapshot_kg)
from kg.ingest.model import Draft, Entity, Span
from kg.ingest.terms import NFO, URIRef

DL = "Hobart, June 2, 2026 -- "


def _draft(kg, text: str, doc_id: str = "hostile11-x"):
    return draft_of(kg, text, doc_id, "hostile11.txt")


def _entity(label: str, cls, n: int, rule: str = "hostile11") -> Entity:
    return Entity(URIRef(f"https://w3id.org/nfkg/id/hostile11-{n}"), cls, label, False, rule, 0.5)


def _bare_draft(text: str) -> Draft:
    return Draft("hostile11-t", text, "0" * 64, "hostile11.txt", "", None, None, None)


def _word(i: int) -> str:
    """A made-up capitalised word for the number ``i`` (names hold no digits)."""
    s = ""
    for _ in range(3):
        s += string.ascii_lowercase[i % 26]
        i //= 26
    return s.title()


def _parts_draft(n: int, make):
    """A bare draft of ``n`` parts, each ``make(i)`` = (text, [(name, class)]), and its spans
    (each name with one mention)."""
    parts, spans, pos, k = [], [], 0, 0
    for i in range(n):
        part, names = make(i)
        for name, cls in names:
            a = pos + part.index(name)
            ent = _entity(name, cls, k)
            ent.mentions.append(Span(a, a + len(name)))
            spans.append((a, a + len(name), ent))
            k += 1
        parts.append(part)
        pos += len(part)
    draft = _bare_draft("".join(parts))
    for _, _, e in spans:
        draft.entities[e.iri] = e
    return draft, spans


# --- crashes and time: a phrase cut by thousands of dates ----------------------------------------
def test_a_phrase_cut_by_thousands_of_weekdays_is_read():
    """"... Office on Monday Depot on Monday ...": candidates._phrase_names cut the phrase at
    each "on <weekday>" and called itself on the rest, once per cut: 1500 cuts raised
    RecursionError (`kg ingest` failed), and each call read the rest again (quadratic; fix1,
    applied in 6f6449b)."""
    from kg.ingest.names.candidates import organisations
    grows_linearly(lambda n: lambda: organisations(
        "Hobart Zinc Office said " + "on Monday " * n + "it shipped ore.\n"), 1200,
        "a phrase cut by weekdays")
    got = grows_linearly(lambda n: lambda: organisations(
        "".join(f"The {_word(i)} Metals Ltd on Monday " for i in range(n)) + "shipped ore."),
        3000, "names cut by weekdays")
    assert {c.label for c in got} >= {"Aaa Metals Ltd", "Baa Metals Ltd"}, got[:3]


def test_a_phrase_cut_by_a_date_keeps_both_names():
    """The positive side of fix1: the names before and after the date."""
    from kg.ingest.names.candidates import organisations
    text = ("The Tasmanian Department of Mines on Friday fined the Huon Zinc Company and "
            "the Derwent Smelting Company on Monday.\n")
    got = {c.label for c in organisations(text)}
    assert {"Tasmanian Department of Mines", "Huon Zinc Company"} <= got, got


# --- time: posts of titled people, each reading every organisation before it --------------------
def test_titled_people_among_many_bodies_stay_linear():
    """relations/titled_posts (through posts_without_body.near_body) read the head nouns of
    every organisation named before each titled person, 26 regexes each: 2048 delegations
    "A delegation from the X Department of Mines, led by Deputy Director A, visited" (217 kB)
    took 34 s of `kg ingest` (fix2, applied in 6f6449b). A sentence that calls a body "the
    department" made near_body rank every organisation of that head named before (3.3-3.8x for
    twice the delegations; a non-strict xfail from round 19 to round 21): the body finder now
    keeps each head's running best (officer_lists._running_best, hostile17)."""
    from kg.ingest.knowledge.mint import Minter
    from kg.ingest.reading.sentences import Sentences
    from kg.ingest.relations.kinds import kind
    from kg.ingest.relations.titled_posts import titled_posts

    def make(i):
        body, p = f"{_word(i)} Department of Mines", f"Ann Lee{_word(i).lower()}"
        return (f"A delegation from the {body} visited. Deputy Director {p} said the "
                f"department agreed. ", [(body, NFO.GovernmentBody), (p, NFO.Person)])
    small, small_spans = _parts_draft(3, make)        # (patterns built, not timed)
    titled_posts(small, Minter(set()), small_spans, Sentences(small.text), kind)

    def timed(n):
        draft, spans = _parts_draft(n, make)
        n0 = len(draft.entities)
        return lambda: (titled_posts(draft, Minter(set()), spans, Sentences(draft.text), kind),
                        len(draft.entities) - n0)[1]
    assert grows_linearly(timed, 1600, "titled people among bodies") > 0, "no post"


# --- time: names of pairs ("A and B Ltd") split one by one ----------------------------------------
def _pairs_draft(n: int):
    def make(i):
        a, pair = f"{_word(i)} Metals Ltd", f"{_word(i)} Metals Ltd and {_word(i)} Nickel Ltd"
        return (f"{a} said. {pair} signed. ", [(a, NFO.Company), (pair, NFO.Company)])
    draft, spans = _parts_draft(n, make)
    hub = _entity("Tasman Holdings Ltd", NFO.Company, 10 ** 6)
    for _, _, e in spans[1::2]:
        hub.add(NFO.shareholderOf, e.iri, Span(0, 1), "hostile11")
    draft.entities[hub.iri] = hub
    return draft, spans, hub


def test_many_pairs_of_names_are_split_in_linear_time():
    """names/name_repair._split_pairs, for each "A and B Ltd" split, looked through every
    entity's statements and rebuilt the list of spans: 4096 "... in Tasmania and X Metals Ltd"
    (320 kB) took 15 s of `kg ingest` (fix3, applied in 6f6449b)."""
    from kg.ingest.knowledge.mint import Minter
    from kg.ingest.names.name_repair import _split_pairs

    def timed(n):
        draft, spans, hub = _pairs_draft(n)
        return lambda: (_split_pairs(draft, spans, Minter(set()), None), draft, hub)[1:]
    draft, hub = grows_linearly(timed, 2800, "pairs of names")
    assert len(draft.entities) == 2 * 2800 + 1, len(draft.entities)
    assert len(hub.statements) == 2 * 2800, len(hub.statements)


def test_a_pair_split_points_what_pointed_at_it_at_both():
    """The positive side of fix3: the halves take the pair's mentions and statements."""
    from kg.ingest.knowledge.mint import Minter
    from kg.ingest.names.name_repair import _split_pairs
    draft, spans, hub = _pairs_draft(2)
    _split_pairs(draft, spans, Minter(set()), None)
    labels = {draft.entities[o].label for _, o, _, _ in hub.statements}
    assert labels == {"Aaa Metals Ltd", "Aaa Nickel Ltd", "Baa Metals Ltd", "Baa Nickel Ltd"}, \
        labels
    assert not any(" and " in e.label for _, _, e in spans), [e.label for _, _, e in spans]


# --- time: a document's scope, each verb reading every document ----------------------------------
def test_scopes_of_many_documents_stay_linear():
    """relations/document_scope gathered, for each scope verb, every document of the text to
    find the one before it in the sentence, and the paragraph's start back from each "The
circular applies": 2000 circulars in one paragraph took 1 s, 6000 about 8 s."""
    from kg.ingest.reading.sentences import Sentences
    from kg.ingest.relations.document_scope import document_scope
    from kg.ingest.relations.kinds import kind

    def make(i):
        doc, org = f"{_word(i)} Circular", f"{_word(i)} Metals Ltd"
        return (f"The {doc} applies to {org}. The circular applies to {org}. ",
                [(doc, NFO.Notice), (org, NFO.Company)])
    small, small_spans = _parts_draft(3, make)
    document_scope(small, small_spans, Sentences(small.text), kind)

    def timed(n):
        draft, spans = _parts_draft(n, make)
        return lambda: (document_scope(draft, spans, Sentences(draft.text), kind), spans)[1]
    spans = grows_linearly(timed, 2500, "scopes of documents")
    assert sum(len(e.statements) for _, _, e in spans) == 2500


# --- wrongness: a scope, a listing and a product read through a negation -------------------------
SCOPES = (DL + "Huon Metals Ltd said zinc output rose. The Tasmanian Mining Notice does not apply "
          "to Huon Metals Ltd. The Burnie Export Circular no longer applies to Derwent Nickel Pty "
          "Ltd. It is unclear whether the Queenstown Tailings Notice applies to Zeehan Tin Ltd. "
          "The Launceston Smelting Notice applies to Bell Bay Aluminium Ltd. The Devonport Ore "
          "Circular will apply to Rosebery Lead Ltd from July.\n")


@pytest.fixture(scope="module")
def scopes(snapshot_kg):
    return {(a, b.rstrip(".")) for a, b in pairs(parsed(_draft(snapshot_kg, SCOPES,
                                                               "hostile11-scopes")), "appliesTo")}


@pytest.mark.parametrize("company", ["Huon Metals Ltd", "Derwent Nickel Pty Ltd",
                                     "Zeehan Tin Ltd"])
def test_a_document_that_does_not_apply_has_no_scope(scopes, company):
    """relations/document_scope reads "<document> applies to <X>" whatever the clause says of
    it, and stated_mood never reads appliesTo: "does not apply to", "no longer applies to",
    "it is unclear whether ... applies to" kept the scope."""
    assert not {p for p in scopes if p[1] == company}, scopes


def test_a_document_that_applies_keeps_its_scope(scopes):
    """The positive side of fix5: a scope stated, and one set ahead."""
    assert {("Launceston Smelting Notice", "Bell Bay Aluminium Ltd"),
            ("Devonport Ore Circular", "Rosebery Lead Ltd")} <= scopes, scopes


EXCHANGES = (DL + "Huon Metals Ltd said zinc output rose. The London Metal Exchange will not list "
             "cobalt futures, its chief executive said. The Singapore Commodity Exchange has no "
             "plans to launch tungsten futures. The Hobart Futures Exchange launched nickel "
             "sulphate futures on Monday.\n")


@pytest.fixture(scope="module")
def exchanges(snapshot_kg):
    return parsed(_draft(snapshot_kg, EXCHANGES, "hostile11-exchanges"))


def test_an_exchange_that_will_not_list_a_metal_does_not_trade_it(exchanges):
    got = pairs(exchanges, "concernsMetal")
    assert not {p for p in got if p in {("London Metal Exchange", "Cobalt"),
                                        ("Singapore Commodity Exchange", "Tungsten")}}, got


def test_a_product_is_not_named_by_the_verb_before_it(exchanges):
    got = of_class(exchanges, "Product")
    assert not {p for p in got if p.split()[0].lower() in ("not", "list", "will")}, got


def test_an_exchange_that_listed_a_metal_trades_it(exchanges):
    """The positive side of fix6 and fix7."""
    assert ("Hobart Futures Exchange", "Nickel") in pairs(exchanges, "concernsMetal")
    assert "nickel sulphate futures" in {p.lower() for p in of_class(exchanges, "Product")}


# --- wrongness: the preposition that opens a sentence taken into the name after it ---------------
OPENERS = ("Unlike", "Despite", "Amid", "Following", "Throughout", "While")
OPENED = DL + "".join(
    f"{w} the {n} Zinc Expo, Huon Metals Ltd held talks in Burnie. "
    for w, n in zip(OPENERS, ("Tasman", "Derwent", "Huon", "Bass", "Tamar", "Arthur"))) + "\n"


@pytest.fixture(scope="module")
def opened(snapshot_kg):
    return _draft(snapshot_kg, OPENED, "hostile11-opened")


def test_a_preposition_that_opens_the_sentence_is_no_word_of_a_name(opened):
    labels = {e.label for e in opened.entities.values()}
    assert not {x for x in labels if x.split()[0] in OPENERS}, sorted(labels)
    assert {"Tasman Zinc Expo", "Derwent Zinc Expo", "Arthur Zinc Expo"} <= labels, sorted(labels)


# --- wrongness: "the operator, X Ltd" read as the company of the sentence before -----------------
@pytest.mark.parametrize("phrase", ["the operator, Derwent Services Ltd",
                                    "the operator (Derwent Services Ltd)"])
def test_a_phrase_followed_by_a_name_refers_to_nothing_before(snapshot_kg, phrase):
    """relations/company_anaphors: a phrase the name right after it explains ("the operator,
    X") was read as the company of the sentence before (the docstring leaves out only a name
    with no comma)."""
    g = parsed(_draft(snapshot_kg, DL + "Huon Metals Ltd said output rose. Bass Holdings Ltd "
                                        f"owns 70% of {phrase}.\n"))
    assert ("Bass Holdings Ltd", "Huon Metals Ltd") not in pairs(g, "shareholderOf")


def test_a_phrase_with_no_name_after_it_keeps_its_company(snapshot_kg):
    """The positive side of fix9."""
    g = parsed(_draft(snapshot_kg, DL + "Huon Metals Ltd said output rose. Bass Holdings Ltd "
                                        "owns 70% of the miner, and Tamar Ports Ltd the rest.\n"))
    assert ("Bass Holdings Ltd", "Huon Metals Ltd") in pairs(g, "shareholderOf")


# --- wrongness: a sentence-opening adverb taken for a company in a list's slot --------------------
ADVERBS = ("Later", "Earlier", "Yesterday")
LATER = DL + "Huon Metals Ltd said zinc output rose. " + " ".join(
    f'{w}, {c} (the "Buyer") signed a supply deal with Derwent Nickel Pty Ltd.'
    for w, c in zip(ADVERBS, ("Bass Holdings Ltd", "Tamar Ports Ltd", "Arthur Tin Ltd"))) + "\n"


@pytest.fixture(scope="module")
def later(snapshot_kg):
    return _draft(snapshot_kg, LATER, "hostile11-later")


def test_an_adverb_that_opens_a_sentence_is_no_company(later):
    """names/slots.bare_companies: "Later, X Ltd (...) signed ..." is a list "Later, X Ltd" in
    the subject slot of "signed", and "Later" a company of its own."""
    labels = {e.label for e in later.entities.values()}
    assert not labels & set(ADVERBS), sorted(labels)


def test_the_companies_after_the_adverbs_are_kept(later):
    """The positive side of fix10."""
    labels = {e.label for e in later.entities.values()}
    assert {"Bass Holdings Ltd", "Tamar Ports Ltd", "Arthur Tin Ltd"} <= labels, sorted(labels)


# --- wrongness: a photo's caption read as an event ------------------------------------------------
CAPTIONS = (DL + "Huon Metals Ltd said zinc output rose.\n\nPhoto: Workers at the Tasman Zinc Expo "
            "in Hobart on May 5, 2025. (Reuters)\n\nPicture: Miners at the Savage River pit in "
            "Tasmania on March 3, 2026.\n\nOn May 5, Huon Metals Ltd opened a zinc plant in "
            "Burnie.\n")


@pytest.fixture(scope="module")
def captions(snapshot_kg):
    return _draft(snapshot_kg, CAPTIONS, "hostile11-captions")


def test_a_photo_caption_is_no_event(captions):
    """events/dated: "Photo: Workers at the X Expo in Hobart on May 5, 2025." made an
    Exhibition labelled "Photo: Workers at ..." dated 2025-05-05 (event:dated-sentence)."""
    labels = {e.label for e in captions.entities.values()}
    assert not {x for x in labels if x.startswith(("Photo", "Picture"))}, sorted(labels)


def test_a_dated_sentence_after_captions_is_still_an_event(captions):
    """The positive side of fix12."""
    got = [e for e in captions.entities.values() if "zinc plant" in e.label]
    assert got and any(str(o) == "2026-05-05" for e in got for _, o, _, _ in e.statements), \
        [e.label for e in got]


# --- odd text in round 14's and round 15's constructions: no rule raises, real days --------------
ODD = "\n\n".join([
    # storms, places named by their rank, agreements signed in a place, demonyms, defined terms
    "Typhoon  swept past. Cyclone\u200b Freddy\r\nand Hurricane . Storm Storm Storm Babet. "
    "Tropical Storm\t\tNalgae on February 30, 2026. Typhoon \u0130zmir hit \u0130stanbul.",
    "the  province, the \u0130zmir province, the , and  districts, Hunan and and Jiangxi "
    "provinces, the Boke, , Kindia and Boffa regions, the province province.",
    "A and B signed a supply agreement in  on Tuesday. The memorandum was inked in. In , Huon "
    "Metals Ltd and signed . signed in the capital of .",
    "Chilean state miner , Kazakh state-owned  JSC, Indonesian nickel producer PT, Chilean "
    "Chilean Chilean miner Andes Cobre Ltd. Chile.",
    'Huon Metals Ltd (the "") signed. ("the ") ( hereinafter referred to as the "" ) The  is '
    'based in. Derwent Nickel Pty Ltd (the "Buyer" (the "Seller")) signed.',
    # owners of sites, "the miner", referring nouns, ranges and days that do not exist
    "the  smelter, a unit of , belongs to . , the owner of the  mine. the -owned  mine. The "
    "mine's owner is . the Huon Metals Ltd-owned-operated Gove mine.",
    "the miner, the the miner, the operator of, the copper copper copper miner, the listed "
    "company Huon. Bass Holdings Ltd owns 250% of the miner and -40% of the operator.",
    "The two-day forum. The the contest. The online auction was. This forum that forum the "
    "exchange said the the.",
    "The Tasman Zinc Expo runs from May 8 to May 5, 2026, from 31 June to 2 July, on the 0th, on "
    "Monday, February 30, and from 2027 to 2025 and in Q5 2026.",
    # yearless datelines of days that do not exist, weekdays run together
    "LIMA, Feb. 30 (Reuters) -- Andes Tin S.A. said on Monday output rose on Sunday Sunday.",
    "Unlike the , Despite the the Expo, Amid\u00a0the\u2009Tasman Zinc Expo ; Following the",
])


def test_odd_text_never_makes_a_rule_raise(snapshot_kg):
    text = DL + ODD + "\n"
    draft = _draft(snapshot_kg, text, "hostile11-odd")
    real_dates(parsed(draft))
    for e in draft.entities.values():
        for sp in list(e.mentions) + [st[2] for st in e.statements]:
            assert 0 <= sp.start <= sp.end <= len(text), (e.label, sp)


# --- wrongness: a company placed where the noun before it happens ---------------------------------
PLACED = (DL + "Huon Metals Ltd said zinc output rose. It said sales of Derwent Nickel Pty Ltd in "
          "China fell 5%, and demand for Bass Holdings Ltd in Japan rose. Tamar Ports Ltd in "
          "Singapore signed a deal. Arthur Tin Ltd in Vietnam agreed.\n")


@pytest.fixture(scope="module")
def placed(snapshot_kg):
    return pairs(parsed(_draft(snapshot_kg, PLACED, "hostile11-placed")), "locatedIn")


@pytest.mark.parametrize("pair", [("Derwent Nickel Pty Ltd", "China"),
                                  ("Bass Holdings Ltd", "Japan")])
def test_sales_of_a_company_in_a_country_do_not_place_it(placed, pair):
    """relations/named_in_place ("Volkswagen in Germany"): "Sales of X in China fell" is
    about X's sales there, not where X is."""
    assert pair not in placed, placed


def test_a_company_in_a_country_is_still_placed(placed):
    """The positive side of fix13."""
    assert {("Tamar Ports Ltd", "Singapore"), ("Arthur Tin Ltd", "Vietnam")} <= placed, placed


# --- wrongness: the noun that opens a sentence taken into a company's name -----------------------
FORS = (DL + "Huon Metals Ltd said zinc output rose. Demand for Bass Holdings Ltd products rose. "
        "Exports to Tamar Ports Ltd fell. The Foundation for Mining Safety Ltd and the Tasmanian "
        "Centre for Zinc Research said.\n")


@pytest.fixture(scope="module")
def fors(snapshot_kg):
    return {e.label for e in _draft(snapshot_kg, FORS, "hostile11-fors").entities.values()}


def test_a_noun_and_preposition_before_a_company_are_no_words_of_its_name(fors):
    assert {"Bass Holdings Ltd", "Tamar Ports Ltd"} <= fors, sorted(fors)


def test_a_name_headed_before_for_keeps_it(fors):
    """The positive side of fix14."""
    assert {"Foundation for Mining Safety Ltd", "Tasmanian Centre for Zinc Research"} <= fors, \
        sorted(fors)


# --- wrongness: the day a question asks about kept as a planned day ------------------------------
ASKED = (DL + "Huon Metals Ltd said zinc output rose. Will the Tasman Zinc Expo be held on July 7? "
         "Will the Burnie Tin Fair open on Monday? Organisers would not say. The Derwent Nickel "
         "Forum will be held in Burnie next year.\n")


@pytest.fixture(scope="module")
def asked(snapshot_kg):
    return parsed(_draft(snapshot_kg, ASKED, "hostile11-asked"))


def test_the_day_a_question_asks_about_is_no_planned_day(asked):
    got = pairs(asked, "plannedDate") | pairs(asked, "startDate")
    assert not {p for p in got if p[0] in ("Tasman Zinc Expo", "Burnie Tin Fair")}, got


def test_a_day_set_ahead_is_still_planned(asked):
    """The positive side of fix15."""
    assert ("Derwent Nickel Forum", "2027") in pairs(asked, "plannedDate"), \
        pairs(asked, "plannedDate")


# --- wrongness: where an event is held read as what it is about -----------------------------------
def test_an_event_on_the_sidelines_of_an_expo_is_part_of_it(snapshot_kg):
    """events/happenings: "a press briefing on the sidelines of the X Expo" was labelled with
    the expo in its name ("on" + a topic), so event_parts left it (an event is not part of one
    its own name holds)."""
    g = parsed(_draft(snapshot_kg, DL + "Huon Metals Ltd said zinc output rose. Huon Metals Ltd "
                                        "held a press briefing on the sidelines of the Tasman Zinc "
                                        "Expo.\n"))
    assert not {x for x in of_class(g, "PressConference") if "sidelines" in x}
    assert {p for p in pairs(g, "partOfEvent") if p[1] == "Tasman Zinc Expo"}, \
        pairs(g, "partOfEvent")
