"""Candidate relations, each with the span (the sentence or clause) that states it. This module is
the ordered list of the relation rules: each family lives in its own module, named for what it
reads, and runs here in an order that matters (a later guess leaves a pair an earlier rule has
linked alone; the date of a node is read before the events of its clause are named):

0. events stated by a dated clause ("On May 14, X held ...": events/dated.py);
1. posts stated next to a name ("X, chairman of Y", "Y Chairman X": stated_posts.py);
2. what the sentence introducing an event, policy, agreement or project says of its date,
   place, organisers, issuers and parties (node_context.py), then organisers, chairs and
   speakers stated by cue words (event_roles.py);
3. where a new place or organisation is ("X County, Y Province", "X, based in Y":
   named_in_place.py), the parts of an industry area (area_links.py);
4. "X, a subsidiary of Y" (ownership.comma_subsidiary_of);
5. the metals of a new node's sentence (named_metals.py), of a producer (producers.py), who
   speaks in a transcript and at a meeting (speakers.py, event_speech.py);
6. units, uses, places restated, topics, provisions, attendance (clauses.py, locations.py,
   topics.py, address_chains.py), affiliations, documents' roles, investments, projects' owners, then company news
   read through "the group" / "the company" / "its" (referents.py: members, holdings,
   acquisitions, ownership, controllers, business_metals, agreement_parties, appointments), makers, awards, units' roles;
7. candidates of low confidence: what else a new node's sentence names (same_sentence.py), the
   pairs the curated texts link (cooccur.py), and last the metals and fields printed inside a
   new name (named_metals.metals_in_names).

``kind``, ``kind_of`` (kinds.py) and ``_post`` (post_nodes.make_post) are named here too for
the modules of other wings that import them from here."""
from __future__ import annotations

