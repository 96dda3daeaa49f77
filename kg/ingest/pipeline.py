"""One article to one :class:`~kg.ingest.model.Draft`: link known names (gazetteer), propose new
entities (candidates), acronyms introduced in parentheses, then relations and dates. One piece,
though long: it holds the order of the stages (each a call to a module of its own), nothing else."""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from kg.ingest.names.concepts import concepts
from kg.ingest.names.places import propose_places
from kg.ingest.names.acronym_links import check_acronym_links
from kg.ingest.relations.post_forms import propose_posts
from kg.ingest.relations.post_periods import post_periods
from kg.ingest.relations.post_effective import post_effective
from kg.ingest.names.bylines import drop_byline_roles, hide_bylines
from kg.ingest.events.anaphora import refer_back, refer_late
from kg.ingest.events.held_on import dates_of_referred
from kg.ingest.relations.clause_roles import clause_roles
from kg.ingest.relations.clause_leaders import clause_leaders
from kg.ingest.relations.referent_spans import referent_spans
from kg.ingest.relations.voice import mark_voiced, voice_spans
from kg.ingest.names.honorific_people import split_by_honorific
from kg.ingest.names.site_family import people_over_sites
from kg.ingest.relations.pronoun_people import pronoun_people
from kg.ingest.names.name_repair import repair_names
from kg.ingest.names.clipped_names import clipped_names
from kg.ingest.names.quoted_openings import quoted_openings
from kg.ingest.names.printed_aliases import name_every_span
from kg.ingest.names.combining_marks import keep_final_marks
from kg.ingest.relations.namesakes import split_namesakes
from kg.ingest.relations.narrowest_metals import drop_bare_metals
from kg.ingest.relations.clause_metals import clause_metals
from kg.ingest.relations.clause_parties import clause_parties
from kg.ingest.relations.clause_venues import clause_venues
from kg.ingest.relations.referred_parties import referred_parties
from kg.ingest.relations.titled_agreement_parties import titled_agreement_parties
from kg.ingest.relations.headline_metals import late_headline_metals
from kg.ingest.relations.topic_sections import topic_sections
from kg.ingest.relations.known_places import drop_contradicted_places
from kg.ingest.names.longer import NAMESAKE_RULE
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.folded import reading_copy, spaced_commas
from kg.ingest.events.article_date import article_date
from kg.ingest.events.date_attach import attach_dates
from kg.ingest.events.period_years import period_years
from kg.ingest.events.refined_days import refine_days
from kg.ingest.knowledge.gazetteer import Gazetteer, Mention
from kg.ingest.stages import guard
from kg.ingest import ahead
from kg.ingest.events.happenings import propose as propose_happenings
from kg.ingest.events.ordinal_meetings import propose as ordinal_meetings
from kg.ingest.events import interview_records, news_items, speech_titles, transcript_titles
from kg.ingest.events.durations import event_durations
from kg.ingest.events.project_nouns import propose as project_nouns
from kg.ingest.events.started_works import propose as started_works
from kg.ingest.events.planned_undertakings import propose as planned_undertakings
from kg.ingest.events.org_projects import propose as org_projects
from kg.ingest.events.works_nouns import propose as works_nouns
from kg.ingest.names.facility_nouns import propose as facility_nouns
from kg.ingest.names.plural_sites import propose as plural_sites
from kg.ingest.names.placed_sites import propose as placed_sites
from kg.ingest.names.listed_sites import propose as listed_sites
from kg.ingest.names.coded_sites import propose as coded_sites
from kg.ingest.names.named_facilities import propose as named_facilities
from kg.ingest.names import procurement_packages, room_sites, spoken_records
from kg.ingest.names.numbered_units import propose as numbered_units
from kg.ingest.names.funded_projects import propose as funded_projects
from kg.ingest.names.project_qualifiers import propose as project_qualifiers
from kg.ingest.events.inspections import propose as inspections
from kg.ingest.events.decisions import propose as decisions
from kg.ingest.events.member_lists import propose as member_lists
from kg.ingest.events.public_funds import propose as public_funds
from kg.ingest.events import counted_signings
from kg.ingest.events.signing_rows import signing_rows
from kg.ingest.events import result_titles
from kg.ingest.events import process_titles
from kg.ingest.events import met_meetings
from kg.ingest.events import visit_clauses
from kg.ingest.events.signed_relative import propose as signed_relative
from kg.ingest.events.bare_nouns import propose as bare_nouns
from kg.ingest.names.agreement_nouns import propose as agreement_nouns
from kg.ingest.names.introduced_hubs import propose as introduced_hubs
from kg.ingest.names.company_bodies import propose as company_bodies
from kg.ingest.names.branch_parents import propose as branch_parents
from kg.ingest.names.governing_bodies import propose as governing_bodies
from kg.ingest.names.unit_nouns import propose as unit_nouns
from kg.ingest.relations.signatory_lists import signatory_lists
from kg.ingest.names.headline_documents import headline_documents
from kg.ingest.names.heading_documents import heading_documents
from kg.ingest.names import (book_records, cell_agreements, entry_pages, form_titles, printed_pages,
                             reference_lists, row_agreements, running_documents, running_plans,
                             title_blocks)
