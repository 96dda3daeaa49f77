"""`kg ingest` attacked a ninth time (after test_ingest_hostile.py .. hostile8.py): round 12's
mechanisms (events of dated clauses, bodies inside event and document names, lower-case teams,
signature blocks, officer lists and titled posts, document numbers, grants and voices, party
roles, weekdays) and round 13's rules, on genres of their own (a lithium miner's wire story, a
bond prospectus, a court report, a standards bulletin). Odd text never makes a rule raise and
the draft still parses with real days; a stage that read the whole text or list once for each
item it found is linear; (wrongness tests below). Every article here is written for this
file."""
from __future__ import annotations

import pytest

from hostile_drafts import (draft_of, grows_linearly, of_class, pairs, parsed,  # noqa: F401
                            real_dates, snapshot_kg)
from kg.ingest.model import Draft, Entity, Span
from kg.ingest.terms import NFO, URIRef

DL = "Santiago, June 2, 2026 -- "


def _draft(kg, text: str, doc_id: str = "hostile9-x"):
    return draft_of(kg, text, doc_id, "hostile9.txt")




# --- odd text in round 12's constructions: no rule raises, the draft parses with real days ----
ODD = {
    "dated clauses with no subject and days that do not exist":
        DL + "On May 5, . On May 6 was. , on May 7, ended. Was held on May 8. Output was halted "
             "on February 30. The mine reopened on the 0th. It burst on May 32, 2026. Talks were "
             "held from May 9 to May 2, 2026. It was sold on 2026-02-29.",
    "weekdays that repeat, run backwards or have no dateline":
        "On Monday to Monday, talks were held. From Sunday to Saturday the mine closed. Last "
        "last Friday it reopened. Yesterday yesterday. On Tuesday, Tuesday, Tuesday it was "
        "sold. From Friday to Monday the plant was shut.",
    "bodies inside names with nothing inside":
        DL + "The Notice of the of the Bureau on on the. The Forum of the Andes Copper "
             "Association of the Chilean Society of the Atacama Bureau's Notice of the 's Report "
             "on. Report of the and the Commission for 2026. The 's Annual Meeting.",
    "teams with no task and leaders with no name":
        DL + "a rescue headquarters headquarters was set up. An expert panel of the of the. A "
             "joint working group of the . A nine-member-member task force headed by headed by. "
             "A rescue team led by , , was formed. A task force under \"Luis\" <Rojas> was set up.",
    "a signature block of the same body twice over a day that does not exist":
        "Notice on the Export of Copper\n\nAll firms must report.\n\nMinistry of Mining\n"
        "Ministry of Mining\n\n\n2026-02-30\n",
    "officer lists and titles of nobody":
        DL + "The Chilean Copper Association elected its board.\nPresident: President: \nVice "
             "presidents: , , , and and\nDirectors: " + "; ".join(["A"] * 50) + "\nSecretary: "
             "\u200b\n| Chairman | | |\nChairman \"\" said. Vice President and and said. The "
             "former "
             "general manager, , has retired. The new chairman, \u00abLuis Rojas\u00bb, said.",
    "document numbers, grants and voices with empty slots":
        DL + "The \"Measures for\" () was issued. The Notice on Y (Announcement No. of ) was "
             "issued.\nDecision No.: \nThe ministry granted a licence (Licence No. ) to to . "
             "Released by on March 3, the Guidelines set rules. In its Announcement No. of , "
             "the said. led the drafting of the standard T/X 1-2027, with and also "
             "participating.",
    "a standards table with missing and extra cells":
        "Announcement on the Release of Standards\n\nGB/T 1-2026 replaces GB/T 1-2019 replacing "
        "GB/T 1-2030.\n\nStandard   Replaces   In force\nGB/T 2-2026\nGB/T 3-2026   GB/T 3-2010   "
        "2026-02-30   extra   extra\n   \nGB/T 4-2026      0000-00-00\n\nStandardization "
        "Administration\nMay 2, 2026\n",
    "party roles with no party":
        "Lead underwriter    \nRating agency: \nPlaintiff - \n* Trustee: : : \n" + DL +
        " acted as financial adviser. was appointed as trustee. with as EPC contractor.",
    "producers and content with odd figures":
        DL + "The mine is run by Andes Tin S.A. It produces. It produces about -3,000 tonnes of "
             "tin. The plant turned out 1e309 tonnes of cathode copper and and zinc last year. "
             "The bureau issued its notice on power use. Smelters were told to cut load by 200%.",
    "a name of quotes, angle brackets and backslashes inside 200 brackets":
        DL + "(" * 200 + "\"Andes \\\"Tin\\\" S.A.\" and <Bolivia> Zinc S.A. closed the smelter "
             "on May 5" + ")" * 200 + ". Chairman O'Brien-\\Rojas said.",
    "tabs, CRLF, no-break and zero-width spaces in a dated clause":
        "Oruro,\tJune 2, 2026 \u2014 Andes\u200bTin\u00a0S.A.\r\nclosed\u2060its\u200bOruro\t"
        "smelter on\u00a0May\u00a05.\r\n\u201cWe\u2019re\u00a0done,\u201d said chairman\u2009"
        "Luis\u2009Rojas.\r\n",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise(snapshot_kg, case):
    text = ODD[case]
    draft = _draft(snapshot_kg, text)
    real_dates(parsed(draft))
    for e in draft.entities.values():
        for sp in list(e.mentions) + [st[2] for st in e.statements]:
            assert 0 <= sp.start <= sp.end <= len(text), (e.label, sp)
# --- bounded time: the stages that scanned the whole text (or list) once per item -------------
def _entity(label: str, cls, n: int, rule: str = "hostile9") -> Entity:
    return Entity(URIRef(f"https://w3id.org/nfkg/id/hostile9-{n}"), cls, label, False, rule, 0.5)


def _bare_draft(text: str) -> Draft:
    return Draft("hostile9-t", text, "0" * 64, "hostile9.txt", "", None, None, None)


def test_events_named_again_in_lower_case_are_found_in_one_pass():
    """pipeline._lower_case_repeats ran a case-blind regex over the whole text for each new event
    of four words or more: 1500 events named in 230 kB took 6 s."""
    from kg.ingest.pipeline import _lower_case_repeats

    def timed(n):
        parts, news = [], []
        for i in range(n):
            label = f"Andes{i} Nickel Society Spring Forum"
            parts.append(f"The {label} opened in Lima. Delegates of the andes{i} nickel society "
                         f"spring forum met again.")
            news.append(_entity(label, NFO.Forum, i))
        text = " ".join(parts)
        return lambda: (_lower_case_repeats(text, news, []), news)[1]
    news = grows_linearly(timed, 1500, "events named again in lower case")
    assert all(len(e.mentions) == 2 for e in news), [len(e.mentions) for e in news[:5]]


def test_weekdays_are_read_in_one_pass():
    """events/weekday_dates read every date for each weekday (taken spans, the day its sentence
    states, the blank line before it): 6000 weekdays among 6000 days."""
    from kg.ingest.events.weekday_dates import weekdays
    from kg.ingest.reading.dates import find_dates

    def timed(n):
        text = " ".join(f"Andes{i} Tin S.A. shut its smelter on Tuesday after a leak on May "
                        f"{i % 28 + 1}, 2026." for i in range(n))
        dates = find_dates(text, "2026")
        return lambda: weekdays(text, "2026-06-02", dates)
    got = grows_linearly(timed, 6000, "weekdays")
    assert len(got) == 6000, len(got)


def test_bracketed_document_numbers_merge_in_one_pass():
    """names/document_numbers merged each number into its document with short_forms._merge, a
    pass over every span and every statement of the draft each time, and looked for the
    document before the bracket from the text's last document back."""
    from kg.ingest.names.designations import NUMBERED_RULE
    from kg.ingest.names.document_numbers import merge_numbers

    def timed(count):
        parts, spans, n = [], [], 0
        pos = 0
        for i in range(count):
            name, num = f"Measures for Copper{i} Trading", f"Min Fa [2026] No. {i}"
            part = f"The ministry issued the {name} ({num}). "
            a = pos + part.index(name)
            b = pos + part.index(num)
            doc, number = _entity(name, NFO.Measures, n), _entity(num, NFO.PolicyDocument,
                                                                  n + 1, NUMBERED_RULE)
            number.add(NFO.dateIssued, URIRef("https://w3id.org/nfkg/id/x"), Span(b, b + 1),
                       "x")
            spans += [(a, a + len(name), doc), (b, b + len(num), number)]
            parts.append(part)
            pos += len(part)
            n += 2
        draft = _bare_draft("".join(parts))
        for _, _, e in spans:
            draft.entities[e.iri] = e
        return lambda: (merge_numbers(draft, spans), draft)
    merged, draft = grows_linearly(timed, 2500, "bracketed document numbers")
    assert merged == 2500 and len(draft.entities) == 2500, (merged, len(draft.entities))


def test_coded_numbers_are_read_in_one_pass():
    """names/designations: each "[2026] No." code was checked against every number found
    before it."""
    from kg.ingest.names.designations import numbered_documents

    def timed(n):
        text = " ".join(f"Notice No. {i} of 2026 and Min Fa [2026] No. {i} apply."
                        for i in range(n))
        return lambda: numbered_documents(text)
    got = grows_linearly(timed, 10000, "coded numbers")
    assert len(got) == 20000, len(got)


def test_a_statement_is_added_in_constant_time():
    """Entity.add compared the new statement with each one the entity holds: an event of 4000
    parties cost 8 million comparisons."""

    def timed(n):
        ev = _entity("Andes Copper Forum", NFO.Forum, 0)
        objs = [URIRef(f"https://w3id.org/nfkg/id/p{i}") for i in range(n)]

        def run():
            for o in objs + objs:
                ev.add(NFO.participant, o, Span(0, 1), "x")
            return ev
        return run
    ev = grows_linearly(timed, 8000, "statements of one entity")
    assert len(ev.statements) == 8000


def test_a_statement_list_edited_by_a_rule_is_still_read_right():
    """The positive side of fix6: a rule that edits the list (filters, replaces, reassigns) does
    not leave Entity.add with a stale view of what the entity holds."""
    ev = _entity("Andes Copper Forum", NFO.Forum, 0)
    objs = [URIRef(f"https://w3id.org/nfkg/id/p{i}") for i in range(100)]
    for o in objs:
        ev.add(NFO.participant, o, Span(0, 1), "x")
    ev.statements[:] = [st for st in ev.statements if st[1] != objs[5]]     # 99 left
    ev.statements[7] = (NFO.about, objs[7], Span(0, 1), "x")    # objs[8]'s place
    for o in (objs[5], objs[7], objs[8]):
        ev.add(NFO.participant, o, Span(0, 1), "x")
    ev.add(NFO.about, objs[7], Span(0, 1), "x")
    ev.statements = [st for st in ev.statements if st[1] != objs[9]]
    ev.add(NFO.participant, objs[9], Span(0, 1), "x")
    ev.add(NFO.participant, objs[10], Span(0, 1), "x")
    keys = [(p, o) for p, o, _, _ in ev.statements]
    assert len(keys) == len(set(keys)) == 101, len(keys)
    assert set(keys) == {(NFO.participant, o) for o in objs} | {(NFO.about, objs[7])}


def test_parties_of_one_event_are_added_in_linear_time():
    """relations/party_roles looked through the event's statements before each party (what
    Entity.add does anyway): 4000 advisers of one bond issue."""
    from kg.ingest.relations.party_roles import party_roles
    head = "Andes Tin S.A. issued bonds on May 3. "

    def timed(n):
        ev = _entity("Bond issue of Andes Tin S.A.", NFO.Event, 0)
        spans, parts, pos = [(0, 14, _entity("Andes Tin S.A.", NFO.Company, 1)), (15, 32, ev)], \
            [], 0
        for i in range(n):
            name = f"Beta{i} Securities Ltd."
            spans.append((len(head) + pos, len(head) + pos + len(name),
                          _entity(name, NFO.Company, i + 2)))
            parts.append(name + " acted as financial adviser. ")
            pos += len(parts[-1])
        draft = _bare_draft(head + "".join(parts))
        return lambda: (party_roles(draft, spans), ev)[1]
    ev = grows_linearly(timed, 4000, "parties of one event")
    assert len(ev.statements) == 4000, len(ev.statements)


def test_the_article_s_company_is_found_once_for_all_bare_noun_events(snapshot_kg, monkeypatch):
    """events/bare_nouns sorted every span of the draft to find the article's company, once for
    each protest, fire or strike it names: 1500 fires in 200 kB cost 4 s."""
    from kg.ingest.events import bare_nouns
    calls = []
    real = bare_nouns.lead_company

    def counted(*args):
        calls.append(1)
        return real(*args)
    monkeypatch.setattr(bare_nouns, "lead_company", counted)
    text = DL + "Andes Tin S.A. said output rose. " + " ".join(
        "Workers staged a protest outside the plant. A fire broke out." for _ in range(40))
    _draft(snapshot_kg, text)
    assert len(calls) <= 1, len(calls)


# --- wrongness: a clause event's label loses the first letters of its first word --------------


@pytest.mark.parametrize("sentence,first", [
    pytest.param("Indonesian smelters halted exports on May 5.", "Indonesian"),
    pytest.param("Ontario Cobalt Corp. broke ground on a refinery on May 9.", "Ontario"),
    pytest.param("Inland Tin Ltd. suspended its dredges on May 12.", "Inland"),
    ("On May 5, Andes Tin S.A. suspended its smelter.", "Andes"),
])
def test_a_clause_label_keeps_its_first_word(snapshot_kg, sentence, first):
    draft = _draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + sentence + "\n")
    labels = [e.label for e in draft.entities.values() if e.role and not e.known
              and e.rule in ("event:verb-clause", "event:dated-milestone")]
    assert labels and all(lb.startswith(first) for lb in labels), labels


