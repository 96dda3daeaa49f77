"""Who takes part in the happening an article reports, read from the role each party is given:
a terms table or a "Role: Name" line ("Lead underwriter    X Securities Co., Ltd.", "* Rating
agency: Y Credit Rating Co., Ltd.", "Plaintiff - Z Copper Co., Ltd.") and running text ("X acted
as financial adviser", "Y was appointed as trustee", "with Z as EPC contractor"). The roles
are a word list (``data/party-roles.txt``: underwriters, bookrunners, advisers, auditors, rating
agencies, trustees, contractors, plaintiffs and defendants, bidders ...).

The event is the one the sentence names, else the article's lead event (the first event named
in its first three paragraphs, whatever made it: a name, a noun, a dated clause; else its first
event). A party is an
organisation or a person named right after the role (a line; then also the organisations
that follow it on the line after a separator: "Organisers: A; B") or right before the verb
(text). ``nfo:participant``, or for an organisation the property its role gives
(``data/party-role-properties.txt``: an organiser ``nfo:organizedBy``, a host
``nfo:hostedBy``, a co-organiser ``nfo:coOrganizedBy``); rule ``event:party-role@0.5``. One pass of a precompiled pattern over the
lines and a string search for "as": linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import labelled_kinds, lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.speakers import lead_events
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.span_order import spans_by_bounds, spans_by_start_longest


def _roles_rx() -> str:
    roles = sorted(lines("party-roles"), key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", r)) for r in roles)


@lru_cache(maxsize=1)
def _at_line_starts() -> AtLineStarts:
    return AtLineStarts(_line())        # (tried only where a line starts)


@lru_cache(maxsize=1)
def _line():
    # "Lead underwriter    X", "* Rating agency: Y", "2. Plaintiff - Z"
    # (a Markdown field is in bold: "**Organiser:** X", "**Host**: Y")
    return re.compile(r"^[ \t]*(?:[*•·▪■-][ \t]*|\d{1,2}[.)][ \t]*)?(?:\*\*)?(?:the[ \t]+)?"
                      rf"(?P<role>{_roles_rx()})s?(?:\([^()\n]{{0,20}}\))?"
                      r"(?:[ \t]*(?:\*\*)?[:：](?:\*\*)?[ \t]*|\t[ \t]*|[ ]{2,}|"
                      r"[ \t]+[-–—][ \t]+)",
                      re.I | re.M)


@lru_cache(maxsize=1)
def _mishap():
    # an accident, a strike or a probe (their heads in data/bare-nouns.txt) is no deal: it
    # takes no underwriter, adviser, auditor or trustee (an overhaul may take a contractor)
    heads = [re.split(r"\s{2,}", row)[2] for row in lines("bare-nouns")
             if row.split()[0] in ("incident", "strike", "probe")]
    return re.compile(r"\b(?:" + "|".join(heads) + r")\b", re.I)


@lru_cache(maxsize=1)
def _role_after():
    # what follows "as": "the sole financial adviser", "its EPC contractor", "joint bookrunners"
    return re.compile(r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:sole\s+|joint\s+|lead\s+|"
                      rf"exclusive\s+|independent\s+)?(?P<role>{_roles_rx()})s?\b", re.I)


@lru_cache(maxsize=1)
def _properties() -> dict:
    """role (lower case, its spaces and hyphens one space) -> the property it gives an
    organisation (``data/party-role-properties.txt``: organisers, hosts); others: participant."""
    return {re.sub(r"[\s-]+", " ", role): getattr(NFO, prop)
            for role, prop in labelled_kinds("party-role-properties").items()}


@lru_cache(maxsize=1)
def _of_works() -> frozenset:
    """Roles of a works, a build or a transfer (``data/party-roles-of-works.txt``), lower case,
    their spaces and hyphens one space."""
    return frozenset(re.sub(r"[\s-]+", " ", r) for r in lines("party-roles-of-works"))


def _property(role: str, who):
    if who.kind != "org":
        return NFO.participant      # (a person who hosts a podcast or a panel takes part in it)
    return _properties().get(re.sub(r"[\s-]+", " ", role.lower()), NFO.participant)


# "Organisers: A; B and C": the next organisation of a role's line after a separator (not a
# comma: "Underwriter: Bond Department, X Branch of Y Bank" names a unit and its parent)
_NEXT = re.compile(r"[ \t]*(?:[;；、/&]|\band\b)[ \t]*")


# "X acted as", "Y has been hired as": the verb before "as" (and the auxiliary before it)
_VERB_BEFORE = re.compile(r"(?:\b(?:has|had|have)\s+been\s+|\b(?:was|were|is|are)\s+|"
                          r"\bwill\s+be\s+)?\b(?:acted|acts|act|served|serves|appointed|hired|"
                          r"engaged|named|retained|chosen|selected)\s*$", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)
_AS = re.compile(r"\s[Aa]s\s+")
_WS = " \t\n"


_PARTY_KINDS = ("org", "person")
_BLANK = " \t\n,"


def party_roles(draft, spans_of) -> None:
    text = draft.text
    lined = list(_at_line_starts().finditer(text))
    role_after = _role_after()
    acted = []
    i = text.find("as")
    while i >= 0:         # (str.find: a regex scan for " as " costs five times as much)
        if 0 < i and text[i - 1] in _WS and text[i + 2:i + 3] in _WS and text[i + 2:i + 3]:
            m = _AS.match(text, i - 1)
            r = role_after.match(text, m.end()) if m else None
            if r is not None:
                acted.append((m, r))
        i = text.find("as", i + 2)
    if not (lined or acted):
        return
    events = [(s, e, x) for s, e, x in spans_by_bounds(spans_of)
              if x.kind == "event" and not x.known]
    if not events:
        return
    # (an announcement whose first paragraphs are headers and a disclaimer: its first event)
    lead = next(iter(lead_events(text, spans_of, kind)), None) or events[0][2]
    if _mishap().search(lead.label):
        lead = None     # "A fire broke out at X ... Y acted as financial adviser": no deal's
    ev_starts = [s for s, _, _ in events]
    by_start, by_end = {}, {}
    for s, e, x in [(s, e, x) for s, e, x in spans_by_start_longest(spans_of)
                    if x.kind in _PARTY_KINDS
                    and not x.role]:
        by_start.setdefault(s, (s, e, x))
        by_end.setdefault(e, (s, e, x))

    def event_near(a, b, own_only=False):
        """The event the line or sentence [a, b) names, else (unless ``own_only``) the last one
        named before it in its paragraph ("X issued bonds on May 28. Y acted as adviser."), else
        the lead event."""
        named = events[bisect.bisect_left(ev_starts, a):bisect.bisect_left(ev_starts, b)]
        if named:
            return named[0][2]
        if own_only:
            return None
        i = bisect.bisect_left(ev_starts, a)
        if i and events[i - 1][0] > max(text.rfind("\n\n", max(0, a - 1500), a), a - 1500) \
                and not _mishap().search(events[i - 1][2].label):
            return events[i - 1][2]
        return lead

    def add(event, who, a, b, role):
        if event is None or who is event:
            return
        event.add(_property(role, who), who.iri, Span(a, b), "event:party-role@0.5")

    def sentence_end(at):
        stop = text.find(".", at)
        return len(text) if stop < 0 else stop

    for m in lined:
        hit = by_start.get(m.end())
        if hit is None:
            continue
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        # ("Designer:  X", "Investor:  Y" in a project's fact sheet: the works' party, not the
        # lead event's)
        event = event_near(m.start(), eol, own_only=re.sub(
            r"[\s-]+", " ", m.group("role").lower()) in _of_works())
        add(event, hit[2], m.start(), hit[1], m.group("role"))
        while hit[2].kind == "org":        # "Organisers: A; B", "Host: A and B"
            sep = _NEXT.match(text, hit[1])
            hit = by_start.get(sep.end()) if sep is not None and sep.end() < eol else None
            if hit is None or hit[2].kind != "org":
                break
            add(event, hit[2], m.start(), hit[1], m.group("role"))
    for m, r in acted:
        v = _VERB_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if v is not None:           # "X acted as the auditor"
            j = v.start()
            while j > 0 and text[j - 1] in _BLANK:
                j -= 1
            hit = by_end.get(j)
        else:                       # "with Z as EPC contractor"
            hit = by_end.get(m.start())
            if hit is not None and not _WITH_BEFORE.search(text, max(0, hit[0] - 6), hit[0]):
                hit = None
        if hit is not None:
            add(event_near(hit[0], sentence_end(r.end())), hit[2], hit[0], r.end(),
                r.group("role"))
