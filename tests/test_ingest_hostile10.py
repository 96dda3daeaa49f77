"""`kg ingest` attacked a tenth time (after test_ingest_hostile.py .. hostile9.py): round 13's
mechanisms (career lists, posts under a defined term, terms defined for a party, deliberations'
titles, organ meetings, contest parties, owners, weekdays, planned milestones, caseless and
windowed patterns) and round 14's rules, on genres of their own. Odd text never makes a rule
raise and the draft still parses with real days; a stage that read the whole text or list once
for each item it found is linear; (wrongness tests below). Every article here is written for
this file; the faults and their patches are listed in the round's hostile report
(/tmp/h14/hostile/README.md, fixN.diff)."""
from __future__ import annotations

import string

import pytest

from hostile_drafts import (draft_of, fault, grows_linearly, of_class, pairs, parsed,  # noqa: F401
                            real_dates, snapshot_kg)
from kg.ingest.model import Draft, Entity, Span
from kg.ingest.terms import NFO, URIRef

DL = "La Paz, June 2, 2026 -- "


def _draft(kg, text: str, doc_id: str = "hostile10-x"):
    return draft_of(kg, text, doc_id, "hostile10.txt")


def _entity(label: str, cls, n: int, rule: str = "hostile10") -> Entity:
    return Entity(URIRef(f"https://w3id.org/nfkg/id/hostile10-{n}"), cls, label, False, rule, 0.5)


def _bare_draft(text: str) -> Draft:
    return Draft("hostile10-t", text, "0" * 64, "hostile10.txt", "", None, None, None)


def _word(i: int) -> str:
    """A made-up capitalised word for the number ``i`` (terms and names hold no digits)."""
    s = ""
    for _ in range(3):
        s += string.ascii_lowercase[i % 26]
        i //= 26
    return s.title()


# --- bounded time: round 13's mechanisms that read the whole text or list once per item ------
def test_posts_under_many_defined_terms_stay_linear():
    """relations/term_posts scanned the rest of the text once for each term a party defines
    ('X (the "Licensor")'), and compared each "its" with every organisation: 2000 terms in
    214 kB took 4.2 s (fix1, applied in 0b2283a)."""
    from kg.ingest.relations.post_nodes import role_rx
    from kg.ingest.relations.term_posts import term_its_posts

    def timed(n):
        parts, orgs, people, pos = [], {}, {}, 0
        for i in range(n):
            org, term, name = f"Andes{_word(i)} Tin S.A.", f"Par{_word(i).lower()}", \
                f"Luis Rojas{_word(i).lower()}"
            part = (f'{org} (the "{term}") signed. The {term} sends a team led by its chief '
                    f"engineer, {name}. ")
            a, b = pos + part.index(org), pos + part.index(name)
            orgs[a] = (a, a + len(org), _entity(org, NFO.Company, 2 * i))
            people[b] = (b, b + len(name), _entity(name, NFO.Person, 2 * i + 1))
            parts.append(part)
            pos += len(part)
        got = []
        return lambda: (term_its_posts("".join(parts), people, orgs, role_rx(),
                                       lambda *a: got.append(a)), got)[1]
    got = grows_linearly(timed, 2000, "posts under defined terms")
    assert len(got) == 2000, len(got)


def test_terms_defined_for_many_parties_are_found_in_one_pass():
    """relations/defined_terms (read by owned_by) scanned the rest of the text once for each
    term: 2000 terms in 146 kB took 3 s (fix2)."""
    from kg.ingest.relations.defined_terms import defined_terms

    def timed(n):
        parts, orgs, pos = [], [], 0
        for i in range(n):
            org, term = f"Andes{_word(i)} Tin S.A.", f"Par{_word(i).lower()}"
            part = f'{org} (the "{term}") signed. Ore is owned by the {term} now. '
            a = pos + part.index(org)
            orgs.append((a, a + len(org), _entity(org, NFO.Company, i)))
            parts.append(part)
            pos += len(part)
        text = "".join(parts)
        return lambda: (defined_terms(text, orgs), text)
    got, text = grows_linearly(timed, 2000, "terms defined for many parties")
    assert len(got) == 2000 and text[got[0][0]:got[0][1]] == "Paraaa", got[:1]


