"""Events stated by a dated clause: "On May 14, X held the ... conference", "From October 15 to
17, ... was held in Xi'an", "In December, MIIT announced ...". News texts name most of their
events in lower case, so the event is the clause itself: a node whose evidence is the clause,
its class read from the clause's words (signing ceremony, seminar, released, started
production...), dated by the leading date, with the organisations and people of the clause as
participants and the place after "in"/"at" as venue."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.reading.date_sentences import DateSafeSentences
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.reading.mood import CONDITIONAL, may_set_mood, mood
from kg.ingest.events.date_cues import relative_asides
from kg.ingest.events.clause_places import where_else
from kg.ingest.events.date_parts import own_part
from kg.ingest.events.event_labels import curator_label, unlisted
from kg.ingest.events.milestones import after_dateline
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.reading.title_lines import metadata_line
from kg.ingest.terms import Literal, NFO

# (a weekday after a capitalised lead only, opening a sentence: "On Friday, 11 December 2026, the
# group signed", "From **Monday, 4 January 2027** the museum opens later"; not a time's "from
# 8:30 on Monday, 7 June to 16:00 on Friday, 11 June", one stretch of days)
_LEAD = re.compile(r"(?:^|(?<=[\s.;:]))(?:(?:At\s+\d{1,2}:\d\d\s+)?[Oo]n|From|In|Since|At the end of|By)"
                   r"\s+$|(?:^|(?<=[\s.;:]))(?:On|From|Since|By)\s+(?:\*\*|__)?"
                   r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$")
_ISSUES = re.compile(r"\b(?:issu|releas|publish|promulgat|announc|unveil|launch|introduc|formulat|"
                     r"revis|implement|approv|adopt|print|propos|compil)\w*", re.I)
# a heading line: numbered or short, no closing punctuation ("4.1 China's Largest Rotary Kiln
# Starts Production in Chaohu Yunhai")
# rules of kg.ingest.events.happenings: an event or agreement the clause names in lower case
_PHRASE_RULES = ("event:noun-", "event:held-by-", "event:milestone-", "agreement:signed-")
_HEADING = re.compile(r"[^\n]{8,200}")
# a colon inside a sentence that a clause of its own follows (not a field's label that ends in
# a preposition: "Report prepared by: No. 3 Brigade")
_COLON = re.compile(r"(?<![ \t]by)(?<![ \t]of)(?<![ \t]to)(?<![ \t]for)(?<![ \t]from):[ \t]+(?=[A-Z])")
# a photo's caption: "Photo: Workers at the X Expo on May 5, 2025. (Reuters)" states no event
_CAPTION = re.compile(r"\s*\(?(?:file\s+)?(?:photo(?:graph)?|picture|image|caption|pictured|"
                      r"video)s?\b[^:\n.]{0,40}:", re.I)


@lru_cache(maxsize=None)
def _classes() -> list[tuple[re.Pattern, str]]:
    out = []
    for line in lines("event-words"):
        pattern, cls = line.rsplit(None, 1)
        out.append((re.compile(rf"\b(?:{pattern})", re.I), cls))
    return out


def event_class(clause: str) -> str | None:
    for rx, cls in _classes():
        if rx.search(clause):
            return cls
    return None


_DOUBLE_STOP = re.compile(r"(?<![.])\.[ \t]*\.(?![.])")


def dated_events(draft, dates, sents, within, kind_of, minter, has_statement):
    """One event node per dated clause that states an event and names no new event, policy or
    agreement of its own (those take the date themselves)."""
    text = draft.text
    made = []
    doc_date = str(draft.date) if draft.date is not None else None
    sents = DateSafeSentences(text, dates)      # ("On Sept. 14, ..." is one sentence)
    from kg.ingest.events.data_releases import data_releases
    reports = data_releases(draft, within, kind_of, minter)    # "data released by X on the 15th"
    released = {m.end for r in reports for m in r.mentions}     # (their dates date no clause)
    from kg.ingest.events.open_periods import open_periods
    periods, taken = open_periods(draft, dates, sents, within, kind_of, minter)  # "from A to B"
    released |= taken
    from kg.ingest.events.foundings import foundings
    founded, taken = foundings(draft, dates, sents, within, kind_of, minter)  # "set up in 2013"
    periods += founded
    released |= taken
    from kg.ingest.events.approval_asides import approval_asides
    approved, taken = approval_asides(draft, dates, within, kind_of, minter)  # "as approved by"
    periods += approved
    released |= taken
    for d in dates:
        if d.kind == "gYear" or d.end in released:
            continue
        d = roll_forward(text, d, doc_date)     # "will hold ... on January 12" after December
        ss, se = sents.bounds(d.start)
        if _CAPTION.match(text, ss):
            continue
        # (a sentence of several dated clauses: the date's own, "... on 24 November and the
        # site was visited on 27 November")
        ps, se = own_part(text, ss, se, d, dates, after_dateline(text, ss, dates))
        parted = ps > ss
        ss = ps
        before = text[max(ss, d.start - 20):d.start]
        if not _LEAD.search(before) and not text[d.end:d.end + 1] == ":":
            continue
        start = d.start - len(before) + _LEAD.search(before).start() if _LEAD.search(before) \
            else d.start
        end = se
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        clause = text[d.end:end]
        if len(clause) < 15 and text[start:start + 2] != "on":
            continue
        rule = "event:dated-clause"
        if text[start:start + 2] == "on":
            # "... signed on May 5": the date of a name before it, not a clause; but a sentence
            # that names nothing to date before it ("The trailers arrived in X on May 5") is
            # itself the event, dated there
            lead = ss + len(text[ss:d.start]) - len(text[ss:d.start].lstrip())
            # (from the clause after a colon: "That was wrong: A acquired B on 14 February")
            lead += max((m.end() for m in _COLON.finditer(text, lead, d.start)), default=lead) - lead
            if not (text[lead:lead + 1].isupper() or parted) or d.start - lead > 200 or any(
                    not e.role and kind_of(e) in ("event", "policy", "agreement", "project")
                    for _, _, e in within(lead, d.start)):
                continue
            # (its words not the dateline's: "HOBART, May 6, 2025 -- A will be set up on ...")
            clause = text[min(after_dateline(text, lead, dates), start):start] + text[d.end:end]
            start, rule = lead, "event:dated-sentence"
        inside = within(start, end)
        # a new event the clause names after "at"/"during" is where it happened, not the event
        venue = [x for x in inside if not x[2].known and kind_of(x[2]) == "event"
                 and re.search(r"\b(?:at|during|on the sidelines of)\s+(?:the\s+)?$",
                               text[max(start, x[0] - 30):x[0]], re.I)]
        # a policy is the clause's own news only when the clause issues it ("MIIT released
        # the X"); one named in passing ("a review for products listed in the X") is not
        blocking = [e for ps, pe, e in inside
                    if not e.known and not e.role and (ps, pe, e) not in venue
                    and (kind_of(e) in ("event", "agreement")
                         or kind_of(e) == "policy" and _ISSUES.search(text[d.end:ps]))]
        # the class from the heading above, else from the clause without its venue's name
        head = heading_before(text, start)
        if any(e.rule.startswith(_PHRASE_RULES) for e in blocking):
            continue    # the phrase the clause names is the event (kg.ingest.events.happenings)
        if blocking:
            # unless the heading above states another event than the one the clause names
            # ("X Alliance Officially Established" over "the first Y Seminar was held ...")
            htext = normalise_name(text[head[0]:head[1]]) if head else ""
            if not (htext and event_class(re.sub(r'"[^"]*"', " ", htext))
                    and not any(normalise_name(e.label) in htext for e in blocking)):
                continue
        plain = text[start:end]
        for a, b in [(ps, pe) for ps, pe, _ in venue] + [(d.start, d.end)]:
            a, b = max(a - start, 0), max(b - start, 0)
            plain = plain[:a] + " " * (b - a) + plain[b:]
        for a, b in relative_asides(text, start, d.start):
            # ("X, who founded Y in 1988, died on 27 February": the day is the dying's, no
            # founding; "X, commissioned in 2011, was shut on 2 March": no commissioning)
            a, b = a - start, b - start
            plain = plain[:a] + " " * (b - a) + plain[b:]
        cls = (event_class(text[head[0]:head[1]]) if head else None) or event_class(plain)
        if cls is None:
            continue
        if may_set_mood(text, ss, se) and mood(text, start, end, ss, se) == CONDITIONAL:
            continue    # "The kiln will reopen on 9 April if the inspection is passed": no
            # passing, nor any happening, on that day (not a denial: "X was not submitted to
            # the board and was first disclosed on 14 October" still tells the disclosure)
        body = unlisted(re.sub(r"^[,:\s]+", "", clause))     # (not a list item's mark)
        # (and no gap before a possessive the date was cut out of: "The forum on 5 May's
        # agenda was set" is "The forum's agenda was set")
        label = re.sub(r"\s+([.,;:!?]|['\u2019]s\b)", r"\1", " ".join(body.split()))
        # (one full stop where the legal form's meets the sentence's the date stood between:
        # "X acquired Y Co., Ltd. on 2 June." is "... Y Co., Ltd.", not "... Ltd..")
        label = _DOUBLE_STOP.sub(".", label)
        label = curator_label(label) or label       # "Release of X at Y", not the clause
        if len(label) > 100:
            label = label[:100].rsplit(" ", 1)[0] + " ..."
        if head is not None:
            label = " ".join(re.sub(r"^[\d.]+\s*", "", text[head[0]:head[1]]).split())
        ent = Entity(minter.mint("event", d.value, " ".join(label.split()[:8])), NFO[cls],
                     label, False, rule, 0.5, role=True)
        ent.mentions.append(Span(start, end))
        span = Span(start, end)
        if head is not None:
            ent.mentions.insert(0, Span(*head))
        ent.add(NFO.startDate, date_literal(d.value), span, rule)
        if d.until:
            ent.add(NFO.endDate, date_literal(d.until), span, rule)
        for ps, pe, other in inside:
            k = kind_of(other)
            if k in ("org", "person"):
                ent.add(NFO.participant, other.iri, span, "event:clause-participant")
            elif k == "place" and re.search(r"\b(?:in|at)\s+(?:the\s+)?$",
                                            text[max(start, ps - 12):ps]):
                if not where_else(text, inside, ps, pe):    # ("X Co., Ltd. in Y": X's town)
                    ent.add(NFO.heldIn, other.iri, span, "event:clause-place")
            elif k == "event" and (ps, pe, other) in venue:
                ent.add(NFO.partOfEvent, other.iri, span, "event:clause-at-event")
            elif k in ("project", "product", "technology"):
                ent.add(NFO.about, other.iri, span, "event:clause-about")
        draft.entities[ent.iri] = ent
        made.append(ent)
    from kg.ingest.events.milestones import more_events
    made += more_events(draft, sents, within, kind_of, minter, made + reports + periods)
    made += reports + periods
    from kg.ingest.events.holder_meetings import holder_meetings
    made += holder_meetings(draft, dates, sents, within, kind_of, minter)  # "at its meeting on"
    from kg.ingest.events.planned_milestones import planned_milestones
    made += planned_milestones(draft, sents, minter)    # "is due to be commissioned in ..."
    from kg.ingest.events.future_steps import future_steps
    made += future_steps(draft, sents, within, kind_of, minter, event_class)  # "is to open by"
    return made


def heading_before(text: str, start: int) -> tuple[int, int] | None:
    """The heading line right above a paragraph that ``start`` opens, if there is one: the line
    holds 3 to 25 words and does not end like a sentence."""
    ls = start - 1          # (read back over white space only: a one-line text stays linear)
    while ls >= 0 and text[ls] != "\n" and text[ls].isspace():
        ls -= 1
    if ls < 0:
        return None         # the text's first line: nothing above it (not its last line)
    if text[ls] != "\n":        # the line holds text before ``start``
        return _inline_heading(text, max(text.rfind("\n", max(0, start - 300), start) + 1,
                                          start - 300), start)
    ls += 1
    pe = ls - 1
    while pe > 0 and text[pe - 1] in " \t\n":
        pe -= 1
    ps = text.rfind("\n", 0, pe) + 1
    line = text[ps:pe]
    words = line.split()
    if not 3 <= len(words) <= 25 or line.rstrip()[-1:] in ".;:,!?\"\u201d)":
        return None
    if _date_only(line) or _BYLINE.search(line) or metadata_line(line):
        return None         # the date line ("May 3, 2025") or byline ("X News, 2026-02-27"), a
        #                     page's fields ("Release date: 2026.12.14    Source: X Bureau")
    lead = len(line) - len(line.lstrip())
    return ps + lead, pe


# a byline: a line that ends in its date after a comma ("China Metals News, 2026-02-27")
_BYLINE = re.compile(r",\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
                     r"(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\s*$")


def _date_only(line: str) -> bool:
    """A line that is a date and little else ("May 3, 2025", "Baoji, December 22, 2025 --")."""
    rest = line
    for d in sorted(find_dates(line), key=lambda d: -d.start):
        rest = rest[:d.start] + rest[d.end:]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 2 and len(rest.strip()) < len(line.strip())


_INLINE = re.compile(r"(?:^|(?<=[.!?;:\"\u201d])\s*)(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+"
                     r"(?P<h>[A-Z][^.!?;:\n]{6,200}?)\s*$")


def _inline_heading(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """A numbered heading run into the paragraph it heads, when line breaks were lost: "3. X
    Launches a New Casting Technology On July 10, X introduced ..." (most of its words
    capitalised, 3 to 25 of them, right before the dated clause)."""
    m = _INLINE.search(text[lo:start])
    if m is None:
        return None
    words = m.group("h").split()
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    if not 3 <= len(words) <= 25 or caps < 0.6 * len(words):
        return None
    return lo + m.start("h"), lo + m.end("h")