from kg.ingest.names.plan_standards import plan_standards
from kg.ingest.names.labelled_replies import labelled_replies
from kg.ingest.names.named_products import named_products
from kg.ingest.names import bond_names, product_fields, vessel_names
from kg.ingest.events.verb_happenings import propose as verb_happenings
from kg.ingest.events.since_states import running_since
from kg.ingest.events.policies_since import policies_since
from kg.ingest.events.log_rows import propose as log_rows
from kg.ingest.events.day_rows import propose as day_rows
from kg.ingest.events.programme_lines import propose as programme_lines
from kg.ingest.events.schedule_lines import propose as schedule_lines
from kg.ingest.events.agenda_rows import propose as agenda_rows
from kg.ingest.events.subject_fields import propose as subject_fields
from kg.ingest.events.decision_headings import propose as decision_headings
from kg.ingest.events.signature_lines import propose as signature_lines
from kg.ingest.events.list_steps import propose as list_steps
from kg.ingest.events.deadlines import propose as deadlines
from kg.ingest.events.column_events import propose as column_events
from kg.ingest.events.row_occurrences import propose as row_occurrences
from kg.ingest.events.headed_items import propose as headed_items
from kg.ingest.events.licence_matters import propose as licence_matters
from kg.ingest.events.row_posts import date_row_posts
from kg.ingest.events.task_items import keep_task_dates, propose as task_items
from kg.ingest.events.action_items import propose as action_items
from kg.ingest.events.deadline_rows import propose as deadline_rows
from kg.ingest.events.participle_days import propose as participle_days
from kg.ingest.events.namings import namings
from kg.ingest.events.presided_attended import presided_attended
from kg.ingest.events.media_reports import propose as media_reports
from kg.ingest.relations.party_roles import party_roles
from kg.ingest.relations.venue_fields import venue_fields
from kg.ingest.relations.dated_venues import dated_venues
from kg.ingest.relations.table_rows import table_rows
from kg.ingest.names.product_columns import product_cells
from kg.ingest.names.patent_rows import patent_rows
from kg.ingest.events.period_cells import period_cells
from kg.ingest.events.date_cells import date_cells
from kg.ingest.events.numbered_rows import numbered_row_dates
from kg.ingest.relations.listed_rows import listed_rows
from kg.ingest.relations.member_rows import member_rows
from kg.ingest.relations.winner_rows import winner_rows
from kg.ingest.relations.row_reader import row_cells
from kg.ingest.names.record_names import record_headings, record_projects, record_tails
from kg.ingest.names.tender_subjects import RULE as TENDER_RULE, tender_subjects
from kg.ingest.names.field_wraps import wrapped_field_names
from kg.ingest.names.hanging_names import hanging_names, hanging_tails
from kg.ingest.names.header_wraps import header_wrap_names, header_wrap_tails
from kg.ingest.names.caps_headings import caps_headings
from kg.ingest.names.site_fields import site_field_items
from kg.ingest.relations.record_reader import record_fields
from kg.ingest.relations.record_parties import record_parties
from kg.ingest.names.masthead_names import masthead_names
from kg.ingest.names.cell_names import column_names, drop_across_cells, links_within_cells, person_cell, \
    wrapped_cell_names, wrapped_tails
from kg.ingest.reading.table_positions import outside_cells
from kg.ingest.relations.organ_meetings import organ_meetings
from kg.ingest.relations.works_milestones import works_milestones
from kg.ingest.relations.step_referents import step_referents
from kg.ingest.relations.delivery_agreements import delivery_agreements
from kg.ingest.relations.clause_subjects import clause_subjects
from kg.ingest.relations.title_works import title_works
from kg.ingest.relations.title_topics import title_topics
from kg.ingest.relations.period_organisers import period_organisers
from kg.ingest.relations.speaker_lists import speaker_lists
from kg.ingest.relations.participant_lists import participant_lists
from kg.ingest.relations.attendance_fields import team_fields
from kg.ingest.relations.party_meetings import party_meetings
from kg.ingest.relations.record_events import record_events
from kg.ingest.relations.listed_records import listed_records
from kg.ingest.relations.certificate_grants import certificate_grants
from kg.ingest.relations.counted_topics import counted_topics
from kg.ingest.relations.reply_documents import reply_documents
from kg.ingest.relations.title_events import title_events
from kg.ingest.events.time_sections import time_section_days
from kg.ingest.relations.defined_documents import defined_documents
from kg.ingest.events.clause_actors import clause_actors
from kg.ingest.events.sayers import drop_sayers
from kg.ingest.relations.apposed_parties import drop_apposed_parties
from kg.ingest.relations.deliberations import deliberations
from kg.ingest.relations.contest_parties import contest_parties
from kg.ingest.relations.incident_sites import incident_sites
from kg.ingest.events.signing import signed_at
from kg.ingest.relations.agreement_places import signed_in_place
from kg.ingest.relations.closing_places import closing_places
from kg.ingest.relations.event_parts import event_parts
from kg.ingest.relations.schedule_wholes import schedule_wholes
from kg.ingest.events.grant_days import grant_days
from kg.ingest.relations.listed_grants import listed_grants
from kg.ingest.relations.published_awards import published_awards
from kg.ingest.relations.title_event_nouns import title_event_nouns
from kg.ingest.relations.minutes_topics import minutes_topics
from kg.ingest.relations.minutes_meetings import minutes_meetings
from kg.ingest.events.planned_works import planned_works
from kg.ingest.events.project_twins import drop_project_twins
from kg.ingest.events.field_twins import field_twins
from kg.ingest.names.longer import longer_names
from kg.ingest.names.inner_links import concept_inside_ok, known_wins, only_in_names
from kg.ingest.names.enclosed_places import enclosed_places, keep_in_names, names_a_group
from kg.ingest.names.acronyms import acronyms as defined_acronyms, take_over
from kg.ingest.names.areas import areas
from kg.ingest.names.between_agreements import between_agreements
from kg.ingest.names.tails import tail_orgs
from kg.ingest.knowledge.mint import Minter
from kg.ingest.names.nested_names import EVENTS, LOWER_DOCUMENTS, PLACE_CLASSES, PLACES, \
    bracketed_place, government_seat, nested_ok, place_government, site_of_document
from kg.ingest.names.qualify import place_lists, qualify_agreements, split_known
from kg.ingest.names.national_possessives import national_possessives
from kg.ingest.names.invoked_laws import cited_articles
from kg.ingest.names.industry_names import RULE as INDUSTRY_RULE
from kg.ingest.model import Draft, Entity, Span
from kg.ingest.knowledge.prior import for_graph as relation_prior
from kg.ingest.relations.propose import kind, kind_of, propose_relations
from kg.ingest.span_order import Spans
from kg.ingest.relations.stated_mood import stated_mood
from kg.ingest.names.short_forms import bracketed_short_forms, merge_short_forms
from kg.ingest.names.former_names import former_names
from kg.ingest.names.place_twins import place_twins
from kg.ingest.names.of_twins import of_twins
from kg.ingest.names.inner_twins import inner_twins
from kg.ingest.names.reordered_twins import reordered_twins
from kg.ingest.names.number_twins import number_twins
from kg.ingest.names.title_twins import title_twins
from kg.ingest.names.role_twins import role_twins
from kg.ingest.names.role_words import drop_role_words
from kg.ingest.names.document_numbers import merge_numbers
from kg.ingest.names.numbered_rows import numbered_rows
from kg.ingest.names.signature_names import split_signature_names
from kg.ingest.knowledge import light_graph, snapshot
from kg.ingest.reading.options import check_date, check_id, check_url, default_title, one_line
from kg.ingest.reading.text import Article, normalise_name
from kg.ingest.terms import DOC, Literal, NFO, RDF, URIRef, XSD
from kg.ingest.reading.caseless import lower_text

