"""Milestones a sentence states without a leading date, and the second event of a coordinated
sentence (after :func:`kg.ingest.events.dated.dated_events`, whose clause events it splits):

* "In 2024, the wheels were shipped to ...": a year that opens the sentence dates it when a
  milestone verb (``data/milestone-verbs.txt``: shipped, delivered, released, commissioned,
  passed the inspection, completed the registration ...) says something happened; a figure
  ("output rose 5%") is no event;
* "The trailers passed the inspection in late December", "These trailers arrived in X on the
  22nd": a month or day inside the sentence, with such a verb;
* "The product was released at X on January 9, and launched in April": each verb its own
  event, the second with its own date (else the first's); the first event's evidence ends
  where the second begins (``event:dated-conjunct``).

Each is a relation node like the clause events (rule ``event:dated-milestone``, 0.5), labelled
by its clause; the organisations and people of the clause are its participants. None in a
sentence that denies or supposes it ("Had the mine passed the inspection, it would have resumed
operation on 3 January": reading/mood)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.date_cues import without_asides
from kg.ingest.events.dateline_words import after_dateline_at
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.events.years import document_year
from kg.ingest.events.event_labels import curator_label, unlisted, without_native_forms
from kg.ingest.events.verb_forms import added_deed
from kg.ingest.lexicon import lines, words
from kg.ingest.names.legal_forms import ends_in_lower_form
from kg.ingest.names.given_name_list import given_names
from kg.ingest.model import Entity, Span
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, may_set_mood, mood
from kg.ingest.terms import NFO

_CONJ = re.compile(r"(?:,\s*|\s+)and\s+(?:(?:then|also|later|subsequently|successfully|"
                   r"officially|finally)\s+)?(?=[a-z])")
_BLOCKING = ("event", "agreement", "policy")
_LONGEST = 3000     # a "sentence" longer than this is text without punctuation: no clause rule
# (and "last" / "next" / "this" before a weekday: "marked it last Saturday with ..."; "earlier" /
# "later" before "this month": "was completed earlier this month")
# (and a part of the day: "On the morning of January 3", "in the early hours of 6 May")
_PREP = re.compile(r"\s*\b(?:(?:in|on|at\s+the\s+end\s+of|by|since|from|between|as\s+of|(?:(?:by|before|until|till|at|in|to)\s+)?the\s+(?:end|start|beginning|middle|week)\s+of|of|dated)\s+(?:the\s+)?"
                   r"(?:(?:early|late|mid-?)\s*)?|(?:on\s+)?(?:last|next|this)\s+|"
                   r"(?:earlier|later)\s+(?:in\s+)?|"
                   r"(?:(?:on|in)\s+)?the\s+(?:morning|afternoon|evening|night|"
                   r"early\s+hours)\s+of\s+)$", re.I)


@lru_cache(maxsize=None)
def _verbs() -> list[tuple[re.Pattern, str]]:
    out = []
    for line in lines("milestone-verbs"):
        pattern, cls = line.rsplit(None, 1)
        out.append((re.compile(rf"\b(?:{pattern})\b"), cls))
    return out


# "will be commissioned in June", "plans to be delivered": not (yet) a milestone
_PLANNED = re.compile(r"\b(?:will|shall|would|to|expected|scheduled|planned|set|due)\s+"
                      r"(?:(?:be|have|been|soon|also|then|officially|successfully)\s+)*$")
# "exported 6.3 million tons": the verb states a figure, not an event
_AMOUNT = re.compile(r"\s+(?:(?:about|around|over|nearly|almost|some|more\s+than|less\s+than|"
                     r"a\s+total\s+of|up\s+to|only)\s+)?(?:[\d][\d,.]*|one|two|three|four|five|"
                     r"six|seven|eight|nine|ten|hundreds|thousands|millions)\b")


def milestone_class(clause: str) -> str | None:
    """The class the first milestone verb of ``clause`` gives, or None (no such verb, or each
    one states an amount)."""
    low = clause.lower()
    for rx, cls in _verbs():
        for m in rx.finditer(low):
            if not _AMOUNT.match(low, m.end()) and not _PLANNED.search(low, max(0, m.start() - 40),
                                                                        m.start()):
                return cls
    return None


def _verb_at(clause: str) -> str | None:
    """The class of the milestone verb ``clause`` opens with ("launched in April, ..."), or
    None."""
    low = clause.lower()
    for rx, cls in _verbs():
        m = rx.match(low)
        if m is not None and not _AMOUNT.match(low, m.end()):
            return cls
    return None


def _doc_year(draft) -> str | None:
    """The year a month-and-day takes (as the pipeline reads it)."""
    return document_year(draft.text, str(draft.date) if draft.date is not None else None)


def clause_label(text: str, a: int, b: int, dates) -> str:
    """A curator's label for the clause ``a:b`` (its dates taken out), else the clause."""
    plain = _plain(text, a, b, dates)
    # "Guo said that the line, commissioned in ...": what was said, not who said it
    said = _REPORTED.match(plain)
    if said is not None and not added_deed(said.group("v"), plain, said.end("v")):
        plain = plain[said.end():]      # (not "X added gallium nitride to its list": a deed)
    return curator_label(plain) or _clip(plain)


