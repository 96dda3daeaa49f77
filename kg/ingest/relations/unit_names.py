"""A unit named by its place in another body: "Trade Remedy and Investigation Bureau of MOFCOM",
"Geological Survey Department of the Tianshan Mining Group", "Metals Testing Centre of the Harbin
Institute": a new organisation whose name is a unit's head word (bureau, department, office,
division, branch, secretariat, institute, centre, laboratory) followed by "of" and the name of an
organisation the draft has (a label or alias of one it links or proposes) is ``nfo:unitOf`` that
one (rule ``name:unit-of-body``). A place after "of" ("Department of Commerce of Guangdong
Province") is no organisation and gives nothing; a commission or an administration "of" a
government is a body of its own, not read here. One look at each new organisation's label."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.org_names import orgs_by_name
from kg.ingest.terms import NFO

# (the head in either case: "Anti-smuggling bureau of Kunming Customs")
_UNIT_OF = re.compile(r"^(?P<unit>.*?\b(?i:Bureau|Department|Office|Division|Branch|Secretariat|"
                      r"Institute|Cent(?:re|er)|Laborator(?:y|ies)|Lab|Station|Team|Unit))"
                      r"\s+of\s+(?:the\s+)?(?P<owner>[A-Z].+)$")



def unit_names(draft, kind) -> None:
    names = None
    for ent in list(draft.entities.values()):
        if ent.known or ent.role or kind(ent) != "org" or " of " not in ent.label:
            continue
        m = _UNIT_OF.match(ent.label)
        if m is None or " of " in m.group("unit"):
            continue        # ("Institute of Metal Research of X": the first "of" is the name's)
        if names is None:
            names = orgs_by_name(draft, kind, without_suffix)
        key = normalise_name(m.group("owner"))
        owner = names.get(key) or names.get(without_suffix(key))
        if owner is None or owner is ent or not ent.mentions:
            continue
        first = ent.mentions[0]
        ent.add(NFO.unitOf, owner.iri, Span(first.start, first.end), "name:unit-of-body")