@pytest.mark.parametrize("text,uses", [
    ('Andes Tin S.A. (the "Seller") and Oruro Zinc S.A. (the "Buyer") signed. The Buyer is '
     'owned by the Seller. The Seller Group and the Buyers met. The Buyer\'s plant closed.',
     [("Buyer", "Oruro Zinc S.A."), ("Seller", "Andes Tin S.A."),
            ("Buyer", "Oruro Zinc S.A.")]),
    ('Andes Tin S.A. (the "Target Company") and Oruro Zinc S.A. (the "Target") signed. The '
     'Target Company is owned by the Target. The Target-Company deal and the Target closed.',
     [("Target Company", "Andes Tin S.A."), ("Target", "Oruro Zinc S.A."),
            ("Target", "Oruro Zinc S.A."), ("Target", "Oruro Zinc S.A.")]),
])
def test_a_defined_term_is_read_where_it_stands_alone(text, uses):
    """The positive side of fix2: the term's uses after its definition, not 'The Seller Group',
    'the Buyers', nor a use before it; the longer of two terms."""
    from kg.ingest.relations.defined_terms import defined_terms
    orgs = []
    for n, name in enumerate(("Andes Tin S.A.", "Oruro Zinc S.A.")):
        a = text.index(name)
        orgs.append((a, a + len(name), _entity(name, NFO.Company, n)))
    got = [(text[s:e], ent.label) for s, e, ent in defined_terms(text, orgs)]
    assert got == uses, got


def _career(n_items: int, one_line: bool):
    """A person's career list of ``n_items`` posts (one an item, or all on one line) and the
    bare draft and spans that name its person and companies."""
    name = "Luis Rojas"
    text = f"{name}'s career:\n"
    spans = [(0, len(name), _entity(name, NFO.Person, 0))]
    for i in range(n_items):
        org = f"Andes{i} Tin S.A."
        piece = f"chief engineer of {org}, " if one_line else \
            f"- {2000 + i % 20}-{2001 + i % 20}: chief engineer of {org}\n"
        if one_line and i == 0:
            text += "- 2001-2008: "
        a = len(text) + piece.index(org)
        spans.append((a, a + len(org), _entity(org, NFO.Company, i + 1)))
        text += piece
    text += "\n\nOther news.\n"
    draft = _bare_draft(text)
    for _, _, e in spans:
        draft.entities[e.iri] = e
    return draft, spans


@pytest.mark.parametrize("n_items,one_line", [(6000, False), (500, True)])
def test_career_lists_stay_linear(n_items, one_line):
    """relations/career_lists compared each item of a career list with every organisation the
    text names, and read each organisation's role and "of" from the item's start: 6000 items
    took 1.9 s, one item of 500 posts on one line 5 s, of 2000 posts 89 s (fix3, applied in
    0b2283a)."""
    from kg.ingest.knowledge.mint import Minter
    from kg.ingest.relations.career_lists import career_lists
    from kg.ingest.relations.kinds import kind
    from kg.ingest.relations.post_nodes import role_rx
    roles = role_rx()

    def timed(n):
        draft, spans = _career(n, one_line)
        return lambda: (career_lists(draft, Minter(set()), spans, [], roles, kind), draft,
                        spans)[1:]
    draft, spans = grows_linearly(timed, n_items, "career lists")
    assert len(draft.entities) - len(spans) == n_items, len(draft.entities) - len(spans)


def test_titles_of_many_documents_are_read_in_linear_time():
    """relations/deliberations gathered the article's things of a title's head kind ('Notice on
    ... the Copper Plan': the plans) once for each title: 4000 notices took 2.5 s (fix4)."""
    from kg.ingest.relations.deliberations import deliberations

    def timed(n):
        parts, pos, draft = [], 0, _bare_draft("")
        for i in range(n):
            name = f"Notice on Improving the {_word(i)}sur Copper Plan"
            part = f"The bureau issued the {name} on May 3. "
            a = pos + part.index(name)
            e = _entity(name, NFO.Notice, i)
            e.mentions.append(Span(a, a + len(name)))
            draft.entities[e.iri] = e
            parts.append(part)
            pos += len(part)
        draft.text = "".join(parts)
        return lambda: deliberations(draft)
    grows_linearly(timed, 4000, "titles of many documents")


def test_a_title_is_about_the_only_thing_of_its_kind():
    """The positive side of fix4: 'Announcement on Signing a Technology Licence Agreement' is
    about the article's only agreement, with other titles read before and after it."""
    from kg.ingest.relations.deliberations import deliberations
    text = ("Notice on the Copper Plan. Announcement on Signing a Technology Licence "
            "Agreement. The Oruro Tin Supply Agreement was signed. Notice on the Zinc Plan.")
    draft, n = _bare_draft(text), 0
    for name, cls in (("Notice on the Copper Plan", NFO.Notice),
                      ("Announcement on Signing a Technology Licence Agreement", NFO.Notice),
                      ("Oruro Tin Supply Agreement", NFO.Agreement),
                      ("Notice on the Zinc Plan", NFO.Notice)):
        a = text.index(name)
        e = _entity(name, cls, n)
        e.mentions.append(Span(a, a + len(name)))
        draft.entities[e.iri] = e
        n += 1
    deliberations(draft)
    ents = list(draft.entities.values())
    about = {(e.label, o) for e in ents for p, o, _, _ in e.statements if p == NFO.about}
    assert ("Announcement on Signing a Technology Licence Agreement", ents[2].iri) in about, about
    assert not {a for a in about if a[0].startswith("Notice")}, about   # (two plans each)


