"""Whole-text pattern scans of the article worked out ahead by the second process of
``kg ingest`` (:mod:`kg.ingest.ahead`, its ``LATER`` jobs :func:`first_scans`, :func:`scans` and
:func:`late_scans`), for rules that run late in the command while the second process idles.

Why: a rule's one scan of the whole text with a large word-list pattern (the event nouns, the
facility heads, the decisions' nouns: 1-3 ms each on the largest source text) depends on the
text alone; the command's process then neither runs it nor compiles the pattern.

A rule asks :func:`finditer` instead of ``rx.finditer(text)``: it gets the matches the second
process found (:class:`Found`, holding each group's span: ``Match.regs``) when it has sent them
for this very text, else ``rx.finditer`` of the text. A :class:`Found` answers what the rules
ask of a match (``group``, ``start``, ``end``, ``span``, ``[g]``, ``groups``, ``groupdict``,
``string``, ``regs``); anything else is an error, not a silent guess. Each scan is named in
:data:`SCANS` (and the later tables) by the function of no arguments that gives its pattern, or
the module's pattern itself, and whether it reads the text in lower case
(:func:`kg.ingest.reading.caseless.lowered`)."""
from __future__ import annotations

import importlib
import re

from kg.ingest import ahead
from kg.ingest.reading.caseless import lowered

# (module, function of no arguments giving the pattern, reads the text in lower case), in the
# order the pipeline asks for them
SCANS = (
    ("kg.ingest.names.qualify", "list_pattern", False),
    ("kg.ingest.names.listed_cities", "city_pattern", False),
    ("kg.ingest.names.world_places", "world_pattern", False),
    ("kg.ingest.names.unit_places", "unit_pattern", False),
    ("kg.ingest.events.happenings", "noun_pattern", False),
    ("kg.ingest.names.facility_nouns", "scan_pattern", False),
    ("kg.ingest.relations.referents", "phrase_pattern", False),
    ("kg.ingest.names.plural_sites", "head_pattern", False),
    ("kg.ingest.events.decisions", "noun_pattern", False),
    ("kg.ingest.events.bare_nouns", "noun_pattern", True),
    ("kg.ingest.names.running_documents", "document_pattern", False),
    ("kg.ingest.events.referring_nouns", "noun_pattern", False),
    ("kg.ingest.events.listed_signings", "count_pattern", False),
)
# the first few (the names stage asks for them first, about 10 ms after the second process has
# sent the sentences' starts): sent on their own by the job :func:`first_scans`, so that they
# are there when asked, not after all thirteen (on the largest source text the command then
# scanned them itself); the rest by :func:`scans`
FIRST = 4
# scans of rules that run in the relations stage and after, when the second process has sent
# every other answer and would idle: sent last, by the job :func:`late_scans`
LATE_SCANS = (
    ("kg.ingest.relations.document_scope", "verb_pattern", False),
    ("kg.ingest.relations.board_lists", "directorship_pattern", False),
    ("kg.ingest.relations.counted_topics", "topic_pattern", False),
    ("kg.ingest.relations.counted_topics", "plural_pattern", False),
    ("kg.ingest.events.record_dates", "field_pattern", False),
)
# more scans of rules in the relations stage and after (round 38: the paragraphs' openings of
# the speakers, the document roles' drafting units and support, relative clauses, "the
# company is", possessives in names, actual controllers, awards referred back, investments,
# "presided"/"attended", ending verbs, an owner's stated business), each named by the
# module's pattern (a module-level one, or a function of no arguments giving it): sent last,
# by the job :func:`tail_scans`, when the second process has sent every other answer
TAIL_SCANS = (
    ("kg.ingest.relations.speakers", "_BLOCK", False),
    ("kg.ingest.relations.which_metals", "_any_stated", False),
    ("kg.ingest.relations.document_roles", "_UNITS", True),
    ("kg.ingest.relations.document_roles", "_SUPPORT", False),
    ("kg.ingest.relations.investments", "_CUE", False),
    ("kg.ingest.relations.affiliations", "_REFERRED", False),
    ("kg.ingest.relations.members", "_THE_COMPANY", False),
    ("kg.ingest.relations.members", "_POSS_IN_NAME", False),
    ("kg.ingest.relations.controllers", "_CUE", False),
    ("kg.ingest.relations.relative_posts", "_OPENS", False),
    ("kg.ingest.events.presided_attended", "_VERB", False),
    ("kg.ingest.events.ended_states", "verb_pattern", False),
)
# scans of the agreements' and the short forms' rules, asked after the sentences' moods and
# before the relations stage: sent between the moods and the date readings, by the job
# :func:`mid_scans`
MID_SCANS = (
    ("kg.ingest.names.plan_standards", "_PLAN", False),
    ("kg.ingest.names.bond_names", "_BOND", False),
    ("kg.ingest.relations.voice", "_FIRST", False),
    ("kg.ingest.relations.voice", "_MAIL", False),
    ("kg.ingest.relations.voice", "_TURN", False),
    ("kg.ingest.relations.voice", "_REPLY", False),
)
_LOWER = {(m, n): low for m, n, low in SCANS + LATE_SCANS + TAIL_SCANS + MID_SCANS}
_AHEAD = ("kg.ingest.reading.scans_ahead", "scans")
_AHEAD_FIRST = ("kg.ingest.reading.scans_ahead", "first_scans")
_AHEAD_LATE = ("kg.ingest.reading.scans_ahead", "late_scans")
_AHEAD_TAIL = ("kg.ingest.reading.scans_ahead", "tail_scans")
_AHEAD_MID = ("kg.ingest.reading.scans_ahead", "mid_scans")
_JOB = {**{(m, n): _AHEAD_FIRST if i < FIRST else _AHEAD for i, (m, n, _) in enumerate(SCANS)},
        **{(m, n): _AHEAD_LATE for m, n, _ in LATE_SCANS},
        **{(m, n): _AHEAD_TAIL for m, n, _ in TAIL_SCANS},
        **{(m, n): _AHEAD_MID for m, n, _ in MID_SCANS}}