# --- wrongness: a clause cut at the comma inside a company's name (fixed in abac419) ----------
@pytest.mark.parametrize("name", [pytest.param("Inner Mongolia Rare Earth Co., Ltd."),
                                  "Hunan Tin Mining Co., Ltd.", "Zhejiang Cobalt Co., Ltd."])
def test_a_clause_is_not_cut_inside_a_name(snapshot_kg, name):
    draft = _draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + name + " suspended "
                                     "its smelter on May 12.\n")
    events = [e for e in draft.entities.values() if e.rule == "event:verb-clause"]
    assert events and events[0].label.startswith(name), [e.label for e in events]
    ids = {e.iri: e.label for e in draft.entities.values()}
    assert name in {ids.get(o) for p, o, *_ in events[0].statements}, events[0].statements


# --- wrongness: a project given the day of what happened at it --------------------------------
@pytest.mark.parametrize("sentence", [
    "Police set up a roadblock near the Toromocho copper mine on June 21.",
    "A new canteen opened at the Antamina mine on May 3.",
    "A rescue team was set up at the Cerro Lindo mine on June 30.",
])
def test_what_happened_at_a_site_does_not_date_the_project(snapshot_kg, sentence):
    draft = _draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + sentence + "\n")
    got = {(e.label, str(o)) for e in draft.entities.values() if e.cls == NFO.Project
           for p, o, *_ in e.statements if p in (NFO.startDate, NFO.plannedDate)}
    assert not got, got