@pytest.mark.parametrize("said,n", [("executive meeting number {i}", 700),
                                    ("city government meeting number {i}", 700),
                                    ("council meeting number {i}", 4000)])
def test_organ_meetings_stay_linear(said, n):
    """relations/organ_meetings gathered the article's whole governments once for each meeting,
    comparing each with those found before it (cubic: 400 meetings and governments took 1 s,
    700 take 5 s, 2000 take 90 s), and looked for the first association from the text's start for
    each council meeting (quadratic: 4000 took 3 s; fix5)."""
    from kg.ingest.relations.organ_meetings import organ_meetings

    def timed(count):
        parts, spans, evs, pos = [], [], [], 0
        for i in range(count):
            body = f"{_word(i)}ville Municipal People's Government" if "council" not in said \
                else f"{_word(i)}ville Tin S.A."
            ev = said.format(i=i)
            part = f"The {body} said so. The {ev} was held on May 3. "
            a, b = pos + part.index(body), pos + part.index(ev)
            spans.append((a, a + len(body), _entity(body, NFO.GovernmentBody if "Gov" in body
                                                    else NFO.Company, 2 * i)))
            e = _entity(ev.capitalize(), NFO.Meeting, 2 * i + 1)
            e.mentions.append(Span(b, b + len(ev)))
            spans.append((b, b + len(ev), e))
            evs.append(e)
            parts.append(part)
            pos += len(part)
        draft = _bare_draft("".join(parts))
        for _, _, e in spans:
            draft.entities[e.iri] = e
        return lambda: (organ_meetings(draft, spans), evs)[1]
    evs = grows_linearly(timed, n, f"organ meetings: {said}")
    assert not any(e.statements for e in evs)      # (all the governments fit: none is read)


@pytest.mark.parametrize("text,owner", [
    ("The Oruro Municipal People's Government said so. The executive meeting was held on "
     "May 3.", "Oruro Municipal People's Government"),
    ("The Oruro Municipal People's Government and the Potosi Provincial People's Government "
     "said so. The city government meeting was held on May 3. The provincial government "
     "meeting was held on May 4.", None),
    ("The Andean Tin Association and Oruro Tin S.A. said so. The council meeting was held on "
     "May 3.", "Andean Tin Association"),
])
def test_an_organ_meeting_is_held_by_the_one_body_that_fits(text, owner):
    """The positive side of fix5: the only whole government, the one of the level the words
    give (asked twice, two levels), the first association."""
    from kg.ingest.relations.organ_meetings import organ_meetings
    spans, n = [], 0
    for name in ("Oruro Municipal People's Government", "Potosi Provincial People's Government",
                 "Andean Tin Association", "Oruro Tin S.A."):
        if name in text:
            a = text.index(name)
            cls = NFO.GovernmentBody if "Gov" in name else NFO.IndustryAssociation \
                if "Association" in name else NFO.Company
            spans.append((a, a + len(name), _entity(name, cls, n)))
            n += 1
    evs = []
    for said in ("executive meeting", "city government meeting", "provincial government meeting",
                 "council meeting"):
        if said in text:
            a = text.index(said)
            e = _entity(said.capitalize(), NFO.Meeting, n)
            e.mentions.append(Span(a, a + len(said)))
            spans.append((a, a + len(said), e))
            evs.append(e)
            n += 1
    draft = _bare_draft(text)
    for _, _, e in spans:
        draft.entities[e.iri] = e
    organ_meetings(draft, spans)
    labels = {e.iri: e.label for _, _, e in spans}
    got = [[labels[o] for p, o, _, _ in e.statements if p == NFO.organizedBy] for e in evs]
    if owner is None:
        assert got == [["Oruro Municipal People's Government"],
                       ["Potosi Provincial People's Government"]], got
    else:
        assert got == [[owner]], got


# --- wrongness: an owner of the past, and a clause's subject taken for a second owner ---------
PERTH = "Perth, August 3, 2026 -- Kestrel Lithium Ltd said output rose. "


