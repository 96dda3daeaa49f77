""""He" and "She" opening a sentence, as a span of the person they stand for, so the rules that
read a sentence read it as they would the name: "Zhou Minghua ... died on 18 October. ... He
won the National Science and Technology Progress Award in 1987", "He became its director in
1983". Obituaries, profiles and interviews tell most of a person's facts this way.

The person is the one named last before the pronoun, within 3,000 characters (a person of the
draft, named by a name, not a pronoun; no other person named since: a profile's paragraphs on
its one person); none when another person is named from the start of that one's sentence to the
pronoun (whose is "He"?), nor when the person's title says the other sex ("Mr. Kang Jun" is
no "She"). A sentence-opening pronoun only ("He", "She", "His",
"Her" as a possessive: "His team built ..."): a pronoun inside a sentence is left alone. The
spans are no evidence (``surgery.add_mention(..., evidence=False)``): the draft's mentions stay
names. One scan of the text and a bisection per pronoun: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.names import surgery
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import kind
from kg.ingest.span_order import spans_by_start

# a pronoun opening a sentence: after a paragraph's start or a sentence's end
_PRONOUN = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t])|(?<=\n))[ \t]*"
                      r"(?P<p>He|She|His|Her)\b(?!['’])", re.M)


def pronoun_people(draft, spans_of: list) -> None:
    text = draft.text
    if "He " not in text and "She " not in text and "His " not in text and "Her " not in text:
        return
    people = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
              if ent.kind == "person" and not ent.role]
    if not people:
        return
    ends = [e for _, e, _ in people]
    sents = None
    sexes = _titled_sexes(text, people)
    for m in _PRONOUN.finditer(text):
        a = m.start("p")
        i = bisect.bisect_right(ends, a) - 1
        if i < 0:
            continue
        s, e, who = people[i]
        if a - e > 3000:
            continue    # (no person named since: a profile's paragraphs on its one person)
        # no other person named from the start of that person's sentence to the pronoun (the
        # sentence as the splitter reads it: "Mr. Kang" opens none)
        if sents is None:
            sents = Sentences(text)
        lo = max(sents.bounds(s)[0], text.rfind("\n\n", 0, s) + 1)
        if any(p is not who for ps, _, p in people[bisect.bisect_left(ends, lo):i + 1]
               if ps >= lo):
            continue
        if (m.group("p") not in ("She", "Her")) in sexes.get(id(who), ()):
            continue    # ("Mr. Kang Jun ... She will take office": not his)
        surgery.add_mention(who, spans_of, a, m.end("p"), evidence=False)


_TITLE = re.compile(r"\b(?P<t>Mr|Mrs|Ms|Miss|Madam|Madame)\.?[ \t]+$")
_SHE = {"Mrs", "Ms", "Miss", "Madam", "Madame"}


def _titled_sexes(text: str, people: list) -> dict:
    """id(person) -> the sexes ("she" True, "he" False) their titles say at their mentions
    ("Mr. Kang Jun", "Ms. Du Xiaoyan"): one look before each mention."""
    out: dict = {}
    for s, _, ent in people:
        t = _TITLE.search(text, max(0, s - 10), s)
        if t is not None:
            out.setdefault(id(ent), set()).add(t.group("t") in _SHE)
    return out