from kg.ingest.relations import clauses
from kg.ingest.relations.acquisitions import acquisitions
from kg.ingest.relations.affiliations import affiliations, award_grants
from kg.ingest.relations.unit_roles import unit_roles
from kg.ingest.relations.address_chains import address_chains
from kg.ingest.relations.site_of_site import listed_in_sites, sites_of_sites
from kg.ingest.relations.award_ranks import ranked_grants
from kg.ingest.relations.granted_awards import granted_awards
from kg.ingest.relations.award_passives import award_passives
from kg.ingest.relations.award_laureates import award_laureates
from kg.ingest.relations.agreement_parties import referent_parties
from kg.ingest.relations.area_links import area_links
from kg.ingest.relations.implements import implements
from kg.ingest.relations.legal_basis import legal_basis
from kg.ingest.relations.basis_fields import basis_fields
from kg.ingest.relations.inner_names import inner_names
from kg.ingest.relations.investments import investments, makers
from kg.ingest.relations.product_makers import product_makers
from kg.ingest.relations.kinds import kind, kind_of
from kg.ingest.relations.members import company_is_under, members
from kg.ingest.relations.holdings import holdings
from kg.ingest.relations.owned_by import owned_by
from kg.ingest.relations.site_owners import prefixed_sites, site_owners
from kg.ingest.relations.where_sites import where_sites
from kg.ingest.relations.appointments import appointments
from kg.ingest.relations.career_lists import career_lists
from kg.ingest.relations.entry_careers import entry_awards, entry_careers
from kg.ingest.relations.joined_posts import joined_posts
from kg.ingest.relations.attendance_fields import attendance_fields
from kg.ingest.relations.business_metals import business_metals
from kg.ingest.relations.contact_members import contact_members
from kg.ingest.relations.controllers import actual_controllers
from kg.ingest.relations.named_in_place import named_in_place
from kg.ingest.relations.described_places import described_places
from kg.ingest.relations.described_ahead import described_ahead
from kg.ingest.relations.named_metals import metals_in_names, metals_in_sentence
from kg.ingest.relations.node_context import node_context
from kg.ingest.relations.ownership import comma_subsidiary_of, ownership
from kg.ingest.relations.post_nodes import make_post as _post, prior_post, role_rx
from kg.ingest.relations.referents import lead_body, lead_company, referents
from kg.ingest.relations.respective_posts import respective_posts
from kg.ingest.relations.projects import project_anaphora, project_owners
from kg.ingest.relations.own_record import own_record
from kg.ingest.relations.cooccur import propose_from_prior
from kg.ingest.relations.definite_posts import definite_posts
from kg.ingest.relations.bracketed_posts import bracketed_posts
from kg.ingest.relations.delegation_leaders import delegation_leaders
from kg.ingest.relations.successions import successions
from kg.ingest.relations.officer_lists import officer_lists
from kg.ingest.relations.titled_posts import titled_posts
from kg.ingest.relations.posts_without_body import apposed_role_posts, posts_without_body
from kg.ingest.relations.house_posts import house_posts
from kg.ingest.relations.represented_by import represented_by
from kg.ingest.relations.house_units import house_units
from kg.ingest.relations.referred_units import referred_units
from kg.ingest.relations.owner_in_label import owner_in_label
from kg.ingest.relations.suffixed_branches import suffixed_branches
from kg.ingest.relations.stacked_units import stacked_units
from kg.ingest.relations.letterhead_stacks import letterhead_stacks
from kg.ingest.relations.house_documents import house_documents
from kg.ingest.relations.house_subjects import house_subjects
from kg.ingest.relations.attributed_names import attributed_names
from kg.ingest.relations.relative_posts import relative_posts
from kg.ingest.relations.relative_holders import relative_holders
from kg.ingest.relations.ranked_candidates import ranked_candidates
from kg.ingest.relations.facility_places import facility_places
from kg.ingest.relations.same_sentence import same_sentence
from kg.ingest.relations.listed_parties import listed_parties
from kg.ingest.relations.shareholders import shareholders
from kg.ingest.relations.shareholder_lists import shareholder_lists
from kg.ingest.relations.org_ties import org_ties
from kg.ingest.relations.record_fields import record_fields
from kg.ingest.relations.inline_addresses import inline_addresses
from kg.ingest.relations.field_terms import field_terms
from kg.ingest.relations.document_fields import document_fields, holder_fields
from kg.ingest.relations.record_posts import record_posts
from kg.ingest.relations.stacked_posts import stacked_posts
from kg.ingest.relations.signature_columns import signature_columns
from kg.ingest.relations.row_posts import row_posts
from kg.ingest.relations.table_posts import table_posts
from kg.ingest.relations.body_rosters import body_rosters
from kg.ingest.relations.known_role_posts import known_role_posts
from kg.ingest.relations.period_careers import period_careers
from kg.ingest.relations.org_label_posts import org_label_posts, unit_contact_posts
from kg.ingest.relations.award_lists import award_lists
from kg.ingest.relations.announced_grants import announced_grants
from kg.ingest.relations.sectioned_grants import sectioned_grants
from kg.ingest.relations.award_records import award_records
from kg.ingest.relations.titled_grants import column_grants, titled_grants
from kg.ingest.relations.contest_results import award_lines, contest_grants, \
    named_column_grants
from kg.ingest.relations.designation_lists import designation_lists
from kg.ingest.relations.span_lookup import date_finder, names_within
from kg.ingest.relations.team_leaders import team_leaders
from kg.ingest.relations.group_leaders import group_leaders
from kg.ingest.relations.technology_credits import technology_credits
from kg.ingest.relations.stated_posts import stated_posts
from kg.ingest.relations.under_bodies import under_bodies
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.year_context import set_years
from kg.ingest.relations.producers import producer_metals
from kg.ingest.relations.which_metals import which_metals
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.speaker_posts import speaker_posts
from kg.ingest.relations.speakers import speaker_lines
from kg.ingest.relations.event_speech import event_speech
from kg.ingest.relations.locations import locations
from kg.ingest.relations.respective_places import respective_places
from kg.ingest.relations.topics import topics
from kg.ingest.relations.document_roles import document_roles
from kg.ingest.relations.document_issuers import document_issuers
from kg.ingest.relations.header_issuers import header_issuers
from kg.ingest.relations.document_grants import document_grants
from kg.ingest.relations.released_standards import released_standards
from kg.ingest.relations.document_metals import document_metals
from kg.ingest.relations.addressee_metals import addressee_metals
from kg.ingest.relations.tender_metals import tender_metals
from kg.ingest.relations.party_metals import party_metals
from kg.ingest.relations.association_metals import association_metals
from kg.ingest.relations.headline_metals import headline_metals
from kg.ingest.span_order import Spans, spans_by_start