def _shareholders(kg, sentence: str) -> set:
    return pairs(parsed(_draft(kg, PERTH + sentence + "\n")), "shareholderOf")


@pytest.mark.parametrize("sentence", [
    "Avon Tin Ltd was owned by Bluewing Resources Ltd from 2012 to 2020.",
    "Avon Tin Ltd was owned by Bluewing Resources Ltd between 2012 and 2020.",
    "Avon Tin Ltd had been owned by Bluewing Resources Ltd, which sold it in March.",
])
def test_an_owner_of_past_years_holds_no_stake(snapshot_kg, sentence):
    got = _shareholders(snapshot_kg, sentence)
    assert not {p for p in got if p[0].startswith("Bluewing")}, got


@pytest.mark.parametrize("sentence", [
    "Avon Tin Ltd, once owned by Bluewing Resources Ltd, is now owned by Osprey Minerals Ltd.",
    "Avon Tin Ltd, formerly owned by Bluewing Resources Ltd, is now wholly owned by Osprey "
    "Minerals Ltd.",
])
def test_the_owner_of_today_is_kept_beside_a_former_one(snapshot_kg, sentence):
    got = {(a.rstrip("."), b) for a, b in _shareholders(snapshot_kg, sentence)}
    assert got == {("Osprey Minerals Ltd", "Avon Tin Ltd")}, got


@pytest.mark.parametrize("sentence", [
    "Avon Tin Ltd is owned by Bluewing Resources Ltd, and Reef Zinc Ltd is owned by Coral "
    "Cobalt Ltd.",
    "Avon Tin Ltd is owned by Bluewing Resources Ltd and Reef Zinc Ltd holds a stake in Coral "
    "Cobalt Ltd.",
])
def test_the_subject_of_the_next_clause_is_no_owner(snapshot_kg, sentence):
    got = _shareholders(snapshot_kg, sentence)
    assert ("Reef Zinc Ltd", "Avon Tin Ltd") not in got, got
    assert ("Bluewing Resources Ltd", "Avon Tin Ltd") in got, got


@pytest.mark.parametrize("sentence", [
    "Avon Tin Ltd is owned by Bluewing Resources Ltd and Reef Zinc Ltd.",
    "Avon Tin Ltd is owned 65% by Bluewing Resources Ltd and 35% by Reef Zinc Ltd, the company "
    "said.",
])
def test_owners_coordinated_are_all_read(snapshot_kg, sentence):
    """The positive side of fix6."""
    got = {(a.rstrip("."), b) for a, b in _shareholders(snapshot_kg, sentence)}
    assert {("Bluewing Resources Ltd", "Avon Tin Ltd"), ("Reef Zinc Ltd", "Avon Tin Ltd")} <= got, \
        got


# --- wrongness: a weekday of what is still to come given the day before the report -----------
WIRE = "LA PAZ, Nov. 9, 2026 (Reuters) -- "      # (a Monday)


def _days(kg, text: str) -> set:
    g = parsed(_draft(kg, text))
    return {(lb.split(":")[0], day) for prop in ("startDate", "plannedDate")
            for lb, day in pairs(g, prop)}


@pytest.mark.parametrize("sentence", [
    "Andes Tin S.A. will hold a shareholders meeting next Friday, it said on Monday.",
    "Andes Tin S.A. plans to hold a shareholders meeting on Friday.",
])
def test_a_weekday_still_to_come_is_the_next_one(snapshot_kg, sentence):
    got = _days(snapshot_kg, WIRE + sentence + "\n")
    # (labelled by the company that holds it since round 35: "Shareholders meeting of X")
    assert [k for k, d in got if k.startswith("Shareholders meeting") and d == "2026-11-13"], got


@pytest.mark.parametrize("sentence,day", [
    ("Andes Tin S.A. held a shareholders meeting on Friday and will hold another on Thursday.",
     "2026-11-06"),
    ("Andes Tin S.A. said it will restart its Oruro smelter on Thursday after a fire broke out "
     "there on Friday.", "2026-11-06"),
])
def test_a_weekday_of_what_happened_is_the_last_one(snapshot_kg, sentence, day):
    """The positive side of fix7: a clause of its own about the past. (Round 27: the clause
    still to come, "will hold another on Thursday", is a planned step of the next Thursday,
    events/future_steps reading weekdays; no other day.)"""
    got = _days(snapshot_kg, WIRE + sentence + "\n")
    assert {d for _, d in got if d <= "2026-11-09"} == {day}, got
    assert {d for _, d in got if d > "2026-11-09"} <= {"2026-11-12"}, got