def test_a_project_that_started_keeps_its_day(snapshot_kg):
    """The positive side of fix10: "Production began at the X mine on May 3"."""
    draft = _draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. Production began at the "
                                     "Antamina mine on May 3.\n")
    got = {(e.label, str(o)) for e in draft.entities.values() if e.cls == NFO.Project
           for p, o, *_ in e.statements if p == NFO.startDate}
    assert ("Antamina mine", "2026-05-03") in got, got


# --- wrongness: a document's number read as the first words of a body's name ----------------
@pytest.mark.parametrize("sentence,number", [
    pytest.param("In its Resolution No. 45 the Ministry of Mines said it had granted Andes Tin "
                 "S.A. a concession.", "Resolution No. 45"),
    pytest.param("Under Decree No. 12 the Ministry of Mines capped exports.", "Decree No. 12"),
    ("Under Order No. 7/2026 the Mining Bureau of Oruro set quotas.", "Order No. 7/2026"),
])
def test_a_document_number_opens_no_body_s_name(snapshot_kg, sentence, number):
    g = parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. " + sentence + "\n"))
    bodies = of_class(g, "GovernmentBody") | of_class(g, "Organization")
    assert bodies and not any(b.startswith(number.split()[0]) for b in bodies), bodies


# --- wrongness: an adviser or an auditor made a party of a fire -------------------------------
@pytest.mark.parametrize("text", [
    DL + "A fire broke out at the Andes Tin S.A. smelter in Oruro on May 28, the company said.\n\n"
         "The company also said it was in talks to refinance its debt. Banco Austral S.A. acted "
         "as financial adviser to the company last year.\n",
    DL + "A fire broke out at the Andes Tin S.A. smelter in Oruro on May 28.\n\nLegal counsel: "
         "Estudio Vial Abogados\nAuditor: Deloitte Chile S.A.\n",
    DL + "Workers at Andes Tin S.A. went on strike on May 28.\n\nBanco Austral S.A. was "
         "appointed as trustee for its bonds.\n",
])
def test_an_accident_or_a_strike_takes_no_adviser(snapshot_kg, text):
    got = pairs(parsed(_draft(snapshot_kg, text)), "participant")
    assert not {p for p in got if p[1] in ("Banco Austral S.A.", "Deloitte Chile S.A.",
                                           "Estudio Vial Abogados")}, got


