"""Round 40, speed: a long article of many dated sentences (an obituary-like life story repeated
to 10 MB) took four times the CPU per megabyte of the largest source. ``events/date_parts.own_part``
(the part of a sentence a date owns) walked every date of the text for each date it was asked
about: quadratic in the dates. It now reads only the dates from the sentence's words up to its
end (the dates are in order of their starts): the same parts, in linear time."""
from __future__ import annotations

from hostile_drafts import grows_linearly

from kg.ingest.events.date_parts import own_part
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.sentences import Sentences

_STORY = ("Brannoc Tinworks opened its smelter at Quarry Vale on 4 March 1979, and the "
          "second kiln was lit on 9 June 1981. In 1990 the works hired {n} men; the foundry "
          "closed on 2 May 1994 while the mill ran until 30 July 1996. Edda Vorn, who joined "
          "in 1985, retired on 1 October 2004 and the board thanked her on 8 October 2004.\n")


def _reference(text, ss, se, d, dates, words_at):
    """The parts as the quadratic reading found them: every date of the text filtered."""
    from kg.ingest.events import date_parts
    others = [o for o in dates if words_at <= o.start and o.end <= se and o is not d
              and o.kind != "gYear" and (o.end <= d.start or o.start >= d.end)]
    if not others:
        return ss, se
    a, b = ss, se
    for m in date_parts._CUT.finditer(text, ss, se):
        if date_parts._name_inside(text, m):
            continue
        if m.end() <= d.start and any(o.end <= m.start() for o in others):
            a = max(a, m.end())
        elif m.start() >= d.end and any(o.start >= m.end() for o in others):
            b = min(b, m.start())
            break
    return a, b


def _parts(text, dates, sents, read=own_part, words_at=None):
    out = []
    for d in dates:
        ss, se = sents.bounds(d.start)
        out.append(read(text, ss, se, d, dates, ss if words_at is None else words_at))
    return out


def test_each_date_owns_the_same_part_as_before():
    text = "Dunmere, 5 May 2031 -- " + "".join(_STORY.format(n=40 + i) for i in range(6))
    dates = find_dates(text, "2031")
    sents = Sentences(text)
    assert len(dates) > 40
    got = _parts(text, dates, sents)
    assert got == _parts(text, dates, sents, _reference)
    # (a sentence cut into the clauses its dates own: the lit kiln's part is its own)
    lit = next(d for d in dates if text[d.start:d.end] == "9 June 1981")
    a, b = got[dates.index(lit)]
    assert text[a:b].startswith("the second kiln was lit")
    # the words' start anywhere in the text, before or after the sentence's dates
    for at in (0, len(text) // 3, len(text) - 1):
        assert _parts(text, dates, sents, words_at=at) == \
            _parts(text, dates, sents, _reference, words_at=at)


def test_the_parts_of_many_dated_sentences_take_linear_time():
    def timed(n):
        text = "".join(_STORY.format(n=i) for i in range(n))
        dates = find_dates(text, "2031")
        sents = Sentences(text)
        return lambda: _parts(text, dates, sents)
    got = grows_linearly(timed, 3000, "dates' own parts")
    assert len(got) > 3000 * 8