# (the sayer's name may hold its legal form's comma: "X Co., Ltd. said that ...")
# (and the day or the place of the saying before "that": "X said on Wednesday that ...", "X said
# in a statement that ...": what was said starts after "that")
_REPORTED = re.compile(r"^(?:[^,;]|,(?=[ \t]*(?:Ltd|Limited|LTD|Inc)\b)){0,60}?\b(?P<v>said|says|stated|"
                       r"noted|added|announced)\s+(?:(?:(?:on|in|at|late|early|earlier|last|this|"
                       r"yesterday|today|separately)\b[^,;\n]{0,40}?\s+)?that\s+)?(?=\S)")


def _clip(out: str) -> str:
    if len(out) > 100:
        out = out[:100].rsplit(" ", 1)[0] + " ..."
    return out[:1].upper() + out[1:]


def _plain(text: str, a: int, b: int, dates) -> str:
    if text[b:b + 1] == "." and ends_in_lower_form(text[max(a, b - 40):b + 1]):
        b += 1      # ("... from X d.o.o., a trader": the clause ends after the form's stop)
    out = text[a:b]
    for d in sorted(dates, key=lambda d: -d.start):
        if a <= d.start < b:        # ("April." may run past the clause's last word)
            p = _PREP.search(out[:d.start - a])
            cut = p.start() if p else d.start - a
            out = out[:cut] + out[min(d.end, b) - a:]
    if out.count("|") >= 2:
        # a row of a table ("| Oct 2025 | 8,100 | Line 2 restarted on 12 Oct |"): its cell of
        # words, not its bars and figures
        out = max(out.split("|"), key=lambda cell: len(_LETTERS.findall(cell)))
    out = without_native_forms(unlisted(_without_speaker(out)))     # "Liu Hongwei: We began
    # ...": who speaks; "X Co., Ltd. (...)": the name's Chinese form;
    # "- X visited Y": the list item's mark
    out = re.sub(r"^\s*(?:(?:[Ii]n|[Oo]n|[Aa]t the end of)\b)?\s*,?\s*", "", out)
    out = _lead_adverb().sub("", out, count=1)   # "Even X Co., Ltd. lost money": X did
    out = re.sub(r"\s+(?:in|on|at the end of)\s*(?=[,.;]|$)", "", out)
    out = _OPEN_BRACKET.sub("", out)            # "... are sold (09" (cut at "09:00")
    out = _EMPTY_BRACKETS.sub("", out)          # "Previous notices (8 and 9 August) are ...":
    # the brackets that held only the dates taken out
    out = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(out.split()))
    core = out.strip(" ,.;")
    if "." in out[len(out.rstrip(" ,.;")):] and _kept_stop().search(core):
        core += "."         # ("... X Co., Ltd.": the legal form's stop, not the sentence's)
    return _unpaired_quotes(core)


@lru_cache(maxsize=1)
def _lead_adverb() -> re.Pattern:
    """A sentence adverb that opens the clause right before a name (data/openers-adverbs.txt:
    "Reportedly X Co., Ltd. also bid"): no word of its label."""
    alt = "|".join(sorted(words("openers-adverbs"), key=len, reverse=True))
    return re.compile(rf"^(?i:{alt})[ \t]+(?=[A-Z])")


@lru_cache(maxsize=1)
def _kept_stop() -> re.Pattern:
    """An abbreviation at the end of a label whose stop it keeps (data/label-kept-stops.txt,
    and the legal forms printed in lower case, data/lowercase-legal-forms.txt: "X d.o.o.")."""
    kept = set(lines("label-kept-stops")) | {f[:-1] for f in lines("lowercase-legal-forms")
                                             if f.endswith(".")}
    alt = "|".join(re.escape(w) for w in sorted(kept, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alt})$")


