"""The metals a place or a company produces or holds, stated by a clause it opens: "Shaanxi
has ... molybdenum, gold", "Shaanxi's production of magnesium ...", "Chinalco produces alumina".
The subject is a place or company whose mention starts the sentence or a clause (after ", ",
"that", "and", "while") and is followed by a word of ``data/producer-verbs.txt`` (adverbs such as
"currently" or "not only" may stand between); each metal named later in the same sentence, before
another place or organisation, becomes ``nfo:concernsMetal`` (rule ``context:producer-metal``)."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.model.namespaces import NFO

_OPENERS = re.compile(r"(?:^|[,;:]|\bthat|\band|\bwhile|\bwhere|\bwhich|\bas)\s*(?:the\s+)?$",
                      re.I)
_ADVERBS = r"(?:(?:[a-z]+ly|also|not\s+only|still|now|already|long)\s+)*"


def _verb_rx():
    verbs = [v for v in lines("producer-verbs") if v != "'s"]
    alt = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"^(?:['’]s\b|\s+{_ADVERBS}(?:{alt})\b)")


def producer_metals(text, spans_of, sents, kind) -> None:
    verb = _verb_rx()
    for i, (s, e, ent) in enumerate(spans_of):
        k = kind(ent)
        if not (k == "place" or str(ent.cls).endswith("#Company")):
            continue
        ss, se = sents.bounds(s)
        if not _OPENERS.search(text[ss:s].strip(" \t\n\"“")):
            continue
        if not verb.match(text[e:e + 60]):
            continue
        for j in range(i + 1, len(spans_of)):      # no slice: a 10 MB text has many spans
            s2, e2, other = spans_of[j]
            if s2 >= se:
                break
            ko = kind(other)
            if ko in ("place", "org") and other is not ent:
                break                  # another subject or owner: its own clause
            if ko == "metal":
                ent.add(NFO.concernsMetal, other.iri, Span(s, e2), "context:producer-metal")