# rules whose names come last and never displace another name (lower-case phrases, slots)
_LAST = ("company-slot", "project-phrase", "lower-name", "concept:list", "concept:head",
         "name:known-prefix", "table:cell-name", "table:record-heading")


def ingest(kg, article: Article, doc_id: str, title: str | None = None,
           date: str | None = None, publisher: str | None = None,
           url: str | None = None, gazetteer: Gazetteer | None = None,
           today=None) -> Draft:
    # the rules' terms are light (kg.ingest.terms); a caller with an rdflib graph gets rdflib's
    kg, publisher, rdflib_terms = light_graph.library_call(kg, publisher)
    check_id(doc_id)        # the command's checks: a file name and an IRI are made of the id,
    title = one_line("--title", title)      # the title and publisher are one line of plain text
    if not isinstance(publisher, URIRef):   # (a publisher the graph knows is its IRI)
        publisher = one_line("--publisher", publisher)
    url = check_url(url)
    # (the rules read a copy with full-width punctuation in Latin text folded, "Co.，Ltd.":
    # one character for one, so offsets stay those of the stored text)
    text = reading_copy(article.text)
    check_date(date)        # ASCII digits, a real day (the command's check)
    # (``today``, a datetime.date: the day a yearless dateline's year is read against; the
    # evaluation pins it so that its scores do not drift with the calendar)
    day = article_date(text, date, today)
    draft = Draft(doc_id, text, article.sha256, article.path.name,
                  title or default_title(text, article.path.name),
                  date_literal(day.value) if day.value else None,
                  publisher, url, stored_text=None if text == article.text else article.text)
    if day.note is not None:
        draft.date_note = day.note
    draft.date_guessed = day.guessed     # (the story's first day: stated_mood reads no later
                                         # day it tells in the past as one still to come)
    gaz = gazetteer or snapshot.gazetteer(kg)      # (from the ingest snapshot, or the graph)
    minter = Minter(snapshot.used_iris(kg))
    if str(DOC[doc_id]) in minter.used:
        # (--id naming a document the graph holds: the draft gives it a second title, date
        # and text; --into refuses it without --replace, a draft alone said nothing)
        draft.id_note = (f"--id {doc_id}: the graph already holds a document with this id; "
                         "the draft gives it this article's title, date and text")
    doc_year = day.year

    mentions = links_within_cells(text, gaz.link(text))  # not "Additive\n  manufacturing" across cells
    # the readers of the text alone (ahead.TEXT_ALONE), by name through read(): the command
    # works them out ahead in a second process (their modules are imported only to run here)
    read = ahead.reader(text)
    news = (read("organisations") + read("standards") + read("titles")
            + read("people") + read("teams")
            + read("quoted_initiatives") + read("quoted_programmes")
            + read("project_phrases") + read("capacity_projects")
            + read("bare_companies") + read("appositive_companies") + read("lower_names")
            + read("acronym_names")       # "Société ... de Kamsar (SGBK)", "PT Bumi Mineral"
            + read("role_people")         # "Budi Santoso, president director of ..."
            + read("minister_people")     # "Minister of Mines Kabwe Mulenga said"
            + read("given_name_people")   # "Anna Berg of the KTH ...": a given name
            + read("field_people")        # "Prepared by: Ablimit Tursun": a person's field
            + read("dotted_people"))      # "Maimaiti\u00b7Tuerxun": a name's parts joined by a dot
    news = people_over_sites(news)    # "Emily Park, a geologist at X": a person, no park
    concept_model = snapshot.concept_model(kg)
    news += concepts(text, concept_model) + areas(text, concept_model.vocab) + read("designations")
    news += read("numbered_documents") + read("source_outlets")  # "Notice No. 3", "(Source: X)"
    news += tail_orgs(text, news)      # "Research Center of X University": the university
    news += read("appositive_places") + read("autonomous_areas")   # "X, a salt flat in Y"
    news += read("level_of_places")    # "the villages of A, B and C", "the town of X"
    news += read("ventures")           # "investing in A, B, and beyond": a project
    news += read("plants")             # "X operates plants in A and B": X's A plant, B plant
    news += longer_names(gaz, text, news)
    news = quoted_openings(text, news)   # "\"Ace\" Metals Ltd": the quoted brand is of the name
    news = split_known(news, text, lambda n: gaz.owner(normalise_name(n)) is not None)
    news = national_possessives(news, text, gaz)     # "China's 14th Five-Year Plan": known
    news = cited_articles(news, text)    # "Articles 585 and 626 of the Civil Code": the code
    news = known_wins(text, news, mentions)      # "... Production\nChina Non-ferrous Metals News"
    news = [c for c in news if outside_cells(text, c.start, c.end)      # not "Company   County"
            or c.cls == "Person" and person_cell(c.label)]     # (a signer's row read as a header)
    news = wrapped_tails(text, news)             # (not "Co., Ltd." alone: the name below)
    news += wrapped_cell_names(text)             # "Luanchuan Jinyu Molybdenum Materials\n  Co., Ltd."
    news = header_wrap_tails(text, news)         # (not the half under a header's half)
    news += header_wrap_names(text)              # "Party A: X Lianjiang and" over "Y County Government"
    news = hanging_tails(text, news)             # (the same, outside a table's header and rows)
    news += hanging_names(text)                  # "R-12   X Tin Smelting ISO 45001\n       Co., Ltd."
    news += wrapped_field_names(text)            # "Units:  A; Fugu Xinghua\n         Magnesium Co., Ltd."
    news += caps_headings(text, news)            # "MINISTRY OF MINES AND GEOLOGY" (a heading)
    news += masthead_names(text, news)           # "SANQIN METALS NET  |  DAILY BULLETIN"
    news += site_field_items(text)               # "Sites:  X bauxite mine; Y alumina refinery"
    news += read("coded_documents")  # "purchase contract HT-CG-2026-088" (a form's value wraps)
    news += column_names(text)                   # "| Block |": "Dongshan North Block" a site
    news += product_cells(text)                  # "| Product | Winner |": each product
    news += patent_rows(text)                    # "| Patent number | Title |": each patent
    news += record_headings(text)                # "5. X pilot" over "Investor: Y", "Site: Z"
    news += record_projects(text)                # "Project:  50,000 t/a X Project"
    news += tender_subjects(text, news)          # "BID AWARD NOTICE" over what was procured
    news += read("item_titles")                  # "Topic 1  Recovery of X from Y"
    news += read("organ_sessions")               # "the fifth session of the X People's Congress"
    news = record_tails(text, news)              # (not "and Y Project" on its second line)
    news += place_lists(text, mentions, gaz.classes, PLACES)
    qualify_agreements(text, news, mentions, kg.label,
                       lambda iri: kind_of(gaz.classes.get(iri)) == "org")
    # a new name that strictly contains known mentions wins over them ("Fugu County Magnesium
    # Industry Association" is not Fugu County); one that equals a known name is that entity
    keep_new = []
    mentions.sort(key=lambda m: m.start)
    starts = [m.start for m in mentions]
    longest = max((m.end - m.start for m in mentions), default=0)
    dropped: set[int] = set()
    extra: list[Mention] = []
    new_taken = bytearray(len(text) + 1)
    slot_blocked = {normalise_name(c.label) for c in news if c.rule != "company-slot"}
    # names found only by the slot they fill come last and never displace another name
    # and so do lower-case phrases before "project" / "plant": they never swallow another name
    # ... but a body named by a new place and a lower-case "government" ("the Heshan District
    # government") comes first, and the place it opens with stays a name of its own
    seats: list[tuple[int, int]] = []
    lower_docs: list[tuple[int, int]] = []      # lower-case documents kept ("report of the ...")
    for c in sorted(news, key=lambda c: (c.rule in _LAST and not place_government(c),
                                         -(c.end - c.start))):
        key = normalise_name(c.label)
        if gaz.owner(key) is not None and c.rule != NAMESAKE_RULE \
                and not gaz.chinese_body_abroad(gaz.owner(key), text):  # ("Yulin, Guangxi": new;
            #                                     "the Ministry of Finance" of a Lusaka report)
            owner = gaz.candidate_owner(key, text, c.start, c.end)
            if owner is not None:
                extra.append(Mention(c.start, c.end, text[c.start:c.end], *owner))
            continue
        lo = bisect.bisect_left(starts, c.start - longest)
        hi = bisect.bisect_left(starts, c.end)
        near = [i for i in range(lo, hi) if i not in dropped and mentions[i].end > c.start]
        inside = [i for i in near if c.start <= mentions[i].start and mentions[i].end <= c.end]
        if c.cls in ("County", "City", "Province", "Region") and len(inside) == 1 \
                and gaz.classes.get(mentions[inside[0]].iri) in PLACES \
                and mentions[inside[0]].start == c.start:
            # "Yulin City" is Yulin: the known place, named in full
            m = mentions[inside[0]]
            dropped.add(inside[0])
            extra.append(Mention(c.start, c.end, text[c.start:c.end], m.iri,
                                 "gazetteer:place-with-suffix", 0.9))
            continue
        if len(near) != len(inside) or any(new_taken[c.start:c.end]) \
                and c.rule not in ("name:inner-org", TENDER_RULE) \
                and not (c.cls in PLACE_CLASSES and (c.start, c.end) in seats) \
                and not site_of_document(text, c, lower_docs):
            continue    # (the organiser named inside an event's name is a name of its own)
        if c.rule == "company-slot" and (key in slot_blocked or any(
                not nested_ok(gaz, mentions[i], c, text) for i in inside)):
            continue    # a place it starts with ("Qinghai Guotou") or a metal in it is fine
        if c.rule in _LAST[1:] and any(not nested_ok(gaz, mentions[i], c, text) for i in inside):
            continue
        # a metal or field named inside a new name, or the place it starts with ("Chongqing
        # Boao ... Co., Ltd."), is still a mention of that entity (the name concerns it)
        dropped.update(i for i in inside if c.rule != TENDER_RULE and (
                       not nested_ok(gaz, mentions[i], c, text)
                       or mentions[i].iri in gaz.concept
                       and not concept_inside_ok(text, mentions[i], c)))
        if c.rule not in ("team:led-by", TENDER_RULE):   # the people a team is named by stay
            # people (and the names inside a tender's subject stay names)
            new_taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        if place_government(c):
            seats.append(government_seat(c))
        if c.rule == "lower-name" and c.cls in LOWER_DOCUMENTS:
            lower_docs.append((c.start, c.end))
        keep_new.append(c)
    mentions = [m for i, m in enumerate(mentions) if i not in dropped] + extra
    # overlapping known mentions (a candidate name re-linked) keep the longest
    mentions.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken = bytearray(len(text) + 1)
    chosen: list[Mention] = []
    for m in mentions:
        if not any(taken[m.start:m.end]):
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            chosen.append(m)
    mentions = sorted(chosen, key=lambda m: m.start)
    # a place printed only as a word of new organisations' names is none of the text's
    mentions = only_in_names(text, mentions, keep_new, lambda iri: gaz.classes.get(iri) in PLACES)
    # ... and one printed only as a word of longer names, drafted or not ("X Law Firm")
    group = lambda iri: iri in gaz.concept and names_a_group(kg.label(iri))  # noqa: E731
    held = mentions
    mentions = enclosed_places(text, mentions, keep_new,
                               lambda iri: gaz.classes.get(iri) in PLACES or group(iri),
                               getattr(gaz, "longer", ()), cased=group)
    # (a group of metals printed only inside names still gives those names their metal:
    # "Xunwu Rare Metal Materials Co., Ltd.", relations/named_metals)
    keep_in_names(draft, held, mentions, group, gaz, kg)

    for m in mentions:
        ent = draft.entities.get(m.iri)
        if ent is None:
            ent = Entity(m.iri, gaz.classes.get(m.iri) or NFO.Organization, kg.label(m.iri),
                         True, m.rule, m.confidence)
            draft.entities[m.iri] = ent
        ent.mentions.append(Span(m.start, m.end))
        ent.confidence = max(ent.confidence, m.confidence)
    by_key: dict[str, Entity] = {}
    spans_of: list[tuple[int, int, Entity]] = Spans()     # (its orders kept: span_order.py)
    for c in sorted(keep_new, key=lambda c: c.start):
        # ("X Ltd" and "X Ltd." at a sentence's end are one company)
        key = normalise_name(c.label).rstrip(".")
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(minter.mint(c.label), NFO[c.cls], c.label, False, c.rule, c.confidence)
            by_key[key] = ent
            draft.entities[ent.iri] = ent
        elif ent.label.isupper() and not c.label.isupper():
            # "X ZINC CO., LTD." in a heading, "X Zinc Co., Ltd." in the text: the text's case
            ent.aliases.add(ent.label)
            ent.label = c.label
        ent.mentions.append(Span(c.start, c.end))
        ent.aliases |= {a for a in c.aliases if a != ent.label}
        spans_of.append((c.start, c.end, ent))
    for m in mentions:
        spans_of.append((m.start, m.end, draft.entities[m.iri]))
    _lower_case_repeats(text, by_key.values(), spans_of)

    # acronyms introduced in parentheses: "China Magnesium Association (CMA)"
    covered = bytearray(len(text) + 1)
    for a, b, _ in spans_of:
        covered[a:b] = b"\x01" * (b - a)
    done: set = set()
    for acro, ent, pos in defined_acronyms(text, spans_of):
        if (acro, ent.iri) in done:
            continue
        done.add((acro, ent.iri))
        if bracketed_place(gaz, acro, ent):
            continue        # "X Metal Logistics Co., Ltd. (Guangzhou)": where X is, no name
        if gaz.owner(normalise_name(acro)) not in (None, ent.iri) and not take_over(
                draft, spans_of, acro, ent, gaz.owner(normalise_name(acro))):
            continue
        if not ent.known:
            ent.aliases.add(acro)
        # (the check before the acronym after it: the engine looks for the acronym alone)
        lit = re.escape(acro)
        for mm in re.finditer(rf"{lit}(?<![A-Za-z0-9]{lit})(?![A-Za-z0-9])", text):
            if not covered[mm.start()]:
                ent.mentions.append(Span(mm.start(), mm.end()))
                spans_of.append((mm.start(), mm.end(), ent))
                covered[mm.start():mm.end()] = b"\x01" * (mm.end() - mm.start())
    # a company found by its slot once is the same company wherever its name recurs
    # (one pass over the text for all of them, longest name first)
    # (and one found by its trade word and a cue: "Huafu Technology's" blocks the slot's
    # "Huafu Technology held", the same company)
    slot_ents = {ent.label: ent for ent in by_key.values()
                 if ent.rule in ("company-slot", INDUSTRY_RULE)}
    if slot_ents:
        # by first character, the check before a name after it: the same matches, the engine
        # skipping to those characters
        groups: dict[str, list[str]] = {}
        for x in sorted(slot_ents, key=len, reverse=True):
            groups.setdefault(x[0], []).append(re.escape(x[1:]))
        alts = "|".join(f"{re.escape(c)}(?<![A-Za-z0-9]{re.escape(c)})(?:{'|'.join(r)})"
                         for c, r in groups.items())
        for mm in re.finditer(rf"(?:{alts})(?![A-Za-z0-9])", text):
            ent = slot_ents[mm.group(0)]
            if not any(covered[mm.start():mm.end()]):
                ent.mentions.append(Span(mm.start(), mm.end()))
                spans_of.append((mm.start(), mm.end(), ent))
                covered[mm.start():mm.end()] = b"\x01" * (mm.end() - mm.start())
    with guard(draft, "names and places"):
        split_by_honorific(draft, spans_of, minter)  # "Mr. Yang Fan" and "Ms. Yang Fan": two
        check_acronym_links(draft, spans_of)     # "CCB" alone is not the graph's "CCB" brackets
        hide_bylines(draft, spans_of)            # "(reporter X)", "(Xinhua)": no rule reads them
        bracketed_short_forms(draft, spans_of)   # 'X (Hong Kong) Co., Limited ("X HK")'
        former_names(draft, spans_of)            # "X Co., Ltd. (formerly Y Co., Ltd.)": one company
        propose_places(draft, spans_of, minter, gaz)     # "Qujing, March 3 --", "in X, Y Province"
        repair_names(draft, spans_of, minter, gaz)       # "A and B University", short names
        clipped_names(draft, spans_of, gaz)      # "Xinglong Lead" for "Honghe Xinglong Lead ... Ltd."
        drop_across_cells(draft, spans_of)       # a table's "Company   County": headers, no county
    with guard(draft, "events, sites and projects named in lower case"):
        propose_happenings(draft, spans_of, minter, kind_of, doc_year=doc_year)   # lower-case events
        subject_fields(draft, spans_of, minter, kind_of)     # "Subject:  Council meeting on X" / "Time:"
        project_nouns(draft, spans_of, minter, kind_of)  # "the second phase of X", "a pilot line"
        started_works(draft, spans_of, minter, kind_of)  # "will start a trial of X", "a study of"
        placed_sites(draft, spans_of, minter, kind_of)   # "at a plant in Golmud": a site there
        listed_sites(draft, spans_of, minter, kind_of)   # "X Co., Ltd., Yantai smelter" (tables)
        project_qualifiers(draft, spans_of, minter, kind_of)  # "X Project (EPC) of Y Co., Ltd."
        coded_sites(draft, spans_of, minter, kind_of)    # "Block TC-7", "Blocks TC-2 and TC-6"
        room_sites.propose(draft, spans_of, minter, kind_of)     # "Room 306, X Building" (venues)
        procurement_packages.propose(draft, spans_of, minter, kind_of)  # "Package 1 (ICP-MS)"
        numbered_units(draft, spans_of, minter, kind_of)     # "No. 1 furnace", "furnace No. 1"
        funded_projects(draft, spans_of, minter, kind_of)    # "Project (52371109) supported by X"
        facility_nouns(draft, spans_of, minter, kind_of)     # "the smelter", "its alumina refinery"
        named_facilities(draft, spans_of, minter, kind_of)   # "the Chengxi boiler house"
        plural_sites(draft, spans_of, minter, kind_of)   # "its refineries in X", "the plants of Y"
        works_nouns(draft, spans_of, minter, kind_of)    # "its annual overhaul", "the X upgrade of Y"
        inspections(draft, spans_of, minter, kind_of)    # "an inspection team of the X Department"
        decisions(draft, spans_of, minter, kind_of)      # "X issued the penalty decision on May 28"
        member_lists(draft, spans_of, minter, kind_of)   # "X is on the list of key projects"
        public_funds(draft, spans_of, minter, kind_of)   # "from the provincial safety fund"
        planned_undertakings(draft, spans_of, minter, kind_of)   # "Renovation of X will start in May"
        org_projects(draft, spans_of, minter, kind_of)   # "the X Group magnesium project"
    with guard(draft, "agreements, documents and products"):
        form_titles.propose(draft, spans_of, minter)     # "| Contract title | X Contract |"
        row_agreements.propose(draft, spans_of, minter, kind_of)     # "No. Seller Buyer": one a row
        counted_signings.propose(draft, spans_of, minter)    # "Two memoranda ... were signed"
        signed_relative(draft, spans_of, minter, kind_of)    # "an agreement that A and B signed"
        bare_nouns(draft, spans_of, minter, kind_of)     # "the talks were held", "under the deal"
        ordinal_meetings(draft, spans_of, minter, kind_of)   # "at the third plenary meeting"
        agreement_nouns(draft, spans_of, minter, kind_of)    # "signed three MoUs: on X, on Y"
        between_agreements(draft, spans_of, minter, kind_of)  # "offtake agreement between A and B"
        cell_agreements.propose(draft, spans_of, minter, kind_of)    # "Supply contract for X with Y"
        headline_documents(draft, spans_of, minter, kind_of)  # "Publicity of the Winning Bid ..."
        heading_documents(draft, spans_of, minter, kind_of)  # "X CO., LTD." / "NOTICE ON ..."
        title_blocks.propose(draft, spans_of, minter, kind_of)   # "Chronicle of ..." / "Compiled by:"
        running_documents.propose(draft, spans_of, minter, kind_of, doc_year)  # "the next revision"
        running_plans.propose(draft, spans_of, minter, kind_of)  # "the 2027 maintenance plan of X"
        form_titles.own_about(draft, spans_of)       # the form's own sheet: about the contract
        defined_documents(draft, spans_of, kind_of)  # "the plan below"; "Users in the plan" + table
        book_records.propose(draft, spans_of, minter, kind_of)   # "Title: X" / "Author: Y"; "Review of"
        reference_lists.propose(draft, spans_of, minter, kind_of)    # '[1] "X", Y News, 12 June 2018.'
        entry_pages.propose(draft, spans_of, minter, kind_of)    # "X" / "From the Y Encyclopedia"
        printed_pages.propose(draft, spans_of, minter, kind_of)  # "X NEWS | No. 1482 | ... | Page 3"
        plan_standards(draft, spans_of, minter, kind_of)     # "1  2025-0918T-YS  Zirconium ..."
        labelled_replies(draft, spans_of, minter, kind_of)   # "Handled by: X" ... "Reply:"
        named_products(draft, spans_of, minter, kind_of)     # "an ore carrier named Ore Hebei"
        product_fields.propose(draft, spans_of, minter, kind_of)     # "Product:  X" / "Producer: Y"
        vessel_names.propose(draft, spans_of, minter, kind_of)   # "MV CAPE HONGRUN" / "Owners : Y"
        bond_names.propose(draft, spans_of, minter, kind_of)     # "24 Jinlu G1", "27 Xinfa MTN001"
        introduced_hubs(draft, spans_of, minter, kind_of)    # "signed a pledge ... The pledge was"
        result_titles.propose(draft, spans_of, minter)   # "Notice on the Results of the X Check"
        process_titles.propose(draft, spans_of, minter)  # "Notice on Carrying Out the X Survey"
    with guard(draft, "short forms and references back"):
        company_bodies(draft, spans_of, minter)  # "the trade union of X Co., Ltd.", "the union"
        branch_parents(draft, spans_of, minter)  # "the Lanzhou Branch of X Bank": a unit of X Bank
        governing_bodies(draft, spans_of, minter)    # "the issuer's board", "its presidium"
        unit_nouns(draft, spans_of, minter)  # "the Company's purchasing department"
        signatory_lists(draft, spans_of)         # "The signing companies are:" and one a line
        merge_short_forms(draft, spans_of)       # '(hereinafter the "Plan")': one entity
        merge_numbers(draft, spans_of)           # '"Measures for X" (Guo Fa [2024] No. 7)': one
        place_twins(draft, spans_of)             # "a plant in X", "the plant": one site
        numbered_rows(draft, spans_of)           # "Projects 2 and 5": rows of a projects table
        split_signature_names(draft, spans_of)   # "Ministry A\nMinistry B\n3 May 2027": two signers
        refer_back(draft, spans_of, kind_of)     # "the two-day forum", "the department"
        referent_spans(draft, spans_of)          # 'X (the "Debtor")' ... "The Debtor is based in Y"
        pronoun_people(draft, spans_of)          # "Zhou Minghua ... He won the X Award in 1987"
        voice_spans(draft, spans_of)             # "launched by our federation", "Our engineer A"
    with guard(draft, "relations"):
        propose_relations(draft, spans_of, minter, doc_year,
                          snapshot.relation_prior(kg, gaz, kind_of), gaz)
    with guard(draft, "posts"):
        propose_posts(draft, spans_of, minter, gaz)  # "X, deputy mayor of Qujing", "Professor X of Y"
        post_periods(draft)                          # "X, mayor of Y since March 2023": its dates
        post_effective(draft)        # "| Name | Appointed to | Effective |", "with effect from 1 May"
    with guard(draft, "dated rows, logs and schedules"):
        log_rows(draft, spans_of, minter, kind_of)   # "09:40  Transformer energised" under its day
        day_rows(draft, spans_of, minter, kind_of)   # "Days 3-10  inspection" from "Day 1 = 11 January"
        schedule_lines(draft, spans_of, minter, kind_of)     # "Interview: in the second half of November"
        agenda_rows(draft, spans_of, minter, kind_of)    # "| Date | Time | Programme | Place |": parts
        programme_lines(draft, spans_of, minter, kind_of)    # "Fri 24 July   Opening ceremony": parts
        deadlines(draft, spans_of, minter, kind_of)  # "Objections may be raised until 28 December"
        decision_headings(draft, spans_of, minter, kind_of)  # "II. LICENCES CANCELLED (2)"
        signature_lines(draft, spans_of, minter, kind_of)    # "| Signed | 6 January 2027, in X |"
        column_events(draft, spans_of, minter, kind_of)  # "Vessel ... ETA" / "CAPE HARMONY ... Jan 07"
        licence_matters(draft, spans_of, minter, kind_of)    # "Licence No.: X" / "Matter: change"
        list_steps(draft, spans_of, minter, kind_of)     # "- lining of furnace No. 1 to start on 28 October"
        date_row_posts(draft)        # "2008.06   Liu becomes Chairman": the post's start
        task_items(draft, spans_of, minter, kind_of)     # "- Add a cold store before next summer"
        action_items(draft, spans_of, minter, kind_of)   # "1  File the project with X   Yan Lu   30 Nov"
        deadline_rows(draft, spans_of, minter, kind_of)  # "01 / X Co., Ltd. / finding / 31 March 2027"
        participle_days(draft, spans_of, minter, kind_of)    # "(granted 14 March 2023)"
        form_titles.table_events(draft, kind_of)     # a contract form's "Drafted / Approved" rows
    with guard(draft, "events told by verbs and their roles"):
        media_reports(draft, spans_of, minter, kind_of)      # "X News reported on the base in July"
        policies_since(draft, spans_of, minter, kind_of)     # "the export controls in force since 2023"
        verb_happenings(draft, spans_of, minter, kind_of)    # "Water burst into the mine on Monday"
        row_occurrences(draft, spans_of, minter, kind_of)    # "| Stage | Dates |", "No. Received ... Matter"
        headed_items(draft, spans_of, minter, kind_of)   # "(1) Open day. From 14 to 19 June, ..."
        met_meetings.propose(draft, spans_of, minter)    # "X, Party Secretary of Y, met the investors"
        visit_clauses.propose(draft, spans_of, minter)   # "On Wednesday the delegation visits the smelter"
        result_titles.fold_clauses(draft, spans_of)  # "Results of the X Check" + "X checked ..."
        running_since(draft, spans_of, minter, kind_of)      # "The smelter, in operation since 2004"
        speech_titles.propose(draft, spans_of, minter, kind_of)  # "Speech at the X Ceremony of Y"
        interview_records.propose(draft, spans_of, minter, kind_of)  # "INTERVIEW" + "Interviewee:"
        transcript_titles.propose(draft, spans_of, minter, kind_of)  # "Transcript | Press Conference ..."
        spoken_records.propose(draft, spans_of, minter, kind_of)  # "Transcript | X" (not those two)
        late_headline_metals(draft, spans_of)        # the headline's metals for a clause lead event
        topic_sections(draft, spans_of)              # "2. Topics" of a call: its gathering's metals
        refer_late(draft, spans_of, kind_of)         # "The contest was organised by A" (a clause event)
        clause_roles(draft, spans_of)                # the cues of event_roles for those clause events
        clause_leaders(draft, spans_of)              # "A delegation of X led by A visited K": led by A
        namings(draft, spans_of)                     # "X names the smelter a green factory"
        presided_attended(draft, spans_of, kind_of)  # "... with a ceremony. X presided, and Y attended."
        party_roles(draft, spans_of)                 # "Lead underwriter   X", "Y acted as adviser"
        venue_fields(draft, spans_of)                # "Venue:  Lecture Hall, X Centre": held there
        dated_venues(draft, spans_of)                # "Award ceremony ... 20 Mar 2027, X Theatre"
        table_rows(draft, spans_of, kind_of)         # "Company | County": X is in its row's county
        period_cells(draft, spans_of)                # "| Project | Period |": 2026-2028
        date_cells(draft, spans_of, kind)            # "| Standard No. | Impl. |": its day in force
        numbered_row_dates(draft, spans_of, kind)    # "No. | Party | Decided" + "1. ... Decision No. X"
        row_cells(draft, spans_of, kind)             # "| Project | Investor | In charge | Due |"
        listed_rows(draft, spans_of, kind)           # "Publicity of ..." over "| Licence No. |": its rows
        record_fields(draft, spans_of, kind)         # "1. X project" over "Investor:  Y Co., Ltd."
        record_parties(draft, spans_of)              # "Trip dates: 8-10 July" + "Travellers:  A"
        organ_meetings(draft, spans_of, clauses_only=True)  # the clause events: "the council met"
        works_milestones(draft)     # "the smelter to start up": about the smelter
        step_referents(draft)       # "The line was restored on Monday": about the line
        deliberations(draft)        # "the plan was approved at the meeting": about the plan
        contest_parties(draft, spans_of)             # "X won three lots", "A and B said" (hearing)
        incident_sites(draft)                        # "Accident at X Co., Ltd.": at X's refinery
    with guard(draft, "dates, moods and places checked"):
        attach_dates(draft, spans_of, doc_year)      # revises the dates relations guessed
        clause_metals(draft, spans_of)               # "programmes for lead and zinc will open"
        clause_parties(draft, spans_of)              # "... will publish it with the X Association"
        clause_venues(draft, spans_of)               # "The briefing takes place in Xi'an": held there
        referred_parties(draft, spans_of)            # "The two sides signed an agreement"
        titled_agreement_parties(draft, spans_of)    # "SUPPLY AGREEMENT" over "Buyer:  X Co., Ltd."
        keep_task_dates(draft)                       # "- Hold a fair in March": planned
        clause_subjects(draft, spans_of)             # "The scheme will be widened": about the scheme
        counted_topics(draft)                        # "the meeting for the three standards"
        reply_documents(draft)                       # "Reply to the Inquiry Letter ...": about the letter
        title_events(draft)                          # "Notice on Holding the X Ceremony": about it
        time_section_days(draft, doc_year)           # its "1. Time and place" section: its day
        title_works(draft)                           # a log's entries: about the works its title names
        delivery_agreements(draft)                   # "The first lot shall arrive by ...": the contract's
        title_topics(draft, spans_of, kind_of)       # "Results of the Audit of X": about the audit
        period_organisers(draft)                     # "Publicity period: 7 to 11 December": the issuer's
        speaker_lists(draft, spans_of)               # "Speakers at the ceremony:" + "- A, mayor of X, said"
        participant_lists(draft, spans_of)           # "2 Teams taking part" + "- X Fire Brigade (4 vehicles)"
        team_fields(draft, spans_of, kind)           # "Inspectors:  A, B" under an inspection report
        party_meetings(draft, spans_of, kind)        # "Party A: X" + "The parties shall meet every quarter"
        process_titles.issuers(draft)                # "Notice on Launching the X Campaign": the issuer's
        record_events(draft, spans_of, kind)      # "Enterprise: X" over "Deadline: 31 May": about X
        listed_records(draft, spans_of, kind)     # "Licence No.: X" in a list's records: about X
        clause_actors(draft, spans_of)               # "In June it set up a task force": its actor
        drop_sayers(draft, spans_of)                 # "X said the case was heard": X took no part
        drop_apposed_parties(draft)                  # "-- Professor A, X University": A's, not a party
        dates_of_referred(draft, doc_year)           # "The summit was held ... on July 6 and 7"
        event_durations(draft, kind_of)              # "The two-day meeting": its last day
        signed_at(draft, spans_of, kind_of)          # "At the ceremony, A signed ... with B"
        counted_signings.link(draft, kind_of)        # "... were signed on the 16th. A signed ..."
        signing_rows(draft, spans_of, kind)          # "... were signed. Among them:" + "- P of A"
        signed_in_place(draft, spans_of, kind_of)    # "A and B signed ... in Kinshasa"
        closing_places(draft, spans_of)              # "Signed at Golmud on Monday, ...": the deal's
        minutes_meetings(draft)                      # "X Bureau" + "MEETING MINUTES": X holds the meeting
        event_parts(draft, kind_of)                  # "on the sidelines of the expo", its days
        schedule_wholes(draft)                       # "Interview: in January": the recruitment's
        grant_days(draft, kind_of)                   # "(1) A ..." won at the dated award ceremony
        certificate_grants(draft, spans_of, kind, minter)  # "| A Co., Ltd. | Certificate No. X |"
        listed_grants(draft, spans_of)               # "List of Certified X Enterprises": holders
        member_rows(draft, spans_of, kind)           # "List of X Enterprises" over "| No. | Enterprise |"
        winner_rows(draft, spans_of, kind)           # "Announcement of Tender Results" over "| Winning bidder |"
        published_awards(draft, spans_of, kind_of)  # "Decision on Awarding X" + its grants: about X
        title_event_nouns(draft, spans_of, kind_of)  # "Audit Results of X": about the one audit
        minutes_topics(draft, spans_of, kind_of)     # "MEETING MINUTES" over "Meeting on X": about it
        drop_byline_roles(draft)                     # "(reporter X)" wrote it, took no part
        mark_voiced(draft)                           # read through "we" / "our": "+voice"
        stated_mood(draft, doc_year)                 # "did not buy", "if approved", "will be held"
        refine_days(draft, doc_year)                 # "this month ... from 2 to 4 November"
        period_years(draft, doc_year)                # "in the second half of 2027": 2027
        planned_works(draft)                         # "agreed to build a station in X in 2027"
        drop_project_twins(draft)                    # "Phase II is planned for 2027": the phase once
        of_twins(draft, spans_of)                    # "the Party committee of X", "the Party Committee": one
        inner_twins(draft, spans_of)                 # "X County Transport Bureau", "the Transport Bureau": one
        reordered_twins(draft, spans_of)             # "Division of X", "X Division": one
        number_twins(draft, spans_of)                # "SUPPLY AGREEMENT", "Contract No.: X-2026-1": one
        title_twins(draft, spans_of)                 # "ANNOUNCEMENT ON ... PROJECT": the notice, not a project
        role_twins(draft, spans_of)                  # "Party B:  X Co., Ltd.", "Party B operates": X
        drop_role_words(draft, spans_of)             # "the Licensor" named by no field: no entity
        field_twins(draft, spans_of)                 # "Course:  17-19 March", "the training course": one
        drop_contradicted_places(draft, gaz)         # not "Guangxi contains Shenzhen" (Guangdong)
        split_namesakes(draft, minter, gaz)          # "Wang Jian, manager of Y": not the known one
        drop_bare_metals(draft)                      # "X Magnesium Co." smelting primary magnesium: that
        news_items.propose(draft, spans_of, minter, kind_of)  # headline + "X Daily | 8 June 2026"
    for ent in draft.new():                      # "X Co.,Ltd." (a comma typed full width)
        ent.label = spaced_commas(ent.label)     # is "X Co., Ltd."
    keep_final_marks(draft)                      # "Zhang Wei\u0301": the name with its mark
    name_every_span(draft)                       # "the refinery": an alias, as validate checks
    return light_graph.library_result(draft, rdflib_terms)


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _lower_case_repeats(text: str, news, spans_of) -> None:
    """A new event named in a headline in capitals and again in the text in lower case ("the
    press conference on the operating conditions of ...") is the same event: that span is a
    mention too (its clause often holds the date)."""
    covered = bytearray(len(text) + 1)
    for a, b, other in spans_of:
        if other.cls not in (NFO.Metal, NFO.Field):     # a metal named inside stays a mention
            covered[a:b] = b"\x01" * (b - a)
    low = lower_text(text)      # one lower-case copy: a pattern of literal words then scans fast
    if len(low) != len(text):
        low = None          # (a letter whose lower case is longer: the slow case-blind scan)
    for ent in news:
        words_ = [w for w in ent.label.split() if w.lower() != "the"]
        if ent.cls not in EVENTS or len(words_) < 4:
            continue
        if low is None:
            rx = r"\s+(?:the\s+)?".join(re.escape(w) for w in words_)
            found = re.finditer(rf"(?<![A-Za-z0-9]){rx}(?![A-Za-z0-9])", text, re.I)
        else:
            rx = r"\s+(?:the\s+)?".join(re.escape(w.lower()) for w in words_)
            found = (m for m in re.finditer(rf"{rx}(?![a-z0-9])", low)
                     if not (m.start() and low[m.start() - 1] in _ALNUM))
        for m in found:
            if not any(covered[m.start():m.end()]):
                covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                ent.mentions.append(Span(m.start(), m.end()))
                spans_of.append((m.start(), m.end(), ent))