# --- wrongness: a question whose clause is the grant's own mention, told as a fact ------------
@pytest.mark.parametrize("sentence", [
    "Did Osprey Minerals Ltd receive a safety certificate from the Mines Department?",
    "Has Osprey Minerals Ltd received a safety certificate from the Mines Department?",
    "Did the Mines Department present a green-product label to Osprey Minerals Ltd?",
    "Will the Mines Department hand Osprey Minerals Ltd a safety certificate?",
])
def test_a_certificate_asked_about_is_not_granted(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, PERTH + sentence + "\n"))
    assert not pairs(g, "recipient"), pairs(g, "recipient")


def test_a_certificate_received_is_still_granted(snapshot_kg):
    """The positive side of fix8."""
    g = parsed(_draft(snapshot_kg, PERTH + "Osprey Minerals Ltd received a safety certificate "
                                           "from the Mines Department. Was it the first?\n"))
    assert ("Safety certificate, Osprey Minerals Ltd", "Osprey Minerals Ltd") in pairs(
        g, "recipient"), pairs(g, "recipient")


# --- wrongness: a step a past plan set, told as reached ---------------------------------------
@pytest.mark.parametrize("sentence", [
    "The zinc line was due to be commissioned in December 2025 but the plan was dropped.",
    "The zinc line was originally due to be commissioned in December 2025, but will now start "
    "up in March 2027.",
    "The tin dredge was scheduled to be launched in April 2026, the company said, without "
    "giving a new date.",
])
def test_a_step_a_past_plan_set_is_not_reached(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + sentence + "\n"))
    got = {p for p in pairs(g, "startDate") if p[1] < "2026-06"}
    assert not got, got


def test_a_step_taken_after_a_plan_is_reached(snapshot_kg):
    """The positive side of fix9."""
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. The zinc line was "
                                        "commissioned in December 2025.\n"))
    assert ("Commissioning of the zinc line", "2025-12") in pairs(g, "startDate"), \
        pairs(g, "startDate")


# --- bounded time: round 14's new post rules ----------------------------------------------------
def _posts_draft(n: int, make):
    """A bare draft of ``n`` parts, each ``make(i)`` = (text, [(name, class)]), and its spans."""
    parts, spans, pos, k = [], [], 0, 0
    for i in range(n):
        part, names = make(i)
        for name, cls in names:
            a = pos + part.index(name)
            spans.append((a, a + len(name), _entity(name, cls, k)))
            k += 1
        parts.append(part)
        pos += len(part)
    draft = _bare_draft("".join(parts))
    for _, _, e in spans:
        draft.entities[e.iri] = e
    return draft, spans


def test_delegations_stay_linear():
    """relations/delegation_leaders looked through all the events of the text for the ones of
    each group's sentence: 8000 delegations (1 MB) took 3 s (fix10, applied in 0b2283a)."""
    from kg.ingest.reading.sentences import Sentences
    from kg.ingest.relations.delegation_leaders import delegation_leaders
    from kg.ingest.relations.kinds import kind
    from kg.ingest.relations.post_nodes import role_rx

    def make(i):
        body, p, ev = f"Andes{_word(i)} Mining Bureau", f"Luis Rojas{_word(i).lower()}", \
            f"inspection number {i}"
        return (f"A delegation from the {body}, led by deputy director {p}, made an {ev} of the "
                f"mine. ", [(body, NFO.GovernmentBody), (p, NFO.Person), (ev, NFO.Event)])
    posts, roles = [], role_rx()
    # (patterns built on the first call, compiled from scratch on a fresh machine, not timed)
    small, small_spans = _posts_draft(3, make)
    delegation_leaders(small, None, small_spans, Sentences(small.text), roles, kind,
                       lambda *a: None)

    def timed(n):
        draft, spans = _posts_draft(n, make)
        posts.clear()
        return lambda: (delegation_leaders(draft, None, spans, Sentences(draft.text), roles,
                                           kind, lambda *a: posts.append(a)), spans)[1]
    spans = grows_linearly(timed, 8000, "delegations")
    assert len(posts) == 8000, len(posts)
    assert sum(len(e.statements) for _, _, e in spans) == 8000     # (each event led by one)


