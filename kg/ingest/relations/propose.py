"""Candidate relations, each with the span (the sentence or clause) that states it: posts
("X, chairman of Y", "Y Chairman X"), organisers, venues and dates of events, issuers and dates
of policies and standards, parties and dates of agreements, located-in, subsidiaries, and the
metals a name concerns. Company news ("the group's titanium subsidiary", "its molybdenum
business", "A is appointed president of the group", "Chairman A told shareholders") is read by
referents.py (whom "the group" / "the company" / "its" stand for), ownership.py,
business_metals.py, appointments.py and event_speech.py, wired in here.

Why this module is long: it is kept in one piece as the one place that runs every relation rule
in its order (the rule families live in their own modules; the few inline rules share its
helpers ``within`` and ``first_date``)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.relations import clauses
from kg.ingest.relations.affiliations import affiliations, award_grants, unit_roles
from kg.ingest.relations.area_links import area_links
from kg.ingest.relations.implements import implements
from kg.ingest.relations.investments import investments, makers
from kg.ingest.relations.members import _THE_COMPANY, members
from kg.ingest.relations.holdings import holdings
from kg.ingest.relations.appointments import appointments
from kg.ingest.relations.business_metals import business_metals
from kg.ingest.relations.ownership import ownership
from kg.ingest.relations.referents import lead_company, referents
from kg.ingest.relations.projects import project_anaphora, project_owners
from kg.ingest.relations.cooccur import propose_from_prior
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.naming import names_in
from kg.ingest.names.nesting import containers, datelines, inside_ok
from kg.ingest.knowledge.prior import is_relation_node
from kg.ingest.relations.producers import home_country, producer_metals
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.speakers import speaker_lines
from kg.ingest.relations.event_speech import event_speech
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.locations import locations
from kg.ingest.relations.topics import topics
from kg.ingest.relations.document_roles import document_roles
from kg.ingest.terms import Literal, NFO, ORG

_ORG = {"Organization", "GovernmentBody", "PartyOrganization", "AdvisoryBody",
        "IndustryAssociation", "AssociationBranch", "Company", "ResearchInstitute", "University",
        "ResearchTeam", "Alliance", "MediaOutlet", "Fund", "InternationalOrganization"}
_PLACE = {"Place", "Country", "Province", "City", "County", "Region", "Site"}
_EVENT = {"Event", "Conference", "AnnualMeeting", "Seminar", "Symposium", "Forum",
          "PressConference", "Meeting", "SigningCeremony", "Launch", "Exhibition", "Milestone",
          "AwardCeremony"}
_POLICY = {"Policy", "PolicyDocument", "Plan", "ImplementationPlan", "ActionPlan", "Measures",
           "Catalogue", "Notice", "Guide", "Report", "Standard", "NationalStandard",
           "IndustryStandard", "GroupStandard"}
_DATE_PRED = {"event": NFO.startDate, "policy": NFO.dateIssued, "agreement": NFO.dateSigned}


def kind(e: Entity) -> str:
    return kind_of(e.cls)


_KINDS: dict = {}     # class -> kind, remembered (asked some 20000 times per article)


def kind_of(cls) -> str:
    got = _KINDS.get(cls)
    if got is None:
        got = _kind_of(cls)
        if len(_KINDS) < 1000:
            _KINDS[cls] = got
    return got


def _kind_of(cls) -> str:
    name = str(cls).rsplit("#", 1)[-1]
    if name in _ORG:
        return "org"
    if name in _PLACE:
        return "place"
    if name in _EVENT:
        return "event"
    if name in _POLICY:
        return "policy"
    if name == "Agreement":
        return "agreement"
    if name == "Person":
        return "person"
    if name == "Metal":
        return "metal"
    if name == "Project":
        return "project"
    return name.lower()


def _role_rx():
    roles = sorted(lines("roles"), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")\b", re.IGNORECASE)


def propose_relations(draft, spans_of, minter, doc_year, prior=None, gaz=None):
    """``prior`` (prior.learn): what the curated documents link when they name two kinds of
    thing together; its proposals come last, for pairs no rule has linked."""
    text = draft.text
    sents = Sentences(text)
    spans_of = sorted(spans_of, key=lambda x: x[0])
    if gaz is not None:
        from kg.ingest.knowledge.posts import for_gazetteer
        draft.__dict__["_known_posts"] = for_gazetteer(gaz)
    dates = find_dates(text, doc_year)
    roles = _role_rx()

    starts = [x[0] for x in spans_of]
    kinds = [kind(x[2]) for x in spans_of]

    def within(a, b, k=None):
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        return [spans_of[i] for i in range(lo, hi) if spans_of[i][1] <= b
                and (k is None or kinds[i] in k)]

    date_starts = [d.start for d in dates]
    by_start = date_starts == sorted(date_starts)       # (find_dates gives them in text order)

    def dates_from(lo, hi):
        """The dates that start in ``lo..hi`` and maybe more (a long text's are not all read
        for each name: bisected)."""
        if not by_start:
            return dates
        return dates[bisect.bisect_left(date_starts, lo):bisect.bisect_right(date_starts, hi)]

    def first_date(a, b, at=None, at_end=None):
        inside = [d for d in dates_from(a, b) if a <= d.start and d.end <= b]
        if at is not None:
            after = [d for d in inside if d.start >= at_end]
            before = [d for d in inside if d.end <= at]
            if after or before:       # a date next to the name, not the year inside it
                return after[0] if after else before[-1]
        if inside:
            return inside[0]
        # none in the sentence: the date that opens an earlier sentence of the same paragraph
        # or heading block ("On May 30, ... . The seminar featured ..."; "January 9: ...")
        par = text.rfind("\n\n", max(0, a - 601), a) + 1     # (no further back: linear)
        lo = max(par, a - 600)
        for d in reversed([d for d in dates_from(lo, a) if lo <= d.start and d.end <= a]):
            ds, _ = sents.bounds(d.start)
            lead = text[ds:d.start].strip()
            if re.fullmatch(r"(?:[\d.]+\s*)?(?:On|In|From|Since|By|As of)?", lead) or \
                    text[d.end:d.end + 2].startswith(":"):
                return d
        return None

    # 0. events stated by a dated clause ("On May 14, X held ...")
    from kg.ingest.events.dated import dated_events
    for ent in dated_events(draft, dates, sents, within, kind, minter, None):
        spans_of.append((ent.mentions[0].start, ent.mentions[0].end, ent))

    # 1. posts
    for s, e, person in spans_of:
        if kind(person) != "person":
            continue
        ss, se = sents.bounds(s)
        # after: "X, Vice President of Y" (clause up to the next person or ';')
        nxt = next((ps for ps, _, p in within(e + 1, se, {"person"})), se)
        clause_end = min(nxt, se, (text.find(";", e, se) + 1 or se + 1) - 1 if ";" in text[e:se] else se)
        after = text[e:clause_end]
        if after.lstrip().startswith(","):
            found = [m for m in roles.finditer(after)]
            orgs = within(e, clause_end, {"org"})
            if found and orgs:
                role = found[0].group(1)
                _post(draft, minter, person, orgs[0][2], role, Span(s, orgs[0][1]), "post:name-comma-role-of-org")
                # "X, Member of the Party Committee, Vice President and Secretary General of Z":
                # a later organisation of the list, after roles of its own, holds a post too
                for (ps, pe, prev), (os_, oe, org) in zip(orgs, orgs[1:3]):
                    gap = text[pe:os_]
                    last = None
                    for last in roles.finditer(gap):
                        pass
                    if last is not None and re.search(r"\bof\s+(?:the\s+)?$", gap) \
                            and org is not prev and org is not orgs[0][2]:
                        _post(draft, minter, person, org, last.group(1), Span(s, oe),
                              "post:name-comma-roles-of-orgs")
                continue
            # "Ge Honglin, a local farmer,": a description no known post of theirs gives
            desc = re.match(r",\s+(?:a|an)\s+([^,.;:]{3,60})", after)
            kp = draft.__dict__.get("_known_posts")
            if desc and person.known and kp is not None and kp.knows(person.iri) \
                    and not roles.search(desc.group(1)):
                _doubt(person, "described otherwise")
        # before: "Y Chairman X" / "Chairman of Y X" / "Y's Chairman X"
        before_start = max(ss, s - 160)
        orgs = within(before_start, s, {"org"})
        m = None
        for m in roles.finditer(text[before_start:s]):
            pass
        if m is not None and orgs:
            role_s = before_start + m.start()
            gap = text[before_start + m.end():s]
            if len(gap.strip(" ,")) <= 2 or re.fullmatch(r"\s*of\s+(the\s+)?.*", gap, re.DOTALL):
                org = orgs[-1]
                if (org[1] <= role_s and re.fullmatch(r"[\s,'’s]*", text[org[1]:role_s])) or (
                        org[0] > role_s and not re.search(r"\band\b|;", text[org[1]:s])):
                    _post(draft, minter, person, org[2], m.group(1), Span(min(org[0], role_s), e),
                          "post:org-role-name")

    # 2. events, policies, agreements, projects: dates, places, organisers, issuers, parties
    in_place_nested = containers([x for x in spans_of if not x[2].role])
    home = home_country(spans_of)
    name_ends = {}
    for x in spans_of:
        if not x[2].role and kind(x[2]) not in ("metal", "field"):
            name_ends.setdefault(x[1], []).append(x[2])

    def _ends_name(at, ent):
        """A name of another entity ends right before position ``at`` (spaces between)."""
        j = at
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        return any(o is not ent for o in name_ends.get(j, ()))

    for s, e, ent in spans_of:
        k = kind(ent)
        if ent.known or k not in ("event", "policy", "agreement", "project"):
            continue
        done = any(st[3].startswith("context:") for st in ent.statements)
        ss, se = sents.bounds(s)
        span = Span(ss, se)
        d = first_date(ss, se, s, e)
        if d is not None and k in _DATE_PRED and _sharper(ent, _DATE_PRED[k], d.value):
            ent.add(_DATE_PRED[k], Literal(d.value, datatype=_xsd(d.value)), span, "context:date")
            if d.until and k == "event":
                ent.add(NFO.endDate, Literal(d.until, datatype=_xsd(d.until)), span, "context:date")
        if done:             # places, organisers, issuers: from the first mention's sentence
            continue
        if k in ("event", "project"):
            for ps, pe, place in within(ss, se, {"place"}):
                m_in = re.search(r"\b(in|at)\s+(the\s+)?$", text[max(ss, ps - 12):ps])
                if not m_in:
                    continue
                at = max(ss, ps - 12) + m_in.start()
                # not a place inside another name ("Shanghai Jiao Tong University"), not the
                # article's own country, not "Ford in the US" (the "in" of another name)
                if (ps, pe, id(place)) in in_place_nested or place.iri == home or \
                        re.search(r"\S\s*$", text[max(ss, at - 2):at]) and \
                        _ends_name(at, ent):
                    continue
                ent.add(NFO.heldIn if k == "event" else NFO.locatedIn, place.iri, span,
                        "context:in-place")
                if k == "event":    # "inspected smelters in Nujiang, Qujing and Honghe"
                    for other in _place_list(text, within(pe, se, {"place"}), pe,
                                             in_place_nested):
                        ent.add(NFO.heldIn, other.iri, span, "context:in-places")
                break
        if k == "event":
            m = re.search(r"\b(organi[sz]ed|hosted|sponsored|held)\s+(jointly\s+)?by\b", text[ss:se])
            if m:
                for os_, oe, org in within(ss + m.end(), se, {"org"}):
                    ent.add(NFO.organizedBy, org.iri, span, "context:organised-by")
        if k == "policy":
            m = re.search(r"\b(issued|released|published|promulgated|introduced|formulated|launched|announced|imposed|unveiled|enacted|adopted)\b", text[ss:se])
            if m:
                # not the speaker of a transcript line ("China Industry News: On April 2, ...")
                lo = text.rfind(":", ss, ss + m.start()) + 1 or ss
                for os_, oe, org in within(max(ss, lo), ss + m.start(), {"org"}):
                    ent.add(NFO.issuedBy, org.iri, span, "context:issued-by")
        if k == "agreement":
            for os_, oe, org in within(ss, se, {"org"}):
                ent.add(NFO.party, org.iri, span, "context:party-in-sentence")
        if k in ("project",):
            for os_, oe, org in within(ss, s, {"org"}):
                ent.add(NFO.participant, org.iri, span, "context:project-org")

    # 2b. organisers, co-organisers, chairs and speakers stated by cue words
    from kg.ingest.relations.event_roles import event_roles, sub_events
    event_roles(draft, spans_of, sents, within, kind)
    sub_events(draft, spans_of, sents, kind)

    # 3. located in: "X County, Y Province" / "X, located in Y"
    for i, (s, e, ent) in enumerate(spans_of):
        if ent.known or kind(ent) not in ("place", "org"):
            continue
        # the next two names after it, not counting those printed inside its own name ("the
        # Kalumbwe Copper-Cobalt Mine in Lualaba Province": the metals are no places)
        for s2, e2, other in _after_name(spans_of, i, e, 2, kind):
            between = text[e:s2]
            if kind(other) != "place" or other is ent:
                continue
            if (kind(ent) == "place" and re.fullmatch(r",\s*", between)) or \
                    re.fullmatch(r",?\s*(located|based|headquartered|situated)\s+in\s+(the\s+)?", between):
                ent.add(NFO.locatedIn, other.iri, Span(s, e2), "context:located-in")
                break
            # "the Wenchang Launch Site in China", "Volkswagen in Germany", an industry area
            # "in Guanzhong" (inside its name or after it): a new site, area or company
            if str(ent.cls).rsplit("#", 1)[-1] in _IN_PLACE and s2 >= s and \
                    re.search(r"\sin\s+(the\s+)?$", text[max(s, s2 - 9):s2]) and \
                    (e2 <= e or re.fullmatch(r"\s+in\s+(the\s+)?", between)):
                ent.add(NFO.locatedIn, other.iri, Span(s, max(e, e2)), "context:name-in-place")
                break

    # 3b. industry areas: the places they are composed of, the metals and fields of their names
    area_links(draft, spans_of, sents, kind)

    # 4. subsidiaries: "X, a subsidiary of Y" / "Y's subsidiary X"
    for m in re.finditer(r",\s*(?:a|the)\s+(?:wholly[- ]owned\s+)?subsidiary\s+of\s+", text):
        left = [x for x in within(max(0, m.start() - 300), m.start(), {"org"}) if m.start() - x[1] < 3]
        right = within(m.end(), m.end() + 5 + 300, {"org"})
        right = [x for x in right if x[0] - m.end() < 5]
        if left and right and not left[-1][2].known:
            left[-1][2].add(NFO.subsidiaryOf, right[0][2].iri, Span(left[-1][0], right[0][1]), "context:subsidiary-of")

    # 5a. the metals a new policy, event, project or agreement's sentence names
    unpaired = containers(spans_of)
    for s, e, ent in spans_of:
        if ent.known or kind(ent) not in ("event", "policy", "project", "agreement"):
            continue
        ss, se = sents.bounds(s)
        ss, se = min(ss, s), max(se, e)
        for ms, me, metal in within(ss, se, {"metal"}):
            if (ms, me, id(metal)) in unpaired and not (s <= ms and me <= e) and not \
                    inside_ok(kind(ent), metal, unpaired[(ms, me, id(metal))], kind):
                # the metal in a third entity's name; but the items a catalogue or guide
                # "includes" are what it is about ("which included magnesium alloy rolling
                # mills")
                item = unpaired[(ms, me, id(metal))]
                if kind(ent) == "policy" and kind(item) in ("product", "technology") and \
                        ms > e and _INCLUDES.search(text, e, ms):
                    ent.add(NFO.concernsMetal, metal.iri, Span(ss, se),
                            "context:catalogue-items")
                continue
            ent.add(NFO.concernsMetal, metal.iri, Span(ss, se), "context:metal-in-sentence")

    # 5b. the metals a place or company produces or holds ("Shaanxi has ... molybdenum")
    producer_metals(text, sorted(spans_of, key=lambda x: x[0]), sents, kind)

    # 5c. who speaks in a transcript takes part in the article's lead event
    speaker_lines(text, sorted(spans_of, key=lambda x: x[0]), kind, sents)
    event_speech(draft, spans_of, sents, kind)     # "X, chairman of Y, said ..." at the meeting

    # 6. units of organisations, what metals and products are used in, places restated, and
    # the other relations a cue states (before the guesses of 6d, which leave a linked pair alone)
    if gaz is not None:
        clauses.units(draft, spans_of, sents, gaz, kind, kind_of)
    clauses.applications(draft, spans_of, sents, kind)
    clauses.places(draft, spans_of, prior, kind)
    locations(draft, spans_of, sents, prior, kind)  # cities of the province, bodies of a place
    topics(draft, spans_of, sents, prior, kind)     # "For METAL, ...", "X Award ceremony", where
    clauses.follow_ups(draft, spans_of, sents, kind)
    clauses.provisions(draft, spans_of, sents, kind)
    clauses.attendance(draft, spans_of, sents, kind)
    # 6b. teams, units "at" an organisation, leaders, award conferrers (affiliations.py)
    affiliations(draft, spans_of, kind,
                 lambda person, org, role, span, rule: _post(draft, minter, person, org, role,
                                                             span, rule))
    implements(draft, spans_of, sents, kind)
    document_roles(draft, spans_of, sents, kind)  # drafters, proposers, approvers, subjects
    investments(draft, spans_of, sents, kind)
    project_owners(draft, spans_of, sents, kind)
    project_anaphora(draft, spans_of, sents, kind)
    # "the group", "the company", "its": the organisation each stands for, read by the rules
    # of ownership and business ("a subsidiary of the group", "its molybdenum business")
    refs = referents(text, spans_of, sents, kind)
    named_refs = [r for r in refs if text[r[0]:r[1]].lower() != "its"
                  and not _company_is_under(text, r)]
    members(draft, spans_of + named_refs, sents, kind)
    holdings(draft, spans_of, sents, kind, refs)    # "A holds 60% of the shares (of X)"
    ownership(draft, spans_of, sents, kind, refs)
    business_metals(draft, spans_of, sents, kind, refs)
    _referent_parties(draft, spans_of, sents, named_refs)   # "the group signed a contract with"
    appointments(text, spans_of, refs, roles, kind,     # "A is appointed X of the group"
                 lambda person, org, role, span, rule: _post(
                     draft, minter, person, org, role, span, rule,
                     float(rule.rsplit("@", 1)[1]) if "@" in rule else 0.6),
                 lead_company(text, spans_of, kind))
    makers(draft, spans_of, sents, kind)
    award_grants(draft, spans_of, sents, kind, minter)
    unit_roles(draft, spans_of, sents, kind)

    # 6d. what else a new event, policy, project, agreement, product or technology's sentence
    # names: candidates of low confidence (rule "cooccur:*"), for the reviewer to keep or drop
    _cooccur(draft, spans_of, sents, within)
    clauses.scope(draft, spans_of, sents, kind)     # (a policy no place was given for)

    # 7. pairs named together that the graph links, or whose kinds the curated texts link
    if prior is not None:
        def post(person, org, role, span, rule):
            if any(p == person.iri for p, _ in draft.__dict__.get("_posts", ())):
                return False    # the text states their post: no guess at another one
            p_at = [m for m in person.mentions if span.start <= m.start < span.end]
            o_at = [m for m in org.mentions if span.start <= m.start < span.end]
            if p_at and o_at and min(max(0, b.start - a.end, a.start - b.end)
                                     for a in p_at for b in o_at) > 50:
                return False    # far apart in the sentence: not "X, role of Y" nor "Y's role X"
            if role is None:
                found = [m for m in roles.finditer(text, span.start, span.end)]
                at = person.mentions[0].start if person.mentions else span.start
                near = [m for m in found if abs(m.start() - at) < 80]
                if not near:
                    return False
                role = min(near, key=lambda m: abs(m.start() - at)).group(1)
            before = len(draft.entities)
            _post(draft, minter, person, org, role, span, rule,
                  float(rule.rsplit("@", 1)[-1]))
            return len(draft.entities) > before
        propose_from_prior(draft, spans_of, sents, prior, kind, post)

    # 5. metals named inside a new name ("Magnesium Branch" concerns magnesium)
    metal_spans = [(0, 0, x) for x in {id(x): x for _, _, x in spans_of if kind(x) == "metal"}.values()]
    field_ents = [x for x in {id(x): x for _, _, x in spans_of if kind(x) == "field"}.values()
                  if len(normalise_name(x.label)) >= 4]
    for ent in list(draft.entities.values()):
        site = str(ent.cls).rsplit("#", 1)[-1] in _METAL_NAMED_PLACES
        if ent.known or not (kind(ent) == "org" or site) or is_relation_node(ent):
            continue    # measured: only organisations, mines and parks are linked to the
            # metal their name gives (0 of 46 for products, events, technologies, policies
            # named so; and the field their name gives: 1 of 11 for products and technologies)
        low = normalise_name(ent.label)
        named = [m for _, _, m in metal_spans
                 if re.search(rf"\b{re.escape(normalise_name(m.label))}\b", low)]
        for metal in named:
            if site and any(o is not metal and normalise_name(metal.label) in
                            normalise_name(o.label) for o in named):
                continue    # a plant's "Recycled Aluminium": that metal, not aluminium too
            sp = ent.mentions[0]
            ent.add(NFO.concernsMetal, metal.iri, Span(sp.start, sp.end), "name:metal-in-name")
        # and the field its name names ("X Medical Technology Co., Ltd.", "Resource Recycling
        # Magazine", "Digital Transformation Promotion Center")
        for field in field_ents if not site else ():
            if re.search(rf"\b{re.escape(normalise_name(field.label))}\b", low) and ent.mentions:
                sp = ent.mentions[0]
                ent.add(NFO.concernsField, field.iri, Span(sp.start, sp.end), "name:field-in-name")


# (kind of the new entity, kind of the other) -> predicate
_COOCCUR = {
    ("event", "metal"): NFO.concernsMetal, ("event", "field"): NFO.concernsField,
    ("event", "org"): NFO.participant, ("event", "person"): NFO.participant,
    ("event", "policy"): NFO.about,
    ("event", "project"): NFO.about, ("event", "product"): NFO.about,
    ("event", "technology"): NFO.about, ("event", "agreement"): NFO.about,
    ("policy", "metal"): NFO.concernsMetal, ("policy", "field"): NFO.concernsField,
    ("policy", "place"): NFO.appliesTo, ("initiative", "metal"): NFO.concernsMetal,
    ("initiative", "field"): NFO.concernsField, ("initiative", "place"): NFO.appliesTo,
    ("project", "metal"): NFO.concernsMetal, ("project", "field"): NFO.concernsField,
    ("project", "place"): NFO.locatedIn, ("project", "org"): NFO.participant,
    ("agreement", "metal"): NFO.concernsMetal, ("agreement", "field"): NFO.concernsField,
    ("agreement", "org"): NFO.party,
    ("product", "metal"): NFO.concernsMetal,
    ("product", "org"): NFO.producedBy,
    ("technology", "metal"): NFO.concernsMetal,
    ("technology", "org"): NFO.developedBy,
}
_AT_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.I)
_HELD_AT = re.compile(r"\b(?:held|hosted|staged|opened|took\s+place)\s+(?:\w+\s+){0,2}?(?:at|in)\s+"
                      r"(?:the\s+)?$", re.I)
_INCLUDES = re.compile(r"\b(?:includ(?:e|es|ed|ing)|list(?:s|ed|ing)|cover(?:s|ed|ing))\b", re.I)
_IN_PLACE = {"Region", "Site", "Company"}     # named "in" a place: where it is
_METAL_NAMED_PLACES = {"Site"}     # a mine or an industrial park: "X Copper-Nickel Park"


def _after_name(spans_of, i, e, n, kind):
    """The first ``n`` spans after ``spans_of[i]`` (ending at ``e``), leaving out the metals and
    fields printed inside its name."""
    out = []
    for j in range(i + 1, min(len(spans_of), i + 12)):
        if spans_of[j][0] >= e or kind(spans_of[j][2]) not in ("metal", "field"):
            out.append(spans_of[j])
            if len(out) == n:
                break
    return out
_ONE = {NFO.heldIn, NFO.locatedIn}     # a single venue or location: the first place named
# Left out, measured on leave-one-out (right 0-1 times in 45): an event's venue by co-occurrence
# (the venue comes from "in/at PLACE"), a product's or technology's field (from "used in").


def _cooccur(draft, spans_of, sents, within):
    inside = containers(spans_of)
    nested = set(inside) | datelines(draft.text, spans_of, kind)
    for s, e, ent in list(spans_of):
        k = kind(ent)
        if ent.known or k == "person" or not any(a == k for a, _ in _COOCCUR):
            continue
        if ent.mentions and (s, e) != (ent.mentions[0].start, ent.mentions[0].end) \
                and k != "event":
            continue        # the sentence that introduces it
        ss, se = sents.bounds(s)
        ss, se = min(ss, s), max(se, e)
        have = {p for p, *_ in ent.statements}
        linked = {o for _, o, _, r in ent.statements if not r.startswith("cooccur:")}
        for os_, oe, other in within(ss, se):
            if (os_, oe, id(other)) in nested and not (s <= os_ and oe <= e) and not \
                    inside_ok(k, other, inside.get((os_, oe, id(other))), kind):
                continue        # printed inside a third entity's name
            pred = _COOCCUR.get((k, kind(other)))
            if pred is None or other is ent or (pred in _ONE and pred in have) or \
                    other.iri in linked:
                continue        # (a pair a rule has linked already is not guessed again)
            if k == "event" and kind(other) == "org" and \
                    _HELD_AT.search(draft.text, max(ss, os_ - 40), os_):
                # "held at the X Exhibition Center": the venue, not a participant
                ent.add(NFO.heldIn, other.iri, Span(ss, se), "context:held-at-venue")
                continue
            if k == "event" and kind(other) == "org" and \
                    _AT_VENUE.search(draft.text, max(ss, os_ - 12), os_):
                continue        # "at the X Center": a place, not a participant
            if k in ("product", "technology") and kind(other) == "metal" and not (
                    s <= os_ and oe <= e) and not names_in(other, ent.label, draft.text):
                continue        # measured: the metal of its own name 35 of 76, another 5 of 64
            if k == "event" and any(o == other.iri for _, o, _, _ in ent.statements):
                continue        # already its organiser, chair or speaker: not a second role
            if k == "event" and (os_ >= s and oe <= e) and pred == NFO.participant:
                pass
            ent.add(pred, other.iri, Span(ss, se), "cooccur:same-sentence")
            have.add(pred)


_PLACE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _place_list(text, after, end, nested):
    """The places listed right after a place that ends at ``end`` ("A, B and C"): a list only
    when "and" joins its last item ("Debao County, Baise" is a place and the one it is in)."""
    out, last_gap = [], ""
    for ps, pe, place in after:
        gap = _PLACE_GAP.fullmatch(text, end, ps)
        if gap is None or (ps, pe, id(place)) in nested or any(place is o for o in out):
            break
        out.append(place)
        last_gap, end = gap.group(0), pe
    return out if re.search(r"\band\b", last_gap) else []


def _referent_parties(draft, spans_of, sents, refs) -> None:
    """"The group signed a supply contract with X": "the group" / "the company" the sentence that
    introduces a new agreement names is a party to it (``context:party-referent@0.5``)."""
    if not refs:
        return
    starts = [r[0] for r in refs]
    for s, e, ent in spans_of:
        if ent.known or kind(ent) != "agreement" or not ent.mentions or \
                (s, e) != (ent.mentions[0].start, ent.mentions[0].end):
            continue
        ss, se = sents.bounds(s)
        for r in refs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, se)]:
            ent.add(NFO.party, r[2].iri, Span(ss, se), "context:party-referent@0.5")


def _company_is_under(text, ref) -> bool:
    """"The company is a subsidiary of Y": members.py reads it from the company named before
    (org:the-company-subsidiary), not from the phrase."""
    m = _THE_COMPANY.search(text, max(0, ref[0] - 6), ref[1] + 90)
    return m is not None and m.start() < ref[0]


def _doubt(person, why: str) -> None:
    """A known person named with an organisation or description none of their known posts
    gives: perhaps a namesake (common names are not unique), so the link is a guess."""
    person.confidence = min(person.confidence, 0.5)
    person.rule = f"{person.rule} (doubted: {why})"


def _sharper(ent, pred, value: str) -> bool:
    """One date per entity: a later mention's date replaces an earlier one only when it makes it
    more precise ("Q1 2025" in the headline, "On April 29" in the text: 2025-04-29)."""
    old = [st for st in ent.statements if st[0] == pred]
    if not old:
        return True
    if all(len(value) > len(str(st[1])) and value.startswith(str(st[1])) for st in old):
        ent.statements[:] = [st for st in ent.statements if st[0] != pred]
        return True
    return False


def _xsd(value: str):
    return date_literal(value).datatype


def _post(draft, minter, person, org, role, span, rule, confidence=0.6):
    role = role[:1].upper() + role[1:]
    seen = draft.__dict__.setdefault("_posts", set())
    if (person.iri, org.iri) in seen:
        return
    seen.add((person.iri, org.iri))
    known = draft.__dict__.get("_known_posts")
    if known is not None and person.known and org.known:
        iri = known.find(person.iri, org.iri, role)
        if iri is not None:         # the graph has this post: a mention of it, restated
            post = draft.entities.get(iri)
            if post is None:
                post = Entity(iri, NFO.Post, f"{person.label}, {role}, {org.label}", True,
                              "post:known-post", max(confidence, 0.9), role=True)
                draft.entities[iri] = post
            post.mentions.append(span)
            post.add(ORG.heldBy, person.iri, span, "post:known-post")
            post.add(ORG.postIn, org.iri, span, "post:known-post")
            return
    if known is not None and person.known and known.knows(person.iri) \
            and not known.at(person.iri, org.iri):
        _doubt(person, "post:other-organisation")
    iri = minter.mint("post", person.label, org.label if len(org.label) < 40 else org.iri.rsplit("/", 1)[-1], role)
    post = Entity(iri, NFO.Post, f"{person.label}, {role}, {org.label}", False, rule, confidence,
                  role=True)
    post.mentions.append(span)
    post.add(ORG.heldBy, person.iri, span, rule)
    post.add(ORG.postIn, org.iri, span, rule)
    post.add(NFO.roleName, Literal(role), span, rule)
    draft.entities[iri] = post