def test_an_adviser_is_a_party_of_the_deal_told_before_it(snapshot_kg):
    """The positive side of fix12, and fix13: the event named in the paragraph before the role,
    not the article's first one."""
    got = pairs(parsed(_draft(snapshot_kg, DL + "Andes Tin S.A. said output rose. Production "
                                               "began at the Antamina mine on May 3.\n\nAndes "
                                               "Tin S.A. issued bonds worth $300 million on May "
                                               "28. Banco Austral S.A. acted as financial "
                                               "adviser.\n")), "participant")
    assert {p for p in got if p[1] == "Banco Austral S.A."} == {
        ("Andes Tin S.A. issued bonds worth $300 million", "Banco Austral S.A.")}, got


# --- wrongness: "X Ltd" and "X Ltd." at a sentence's end read as two companies ----------------
PERTH = "Perth, August 3, 2026 -- "


@pytest.mark.parametrize("text", [
    PERTH + "Kestrel Lithium Ltd said output rose. Its shares are held by Osprey Minerals Pty "
            "Ltd.\n\nOsprey Minerals Pty Ltd bought ore from Kestrel Lithium Ltd.\n",
    PERTH + "Kestrel Lithium Ltd. said output rose.\n\nOsprey Minerals bought ore from Kestrel "
            "Lithium Ltd\n",
    PERTH + "Swan Copper Corp said it would buy Dampier Nickel Inc.\n\nDampier Nickel Inc "
            "shares rose.\n",
])
def test_a_name_with_and_without_its_full_stop_is_one_company(snapshot_kg, text):
    names = sorted(of_class(parsed(_draft(snapshot_kg, text)), "Company"))
    keys = [n.rstrip(".") for n in names]
    assert len(keys) == len(set(keys)), names