def test_successions_stay_linear():
    """relations/successions gathered every organisation named before each "A replaced B as
    R" to find the last one: 8000 successions took 1.7 s (fix11, applied in 0b2283a)."""
    from kg.ingest.knowledge.mint import Minter
    from kg.ingest.relations.kinds import kind
    from kg.ingest.relations.post_nodes import role_rx
    from kg.ingest.relations.successions import successions

    def make(i):
        org, a, b = f"Andes{_word(i)} Tin S.A.", f"Luis Rojas{_word(i).lower()}", \
            f"Ana Perez{_word(i).lower()}"
        return (f"{org} said output rose. {a} replaced {b} as chairman. ",
                [(org, NFO.Company), (a, NFO.Person), (b, NFO.Person)])
    roles = role_rx()

    def timed(n):
        draft, spans = _posts_draft(n, make)
        return lambda: (successions(draft, Minter(set()), spans, roles, kind, spans[0][2]),
                        draft, spans)[1:]
    draft, spans = grows_linearly(timed, 8000, "successions")
    assert len(draft.entities) == len(spans) + 2, len(draft.entities)   # (the first's only)


# --- bounded time: round 14's event parts -------------------------------------------------------
def _ranged(n: int, text_of, days_of):
    """A bare draft of ``n`` forums, each named by ``text_of(i)`` and dated ``days_of(i)``."""
    from kg.ingest.terms import XSD, Literal
    parts, ents, pos = [], [], 0
    for i in range(n):
        name = f"Andes Copper Forum number {i}"
        part = text_of(i).format(name=name)
        a = pos + part.index(name)
        e = _entity(name, NFO.Forum, i)
        e.mentions.append(Span(a, a + len(name)))
        for prop, day in zip((NFO.startDate, NFO.endDate), days_of(i)):
            if day:
                e.add(prop, Literal(day, datatype=XSD.date), Span(a, a + len(name)), "x")
        ents.append(e)
        parts.append(part)
        pos += len(part)
    draft = _bare_draft("".join(parts))
    for e in ents:
        draft.entities[e.iri] = e
    return draft, ents


def test_events_within_the_days_of_others_are_read_in_linear_time():
    """relations/event_parts read every ranged event named before each dated one (its sentence
    test first): 2000 forums of May 5-8 took 0.7 s, 4000 2.8 s."""
    from kg.ingest.relations.event_parts import event_parts
    from kg.ingest.relations.kinds import kind_of

    def timed(n):
        draft, ents = _ranged(n, lambda i: "The {name} runs from May 5 to May 8. ",
                              lambda i: ("2026-05-05", "2026-05-08"))
        return lambda: (event_parts(draft, kind_of), ents)[1]
    ents = grows_linearly(timed, 4000, "events within the days of others")
    assert not any(st[0] == NFO.partOfEvent for e in ents for st in e.statements)


def test_an_event_within_the_days_of_a_bigger_one_is_its_part():
    """The positive side of fix12: the tightest range named before, not one of the same
    sentence, not the event itself."""
    from kg.ingest.relations.event_parts import event_parts
    from kg.ingest.relations.kinds import kind_of
    texts = ["The {name} runs from May 1 to May 20. ", "The {name} runs from May 5 to May 8. ",
             "The {name} opens on May 6. ", "The {name} and ",
             "the {name} open on May 7. ", "The {name} runs from May 2 to May 30. "]
    days = [("2026-05-01", "2026-05-20"), ("2026-05-05", "2026-05-08"), ("2026-05-06", None),
            ("2026-05-05", "2026-05-08"), ("2026-05-07", None), ("2026-05-02", "2026-05-30")]
    draft, ents = _ranged(6, lambda i: texts[i], lambda i: days[i])
    event_parts(draft, kind_of)
    got = {(int(e.label.rsplit(" ", 1)[1]), int(draft.entities[o].label.rsplit(" ", 1)[1]))
           for e in ents for p, o, _, _ in e.statements if p == NFO.partOfEvent}
    assert got == {(1, 0), (2, 1), (3, 0), (4, 1)}, got


# --- wrongness: letters signed with each of two firms, by nobody the text names ----------------
def test_letters_signed_by_a_speaker_join_no_counterparts(snapshot_kg):
    """'"We signed letters of intent with A and B," said C': each letter was signed by the
    speaker's firm with one of them; the noun rule made "Letter of intent signed by A" (A its
    only party) and the sentence's guess then made B (and C) parties of it too."""
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. "
                      "\"We signed letters of intent with Oruro Zinc S.A. and Potosi Lead S.A.,\" "
                      "said Luis Rojas, chairman of Andes Tin S.A.\n"))
    by_letter: dict = {}
    for letter, party in pairs(g, "party"):
        by_letter.setdefault(letter, set()).add(party)
    assert not any({"Oruro Zinc S.A.", "Potosi Lead S.A."} <= v for v in by_letter.values()), \
        by_letter