class Found:
    """A match the second process found: the text it was found in and each group's span."""

    __slots__ = ("string", "regs", "_index")

    def __init__(self, string: str, regs: tuple, index: dict):
        self.string = string
        self.regs = regs
        self._index = index

    def _g(self, g) -> int:
        if type(g) is int:
            if not 0 <= g < len(self.regs):
                raise IndexError("no such group")
            return g
        try:
            return self._index[g]
        except (KeyError, TypeError):
            raise IndexError("no such group") from None

    def span(self, g=0) -> tuple[int, int]:
        return self.regs[self._g(g)]

    def start(self, g=0) -> int:
        return self.regs[self._g(g)][0]

    def end(self, g=0) -> int:
        return self.regs[self._g(g)][1]

    def _text(self, g):
        a, b = self.regs[self._g(g)]
        return None if a < 0 else self.string[a:b]

    def group(self, *gs):
        if len(gs) <= 1:
            return self._text(gs[0] if gs else 0)
        return tuple(self._text(g) for g in gs)

    def __getitem__(self, g):
        return self._text(g)

    def groups(self, default=None) -> tuple:
        return tuple(default if (t := self._text(i)) is None else t
                     for i in range(1, len(self.regs)))

    def groupdict(self, default=None) -> dict:
        return {name: default if (t := self._text(i)) is None else t
                for name, i in self._index.items()}


def _pattern(job: tuple[str, str]):
    # (a pattern, a pattern run only around its words: reading/windows.Near; or a function of
    # no arguments giving one)
    got = getattr(importlib.import_module(job[0]), job[1])
    return got() if callable(got) else got


def first_scans(text: str, date=None) -> dict:
    """:func:`scans` of the first :data:`FIRST` scans of :data:`SCANS`."""
    return _scans(text, SCANS[:FIRST])


def scans(text: str, date=None) -> dict:
    """{(module, function): (the pattern's group index, each match's ``regs``)} for every scan
    of :data:`SCANS` after the first :data:`FIRST` on ``text``: worked out ahead by the second
    process of ``kg ingest`` (kg/ingest/ahead.py LATER)."""
    return _scans(text, SCANS[FIRST:])


def late_scans(text: str, date=None) -> dict:
    """:func:`scans` of :data:`LATE_SCANS`."""
    return _scans(text, LATE_SCANS)


def mid_scans(text: str, date=None) -> dict:
    """:func:`scans` of :data:`MID_SCANS`."""
    return _scans(text, MID_SCANS)


def tail_scans(text: str, date=None) -> dict:
    """:func:`scans` of :data:`TAIL_SCANS`."""
    return _scans(text, TAIL_SCANS)


def _scans(text: str, which) -> dict:
    out = {}
    for module, name, low in which:
        rx = _pattern((module, name))
        out[(module, name)] = (dict(rx.groupindex),
                               [m.regs for m in rx.finditer(lowered(text) if low else text)])
    return out


def search(rx, text: str, job: tuple[str, str]):
    """``rx.search(text)`` (the first match of :func:`finditer`: a search from the text's
    start finds the leftmost match, as a whole scan does first), maybe read ahead."""
    return next(iter(finditer(rx, text, job)), None)


def finditer(rx, text: str, job: tuple[str, str]):
    """The matches of ``rx`` (the pattern :data:`SCANS`, :data:`LATE_SCANS`, :data:`TAIL_SCANS`
    or :data:`MID_SCANS` names by ``job``)
    in ``text``, or in
    ``lowered(text)`` for a scan in lower case: the second process's when it has sent them for
    this text, else ``rx.finditer``."""
    low = _LOWER[job]
    ready = ahead.answer(_JOB[job], text)
    got = ready.get(job) if ready is not None else None
    read = lowered(text) if low else text
    if got is None:
        done = _DONE[1].get(job) if _DONE[0] is read else None
        if done is not None and done[0] is rx:
            return list(done[1])
        return _noted(rx, read, job)
    index, regs = got
    return [Found(read, r, index) for r in regs]


# the last text's scans run here to their end, {job: (the pattern, its matches)}: several rules
# ask for one scan of an article (the referents' phrases three times a run, the first person
# twice), which the second process, when it runs, sends once
_DONE: list = [None, {}]


def _noted(rx, read: str, job):
    """``rx.finditer(read)``, its matches kept for the next asker once a caller has read them
    all (one that stops at the first match keeps none)."""
    found = []
    for m in rx.finditer(read):
        found.append(m)
        yield m
    if _DONE[0] is not read:
        _DONE[0], _DONE[1] = read, {}
    _DONE[1][job] = (rx, found)