# --- wrongness: an owner of the past is no shareholder -----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Pilbara Spodumene Ltd was owned by Bluewing Resources Ltd until 2020.",
    "Avon Tin Ltd was owned by Bluewing Resources Ltd before 2019.",
    "Avon Tin Ltd was wholly owned by Bluewing Resources Ltd until the end of 2021.",
])
def test_an_owner_until_a_past_year_holds_no_stake(snapshot_kg, sentence):
    got = pairs(parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. " +
                              sentence + "\n")), "shareholderOf")
    assert not {p for p in got if p[0] == "Bluewing Resources Ltd"}, got


def test_an_owner_since_a_year_holds_a_stake(snapshot_kg):
    """The positive side of fix16: 'has been owned by A since 2021'."""
    got = pairs(parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. Reef "
                                                   "Zinc Ltd has been owned by Coral Cobalt Ltd "
                                                   "since 2021.\n")), "shareholderOf")
    assert ("Coral Cobalt Ltd", "Reef Zinc Ltd") in got, got


# --- wrongness: a hope, a wish or an expectation told as a fact --------------------------------
@pytest.mark.parametrize("sentence", [
    "Avon Tin Ltd expects to receive a quality certificate from the Mines Department.",
    "Karri Mining Ltd hopes to receive an energy-efficiency label from the Clean Energy Council.",
    "Reef Zinc Ltd wants to win a safety certificate from the Mines Department.",
])
def test_a_certificate_hoped_for_is_not_granted_as_a_fact(snapshot_kg, sentence):
    draft = _draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. " + sentence + "\n")
    rules = {r for e in draft.entities.values() if e.cls == NFO.AwardGrant
             for p, _, _, r in e.statements if p == NFO.recipient}
    assert all(r.endswith("+planned") for r in rules), rules