def test_letters_signed_with_each_firm_are_one_per_firm(snapshot_kg):
    """The positive side of fix13."""
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. Potosi Lead S.A. "
                                        "signed letters of intent with Bolivar Tin S.A. and "
                                        "Sucre Zinc S.A.\n"))
    by_letter: dict = {}
    for letter, party in pairs(g, "party"):
        by_letter.setdefault(letter, set()).add(party)
    assert sorted(map(sorted, by_letter.values())) == [
        ["Bolivar Tin S.A.", "Potosi Lead S.A."], ["Potosi Lead S.A.", "Sucre Zinc S.A."]], \
        by_letter


# --- wrongness: an event given the day of another clause's event -------------------------------
@pytest.mark.parametrize("sentence", [
    "The Oruro tin fair closed on May 1, and the Andes Copper Forum opened a week later.",
    "After the Oruro tin fair closed on May 1, the Andes Copper Forum opened in Lima.",
    "Following the Oruro tin fair on May 1, the Andes Copper Forum opened in Lima.",
])
def test_an_event_of_another_time_takes_no_day_of_the_first(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + sentence + "\n"))
    assert not {p for p in pairs(g, "startDate") if p[0] == "Andes Copper Forum"}, \
        pairs(g, "startDate")


@pytest.mark.parametrize("sentence", [
    "On May 1, the Andes Copper Forum opened, and the tin fair closed two days later.",
    "The Andes Copper Forum opened on May 1 and the tin fair closed two days later.",
    "When the Andes Copper Forum opened on May 1, prices rose.",
])
def test_an_event_keeps_the_day_of_its_own_clause(snapshot_kg, sentence):
    """The positive side of fix14."""
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + sentence + "\n"))
    assert ("Andes Copper Forum", "2026-05-01") in pairs(g, "startDate"), pairs(g, "startDate")


# --- odd text in round 13's and round 14's constructions: no rule raises, real days -----------
ODD = {
    "career lists with empty and backward items":
        DL + "Luis Rojas's career:\n- \n- 2001-\n- 2026-2001: \n- 2009-2010: of\n1. 2011-2012: "
             "chief engineer of\n\t  continued\u200b\n\nResume of Comrade :\n- 0000-9999: "
             "chairman of\n",
    "defined terms with nothing inside":
        DL + 'Andes Tin S.A. (the "Licensor") and ("") (the "") (the "Licensor") ( the '
             '\u201cLicensee\u201d ) signed. The Licensor The Licensor shall appoint its its chief '
             "engineer, , as. The Licensee's its chairman, Luis Rojas, said. The Licensor is "
             "owned by the Licensee.",
    "weekdays and yearless datelines of days that do not exist":
        "ORURO, Feb. 30 (Reuters) -- Andes Tin S.A. said on Monday that it closed on Sunday, "
        "Sunday the smelter. Last Monday to next Friday. On Friday, Feb. 29, output rose. It "
        "will reopen next Monday and plans to hold a meeting on Sunday.",
    "a yearless dateline of February 29 and of the 0th":
        "ORURO, Feb. 29 (Xinhua) -- Andes Tin S.A. said on Tuesday output rose on Wednesday.\n\n"
        "ORURO, Jan. 0 (Reuters) -- Andes Tin S.A. said on Friday.",
    "planned steps with quarters and ranges that do not exist":
        DL + "The mine is due to produce its first ore in June 2028 and the smelter to start up "
             "by the end of that year. Construction will start in the 0th quarter of 2027, "
             "commissioning in Q5 2027, and production between 2030 and 2025. The plant is "
             "scheduled to open on February 30, 2027. The line was due to start on May 32.",
    "owners of more than all the shares and of years that run backwards":
        DL + "Andes Tin S.A. is 160% owned by Oruro Zinc S.A. and the remaining -60% belongs to "
             "Potosi Tin S.A. It was owned by Oruro Zinc S.A. from 2020 to 2012 and between "
             "2030 and 2020, once owned by , is now owned by .",
    "organ meetings, delegations and successions of nobody":
        DL + "The executive meeting of the city government of . A delegation from the , led "
             "by , visited. A team of the Oruro Mining Bureau headed by headed by. Luis Rojas "
             "replaced as chairman of. will succeed Ana Perez as . The council meeting of the "
             "of the council.",
    "events within days that end before they start":
        DL + "The Andes Copper Expo runs from May 8 to May 5. A forum on recycling will be held "
             "on May 6 on the sidelines of the expo. The three-day fair ended on February 29, "
             "2026. The 3-day fair closed on May 1 and the two-day forum opened on the 0th.",
    "letters of intent with nobody, and a question with no end":
        DL + "Andes Tin S.A. signed letters of intent with , and . \"We signed MoUs with\" "
             "said. Did Andes Tin S.A. receive a safety certificate from the Mines Department"
             "\u200b? Was the Oruro Copper Forum held on May 5",
    "dotted capitals, CRLF, tabs and zero-width spaces in round 14's cues":
        "\u0130\u0130\u0130 La Paz,\tJune 2, 2026\u2014Andes\u00a0Tin S.A. (the\u00a0\u201cSeller"
        "\u201d)\r\nsigned.\tThe Seller\r\nsends a team led by its\u2009chief engineer,\u200bLuis "
        "Rojas. A delegation from the Oruro Mining Bureau,\r\nled by deputy director Ana Perez,"
        "\tvisited. \u0130zmir Tin S.A. replaced Oruro Zinc S.A. as supplier.\r\n",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise(snapshot_kg, case):
    text = ODD[case]
    draft = _draft(snapshot_kg, text)
    real_dates(parsed(draft))
    for e in draft.entities.values():
        for sp in list(e.mentions) + [st[2] for st in e.statements]:
            assert 0 <= sp.start <= sp.end <= len(text), (e.label, sp)


# --- wrongness: a tie between two firms told as one of the past --------------------------------
@pytest.mark.parametrize("sentence", [
    "Oruro Zinc S.A., a former subsidiary of Potosi Lead S.A., said output rose.",
    "Oruro Zinc S.A. was a subsidiary of Potosi Lead S.A. until 2020.",
    "Potosi Lead S.A.'s former trading arm, Oruro Zinc S.A., said output rose.",
    "Oruro Zinc S.A., in which Potosi Lead S.A. held a 35% stake until 2019, said output rose.",
])
def test_a_tie_of_the_past_is_no_tie(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + sentence + "\n"))
    got = pairs(g, "subsidiaryOf") | pairs(g, "unitOf") | pairs(g, "shareholderOf")
    assert not {p for p in got if "Potosi Lead S.A." in p}, got