def _unpaired_quotes(out: str) -> str:
    """``out`` without a quotation mark at its start or end that it does not pair (the clause
    cut out of a quotation: '"On 22 June the bureau ordered it," he said' is labelled "the
    bureau ordered it", not '" the bureau ordered it')."""
    if out and out[0] in "\"\u201c" and (out.count('"') % 2 if out[0] == '"' else
                                   out.count("\u201c") > out.count("\u201d")):
        out = out[1:].lstrip(" ,")
    if out and out[-1] in "\"\u201d" and (out.count('"') % 2 if out[-1] == '"' else
                                    out.count("\u201d") > out.count("\u201c")):
        out = out[:-1].rstrip(" ,")
    return out


# a transcript's speaker opening the clause ("Liu Hongwei: ", "A: ", "CHEN HUA: ",
# "Reporter: "): one to three capitalised words, then a colon and a space
_SPEAKER = re.compile(r"^\s*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*[:\uff1a][ \t]+(?=\S)")


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return frozenset(lines("surnames"))


def _without_speaker(out: str) -> str:
    """The clause without the speaker that opens it: a word of
    ``data/transcript-speakers.txt`` ("Reply:"), a name in capitals ("CHEN HUA:", "CCTV:"), or a
    person's name, its first word a Chinese surname or a common given name ("Liu Hongwei:");
    a programme's label ("Keynote:", "Release:") stays."""
    m = _SPEAKER.match(out)
    if m is None:
        return out
    who = m.group(1).split()
    if len(who) == 1 and who[0].lower() in words("transcript-speakers") \
            or all(w.isupper() and len(w) > 1 for w in who) \
            or len(who) >= 2 and (who[0] in _surnames() or who[0] in given_names()):
        return out[m.end():]
    return out
_LETTERS = re.compile(r"[^\W\d_]")
# a bracket opened and not closed at the clause's end, what follows it a few characters
_EMPTY_BRACKETS = re.compile(r"[ \t]*[(\[\uff08][\s,;]*[)\]\uff09]")
_OPEN_BRACKET = re.compile(r"\s*[(\[\uff08][^()\[\]\uff08\uff09]{0,12}$")


def more_events(draft, sents, within, kind_of, minter, made: list) -> list:
    """Add the milestones described above to the draft; returns the new event nodes (``made``
    are the clause events already proposed; those with a second verb are split)."""
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    dates = [roll_forward(text, d, doc_date) for d in
             find_dates(text, _doc_year(draft), extended=True, doc_date=doc_date)]
    covered = bytearray(len(text) + 1)      # the clauses events already hold
    for e in made:
        for m in e.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    new: list = []

    def busy(a: int, b: int) -> bool:
        return any(covered[a:b])

    done_sents: set[int] = set()
    for d in dates:
        ss, se = sents.bounds(d.start)
        # "BEIJING, March 5, 2025 -- A started production ... on the 3rd": the dateline is the
        # report's, no words of the milestone's label or evidence
        ss = min(after_dateline(text, ss, dates), d.start)
        if ss in done_sents or d.until or se - ss > _LONGEST:
            continue
        lead = text[ss:d.start]
        opening = d.kind == "gYear" and re.fullmatch(r"\s*In\s+", lead) and \
            text[d.end:d.end + 1] == ","
        inside = d.kind in ("date", "gYearMonth") and text[ss:ss + 1].isalnum() and \
            not text[ss:ss + 1].islower() and \
            re.search(r"\b(?:in|on|at\s+the\s+end\s+of)\s+(?:(?:early|late|mid-?)\s*)?"
                      r"(?:the\s+)?$", lead) and d.start - ss < 600
        if not (opening or inside):
            continue
        end = se
        while end > ss and text[end - 1] in " \t\n.":
            end -= 1
        if busy(ss, end):
            continue
        if may_set_mood(text, ss, se) and mood(text, ss, end, ss, se) in (NEGATED, CONDITIONAL):
            continue        # "Had the mine passed the inspection, it would have resumed
            #                 operation on 3 January": supposed, not done
        names = within(ss, end)
        if any(not e.role and not e.known and kind_of(e) in _BLOCKING for _, _, e in names):
            continue        # a named event or agreement takes the date itself
        # (not the verb of an aside: "X, commissioned in 2011, was shut on 2 March")
        plain = without_asides(text, ss, d.start) + " " + text[d.end:end]
        cls = milestone_class(plain)
        if cls is None:
            continue
        done_sents.add(ss)
        label = clause_label(text, ss, end, [d])
        ent = Entity(minter.mint("event", d.value, " ".join(label.split()[:8])), NFO[cls],
                     label, False, "event:dated-milestone", 0.5, role=True)
        span = Span(ss, end)
        ent.mentions.append(Span(ss, end))
        ent.add(NFO.startDate, date_literal(d.value), span, "event:dated-milestone")
        for _, _, other in names:
            if kind_of(other) in ("org", "person"):
                ent.add(NFO.participant, other.iri, span, "event:clause-participant")
        draft.entities[ent.iri] = ent
        covered[ss:end] = b"\x01" * (end - ss)
        new.append(ent)
    starts = [d.start for d in dates]
    for ent in list(made) + list(new):
        second = _split(draft, ent, dates, starts, minter, within, kind_of)
        if second is not None:
            new.append(second)
    return new