def test_a_fine_for_a_failure_is_still_a_fine(snapshot_kg):
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. The Mines "
                                           "Department fined Osprey Minerals Ltd on May 3 for "
                                           "having failed to report a spill.\n"))
    assert of_class(g, "Event"), of_class(g, "Event")


# --- wrongness: a contract, a fine, a loan or a bidder's place read as an honour ---------------
@pytest.mark.parametrize("sentence", [
    "Avon Tin Ltd was awarded a $20 million drilling contract by Karri Mining Ltd.",
    "Harrier Capital Ltd received a fine imposed by the Mines Department.",
    "Coral Cobalt Ltd was named a preferred bidder by Reef Zinc Ltd.",
    "Osprey Minerals Ltd received a loan from Westgate Bank Ltd. in July.",
    "Swan Copper Ltd was named a defendant by the Australian Securities and Investments "
    "Commission.",
])
def test_what_is_no_honour_is_no_award_grant(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd won the Golden Pick Award in "
                                           "June. " + sentence + "\n"))
    got = {p for p in pairs(g, "recipient") if p[1] != "Kestrel Lithium Ltd"}
    assert not got, got


def test_an_honour_with_no_name_is_still_granted(snapshot_kg):
    """The positive side of fix18: 'was awarded the title by X'."""
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd won the Golden Pick Award in "
                                           "June.\n\nCoral Cobalt Ltd was awarded the title by "
                                           "the Mines Department.\n"))
    assert any(r == "Coral Cobalt Ltd" for _, r in pairs(g, "recipient")), pairs(g, "recipient")


@pytest.mark.parametrize("sentence", [
    "Osprey Minerals Ltd received a safety certificate renewal notice from the Mines "
    "Department.",
    "Osprey Minerals Ltd was handed a green label revocation order by the Mines Department.",
])
def test_a_noun_after_the_certificate_names_another_thing(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. " + sentence +
                      "\n"))
    assert not of_class(g, "AwardGrant"), of_class(g, "AwardGrant")


def test_a_certificate_received_is_granted(snapshot_kg):
    """The positive side of fix19."""
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. Osprey Minerals "
                                           "Ltd received a safety certificate from the Mines "
                                           "Department.\n"))
    assert ("Safety certificate, Osprey Minerals Ltd", "Osprey Minerals Ltd") in pairs(
        g, "recipient"), pairs(g, "recipient")


# --- bounded time: round 13's new relation rules --------------------------------------------
def _orgs_draft(parts: list, names: list):
    """A bare draft of the text ``parts`` joined by spaces, with a new company or body for each
    name of ``names`` (its first occurrence from where the last one ended), and its spans."""
    text = " ".join(parts)
    draft, spans, pos = _bare_draft(text), [], 0
    for n, name in enumerate(names):
        a = text.index(name, pos)
        ent = _entity(name, NFO.GovernmentBody if "Department" in name else NFO.Company, n)
        draft.entities[ent.iri] = ent
        spans.append((a, a + len(name), ent))
        pos = a + len(name)
    return draft, spans


