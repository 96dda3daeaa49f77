"""Where the place cues of ``data/place-cues.txt`` match (used by names/places.py): the matches a
scan of the whole text gives, looked for only where they may be, since a pattern that opens with a
name or a case-blind alternation is tried at every offset (a few ms a cue on a long text):

* a cue with gate words (places._GATES: "Province", "County", "-based" ...): only around them;
* "X, Y" and "in X, Y" (a name paired with its province): only around ", " before a capital;
* "a smelter in X": from each "in"/"near" after a space, back over the spaces to the first
  letter of the word before it, where the match must start.

Each falls back to a whole scan when the cue's expression no longer holds what its search
relies on."""
from __future__ import annotations

import re

from kg.ingest.reading.windows import near

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