def _between(dates, starts, a: int, b: int) -> list:
    """The dates that start in ``a:b`` (``starts``: their sorted starts)."""
    return dates[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]


def _split(draft, ent, dates, starts, minter, within, kind_of):
    """"X was released at A on May 9, and launched in June": the second verb's event."""
    text = draft.text
    clause = ent.mentions[-1]
    a, b = clause.start, clause.end
    own = [st for st in ent.statements if st[0] == NFO.startDate]
    if not own or b - a > _LONGEST:
        return None
    near = _between(dates, starts, a, b)
    first = [d for d in near if d.value == str(own[0][1])]
    after = first[0].end if first else a
    for m in _CONJ.finditer(text, after, b):
        stop = re.search(r"[,;]", text[m.end():b])
        cend = m.end() + stop.start() if stop else b
        cls = _verb_at(text[m.end():cend])
        if cls is None:
            continue        # "designed, developed, and produced by X": one thing described
        own_date = [d for d in near if m.end() <= d.start and d.end <= cend]
        parties = [x for x in within(m.end(), cend) if kind_of(x[2]) in ("org", "person")]
        if not own_date and not parties:
            continue        # "passed the inspection and completed the registration": one step
        d = own_date[0] if own_date else None
        value = d.value if d else str(own[0][1])
        label = curator_label(_plain(text, m.end(), cend, own_date)) or \
            _clip(_plain(text, m.end(), cend, own_date))
        if len(label.split()) < 4:
            # "launched": with the clause's subject ("The product launched")
            body = re.sub(r"^\s*(?:In|On|From|Since|By)\s+$", "", text[a:first[0].start]) \
                if first and first[0].start > a else text[a:m.start()]
            subj = re.split(r"\s+(?:was|were|is|are|has|have|had|will)\b|,", body.strip())[0]
            label = f"{subj.strip()} {label[:1].lower()}{label[1:]}".strip()
            label = curator_label(label) or label
        label = label[:1].upper() + label[1:]
        # the first event's evidence ends where the second verb begins
        old = (a, b)
        cut = m.start()
        for mm in ent.mentions:
            if (mm.start, mm.end) == old:
                mm.end = cut
        for st in ent.statements:
            if (st[2].start, st[2].end) == old:
                st[2].end = cut
        # the second verb's parties are not the first event's
        theirs = {x[2].iri for x in parties}
        ent.statements[:] = [st for st in ent.statements
                             if not (st[0] == NFO.participant and st[1] in theirs)]
        if ent.rule == "event:dated-milestone":
            ent.label = clause_label(text, a, cut, near)
        else:       # a clause's label (not a heading's) ends before the second verb
            verb = text[m.end():cend].split()[0]
            for sep in (", and ", " and "):
                i = ent.label.find(f"{sep}{verb}")
                if i > 0:
                    ent.label = ent.label[:i]
                    break
        new = Entity(minter.mint("event", value, " ".join(label.split()[:8])), NFO[cls], label,
                     False, "event:dated-conjunct", 0.5, role=True)
        span = Span(a, cend)
        new.mentions.append(Span(a, cend))
        new.add(NFO.startDate, date_literal(value), span, "event:dated-conjunct")
        for _, _, other in parties:
            new.add(NFO.participant, other.iri, span, "event:clause-participant")
        draft.entities[new.iri] = new
        return new
    return None


def after_dateline(text: str, start: int, dates: list) -> int:
    """Where a sentence starting at ``start`` has its own words, after the dateline it may
    open with ("HOBART, May 6, 2025 -- ..."); ``dates``: the text's dates, in order. (The
    dateline reader is :mod:`kg.ingest.events.dateline_words`.)"""
    if not dates or start > dates[0].start + 200:
        return start        # (a dateline opens the text: its first date is near)
    return after_dateline_at(text, start, {d.start: d for d in dates[:8]}, dates[0].start)