def test_certificates_granted_many_times_stay_linear():
    from kg.ingest.knowledge.mint import Minter
    from kg.ingest.reading.sentences import Sentences
    from kg.ingest.relations.granted_awards import granted_awards
    from kg.ingest.relations.kinds import kind

    def timed(n):
        parts, names = [], []
        for i in range(n):
            parts.append(f"Avon{i} Tin Ltd received a safety certificate from the Mines{i} "
                         "Department.")
            names += [f"Avon{i} Tin Ltd", f"Mines{i} Department"]
        draft, spans = _orgs_draft(parts, names)
        return lambda: (granted_awards(draft, spans, Sentences(draft.text), kind,
                                       Minter(set())), draft)[1]
    draft = grows_linearly(timed, 1500, "certificates granted")
    assert sum(1 for e in draft.entities.values() if e.cls == NFO.AwardGrant) == 1500


def test_bare_units_in_a_text_of_one_line_stay_linear():
    from kg.ingest.reading.sentences import Sentences
    from kg.ingest.relations import clauses
    from kg.ingest.relations.kinds import kind, kind_of

    class _NoGazetteer:
        classes: dict = {}

        def owner(self, key):
            return None

    def timed(n):
        parts, names = [], []
        for i in range(n):
            parts.append(f"Avon{i} Tin Ltd said its Sales{i} Department grew.")
            names += [f"Avon{i} Tin Ltd", f"Sales{i} Department"]
        draft, spans = _orgs_draft(parts, names)
        for _, _, e in spans:
            if e.label.endswith("Department"):
                e.cls = NFO.Organization
        return lambda: (clauses.units(draft, spans, Sentences(draft.text), _NoGazetteer(), kind,
                                      kind_of), draft)[1]
    draft = grows_linearly(timed, 3000, "bare units")
    got = sum(1 for e in draft.entities.values() for p, *_ in e.statements if p == NFO.unitOf)
    assert got == 3000, got


@pytest.mark.parametrize("sentence", [
    "Harrier Capital Ltd received a fine imposed by the Mines Department.",
    "Swan Copper Ltd said the Environment Department had approved its plan.",
])
def test_a_government_department_is_no_unit_of_a_company(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. " + sentence +
                      "\n"))
    got = {p for p in pairs(g, "unitOf") if p[0].endswith("Department")}
    assert not got, got


def test_construction_began_many_times_stays_linear():
    from kg.ingest.events.project_start import construction_began
    from kg.ingest.reading.dates import find_dates
    from kg.ingest.relations.kinds import kind

    def timed(count):
        parts, projects, pos = [], [], 0
        for i in range(count):
            name = f"Avon{i} copper mine project"
            parts.append(f"The {name} is in Kalgoorlie. Construction began in March 2021.")
            projects.append((pos + 4, pos + 4 + len(name), _entity(name, NFO.Project, i)))
            pos += len(parts[-1]) + 1
        text = " ".join(parts)
        dates = find_dates(text, "2026")
        return lambda: construction_began(text, dates, projects, kind)
    n = grows_linearly(timed, 10000, "construction began")
    assert n == 10000, n


def test_the_speech_of_many_events_in_one_paragraph_stays_linear():
    from kg.ingest.reading.sentences import Sentences
    from kg.ingest.relations.event_speech import event_speech
    from kg.ingest.relations.kinds import kind

    def timed(n):
        text = " ".join(f"The Forum{i} was held. Guests spoke." for i in range(n))
        draft, spans, pos = _bare_draft(text), [], 0
        for i in range(n):
            a = text.index(f"Forum{i} ", pos)
            pos = a + len(f"Forum{i}")
            ent = _entity(f"Forum{i}", NFO.Forum, i)
            ent.role = True
            draft.entities[ent.iri] = ent
            spans.append((a, pos, ent))
        return lambda: event_speech(draft, spans, Sentences(text), kind)
    grows_linearly(timed, 15000, "the speech of many events")


# --- wrongness: people whose names are no Chinese ones, introduced by "its" ------------------
TORONTO = "Toronto, September 9, 2026 -- Boreal Nickel Corp. said output rose. "


