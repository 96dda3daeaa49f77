"""Where the place cues of ``data/place-cues.txt`` match (used by names/places.py): the matches a
scan of the whole text gives, looked for only where they may be, since a pattern that opens with a
name or a case-blind alternation is tried at every offset (a few ms a cue on a long text):

* a cue with gate words (_GATES: "Province", "County", "-based" ...): only around them;
* "X, Y" and "in X, Y" (a name paired with its province): only around ", " before a capital;
* "a smelter in X": from each "in"/"near" after a space, back over the spaces to the first
  letter of the word before it, where the match must start.

Each falls back to a whole scan when the cue's expression no longer holds what its search
relies on.

The matches depend on the text alone: the second process of ``kg ingest`` works them out ahead
(:func:`cue_scans_ahead`, a ``LATER`` job of kg/ingest/ahead.py, with the words the text prints
in lower case, :func:`lower_words`), and :func:`cue_scans` gives its matches when it has sent
them for the text (as :class:`kg.ingest.reading.scans_ahead.Found`), the scans otherwise."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.reading.scans_ahead import Found
from kg.ingest.reading.windows import near

# ("Haut-Katanga": a capital after a hyphen belongs to the name, never starts one)
# ("China's Yunnan Province": a possessive "'s" ends a name, "Ma'anshan" does not)
# (capitals and small letters of Latin-1 and the Latin Extended blocks, and combining accents:
# "Głogów", "Košice", "Örebro", "Skellefteå", "Oţelu Roşu")
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, (*range(0x100, 0x250), *range(0x1E00, 0x1F00)))
                               if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in map(chr, (*range(0x100, 0x250), *range(0x1E00, 0x1F00)))
                               if c.islower()) + "\u0300-\u036f"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:['’](?!s\b)[{_LOWER}]+|-[{_LOWER}]+|-[{_UPPER}][{_LOWER}]+)?"
# (a name of two words joined by a small particle, as Spanish, Portuguese, French, Italian, Arabic and
# Swahili names print it: "Dar es Salaam", "Rio de Janeiro", "Ciudad del Este", "Newcastle upon
# Tyne": the whole name, not its first word, "the port of Dar")
PLACE_PARTICLE = r"(?:es|de|del|da|do|dos|das|di|du|des|el|al|la|upon)"
# (the two words on one line: a line's last word and the next line's first are no one name,
# "Henan Provincial Department of Natural Resources" over "Henan Provincial Department of ...",
# stacked issuers, gave a province "Resources Henan")
NAME = rf"(?:(?<![A-Za-z]-){_WORD}(?:[ \t]{PLACE_PARTICLE}[ \t]{_WORD}|[ \t]{_WORD})?)"

# What a cue's every match prints (case-sensitive; one of them), near its start: the cue is
# looked for only around those words (reading/windows.py; a scan of the whole text costs about
# 2 ms a cue on a long article). Used only while the cue's expression still holds each word; a
# cue not listed scans the whole text.
_GATES = {"place:municipal": ("Municipal", "City"), "place:mayor-of": ("ayor",),
          "place:provincial": ("Provincial",), "place:governor-of": ("overnor",),
          "place:county": ("County",), "place:based": ("-based", "-headquartered"),
          "place:province": ("Province",), "place:autonomous-region": ("Autonomous",),
          "place:possessive-region": ("Region",), "place:lower-region": ("region",),
          "place:the-region": ("Region",), "place:province-of": ("province", "state", "territory"),
          "place:region-of": ("region", "oblast", "governorate", "island", "prefecture"),
          "place:city-of": ("city", "capital", "port"),
          "place:town-of": ("town", "village"),
          "place:district-of": ("district", "county", "department", "canton", "municipality",
                                "commune", "regency")}


@lru_cache(maxsize=1)
def cues():
    """(rule, class, confidence, pattern, gate words) of each line of data/place-cues.txt."""
    out = []
    for line in lines("place-cues"):
        rule, cls, conf, rx = re.split(r"\s{2,}", line, maxsplit=3)
        gate = _GATES.get(rule, ())
        if not all(g.lstrip("-") in rx for g in gate):
            gate = ()
        rx = rx.replace("NAME", NAME).replace("ONEWORD", _WORD)     # ("ONEWORD": one word)
        out.append((rule, cls, float(conf), re.compile(rx), gate))
    return tuple(out)


# the job of the second process (kg/ingest/ahead.py LATER) that works out the cues' matches
AHEAD = ("kg.ingest.names.place_cue_scan", "cue_scans_ahead")


def lower_words(text: str) -> set[str]:
    """The words ``text`` prints in lower case (in its first 200,000 characters): a capitalised
    word that is one of them is no place's name ("Meanwhile")."""
    return set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text[:200_000]))


def cue_scans_ahead(text: str, date=None) -> tuple:
    """(each cue's pattern's group index and its matches' group spans, in the order of
    :func:`cues`; :func:`lower_words`): worked out by the second process of ``kg ingest``."""
    return (tuple((dict(rx.groupindex), [m.regs for m in cue_matches(rule, rx, text, gate)])
                  for rule, _, _, rx, gate in cues()), frozenset(lower_words(text)))


def cue_scans(text: str, ready=None):
    """(rule, class, confidence, match) of every cue of :func:`cues` in ``text``, cue by cue;
    ``ready``: the second process's :func:`cue_scans_ahead` of this text (None: scanned here)."""
    for i, (rule, cls, conf, rx, gate) in enumerate(cues()):
        if ready is None:
            for m in cue_matches(rule, rx, text, gate):
                yield rule, cls, conf, m
        else:
            index, regs = ready[0][i]
            for r in regs:
                yield rule, cls, conf, Found(text, r, index)


# Cues whose every match holds ", " before a capital (a name paired with its province): looked
# for only around those commas (reading/windows.py), the name and its preposition before them
_COMMA_GATE = re.compile(r",\s+[A-Z]")
_COMMA_CUES = {"place:x-y": 100, "place:in-x-y": 120}
# "a smelter in X": every match holds "<word> in|near" after a space; the match starts at the
# word's first letter (found from there, back over the spaces and the word's letters)
_IN_GATE = re.compile(r"\s(?:in|near)(?=\s)")
_IN_CUE = r"\s+(?:in|near)\s+"


def cue_matches(rule, rx, text, gate):
    """The matches of a cue's pattern in the text, as a scan of the whole text gives them,
    looked for only where they may be (a whole scan costs a few ms a cue on a long text)."""
    if gate:
        return near(rx, text, gate)
    if rule in _COMMA_CUES and ",\\s+" in rx.pattern:
        return near(rx, text, _COMMA_GATE, _COMMA_CUES[rule], 160)
    if rule == "place:in-x" and _IN_CUE in rx.pattern and rx.pattern.startswith("\\b(?i:"):
        return _word_before_in(rx, text)
    return rx.finditer(text)


def _word_before_in(rx, text):
    last = -1
    for g in _IN_GATE.finditer(text):
        e = g.start()
        while e > 0 and text[e - 1].isspace():
            e -= 1
        s = e
        while s > 0 and text[s - 1].isalpha():
            s -= 1
        if s == e or s < last:
            continue
        m = rx.match(text, s)
        if m is not None:
            last = m.end()
            yield m
