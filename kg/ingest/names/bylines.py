"""The article's byline: "(reporter Zhao Linfeng)", "(Reporter: Hu Jing)", "Reporter: X",
"By X", "Correspondent X", the agency after a dateline ("Nanning, July 8 (Xinhua) --"). The
people and agencies it names wrote the article: they are never a participant,
speaker, chair, organiser or party of what the article reports, so statements that make them
one are dropped (whatever rule proposed them), and the person's rule says "byline" for the
reviewer. Only the first lines (``HEAD`` characters) and a last "Editor:"-style line count."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts

HEAD = 800
_WHO = (r"(?:[Rr]eporters?|[Cc]orrespondents?|[Ee]ditors?|[Ww]ritten\s+by|[Aa]uthors?|"
        r"[Tt]ext|[Pp]hoto)")
# "(reporter X)", "(Xinhua reporter X)", "(Reporter: X)" -- not "(supported by X)"
_BYLINE = re.compile(
    rf"\((?:[A-Z][\w.]*\s+)?{_WHO}\s*[:：]?\s+(?P<a>[^()\n]{{2,80}})\)"
    rf"|^[ \t]*[A-Z][\w'’ ]{{1,30}},\s+(?:[A-Z][\w.]*\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z]\w*)"
    rf"(?:,\s+\d{{4}})?"
    rf"\s+\((?P<d>[^()\n]{{2,60}})\)\s*(?:--|—|–)"
    rf"|^[ \t]*{_WHO}\s*[:：]\s*(?P<b>[^\n]{{2,80}})$"
    rf"|^[ \t]*By\s+(?P<c>[A-Z][^\n,]{{2,60}})$", re.MULTILINE)
# (each branch opens a line or a bracket: tried only there, kg/ingest/reading/windows.py)
_BYLINE_STARTS = AtLineStarts(_BYLINE, also="(")
_ROLES = {NFO.participant, NFO.speaker, NFO.presidedBy, NFO.organizedBy, NFO.coOrganizedBy,
          NFO.hostedBy, NFO.party, NFO.supportedBy}


def byline_spans(text: str) -> list[tuple[int, int]]:
    out = []
    tail = max(0, len(text) - 300)
    for m in _BYLINE_STARTS.finditer(text):
        if m.start() > HEAD and m.start() < tail:
            continue
        g = next(x for x in ("a", "b", "c", "d") if m.group(x))
        out.append(m.span(g))
    return out


def drop_byline_roles(draft) -> None:
    spans = byline_spans(draft.text)
    if not spans:
        return
    authors = {e.iri: e for e in draft.entities.values() if not e.role and e.mentions
               and e.cls in (NFO.Person, NFO.MediaOutlet, NFO.Organization, NFO.Company)
               and any(a <= sp.start and sp.end <= b for sp in e.mentions for a, b in spans)}
    for ent in authors.values():
        if ent.cls == NFO.Person:
            ent.rule = f"{ent.rule} (byline: the article's author)"
    for ent in draft.entities.values():
        if any(o in authors for _, o, _, _ in ent.statements):
            ent.statements = [st for st in ent.statements
                              if not (st[1] in authors and st[0] in _ROLES)]


def hide_bylines(draft, spans_of: list) -> None:
    """Before the relation rules run: the names inside a byline are taken out of ``spans_of``
    (they stay mentions of their entities), so no rule reads them as a party, speaker or
    participant of what the sentence reports."""
    spans = byline_spans(draft.text)
    if spans:
        spans_of[:] = [x for x in spans_of
                       if not any(a <= x[0] and x[1] <= b for a, b in spans)]


# A byline naming the writer with an outlet: "By Zhou Ning, Securities Times | May 4, 2026",
# "By our reporter Guo Lina" with the outlet on the next line, "(Xinhua reporter Li Na)",
# "Reporter: Ma Li, China Metals News", "China Metals News | Reporter: Ma Li". The outlet is an organisation named on the byline's
# line after the writer (or before, in brackets), or alone on the next line with at most a date.
_BY_LINE = re.compile(
    r"^[ \t]*(?:(?P<pre2>[^\n]{2,120}?)(?:[ \t]*[|/·•][ \t]*|[ \t]{3,}|[ \t]+(?=reporters?[ \t])))?"
    r"(?:(?:[Bb]y|BY|[Ww]ritten[ \t]+by|[Rr]eported[ \t]+by|[Ff]iled[ \t]+by)[ \t]+"
    r"(?:(?:our|staff|special|senior|chief|a|an)[ \t]+)*"
    r"(?:(?P<r1>reporters?|correspondents?|staff[ \t]+writers?|writers?|journalists?|editors?)"
    r"[ \t]+)?"
    r"|(?P<r2>[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?|[Ss]taff[ \t]+[Ww]riters?)"
    r"[ \t]*[:：]?[ \t]+)(?P<who>[^\n]{2,160})$", re.MULTILINE)
_BRACKET = re.compile(r"\((?P<pre>[^()\n]{0,50}?)(?<![\w])(?P<r3>[Rr]eporters?|[Cc]orrespondents?)"
                      r"[ \t]*[:：]?[ \t]+(?P<who>[^()\n]{2,100})\)")
# between the writer and the outlet on one line; what may follow the outlet (a date)
_TO_OUTLET = re.compile(r"[ \t]*(?:,|\||/|·|•|–|—|--|-|of|for|with)[ \t]*(?:the[ \t]+)?$")
_DATEISH = re.compile(r"[ \t,|/·•–—-]*(?:(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)|"
                      r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
                      r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|"
                      r"(?:[A-Z][a-z]+day))?[ \t.]*$")


# a lower-case word no byline holds (a verb, a noun of prose): "put", "questions", "said"
_PROSE = re.compile(r"(?<![\w'’-])(?!(?:and|with|of|the|for|our|staff|special|senior|chief|"
                    r"reporters?|correspondents?|writers?|editors?|journalists?|photographers?|"
                    r"interns?|in|at|from|de|da|do|dos|del|van|von|der|bin|binti|al|el|la|le|"
                    r"di|du|y|e)(?![\w'’-]))[a-z][a-z'’-]*")
# the next labelled field of a masthead line after the writer: "| Editor: B", "/ Photo: C",
# "   Editor: B"
_NEXT_FIELD = re.compile(r"(?:[ \t]*[|/·•][ \t]*|[ \t]{2,})[A-Za-z][A-Za-z ]{0,24}[:：]")
_OWN_ROLE = re.compile(r"\b(reporter|correspondent|editor|photographer|intern)[ \t]+$", re.I)


def byline_posts(draft, minter, post) -> None:
    """The writer of a byline that names the outlet holds a post there (role "Reporter", or the
    word the byline uses: "Correspondent"), rule ``post:byline-outlet``; a byline without an
    outlet ("(Reporter Bai Xue)") makes none. ``post(draft, minter, person, org, role, span,
    rule, confidence)`` is post_nodes.make_post. A byline with no outlet of its own under a
    masthead or source line that names one outlet ("2026-10-21 | Outlet | Section", "Source:
    Outlet") is that outlet's (the line is short and no sentence ends in it); so is one in an
    article signed with one outlet at its end ("Outlet, 22 September 2026")."""
    from kg.ingest.relations.kinds import kind
    text = draft.text
    tail = max(HEAD, len(text) - 300)      # the first lines, and the last ones
    found = [m for rx in (_BY_LINE, _BRACKET) for part in ((0, HEAD), (tail, len(text)))
             for m in rx.finditer(text, *part)]
    if not found:
        return
    rows = sorted(((m.start, m.end, e) for e in draft.entities.values() if not e.role
                   for m in e.mentions if m.start < HEAD + 200 or m.end > tail),
                  key=lambda x: x[0])

    def within(a, b, k):
        return [(s, e, ent) for s, e, ent in rows if a <= s and e <= b and kind(ent) == k]

    for m in found:
        who_s, who_e = m.span("who")
        word = next((m.group(g) for g in ("r1", "r2", "r3") if g in m.groupdict()
                     and m.group(g)), None) or "reporter"
        role = " ".join(word.split()).rstrip("s") if not word.lower().endswith("ss") else word
        role = role[:1].upper() + role[1:].lower()
        field = _NEXT_FIELD.search(text, who_s, who_e)
        if field is not None:
            # "Reporter: A | Editor: B": the byline ends where the masthead's next field opens
            who_e = field.start()
        prose = _PROSE.search(text, who_s, who_e)
        if prose is not None:
            # "reporter A put questions to B, ..." (a hard-wrapped line of prose that opens
            # with the word): the byline ends at its first word of prose
            who_e = prose.start()
        people = within(who_s, who_e, "person")
        if not people:
            continue
        outlet = None
        last_p = people[-1][1]
        for s, e, org in within(last_p, who_e, "org"):
            if _TO_OUTLET.search(text, last_p, s) and _DATEISH.match(text, e, who_e):
                outlet = (s, e, org)
                break
        if outlet is None and "pre" in m.groupdict():
            # "(Xinhua reporter Li Na)": the outlet before the role word
            orgs = within(m.start("pre"), m.end("pre"), "org")
            if orgs and not text[orgs[-1][1]:m.start("r3")].strip(" \t,"):
                outlet = orgs[-1]
        if outlet is None and m.groupdict().get("pre2"):
            # "Outlet | Reporter: X": the outlet just before the separator on the same line;
            # "Outlet | Friday, 20 May 2026 | Reporter X", "Source: Outlet    Reporter: X":
            # the one organisation that ends a field of the masthead before the byline
            orgs = within(m.start("pre2"), m.end("pre2"), "org")
            if orgs and not text[orgs[-1][1]:m.end("pre2")].strip():
                outlet = orgs[-1]
            elif orgs:
                outlet = field_outlet(text, orgs, m.end("pre2"))
        if outlet is None and "pre" not in m.groupdict():
            # the outlet alone on the next line, perhaps with a date
            nxt = text.find("\n", who_e)
            if nxt >= 0:
                ls = nxt + 1
                while text[ls:ls + 1] in (" ", "\t"):
                    ls += 1
                le = text.find("\n", ls)
                le = len(text) if le < 0 else le
                hit = [x for x in within(ls, le, "org") if x[0] == ls]
                if hit and _DATEISH.match(text, hit[0][1], le):
                    outlet = hit[0]
        if outlet is None and m.start() < HEAD:
            # "2026-10-21 | Outlet | Section" or "Source: Outlet" above the byline: the
            # outlet of the article's masthead line, when it names one and only one
            outlet = masthead_outlet(text, rows, m.start())
        if outlet is None and m.start() < HEAD:
            # "(Reporter A, correspondent B) ..." and the article signed "Outlet, 22 May 2026"
            outlet = signed_outlet(text, rows, max(m.end(), len(text) - 300))
        if outlet is None:
            continue
        for s, e, person in people:
            own = _OWN_ROLE.search(text, who_s, s)      # "(Reporter A, correspondent B)"
            post(draft, minter, person, outlet[2], own.group(1).capitalize() if own else role,
                 Span(min(s, outlet[0]), max(e, outlet[1])), "post:byline-outlet", 0.6)


# the end of a field of a masthead line: a separator ("|", "/", "·", "•") or a run of spaces
_FIELD_END = re.compile(r"[ \t]*(?:[|/·•]|[ \t]{3,}|$)")


def field_outlet(text, orgs, end):
    """The one organisation of ``orgs`` (rows of one masthead line, before ``end``) that ends
    its field ("Outlet | date |", "Source: Outlet    "), or None when none or two do."""
    hits = {}
    for s, e, ent in orgs:
        f = _FIELD_END.match(text, e, end)
        if f is not None and (f.end() == end or f.group().strip() or len(f.group()) >= 3):
            hits.setdefault(ent.iri, (s, e, ent))
    return next(iter(hits.values())) if len(hits) == 1 else None


# a masthead or source line: short, and no sentence ends in it ("2026-10-21 | Outlet |
# Section", "Source: Outlet, 4 May 2026", "OUTLET  Sept. 4, 2026")
_SENTENCE_END = re.compile(r"[a-z]{3}[.!?](?:\s+[A-Z]|\s*$)")


def masthead_outlet(text, rows, before):
    """The one media outlet named on a masthead line above ``before``, or None."""
    found = set()
    hit = None
    for s, e, ent in rows:
        if s >= before:
            break
        if ent.cls != NFO.MediaOutlet:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        line = text[ls:len(text) if le < 0 else le].strip()
        # (a hard-wrapped line of prose is short too: "A, an analyst at X, said the ...")
        if len(line) <= 100 and not _SENTENCE_END.search(line) and \
                len(_PROSE.findall(line)) < 3:
            found.add(ent.iri)
            hit = (s, e, ent)
    return hit if len(found) == 1 else None


def signed_outlet(text, rows, tail):
    """The one media outlet an article is signed with: a line of its last ones that opens with
    the outlet and holds nothing else but a date ("Outlet, 22 September 2026"), or None."""
    found = {}
    for s, e, ent in rows:
        if s < tail or ent.cls != NFO.MediaOutlet:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if text[ls:s].strip() or not _DATEISH.match(text, e, le):
            continue
        found.setdefault(ent.iri, (s, e, ent))
    return next(iter(found.values())) if len(found) == 1 else None