@pytest.mark.parametrize("sentence,post", [
    ("Mark Dubois, 61, its chief executive, retired.",
     "Mark Dubois, Chief executive, Boreal Nickel Corp."),
    ("Anna Kowalski, formerly its chief financial officer, will lead it.",
     "Anna Kowalski, Chief financial officer, Boreal Nickel Corp."),
    ("Sara Nystrom, its general counsel, signed the filing.",
     "Sara Nystrom, General counsel, Boreal Nickel Corp."),
])
def test_a_name_before_its_role_is_a_person_with_a_post(snapshot_kg, sentence, post):
    g = parsed(_draft(snapshot_kg, TORONTO + sentence + "\n"))
    assert post in of_class(g, "Post"), of_class(g, "Post")


@pytest.mark.parametrize("sentence", [
    "Sudbury Ontario, its home base, grew.",
    "The Copper Cliff Smelter, its chief asset, was shut.",
    "Great Lakes Shipping, its former owner, sold ore.",
])
def test_a_place_or_a_company_before_its_description_is_no_person(snapshot_kg, sentence):
    """The negative side of fix24."""
    g = parsed(_draft(snapshot_kg, TORONTO + sentence + "\n"))
    assert not of_class(g, "Person"), of_class(g, "Person")


# --- wrongness: the leader of a task team given his own title in the team --------------------
@pytest.mark.parametrize("sentence", [
    "A rescue headquarters was set up at the Cerro Lindo mine on June 30 under mine manager Raul "
    "Chavez.",
    "An accident investigation team headed by chief engineer Rosa Quispe was formed.",
])
def test_a_team_s_leader_holds_his_title_elsewhere(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, "Lima, July 14, 2026 -- Andina Zinc Ltd. said output rose.\n\n"
                      + sentence + "\n"))
    assert pairs(g, "ledBy") and not of_class(g, "Post"), (pairs(g, "ledBy"), of_class(g, "Post"))


# --- wrongness: a market's move told as a happening (events/verb_happenings) -----------------
JAKARTA = "Jakarta, June 2, 2026 -- Sulawesi Nickel Tbk said output rose. "


@pytest.mark.parametrize("sentence", [
    "Nickel prices crashed on Monday as Indonesian supply surged.",
    "Cobalt futures collapsed on May 7.",
    "The rupiah crashed on May 28.",
    "Demand exploded on May 15 when Chinese mills returned.",
])
def test_a_market_s_move_is_no_event(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, JAKARTA + sentence + "\n"))
    assert not of_class(g, "Event"), of_class(g, "Event")


def test_a_boiler_or_a_dam_that_gave_way_is_an_event(snapshot_kg):
    """The positive side of fix28: the same verbs with a thing as the subject."""
    g = parsed(_draft(snapshot_kg, JAKARTA + "A boiler exploded at the Morowali smelter on May 16. "
                                             "The tailings dam collapsed on May 17.\n"))
    assert len(of_class(g, "Event")) == 2, of_class(g, "Event")


# --- wrongness: a word of a longer role read as a title before a name -------------------------
@pytest.mark.parametrize("sentence", [
    "The Department of Mines issued Mining Lease No. M70/1442 to Kestrel Lithium Ltd on May 3.",
    "Avon Tin Ltd holds Mining Lease No. 12, which expires in 2030.",
    "The Department of Mines cancelled Mining Tenement No. 3 last week.",
])
def test_a_document_s_name_after_a_role_word_is_no_person(snapshot_kg, sentence):
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. " + sentence +
                      "\n"))
    assert not of_class(g, "Person"), of_class(g, "Person")


def test_a_title_before_a_name_still_makes_a_person(snapshot_kg):
    """The positive side of fix29: 'Mining Manager Raul Chavez said'."""
    g = parsed(_draft(snapshot_kg, PERTH + "Kestrel Lithium Ltd said output rose. Mining Manager "
                                           "Raul Chavez said the pit was safe.\n"))
    assert "Raul Chavez" in of_class(g, "Person"), of_class(g, "Person")