def test_a_tie_of_now_is_kept(snapshot_kg):
    """The positive side of fix15."""
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. Oruro Zinc S.A., a "
                                        "subsidiary of Potosi Lead S.A., said output rose.\n"))
    assert ("Oruro Zinc S.A.", "Potosi Lead S.A.") in pairs(g, "subsidiaryOf"), \
        pairs(g, "subsidiaryOf")


# --- wrongness: an event dated by a year of the headline that names it ------------------------
def test_a_bare_noun_event_takes_no_year_from_the_headline(snapshot_kg):
    """'During his visit, ...' under the headline 'Andes Tin Eyes 2030 Growth': the visit is
    labelled "Visit: <title>" and year_in_name dated it 2030 from that label."""
    g = parsed(_draft(snapshot_kg, "Andes Tin Eyes 2030 Growth\n\nLa Paz, June 2, 2026 -- Andes "
                                   "Tin S.A. said output rose. During his visit, Luis Rojas, "
                                   "chairman of Andes Tin S.A., said output rose.\n"))
    got = {p for prop in ("startDate", "plannedDate") for p in pairs(g, prop)}
    assert not {p for p in got if p[1].startswith("2030")}, got


def test_an_event_named_with_its_year_takes_it(snapshot_kg):
    """The positive side of fix16: the year printed in the event's own words."""
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. The 2027 annual meeting "
                                        "of Andes Tin S.A. was postponed.\n"))
    got = {p for prop in ("startDate", "plannedDate") for p in pairs(g, prop)}
    assert ("2027 annual meeting of Andes Tin S.A.", "2027") in got, got


@pytest.mark.parametrize("headline", ["Tin Prices Hit Highest Since 2019",
                                      "Tin Output Falls Below 2019"])
def test_a_year_of_comparison_in_the_headline_dates_nothing(snapshot_kg, headline):
    g = parsed(_draft(snapshot_kg, headline + "\n\nLa Paz, June 2, 2026 -- Tin prices rose. A fire "
                                              "broke out at the Oruro smelter of Andes Tin S.A., "
                                              "the company said.\n"))
    got = {p for prop in ("startDate", "plannedDate") for p in pairs(g, prop)}
    assert not {p for p in got if p[1].startswith("2019")}, got


def test_a_year_the_headline_reviews_dates_its_events(snapshot_kg):
    """The positive side of fix17."""
    g = parsed(_draft(snapshot_kg, "Major Events in the Tin Industry in 2025\n\nJune 2, 2026\n\nA "
                                   "fire broke out at the Oruro smelter of Andes Tin S.A.\n"))
    assert ("Fire at Andes Tin S.A.", "2025") in pairs(g, "startDate"), pairs(g, "startDate")