__all__ = ["kind", "kind_of", "propose_relations", "_post"]


def propose_relations(draft, spans_of, minter, doc_year, prior=None, gaz=None):
    """``prior`` (prior.learn): what the curated documents link when they name two kinds of
    thing together; its proposals come last, for pairs no rule has linked."""
    text = draft.text
    sents = Sentences(text)
    spans_of = Spans(spans_by_start(spans_of))     # (its orders kept: span_order.py)
    if gaz is not None:
        from kg.ingest.knowledge.posts import for_gazetteer
        draft.__dict__["_known_posts"] = for_gazetteer(gaz)
    dates = find_dates(text, doc_year)
    # (the year a sentence or a range of days printed before sets: "16-19 July 2027" ... "the
    # banquet on 17 July", as the date attachment reads them)
    set_years(text, dates, doc_year)
    roles = role_rx()
    within = names_within(spans_of, [x[2].kind for x in spans_of])
    first_date = date_finder(text, sents, dates)

    def post(person, org, role, span, rule):
        _post(draft, minter, person, org, role, span, rule)

    # 0. events stated by a dated clause ("On May 14, X held ...")
    from kg.ingest.events.dated import dated_events
    for ent in dated_events(draft, dates, sents, within, kind, minter, None):
        spans_of.append((ent.mentions[0].start, ent.mentions[0].end, ent))

    # 1. posts
    respective_posts(draft, minter, spans_of, roles)   # "A and B, R1 and R2 of X respectively"
    stated_posts(draft, minter, spans_of, sents, within, roles)

    # 2. events, policies, agreements, projects: dates, places, organisers, issuers, parties
    node_context(draft, spans_of, sents, within, first_date)

    # 2b. organisers, co-organisers, chairs and speakers stated by cue words
    from kg.ingest.relations.event_roles import event_roles
    from kg.ingest.relations.sub_events import sub_events
    event_roles(draft, spans_of, sents, within, kind)
    sub_events(draft, spans_of, sents, kind)
    attendance_fields(draft, spans_of, kind)     # minutes' "Present: A; B", "Presided by: C"
    inner_names(draft, within, kind)     # "Congress of the X Association": its organiser
    team_leaders(draft, within)          # "a rescue headquarters ... under X": its leader
    group_leaders(draft, within)         # "the X Patrol Team, led by A": its leader

    # 3. located in: "X County, Y Province" / "X, located in Y"
    named_in_place(text, spans_of)
    described_places(text, spans_of, kind)     # "X, a trading firm registered in Y"
    described_ahead(draft, spans_of, sents, kind)  # "A lead smelter in Y was fined ... X Co."

    # 3b. industry areas: the places they are composed of, the metals and fields of their names
    area_links(draft, spans_of, sents, kind)

    # 4. subsidiaries: "X, a subsidiary of Y" (and "Y's subsidiary X": members, ownership)
    comma_subsidiary_of(text, within)
    under_bodies(draft, spans_of, kind)     # "X Committee under the Y Government"

    # 5a. the metals a new policy, event, project or agreement's sentence names
    metals_in_sentence(text, spans_of, sents, within)

    # 5b. the metals a place or company produces or holds ("Shaanxi has ... molybdenum")
    producer_metals(text, spans_by_start(spans_of), sents, kind)
    which_metals(draft, spans_of, kind)     # "A Co., Ltd., which makes aluminium alloy ingots"

    # 5c. who speaks in a transcript takes part in the article's lead event
    speaker_lines(text, spans_by_start(spans_of), kind, sents)
    event_speech(draft, spans_of, sents, kind)     # "X, chairman of Y, said ..." at the meeting

    # 6. units of organisations, what metals and products are used in, places restated, and
    # the other relations a cue states (before the guesses of 6d, which leave a linked pair alone)
    if gaz is not None:
        clauses.units(draft, spans_of, sents, gaz, kind, kind_of)
    clauses.applications(draft, spans_of, sents, kind)
    clauses.places(draft, spans_of, prior, kind, sents)
    locations(draft, spans_of, sents, prior, kind)  # cities of the province, bodies of a place
    respective_places(draft, spans_of, kind)        # "A and B are based in P and Q, respectively"
    topics(draft, spans_of, sents, prior, kind)     # "For METAL, ...", "X Award ceremony", where
    address_chains(text, spans_of, kind)    # "X Park, Y Town, Z County, W Province"
    sites_of_sites(draft)                   # "Niutoushan Port Area of Chizhou Port"
    listed_in_sites(text, spans_of)         # "Chisha Terminal, Fangchenggang Port"
    clauses.follow_ups(draft, spans_of, sents, kind)
    clauses.provisions(draft, spans_of, sents, kind)
    clauses.attendance(draft, spans_of, sents, kind)
    # 6b. teams, units "at" an organisation, leaders, award conferrers (affiliations.py)
    affiliations(draft, spans_of, kind, post)
    implements(draft, spans_of, sents, kind)
    legal_basis(draft, spans_of, sents, kind)   # "Under the X Law, the bureau ...": own text
    basis_fields(draft, spans_of, kind)         # "Basis:  X Rules; Y Law" in a report's head
    document_roles(draft, spans_of, sents, kind)  # drafters, proposers, approvers, subjects
    document_issuers(draft, spans_of, kind)     # "MOFCOM Announcement No. 41", a signed text
    document_fields(draft, spans_of, kind)      # "Report prepared by: X", "Logged by: A / B"
    holder_fields(draft, spans_of, kind)        # "Permit No.: 6108..." / "Holder: X Co., Ltd."
    header_issuers(draft, spans_of, kind)       # "Release date: ...  Source: X" under the title
    house_subjects(draft, spans_of, sents, kind)    # "The Department will re-check them"
    document_grants(draft, spans_of, sents, kind)   # "X approved ... (Guo Fa [2024] No. 7)"
    released_standards(draft, spans_of, kind)   # a signed announcement's standards, its table
    document_metals(draft, spans_of, kind)      # (no metal of its own: the article's)
    addressee_metals(draft, spans_of, kind)     # "To all magnesium smelters of the county:"
    tender_metals(draft, spans_of, kind)        # a tender's project: the metals of its notice
    headline_metals(draft, spans_of, kind)      # the lead event: the headline's metals
    investments(draft, spans_of, sents, kind)
    project_owners(draft, spans_of, sents, kind)
    project_anaphora(draft, spans_of, sents, kind)
    own_record(draft, spans_of, sents, kind)    # a chronicle's "a 600,000-tonne plant": its own
    # "the group", "the company", "its": the organisation each stands for, read by the rules
    # of ownership and business ("a subsidiary of the group", "its molybdenum business")
    refs = referents(text, spans_of, sents, kind)
    terms = field_terms(text, spans_of, kind)   # "Owner: X Co., Ltd." ... "the owner"
    if terms:
        refs = sorted(refs + terms, key=lambda r: r[0])
    named_refs = [r for r in refs if text[r[0]:r[1]].lower() != "its"
                  and not company_is_under(text, r)]
    members(draft, spans_of + named_refs, sents, kind)
    holdings(draft, spans_of, sents, kind, refs)    # "A holds 60% of the shares (of X)"
    owned_by(draft, spans_of, sents, kind, refs)    # "X is wholly owned by A", "the remaining 30%"
    site_owners(draft, spans_of, kind)      # "the X mine, a unit of A", "A, owner of the X mine"
    prefixed_sites(draft, spans_of, kind)   # "A Co., Ltd. Qiyugou Mine": A's
    where_sites(draft, spans_of)            # "based in Qujing, where it runs a smelter"
    acquisitions(draft, spans_of, kind, refs)       # "A will buy 65% of B"
    ownership(draft, spans_of, sents, kind, refs)
    lead = lead_company(text, spans_of, kind)
    actual_controllers(draft, spans_of, sents, kind, refs, lead)    # "Y is the actual controller"
    shareholders(draft, spans_of, sents, kind, refs, lead)  # "A, its controlling shareholder,"
    relative_holders(draft, spans_of, kind)     # "X, whose controlling shareholder is Y"
    shareholder_lists(draft, spans_of, sents, kind, refs, lead)  # "Shareholders:\n* A, 41.3%"
    org_ties(draft, spans_of, kind)     # "X (XC), a Peruvian subsidiary of Y", "Y's arm, X"
    record_fields(draft, spans_of, kind)    # "Address: ..." / "Relationship: subsidiary of Y"
    inline_addresses(draft, spans_of, kind)     # "Party A: X Bureau (address: ..., Y County)"
    facility_places(draft, spans_of, kind)          # "X, with a refinery in Y": X in Y
    business_metals(draft, spans_of, sents, kind, refs)
    party_metals(draft, spans_of, kind)     # "Party A makes zinc-rich primers for marine ..."
    association_metals(draft, spans_of, kind)   # "The Chamber's members trade copper and zinc"
    referent_parties(draft, spans_of, sents, named_refs)   # "the group signed a contract with"
    appointments(text, spans_of, refs, roles, kind,     # "A is appointed X of the group"
                 lambda person, org, role, span, rule: _post(
                     draft, minter, person, org, role, span, rule,
                     float(rule.rsplit("@", 1)[1]) if "@" in rule else 0.6),
                 lead, lead_body(text, spans_of, kind))
    career_lists(draft, minter, spans_of, refs, roles, kind)  # "A's resume:\n 1. 2001-2008: R of X"
    entry_careers(draft, minter, spans_of, kind)    # "A (b. 1974), ... Career: R, X, 2003-2012; ..."
    entry_awards(draft, minter, spans_of, kind)     # "A (b. 1974), ... Awards: second prize, X Award"
    joined_posts(draft, minter, spans_of, sents, roles, kind)   # "A joined X in 1985 and became its R"
    record_posts(draft, minter, spans_of, kind)     # "1. A" over "Current post: R of X; R2 of Y"
    stacked_posts(draft, minter, spans_of, kind)    # "Mr. A" over "Chairman" over "X Co., Ltd."
    signature_columns(draft, minter, spans_of, kind)    # "Party A (seal)" ... "Representative: A,"
    row_posts(draft, minter, spans_of, kind)        # "A      Deputy Mayor, X People's Government"
    table_posts(draft, minter, spans_of, kind)      # "| Name | Unit |": "A | X Co., Ltd. (engineer)"
    definite_posts(draft, minter, spans_of, refs, roles, kind, lead)  # "A, head of the branch"
    successions(draft, minter, spans_of, roles, kind, lead)  # "B will be succeeded by A as R"
    officer_lists(draft, minter, spans_of, roles, kind)     # "1. President: A, chairman of B"
    bracketed_posts(draft, minter, spans_of, roles)  # "X Co., Ltd. (legal representative: A)"
    represented_by(draft, minter, spans_of, sents, kind)    # "X Co., Ltd.; represented by A, Manager"
    body_rosters(draft, minter, spans_of, kind)     # "Defence Committee" over "  Chair    A ..."
    known_role_posts(draft, minter, spans_of, roles, kind)  # "Zhang Jianye, Party Secretary;"
    period_careers(draft, minter, spans_of, roles, kind)    # "1979.01 - 1988.06   Director, X Plant"
    org_label_posts(draft, minter, spans_of, roles, kind)   # "X Co., Ltd.: Ms. A, Dispatch Manager"
    unit_contact_posts(draft, minter, spans_of, roles, kind)    # "Contact: X Centre, Ms. A, Manager"
    titled_posts(draft, minter, spans_of, sents, kind)      # "Chairman A told shareholders"
    posts_without_body(draft, minter, spans_of, sents, kind)    # "A, ..., was elected president"
    house_posts(draft, minter, spans_of, kind)      # "Shift leader: A" under X Co., Ltd.'s letterhead
    speaker_posts(draft, minter, spans_of, roles, kind, lead)   # "A -- Chief Financial Officer: ..."
    attributed_names(draft, minter, spans_of, kind)     # "Q: A, X Securities: ...", "(B, Y Bank)"
    relative_posts(draft, minter, spans_of, roles, kind)    # "X, whose chairman, A,"
    ranked_candidates(draft, minter, spans_of, roles, kind)     # "A (first candidate)"
    delegation_leaders(draft, minter, spans_of, sents, roles, kind, post)  # "a delegation from X led by R A"
    apposed_role_posts(draft, minter, spans_of, sents, kind)    # "A, Board Secretary" (last)
    contact_members(draft, minter, spans_of, roles)     # "Contact: X Section, A, tel. ..."
    makers(draft, spans_of, sents, kind)
    product_makers(draft, spans_of, kind)   # "X's titanium pan", "the foil of X": X makes it
    technology_credits(draft, spans_of, sents, kind)      # "Completed by:  A; B", "inventors A and B"
    award_grants(draft, spans_of, sents, kind, minter)
    ranked_grants(draft, spans_of, sents, kind, minter)    # "Gold award: <work>, A Co., Ltd."
    granted_awards(draft, spans_of, sents, kind, minter)   # "X handed A a ... certificate"
    award_passives(draft, spans_of, sents, kind, minter)   # "the X Prize went to A", "Winners of"
    award_laureates(draft, spans_of, sents, kind, minter)  # "The laureates are A, for zinc; B ..."
    award_lists(draft, spans_of, kind, minter)     # "II. X Medal (individuals, 5)" over "1. A  ..."
    titled_grants(draft, spans_of, kind, minter)   # "List of the Winners of the X Award" over a table
    column_grants(draft, spans_of, kind, minter)   # "| Award | Winner |" over "| X Medal | A |"
    contest_grants(draft, spans_of, kind, minter)  # "Results of the X Competition" over "| Rank | Name |"
    award_lines(draft, spans_of, kind, minter)     # "Excellent Organisation Award: A; B"
    named_column_grants(draft, spans_of, kind, minter)  # "| Best Partner | A Co., Ltd. | alloy |"
    designation_lists(draft, spans_of, kind, minter)    # "Second Batch of High-tech Enterprises" over a table
    award_records(draft, spans_of, kind, minter)   # "Units:  X Co., Ltd." / "Completers:  A, B"
    announced_grants(draft, spans_of, kind, minter)  # "the following are awarded the title of "X":"
    sectioned_grants(draft, spans_of, kind, minter)  # 'to name 5 women "X" and 3 teams "Y"' + headings
    unit_roles(draft, spans_of, sents, kind)
    referred_units(draft, spans_of, kind)   # "the Registration Section of the Bureau"
    owner_in_label(draft, spans_of, kind)   # "the Copper Foil Project of X Co., Ltd."
    suffixed_branches(draft, spans_of, kind)    # "X Co., Ltd. Yulin Branch"
    house_units(draft, spans_of, kind)      # "Equipment Department" under X Co., Ltd.'s letterhead
    stacked_units(draft, spans_of, kind)    # "X Co., Ltd." over "Youth League Committee"
    letterhead_stacks(draft, spans_of, kind)    # bodies one a line over a joint notice's title
    house_documents(draft, spans_of, kind)      # the title under "X BUREAU" / "No. 5": the house's

    listed_parties(draft, spans_of, kind)   # "The following companies signed the X:" over "- A"

    # 6d. what else a new event, policy, project, agreement, product or technology's sentence
    # names: candidates of low confidence (rule "cooccur:*"), for the reviewer to keep or drop
    same_sentence(draft, spans_of, sents, within)
    clauses.scope(draft, spans_of, sents, kind)     # (a policy no place was given for)

    # 7. pairs named together that the graph links, or whose kinds the curated texts link
    if prior is not None:
        propose_from_prior(draft, spans_of, sents, prior, kind,
                           prior_post(draft, minter, roles))

    # 5. metals named inside a new name ("Magnesium Branch" concerns magnesium)
    metals_in_names(draft, spans_of)
