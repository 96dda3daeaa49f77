"""Periods an announcement opens, with their first and last day: "Publicity period: 10 October
2027 to 12 October 2027", "The list is published for comment from 3 to 9 May 2027", "Comments
may be sent to the builder from 1 June 2027 to 14 June 2027", "the pilot period runs from 1 July
2027 to 30 June 2029". The phrases are a word list (``data/period-cues.txt``: publicity,
comment, consultation, objection, application, registration, subscription, transition, pilot
periods; "open for comment", "objections may be lodged" ...).

A phrase makes an event only with a day in the same sentence (or on the line right after a
heading that is the phrase alone, "III. Publicity period": the heading's phrase is then its
mention): a range ("from A to B", "A - B",
"3 to 9 May") gives ``nfo:startDate`` and ``nfo:endDate``, a day after "from" or "starting"
the first day alone; a day after "until", "by" or "before" alone is no period (a deadline).
The event (``nfo:Event``, rule ``event:open-period``, 0.5) is labelled by the period's name
and what the article announces ("Publicity period of <the notice its headline names>"), and is
``nfo:about`` that document, list or project when the headline names one. Its evidence runs
from the phrase to the last day. The dates it takes date no clause event of their own
(events/dated.py)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.caseless import lowered
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE = "event:open-period"
_REACH = 160        # how far after the phrase its first day may be printed (characters)
# between the two days of a range: "to", "until", "through", "-", "and"
_RANGE = re.compile(r"\s*(?:to|until|till|through|thru|and|[-–—~])\s*(?:the\s+)?$", re.I)
# before a first day: "from", "starting", "as of", "between", or a colon (a heading's value)
_FROM = re.compile(r"(?:\b(?:from|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|as\s+of|"
                   r"between|runs?\s+from)|[:：(])\s*(?:the\s+)?$", re.I)
# a deadline, not a period: "by 30 June", "before", "no later than", "until" alone
_DEADLINE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|"
                       r"deadline\s+(?:is|of))\s*(?:the\s+)?$", re.I)
_HUB = ("policy", "project")
_HEADING = 80       # a heading line over the days: at most this long


# words too common to look a phrase up by
_COMMON = frozenset("a an the of for on in to is are be will may can out put open opens "
                    "public publicly published accepted submitted sent term".split())


@lru_cache(maxsize=1)
def _cues():
    """({phrase in lower case: the period's name}, {key word: the case-blind pattern of the
    phrases holding it}): a phrase's key is "period" when it holds it, else its longest word
    not in ``_COMMON``."""
    names = {}
    for line in lines("period-cues"):
        parts = re.split(r"\s{2,}", line)
        phrase = " ".join(parts[0].lower().split())
        names[phrase] = parts[1] if len(parts) > 1 else phrase[:1].upper() + phrase[1:]
    by_key: dict = {}
    for p in names:
        words = p.split()
        key = "period" if "period" in words else max(
            (w for w in words if w not in _COMMON), key=lambda w: (len(w), w), default=words[0])
        by_key.setdefault(key, []).append(p)
    rxs = {}
    for key, phrases in sorted(by_key.items()):
        alts = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                        for p in sorted(phrases, key=lambda p: (-len(p), p)))
        rxs[key] = re.compile(rf"\b(?:{alts})\b", re.I)
    return names, rxs


def _phrases(text, days, sents) -> list:
    """The phrases of the list in the text, first first, looked for only near a day that opens
    a period: in its sentence (within ``_REACH`` characters) and in a short heading line right
    before it; each phrase only where its key word is (one pattern per key: the joined pattern
    of all the phrases, or a search of every key, over a long text costs ten times more)."""
    low = lowered(text)
    out = {}
    rxs = _cues()[1]
    for k, d in enumerate(days):
        if _range(text, days[k:k + 2]) is None:
            continue
        ss, se = sents.bounds(d.start)
        windows = [(max(ss, d.start - _REACH), min(se, d.end + _REACH))]
        if ss > 0:
            ps = sents.bounds(ss - 1)[0]
            if ss - ps <= _HEADING:
                windows.append((ps, ss))
        for lo, hi in windows:
            seg = low[lo:hi]
            for key, rx in rxs.items():
                if key in seg:
                    for m in rx.finditer(text, lo, hi):
                        out.setdefault(m.start(), m)
    return [out[s] for s in sorted(out)]


def open_periods(draft, dates, sents, within, kind_of, minter) -> tuple[list, set]:
    """The period events described above, and the ends of the days they took."""
    text = draft.text
    names = _cues()[0]
    days = sorted((d for d in dates if d.kind == "date"), key=lambda d: d.start)
    found = _phrases(text, days, sents)
    if not found:
        return [], set()
    starts = [d.start for d in days]
    hub = _hub(text, within, kind_of)
    made, used, seen = [], set(), set()
    for m in found:
        ss, se = sents.bounds(m.start())
        stop = min(se, m.end() + _REACH)
        heading = not text[m.end():se].strip(" \t\n:：.") and se < len(text)
        if heading:
            stop = min(sents.bounds(se)[1], se + _REACH)    # "III. Publicity period\nFrom ..."
        i = bisect.bisect_left(starts, ss)
        here = [d for d in days[i:bisect.bisect_left(starts, stop)]]
        got = _range(text, here)
        if got is None or got[0].start in seen:
            continue
        first, last, end_value = got
        seen.add(first.start)
        name = names.get(" ".join(m.group().lower().split()), m.group())
        label = f"{name} from {first.value}" if hub is None else \
            f"{name} of {hub.label.title() if hub.label.isupper() else hub.label}"
        lo, hi = min(m.start(), first.start), max(m.end(), last.end)
        span = Span(lo, hi)
        ent = Entity(minter.mint("event", first.value, name), NFO.Event, label, False, RULE, 0.5)
        # (a heading's phrase is the name; its days, on the next line, the evidence)
        ent.mentions.append(Span(m.start(), m.end()) if heading else Span(lo, hi))
        ent.aliases.add(" ".join(m.group().split()))
        ent.add(NFO.startDate, date_literal(first.value), span, RULE)
        if end_value is not None:
            ent.add(NFO.endDate, date_literal(end_value), span, RULE)
        if hub is not None:
            ent.add(NFO.about, hub.iri, span, RULE)
        draft.entities[ent.iri] = ent
        made.append(ent)
        used.update((first.end, last.end))
    return made, used


def _range(text, here):
    """(first day, last day, the last day's value or None) of the first period the days of a
    sentence print: one day holding its own end ("3 to 9 May"), two joined by "to" or a dash,
    or one after "from"; None for a deadline or a lone day."""
    for k, d in enumerate(here):
        if _DEADLINE.search(text, max(0, d.start - 25), d.start):
            continue
        if d.until:
            return d, d, d.until
        nxt = here[k + 1] if k + 1 < len(here) else None
        if nxt is not None and _RANGE.fullmatch(text, d.end, nxt.start) \
                and nxt.value >= d.value:
            return d, nxt, nxt.until or nxt.value
        if _FROM.search(text, max(0, d.start - 25), d.start):
            return d, d, None
    return None


def _hub(text, within, kind_of):
    """What the article announces: the first document, list or project its headline (first
    line) names, or the one named inside its title; else, in the headline's block (its lines after a site's path, "Home > ..."
    and a rule of dashes, to the first blank line, at most ``_BLOCK`` characters), the one
    named inside another's title ("Notice on Publicising the 2026 List of X": the list), else
    the first that is no notice (a notice announces the list or plan the period is for), else
    the first."""
    line = text.find("\n")
    line = len(text) if line < 0 else line
    for s, e, ent in within(0, line):
        if kind_of(ent) in _HUB and not getattr(ent, "role", False):
            inner = [x for x in within(s, e) if x[2] is not ent and kind_of(x[2]) in _HUB
                     and not getattr(x[2], "role", False)]
            return inner[0][2] if inner else ent
    pos = 0
    for _ in range(4):          # (the path and rules above the headline)
        m = _ABOVE.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    end = text.find("\n\n", pos)
    end = min(len(text) if end < 0 else end, pos + _BLOCK)
    things = [x for x in within(pos, end)
              if kind_of(x[2]) in _HUB and not getattr(x[2], "role", False)]
    inner = [x for x in things if any(y[2] is not x[2] and y[0] <= x[0] and x[1] <= y[1]
                                      for y in things)]
    topics = [x for x in things if not str(x[2].cls).endswith("#Notice")]
    return (inner or topics or things)[0][2] if things else None


_BLOCK = 400
_ABOVE = re.compile(r"[ \t]*(?:[^\n]*[>›»][^\n]*|[-=_*~ \t]*)\n")
