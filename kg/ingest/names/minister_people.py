"""People named after a minister's title that holds its field: "Minister of Mines Kabwe Mulenga
said", "Guinean Minister of Mines and Geology Ibrahima Kaba Sylla attended", "Deputy Minister of
Energy Ana Torres, who ...". The title's words "of <field>" keep :mod:`role_people`'s titled
names from reaching the name (its title is role words only), and a name that is no Chinese one
is found by no surname. The field is one of ``data/ministry-fields.txt`` printed in title case
("Mines", "Energy and Mineral Resources"); the name, two to four capitalised words (none an
ordinary, role or head word: :func:`role_people._not_name`), ends before a verb, "of / at /
from", "and" or punctuation. Rule ``person:minister-name``, confidence 0.5. One pattern, looked
for only around "inister" (reading/windows): linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.windows import near

RULE, CONFIDENCE = "person:minister-name", 0.5
_SMALL = {"and", "of", "the", "for"}


def _title_case(field: str) -> str:
    return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in field.split())


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    from kg.ingest.names.role_people import _GAP, _TITLED_NAME
    fields = sorted({_title_case(f) for f in lines("ministry-fields")},
                    key=lambda f: (-len(f), f))
    alt = "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in fields)
    # ("Mines and Geology": two fields of the list joined)
    field = rf"(?:{alt})(?:{_GAP}and{_GAP}(?:{alt}))?"
    return re.compile(
        rf"(?<![\w-])(?:(?:Deputy|Vice|First)[ \t]+)?Minister{_GAP}(?:of|for){_GAP}(?:the{_GAP})?"
        rf"{field}{_GAP}(?P<n>{_TITLED_NAME})"
        r"(?=[ \t]+(?:of|at|from|said|says|told|noted|added|also|opened|attended|spoke|signed|"
        r"visited|presided|announced|stressed|urged|welcomed|[a-z]{3,}ed|[a-z]{3,}s|will|would|"
        r"has|had|was|is|and|to)\b|[ \t]*[,.;:)])")


def minister_people(text: str) -> list[Candidate]:
    from kg.ingest.names.candidates import _heads
    from kg.ingest.names.role_people import _not_name
    if "inister" not in text:
        return []
    surnames = set(lines("surnames"))
    common = words("common-words") | words("not-given-names")
    heads = _heads()
    role_words = {w.lower() for r in lines("roles") for w in r.split()}
    out = []
    for m in near(_pattern(), text, ("inister",), 24, 160):
        ws = m.group("n").split()
        if _not_name(ws, surnames, common, heads, role_words):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), " ".join(ws), "Person", RULE,
                             CONFIDENCE))
    return out
